package org.yanhu.opendata.indicators.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yanhu.opendata.indicators.extraction.GoldList.GoldFigure;

/**
 * Runs the extractor on both seeds against their hand-reviewed gold lists. A candidate matches a gold figure on
 * value, unit and overlapping offsets; a gold figure is found exactly when a candidate of its own (one to one)
 * also has its comparator, kind and period. Recall is the share of gold figures found exactly, precision the
 * share of candidates that match a gold figure.
 */
class ExtractGoldListTest {

    static final double MIN_RECALL = 0.95;
    static final double MIN_PRECISION = 0.90;

    static List<String> seeds() {
        return GoldList.SEEDS;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyGoldQuoteIsVerbatimAtItsOffsets(String documentId) {
        int[] cps = GoldList.seed(documentId).codePoints().toArray();
        for (GoldFigure g : GoldList.of(documentId)) {
            assertEquals(g.quote(), new String(cps, g.start(), g.end() - g.start()), "quote at " + g.start());
            assertTrue(g.quote().contains(g.text()), () -> g.text() + " is not in «" + g.quote() + "»");
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theExtractorFindsTheGoldFigures(String documentId) {
        List<GoldFigure> gold = GoldList.of(documentId);
        List<Candidate> candidates = extractor().extract(new SourceText(documentId, GoldList.seed(documentId),
                publishedOn(documentId)));

        Set<Candidate> used = new HashSet<>();
        List<String> misses = new ArrayList<>();
        int found = 0;
        int suggestedRight = 0;
        int withIndicator = 0;
        for (GoldFigure g : gold) {
            Candidate exact = candidates.stream()
                    .filter(c -> !used.contains(c) && matches(c, g) && c.comparator().code().equals(g.comparator())
                            && c.kind().code().equals(g.kind()) && g.period().equals(c.period()))
                    .findFirst().orElse(null);
            if (exact != null) {
                used.add(exact);
                found++;
            } else {
                misses.add(g.value() + g.unit() + "/" + g.comparator() + "/" + g.kind() + "/" + g.period() + " «" + g.quote()
                        + "», candidates there: " + Figures.describe(candidates.stream().filter(c -> matches(c, g)).toList()));
            }
            if (!g.indicator().isEmpty()) {
                withIndicator++;
                if (exact != null && exact.suggestedIndicator() != null && g.indicator().equals(exact.suggestedIndicator().code())) {
                    suggestedRight++;
                }
            }
        }
        List<Candidate> extra = candidates.stream().filter(c -> gold.stream().noneMatch(g -> matches(c, g))).toList();
        double recall = (double) found / gold.size();
        double precision = (double) (candidates.size() - extra.size()) / candidates.size();

        System.out.printf("extraction %s: recall %.1f%% (%d of %d gold figures found exactly), precision %.1f%% "
                        + "(%d of %d candidates match a gold figure), suggested indicator right for %d of %d%n",
                documentId, 100 * recall, found, gold.size(), 100 * precision, candidates.size() - extra.size(),
                candidates.size(), suggestedRight, withIndicator);
        misses.forEach(m -> System.out.println("  missed: " + m));
        extra.forEach(c -> System.out.println("  not in the gold list: " + Figures.describe(List.of(c))));

        assertTrue(recall >= MIN_RECALL, () -> String.format("recall %.3f < %.2f; missed %s", recall, MIN_RECALL, misses));
        assertTrue(precision >= MIN_PRECISION, () -> String.format("precision %.3f < %.2f; extra %s", precision,
                MIN_PRECISION, Figures.describe(extra)));
    }

    static boolean matches(Candidate c, GoldFigure g) {
        return c.value().compareTo(g.value()) == 0 && c.unit().equals(g.unit()) && c.start() < g.end() && g.start() < c.end();
    }

    static FigureExtractor extractor() {
        List<KnownIndicator> known = GoldList.rows("dataset/indicators.csv").stream()
                .map(r -> new KnownIndicator(r.get("code"), r.get("name_zh"), r.get("name_en"), r.get("unit")))
                .toList();
        return new FigureExtractor(new NameOverlapSuggester(known, UnitTable.standard()));
    }

    static LocalDate publishedOn(String documentId) {
        Map<String, String> dates = GoldList.rows("dataset/sources.csv").stream()
                .collect(Collectors.toMap(r -> r.get("id"), r -> r.get("published_on")));
        return LocalDate.parse(dates.get(documentId));
    }
}
