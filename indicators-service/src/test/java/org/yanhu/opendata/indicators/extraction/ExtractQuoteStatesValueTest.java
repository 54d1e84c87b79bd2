package org.yanhu.opendata.indicators.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yanhu.opendata.api.provenance.QuoteCheck;

/**
 * A candidate is accepted through the import, whose quote check is api-conventions' {@link QuoteCheck}: so every
 * candidate's quote must state its value as that check reads it (一万余人 states 10000, not 1; 近万人 states 10000).
 */
class ExtractQuoteStatesValueTest {

    @Test
    void theSharedQuoteCheckReadsAChineseNumeralWholeSoTheExtractorDoesToo() {
        Candidate c = Figures.only("为一万余名困难群众发放救助金，");
        assertEquals(true, QuoteCheck.statesValue(c.quote(), c.value()), c::toString);
        Candidate nearly = Figures.only("带动近万人就业，");
        assertEquals(true, QuoteCheck.statesValue(nearly.quote(), nearly.value()), nearly::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"heldout/county-a", "heldout/county-b", "heldout/county-c", "heldout2/county-d",
            "heldout2/county-e", "heldout2/county-f", "heldout2/county-g", "unseen/county-1", "unseen/county-2",
            "unseen/county-3"})
    void everyCandidatesQuoteStatesItsValueByTheSharedQuoteCheck(String passage) {
        String text = resource("extraction/" + passage + ".txt");
        String published = resource("extraction/" + passage + ".expected").lines().filter(l -> !l.startsWith("#"))
                .findFirst().orElseThrow().substring("published_on=".length());
        assertStated(new FigureExtractor().extract(new SourceText(passage, text, LocalDate.parse(published))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_1861cacfb8655aea", "004_006121198c1df0a0"})
    void everyCandidateOfASeedStatesItsValueByTheSharedQuoteCheck(String seed) {
        assertStated(new FigureExtractor().extract(new SourceText(seed, GoldList.seed(seed), null)));
    }

    private static void assertStated(List<Candidate> found) {
        List<String> unstated = new ArrayList<>();
        for (Candidate c : found) {
            if (!QuoteCheck.statesValue(c.quote(), c.value())) {
                unstated.add(c.value().toPlainString() + c.unit() + " «" + c.quote() + "»");
            }
        }
        assertEquals(List.of(), unstated);
    }

    private static String resource(String path) {
        try (InputStream in = ExtractQuoteStatesValueTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        }
    }
}
