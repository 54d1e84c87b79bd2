package org.yanhu.opendata.indicators.extraction;

import org.yanhu.opendata.api.quantity.Comparator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Proposes every figure of a report as a {@link Candidate} with its quote, comparator, kind, period and a
 * suggested indicator. Rule-based and deterministic: the same text gives the same candidates with the same ids.
 * Figures of a paragraph that the text repeats word for word are proposed once, from the first copy.
 */
public final class FigureExtractor {

    private final UnitTable units;
    private final QualifierWords qualifiers;
    private final IndicatorSuggester suggester;

    public FigureExtractor() {
        this(IndicatorSuggester.NONE);
    }

    public FigureExtractor(IndicatorSuggester suggester) {
        this(UnitTable.standard(), QualifierWords.standard(), suggester);
    }

    public FigureExtractor(UnitTable units, QualifierWords qualifiers, IndicatorSuggester suggester) {
        this.units = units;
        this.qualifiers = qualifiers;
        this.suggester = suggester;
    }

    public List<Candidate> extract(SourceText source) {
        CodePointText text = new CodePointText(source.text());
        ReportOutline outline = ReportOutline.of(text, source.publishedOn());
        FigureReader reader = new FigureReader(text, units, qualifiers);

        List<Figure> figures = new ArrayList<>();
        for (NumberToken n : NumberScanner.scan(text)) {
            if (outline.isRepeated(n.start())) {
                continue;
            }
            reader.read(n).ifPresent(f -> figures.add(shareEnumerationComparator(text, figures, f)));
        }

        int longest = figures.stream().mapToInt(f -> f.end() - f.start()).max().orElse(0);
        List<Candidate> candidates = new ArrayList<>(figures.size());
        for (Figure f : figures) {
            candidates.add(candidate(source, text, outline, f, near(text, figures, f, longest)));
        }
        return candidates;
    }

    /**
     * The figures that can share a clause with {@code f}, found by binary search in the figures (which are in text
     * order): the rules that look at neighbours see only these, so the work per figure stays bounded.
     */
    private static List<Figure> near(CodePointText text, List<Figure> figures, Figure f, int longest) {
        int from = Clauses.hardStart(text, f.start()) - 1 - longest;
        int to = Clauses.hardEnd(text, f.end()) + 1;
        int lo = 0;
        int hi = figures.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (figures.get(mid).start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        while (end < figures.size() && figures.get(end).start() <= to) {
            end++;
        }
        return figures.subList(lo, end);
    }

    /** 分别超过30%、40%: a number listed right after another takes the qualifier word in front of the first. */
    private static Figure shareEnumerationComparator(CodePointText text, List<Figure> previous, Figure f) {
        if (previous.isEmpty() || f.comparator() != Comparator.EQ) {
            return f;
        }
        Figure last = previous.get(previous.size() - 1);
        if (last.end() + 1 == f.start() && text.at(last.end()) == '、' && last.comparatorBefore()) {
            return f.withComparator(last.comparator());
        }
        return f;
    }

    private Candidate candidate(SourceText source, CodePointText text, ReportOutline outline, Figure f, List<Figure> all) {
        int[] quote = Clauses.quote(text, f, all);
        ReportContext context = outline.contextAt(f.valueStart());
        int clauseStart = Clauses.hardStart(text, f.start());
        int sentenceStart = Clauses.sentenceStart(text, f.start());
        int paragraphStart = Clauses.paragraphStart(text, f.start());
        KindAndPeriod.Resolved resolved = KindAndPeriod.resolve(context, new KindAndPeriod.Before(
                text.normalized(clauseStart, f.valueStart()), text.normalized(sentenceStart, f.valueStart()),
                text.normalized(paragraphStart, f.valueStart())), f, source.publishedOn());
        String quoteText = text.slice(quote[0], quote[1]);
        String subject = Enumerations.subjectOf(text, f, all, clauseStart);
        if (subject == null) {
            subject = ownSegment(text, f, all, quote);
        }
        Optional<SuggestedIndicator> suggestion = suggester.suggest(new FigureMention(quoteText,
                f.valueStart() - quote[0], f.valueEnd() - quote[0], f.unit(), f.baseUnit(), subject));
        return new Candidate(
                CandidateIds.of(source.id(), f.valueStart(), f.valueEnd(), f.value()),
                f.value(), f.text(), f.unit(), f.multiplier(), plain(f.value().multiply(f.multiplier())), f.baseUnit(),
                f.comparator(), resolved.kind(), resolved.period() == null ? null : resolved.period().toString(),
                quoteText, quote[0], quote[1], f.valueStart(), f.valueEnd(), context.section(), suggestion.orElse(null));
    }

    /**
     * The part of a quote with several figures that belongs to this one: from the end of the figure before it to
     * the start of the figure after it ("完成40个老旧小区、" of "完成40个老旧小区、20条小街小巷改造"), unless that one
     * follows at once; null when the figure is alone in its quote.
     */
    private static String ownSegment(CodePointText text, Figure f, List<Figure> all, int[] quote) {
        int from = quote[0];
        int to = quote[1];
        boolean shared = false;
        for (Figure g : all) {
            if (g == f || g.end() <= quote[0] || g.start() >= quote[1]) {
                continue;
            }
            shared = true;
            if (g.end() <= f.start()) {
                from = Math.max(from, g.end());
            } else if (g.start() > f.end()) {
                to = Math.min(to, g.start());      // 132条245公里的“四好农村路”: figures side by side share what follows
            }
        }
        return shared ? text.slice(from, to) : null;
    }

    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
