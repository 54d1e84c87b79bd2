package org.yanhu.opendata.indicators.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Runs the extractor on a piece of text, for tests that read like the rules. */
final class Figures {

    private static final FigureExtractor EXTRACTOR = new FigureExtractor();

    private Figures() {
    }

    static List<Candidate> in(String text) {
        return in(text, null);
    }

    static List<Candidate> in(String text, LocalDate publishedOn) {
        return EXTRACTOR.extract(new SourceText("test", text, publishedOn));
    }

    /** The one figure in {@code text}; fails when there is none or more than one. */
    static Candidate only(String text) {
        return only(text, null);
    }

    static Candidate only(String text, LocalDate publishedOn) {
        List<Candidate> found = in(text, publishedOn);
        assertEquals(1, found.size(), () -> "expected one figure in «" + text + "», got " + describe(found));
        return found.get(0);
    }

    static List<String> values(String text) {
        return in(text).stream().map(c -> c.value().toPlainString() + c.unit()).toList();
    }

    static String describe(List<Candidate> found) {
        return found.stream().map(c -> c.value().toPlainString() + c.unit() + "/" + c.comparator().code() + "/"
                + c.kind().code() + "/" + c.period() + " «" + c.quote() + "»").toList().toString();
    }

    static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }
}
