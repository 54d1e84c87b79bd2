package org.yanhu.opendata.indicators.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Suggests the known indicator whose Chinese name the quote covers best, counted in character pairs
 * (地区生产总值 is fully covered by 全区地区生产总值突破400亿元), among the indicators whose unit fits the figure's
 * (the same unit, or the same base unit: 个 and 家 are both counts; 人 and 亿元 never meet). When the figure
 * shares its quote, its own part of it counts most ({@link #OWN_PART_WEIGHT}). Below {@link #MIN_SCORE} it
 * suggests nothing.
 */
public final class NameOverlapSuggester implements IndicatorSuggester {

    static final double MIN_SCORE = 0.4;
    static final double OWN_PART_WEIGHT = 0.75;
    /** A unit that is the same in base but written differently (家 for an indicator in 个) costs a little. */
    private static final double OTHER_UNIT_FACTOR = 0.9;
    private static final List<String> COUNTING_SUFFIXES = List.of("人数", "户数", "条数", "处数", "项数", "次数", "件数",
            "场次", "数", "额");

    private record Entry(KnownIndicator indicator, Set<String> pairs, String unit, String baseUnit) {
    }

    private final List<Entry> entries;

    public NameOverlapSuggester(List<KnownIndicator> indicators, UnitTable units) {
        this.entries = indicators.stream()
                .map(i -> new Entry(i, pairs(nameStem(i.nameZh())), i.unit(),
                        units.parse(i.unit()).map(UnitTable.Unit::baseUnit).orElse(null)))
                .filter(e -> !e.pairs().isEmpty())
                .toList();
    }

    @Override
    public Optional<SuggestedIndicator> suggest(FigureMention mention) {
        Set<String> quotePairs = pairs(mention.quote());
        Set<String> ownPairs = mention.subject() == null ? null : pairs(mention.subject());
        Entry best = null;
        double bestScore = 0;
        for (Entry e : entries) {
            double unitFactor = unitFactor(e, mention);
            if (unitFactor == 0) {
                continue;
            }
            double coverage = coverage(e.pairs(), quotePairs);
            if (ownPairs != null) {
                coverage = OWN_PART_WEIGHT * coverage(e.pairs(), ownPairs) + (1 - OWN_PART_WEIGHT) * coverage;
            }
            double score = unitFactor * coverage;
            if (score > bestScore || (score == bestScore && best != null && e.pairs().size() > best.pairs().size())) {
                best = e;
                bestScore = score;
            }
        }
        if (best == null || bestScore < MIN_SCORE) {
            return Optional.empty();
        }
        return Optional.of(new SuggestedIndicator(best.indicator().code(), Math.round(bestScore * 100) / 100.0));
    }

    private static double coverage(Set<String> name, Set<String> text) {
        int covered = 0;
        for (String p : name) {
            if (text.contains(p)) {
                covered++;
            }
        }
        return (double) covered / name.size();
    }

    private static double unitFactor(Entry e, FigureMention m) {
        if (e.unit() != null && e.unit().equals(m.unit())) {
            return 1;
        }
        if (e.baseUnit() != null && e.baseUnit().equals(m.baseUnit()) && !"rank".equals(m.baseUnit())) {
            return OTHER_UNIT_FACTOR;
        }
        return 0;
    }

    static String nameStem(String name) {
        String s = name.replaceAll("[“”\"《》（）()、，\\s]", "");
        for (String suffix : COUNTING_SUFFIXES) {
            if (s.endsWith(suffix) && s.length() > suffix.length() + 1) {
                return s.substring(0, s.length() - suffix.length());
            }
        }
        return s;
    }

    private static Set<String> pairs(String s) {
        int[] cps = s.replaceAll("[“”\"《》（）()、，\\s]", "").codePoints().toArray();
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < cps.length; i++) {
            out.add(new String(cps, i, 2));
        }
        return out;
    }
}
