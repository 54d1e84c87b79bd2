package org.yanhu.opendata.indicators.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.yanhu.opendata.indicators.extraction.Figures.dec;
import static org.yanhu.opendata.indicators.extraction.Figures.only;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Units: as written, with the multiplier and base unit that keep the scale. */
class ExtractUnitsTest {

    @ParameterizedTest(name = "{0} is {1} × {2} {3}")
    @CsvSource({
            "全区地区生产总值达400亿元, 亿元, 100000000, CNY",
            "发放消费券800万元, 万元, 10000, CNY",
            "游客接待量641万人次, 万人次, 10000, person_visit",
            "占比达88.4%, %, 1, percent",
            "建成245公里道路, 公里, 1, km",
            "水果产量88万吨, 万吨, 10000000, kg",
            "粮食总产量2.1亿公斤, 亿公斤, 100000000, kg",
            "建成150兆瓦光伏电站, 兆瓦, 1000000, W",
            "签约项目46个, 个, 1, count",
            "普惠性幼儿园198所, 所, 1, count",
            "处置土地6476.19亩, 亩, 1, mu",
            "建成农田5.3万亩, 万亩, 10000, mu",
            "新增就业6187人, 人, 1, person",
            "经营主体12.4万户, 万户, 10000, household",
            "绝缘化改造22.19千米, 千米, 1, km",
            "免费送戏下乡180场, 场, 1, event",
            "比上年提高0.7个百分点, 个百分点, 1, percentage_point",
            "实际利用外资1.3亿美元, 亿美元, 100000000, USD",
            "发电量370亿度, 亿度, 100000000000, Wh",
            "中欧班列开行46列, 列, 1, count",
            "接种新冠病毒疫苗103.6万剂次, 万剂次, 10000, event",
            "检测过境车辆5200辆次, 辆次, 1, event"
    })
    void aUnitCarriesItsMultiplierAndBaseUnit(String text, String unit, String multiplier, String baseUnit) {
        Candidate c = only(text);
        assertEquals(unit, c.unit());
        assertEquals(0, dec(multiplier).compareTo(c.multiplier()), "multiplier");
        assertEquals(baseUnit, c.baseUnit());
    }

    @Test
    void theBaseValueKeepsTheScale() {
        Candidate c = only("全区地区生产总值达400亿元");
        assertEquals("40000000000", c.baseValue().toPlainString());
    }

    @Test
    void theLongestUnitWins() {
        assertEquals("个百分点", only("提高2个百分点").unit());
        assertEquals("千米", only("改造22.19千米").unit());
        assertEquals("千瓦时", only("节约电力300千瓦时").unit());
    }

    @Test
    void aUnitIsWrittenAsTheTextWritesIt() {
        Candidate c = only("實現地區生產總值333億元");
        assertEquals("億元", c.unit());
        assertEquals(0, dec("100000000").compareTo(c.multiplier()));
    }

    @Test
    void aUnitCharacterThatStartsAWordIsNotAUnit() {
        assertEquals("户", only("对168户特殊家庭进行改造").unit());
        assertEquals(0, Figures.in("引进3项目人才").size());
    }
}
