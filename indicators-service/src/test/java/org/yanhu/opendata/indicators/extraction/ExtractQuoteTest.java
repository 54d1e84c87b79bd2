package org.yanhu.opendata.indicators.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.yanhu.opendata.indicators.extraction.Figures.in;
import static org.yanhu.opendata.indicators.extraction.Figures.only;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The quote is the shortest clause that states the figure, verbatim, with offsets in code points. */
class ExtractQuoteTest {

    @Test
    void theQuoteIsTheClauseOfTheFigure() {
        Candidate c = only("发展态势向上向好。全区地区生产总值突破400亿元大关，主要经济指标增速高于平均水平。");
        assertEquals("全区地区生产总值突破400亿元大关", c.quote());
    }

    @Test
    void severalFiguresInOneClauseShareItsQuote() {
        List<Candidate> found = in("水果、蔬菜、肉蛋奶产量分别达到88万吨、10万吨、3.5万吨，更加充裕。");
        assertEquals(List.of("88", "10", "3.5"), found.stream().map(c -> c.value().toPlainString()).toList());
        for (Candidate c : found) {
            assertEquals("水果、蔬菜、肉蛋奶产量分别达到88万吨、10万吨、3.5万吨", c.quote());
        }
    }

    @Test
    void aListCommaAfterACompleteFigureEndsItsStatement() {
        List<Candidate> found = in("确保农作物良种覆盖率达98%以上、粮食播种面积稳定在50.5万亩以上、总产量稳定在1.5亿公斤以上。");
        assertEquals(List.of("确保农作物良种覆盖率达98%以上", "粮食播种面积稳定在50.5万亩以上", "总产量稳定在1.5亿公斤以上"),
                found.stream().map(Candidate::quote).toList());
    }

    @Test
    void offsetsAreCodePointsOfTheWholeText() {
        String text = "𠀀𠀁序言。旅游收入达1.1亿元。";
        Candidate c = only(text);
        int[] cps = text.codePoints().toArray();
        assertEquals("旅游收入达1.1亿元", new String(cps, c.start(), c.end() - c.start()));
        assertEquals("1.1", new String(cps, c.valueStart(), c.valueEnd() - c.valueStart()));
        assertEquals(5, c.start());
    }

    @Test
    void listMarkersAndBoldMarksAreNotPartOfTheQuote() {
        assertEquals("免费送戏下乡180场", only("- 7.免费送戏下乡180场。").quote());
        assertEquals("新建公厕120座", only("(8)新建公厕120座。").quote());
        assertEquals("打好蓝天保卫战3场", only("**纵深推进生态保护。**打好蓝天保卫战3场。").quote());
    }

    @Test
    void theSectionIsTheNearestHeading() {
        assertEquals("经济发展实现新跃升", only("## 回眸2023\n\n### 经济发展实现新跃升\n\n固定资产投资完成120亿元。").section());
    }
}
