package org.yanhu.opendata.indicators.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * A report passage with its hand-reviewed figures ({@code extraction/<set>/<name>.txt} and {@code .expected}: a
 * {@code published_on=} line, a header, then value, unit, comparator, kind and period a line), scored against the
 * extractor. Matching is one to one, so a figure extracted twice counts once and its copy counts against precision:
 * first candidates equal in value, unit, comparator, kind and period (exact: the issue's recall), then, for the gold
 * figures left, candidates equal in value and unit only (found, with a wrong comparator, kind or period).
 */
record PassageScore(String name, int gold, int found, int exact, int matched, List<Expected> missed,
        List<String> wrongFields, List<Candidate> extra) {

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

    static PassageScore of(String set, String name) {
        String text = resource("extraction/" + set + "/" + name + ".txt");
        List<String> lines = resource("extraction/" + set + "/" + name + ".expected").lines()
                .filter(l -> !l.startsWith("#")).toList();
        LocalDate publishedOn = LocalDate.parse(lines.get(0).substring("published_on=".length()));
        List<Expected> expected = lines.subList(2, lines.size()).stream().map(l -> l.split(",", -1))
                .map(f -> new Expected(new BigDecimal(f[0]), f[1], f[2], f[3], f[4])).toList();
        List<Candidate> found = new FigureExtractor().extract(new SourceText(name, text, publishedOn));
        List<Candidate> unused = new ArrayList<>(found);
        List<Expected> notExact = pairOff(expected, unused, Expected::sameInEveryField, new ArrayList<>());
        List<String> wrongFields = new ArrayList<>();
        List<Expected> missed = pairOff(notExact, unused, Expected::sameFigure, wrongFields);
        return new PassageScore(name, expected.size(), found.size(), expected.size() - notExact.size(),
                expected.size() - missed.size(), missed, wrongFields, unused);
    }

    /** Gold figures found exactly, with value, unit, comparator, kind and period. */
    double recall() {
        return (double) exact / gold;
    }

    /** Candidates that are a gold figure (value and unit). */
    double precision() {
        return found == 0 ? 0 : (double) matched / found;
    }

    /** Of the gold figures found, those with comparator, kind and period right too. */
    double fieldsRight() {
        return matched == 0 ? 0 : (double) exact / matched;
    }

    void print(String label) {
        System.out.printf("extraction %s (%s): recall %.1f%% of %d (value and unit only %.1f%%), precision %.1f%%"
                + " of %d, comparator, kind and period right for %.1f%% of %d found%n", name, label, 100 * recall(),
                gold, 100.0 * matched / gold, 100 * precision(), found, 100 * fieldsRight(), matched);
        System.out.println("  missed: " + missed);
        System.out.println("  wrong comparator, kind or period (gold <- candidate): " + wrongFields);
        System.out.println("  extra: " + Figures.describe(extra));
    }

    @Override
    public String toString() {
        return name + ": recall " + recall() + ", precision " + precision() + ", fields right " + fieldsRight()
                + "; missed " + missed + "; wrong " + wrongFields + "; extra " + Figures.describe(extra);
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
        try (InputStream in = PassageScore.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        }
    }
}
