package org.yanhu.opendata.indicators.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16's held-out bar, on three passages written after the rules by someone who had not read them (a Zhejiang
 * county's 2023 report, a Hunan county's 2021 report with its five-year summary, a Guangdong district's 2024 report
 * whose target paragraph is printed twice), each with a gold list written by hand before the extractor first ran.
 * Matching is one to one, so a figure extracted twice counts once and its copy counts against precision: first
 * candidates equal in value, unit, comparator, kind and period (the issue's recall), then, for the gold figures left,
 * candidates equal in value and unit only (found, with a wrong comparator, kind or period).
 */
class ExtractHeldOutTest {

    record Expected(BigDecimal value, String unit, String comparator, String kind, String period) {

        boolean sameFigure(Candidate c) {
            return c.value().compareTo(value) == 0 && c.unit().equals(unit);
        }

        boolean sameInEveryField(Candidate c) {
            return sameFigure(c) && c.comparator().code().equals(comparator) && c.kind().code().equals(kind)
                    && period.equals(c.period());
        }

        @Override
        public String toString() {
            return value.toPlainString() + unit + "/" + comparator + "/" + kind + "/" + period;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"county-a", "county-b", "county-c"})
    void aHeldOutReportIsExtractedAboveTheIssuesBar(String name) {
        String text = resource("extraction/heldout/" + name + ".txt");
        List<String> lines = resource("extraction/heldout/" + name + ".expected").lines()
                .filter(l -> !l.startsWith("#")).toList();
        LocalDate publishedOn = LocalDate.parse(lines.get(0).substring("published_on=".length()));
        List<Expected> expected = lines.subList(2, lines.size()).stream().map(l -> l.split(",", -1))
                .map(f -> new Expected(new BigDecimal(f[0]), f[1], f[2], f[3], f[4])).toList();
        List<Candidate> found = new FigureExtractor().extract(new SourceText(name, text, publishedOn));

        List<Candidate> unused = new ArrayList<>(found);
        List<Expected> notExact = pairOff(expected, unused, Expected::sameInEveryField, new ArrayList<>());
        List<String> wrongFields = new ArrayList<>();
        List<Expected> missed = pairOff(notExact, unused, Expected::sameFigure, wrongFields);

        int exact = expected.size() - notExact.size();
        int matched = expected.size() - missed.size();
        double recall = (double) exact / expected.size();
        double precision = found.isEmpty() ? 0 : (double) matched / found.size();
        double fieldsRight = matched == 0 ? 0 : (double) exact / matched;
        System.out.printf("extraction %s (held out): recall %.1f%% of %d (value and unit only %.1f%%), precision %.1f%%"
                + " of %d, comparator, kind and period right for %.1f%% of %d found%n", name, 100 * recall,
                expected.size(), 100.0 * matched / expected.size(), 100 * precision, found.size(), 100 * fieldsRight,
                matched);
        System.out.println("  missed: " + missed);
        System.out.println("  wrong comparator, kind or period (gold <- candidate): " + wrongFields);
        System.out.println("  extra: " + Figures.describe(unused));
        assertTrue(recall >= 0.90, () -> name + ": recall " + recall + ", missed " + missed + ", wrong " + wrongFields);
        assertTrue(precision >= 0.85, () -> name + ": precision " + precision + ", extra " + Figures.describe(unused));
        assertTrue(fieldsRight >= 0.90, () -> name + ": fields right " + fieldsRight + ", wrong " + wrongFields);
    }

    /** Pairs each gold figure with the first unused candidate that matches it; answers the gold figures left over. */
    private static List<Expected> pairOff(List<Expected> gold, List<Candidate> unused,
            BiPredicate<Expected, Candidate> matches, List<String> pairs) {
        List<Expected> left = new ArrayList<>();
        for (Expected e : gold) {
            Candidate c = unused.stream().filter(x -> matches.test(e, x)).findFirst().orElse(null);
            if (c == null) {
                left.add(e);
            } else {
                unused.remove(c);
                pairs.add(e + " <- " + Figures.describe(List.of(c)));
            }
        }
        return left;
    }

    private static String resource(String path) {
        try (InputStream in = ExtractHeldOutTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        }
    }
}
