package org.yanhu.opendata.indicators.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.yanhu.opendata.indicators.extraction.Figures.in;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A paragraph the text repeats word for word produces its figures once, from the first copy. */
class ExtractRepeatsTest {

    private static final String PARAGRAPH = "提升政务服务，全面推行48项“高效办成一件事”改革。";

    @Test
    void aParagraphRepeatedFourTimesCountsOnce() {
        String text = "聚力优化营商环境\n\n" + PARAGRAPH + "\n\n● **聚力优化营商环境**\n" + PARAGRAPH
                + "\n\n● **聚力优化营商环境**\n" + PARAGRAPH + "\n\n● **聚力优化营商环境**\n" + PARAGRAPH + "\n";
        List<Candidate> found = in(text);
        assertEquals(1, found.size());
        assertEquals(text.indexOf("48"), found.get(0).valueStart());
    }

    @Test
    void theSameFigureInDifferentParagraphsCountsTwice() {
        assertEquals(2, in("完成40个老旧小区改造。\n\n明年将启动40个老旧小区改造。").size());
    }

    @Test
    void aRepeatIsWordForWordNotSimilar() {
        assertEquals(2, in("新增学位600个。\n新增学位800个。").size());
    }
}
