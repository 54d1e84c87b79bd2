package org.yanhu.opendata.indicators.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Candidate ids are stable: (source, the number's offsets, value). */
class ExtractCandidateIdTest {

    private static final String TEXT = "全区地区生产总值突破400亿元，固定资产投资完成120亿元。";

    private static List<String> ids(String source, String text) {
        return new FigureExtractor().extract(new SourceText(source, text, null)).stream().map(Candidate::id).toList();
    }

    @Test
    void extractingTheSameTextAgainGivesTheSameIds() {
        assertEquals(ids("doc", TEXT), ids("doc", TEXT));
    }

    @Test
    void idsDependOnTheSource() {
        assertNotEquals(ids("doc-a", TEXT), ids("doc-b", TEXT));
    }

    @Test
    void textAddedAfterAFigureDoesNotChangeItsId() {
        assertEquals(ids("doc", TEXT).get(0), ids("doc", TEXT + "新增就业6187人。").get(0));
    }

    @Test
    void theValueAndTheOffsetsAreInTheId() {
        String id = CandidateIds.of("doc", 10, 13, new BigDecimal("400"));
        assertEquals(id, CandidateIds.of("doc", 10, 13, new BigDecimal("400.0")));
        assertNotEquals(id, CandidateIds.of("doc", 10, 13, new BigDecimal("401")));
        assertNotEquals(id, CandidateIds.of("doc", 11, 14, new BigDecimal("400")));
    }
}
