package org.yanhu.opendata.indicators.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yanhu.opendata.indicators.extraction.Figures.values;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Years, dates, ordinals, grades, codes and names are not figures. */
class ExtractNotMeasuresTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "2023年，是全面贯彻党的二十大精神开局之年",
            "2月20日至23日，会议胜利召开",
            "第十七届人民代表大会第四次会议",
            "凤凰谷景区获评国家4A级旅游景区，创建5A级旅游景区",
            "加快5G网络全覆盖，推进3D打印示范项目",
            "发挥12345政务服务便民热线作用",
            "“7×24”小时自助政务服务超市",
            "国道209、521实现主路通车，推进521国道改扩建",
            "PM<sub>2.5</sub>浓度持续下降",
            "PM2.5浓度持续下降",
            "新建规划10小",
            "构建“4+1”现代农业产业体系",
            "三次产业比调整为11.8︰48.3︰39.9",
            "5·12汶川地震纪念活动",
            "较好完成了县十八届人大二次会议确定的目标任务，二十届三中全会精神"
    })
    void isNotAFigure(String text) {
        assertTrue(values(text).isEmpty(), () -> "found " + values(text) + " in «" + text + "»");
    }

    @Test
    void aPhaseOfAProjectInChineseNumeralsIsANameNotACount() {
        assertEquals(List.of("18个"), values("滨海大道二期、环湾快速路等18个重点交通项目完成投资"));
        assertTrue(values("青溪科创园二期建成投用，加快产业园一期建设。").isEmpty());
        assertEquals(List.of("12期"), values("举办技能培训班12期，"));
    }

    @Test
    void aVoltageClassInALineNameIsNotAFigureButTheLineLengthIs() {
        assertEquals(List.of("22.19千米"), values("实施10千伏苏村线和龙居线绝缘化改造22.19千米"));
    }

    @Test
    void aListItemNumberIsNotAFigure() {
        assertEquals(List.of("70周岁"), values("- 1.为70周岁以上的农村老年人发放高龄补贴。"));
        assertEquals(List.of("120座"), values("(8)新建行政村公共厕所120座。"));
    }

    @Test
    void aNumberInsideAQuotedNameIsNotAFigure() {
        assertEquals(List.of("21个"), values("21个“一刻钟便民生活圈”试点社区全部建成"));
        assertTrue(values("实施“五个一批”群众文化惠民工程，以“一元畅游门票”为纽带").isEmpty());
    }

    @Test
    void aClassNamedByASizeIsNotAFigure() {
        assertTrue(values("建设10万吨级码头，打造15分钟生活圈").isEmpty());
    }

    @Test
    void aDurationInChineseNumeralsIsAPhrase() {
        assertEquals(List.of("5天"), values("打好三个十天硬仗，仅用5天实现清零"));
    }

    @Test
    void aNumberPartOfAScaleWithoutANumberIsNotAFigure() {
        assertEquals(List.of("4个"), values("新建4个万亩标准化示范区"));
    }

    @Test
    void aChineseCountAfterItsNounIsAFigureButASloganBeforeItsNounIsNot() {
        assertEquals(List.of("3个"), values("新建城乡社区居家养老服务照料中心三个，"));
        assertEquals(List.of("2个", "12个"), values("新建美丽圩镇示范点两个、和美乡村示范村12个"));
        assertTrue(values("坚持两个毫不动摇，做到三个务必").isEmpty());
    }
}
