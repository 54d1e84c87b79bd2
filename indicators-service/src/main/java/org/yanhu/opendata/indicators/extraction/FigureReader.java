package org.yanhu.opendata.indicators.extraction;

import org.yanhu.opendata.api.quantity.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The grammar of one figure: [qualifier] number [余/多] [scale] unit [qualifier], as in 突破400亿元, 近641万人次,
 * 1万余人, 97%以上; or a rank, 排名全市第一. Numbers that the rules in {@link NotAMeasure} exclude, and numbers
 * with no unit (years, dates, road numbers, hotlines), are not figures.
 */
final class FigureReader {

    /** Words that make 第N a rank: 排名全市第一, 位居全省第3位, 列全市第二. */
    private static final List<String> RANK_CUES = List.of("排名", "排位", "位居", "位列", "名列", "居", "列", "排");
    /** A rank ends the phrase; 第一方阵, 第一批 are groups, not ranks. */
    private static final String RANK_UNIT = "位";

    private final CodePointText text;
    private final boolean[] quotedNames;
    private final UnitTable units;
    private final QualifierWords qualifiers;

    FigureReader(CodePointText text, UnitTable units, QualifierWords qualifiers) {
        this.text = text;
        this.quotedNames = QuotedNames.mask(text);
        this.units = units;
        this.qualifiers = qualifiers;
    }

    Optional<Figure> read(NumberToken n) {
        if (NotAMeasure.isInsideName(quotedNames, n) || NotAMeasure.isCode(text, n, units)
                || NotAMeasure.isJoinedToAnotherNumber(text, n) || NotAMeasure.isListNumber(text, n)
                || NotAMeasure.isVague(text, n)) {
            return Optional.empty();
        }
        if (NotAMeasure.isOrdinal(text, n)) {
            return readRank(n);
        }
        Optional<UnitTable.Match> found = units.readAfter(text, n.end());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UnitTable.Match unit = found.get();
        if (NotAMeasure.isNameClass(unit) || NotAMeasure.isIndefiniteOne(text, n, unit) || NotAMeasure.isPhaseName(n, unit) || NotAMeasure.isSloganCount(text, n, unit)
                || NotAMeasure.isSessionNumber(text, unit)
                || NotAMeasure.isGrade(text, unit) || NotAMeasure.isCircleName(text, unit)
                || NotAMeasure.isDurationPhrase(n, unit)) {
            return Optional.empty();
        }
        QualifierWords.Found before = qualifiers.before(text, n.start());
        if (before == null && ChineseNumerals.isBareScale(text.at(n.start()))) {
            return Optional.empty();             // a bare 万 counts as one only after 近 / 约 / 逾 … (not 签约亿元以上)
        }
        QualifierWords.Found after = qualifiers.after(text, unit.end());
        Comparator comparator = Comparator.EQ;
        boolean fromBefore = false;
        if (before != null) {
            comparator = before.comparison();
            fromBefore = true;
        }
        if (unit.approximate() && comparator == Comparator.EQ) {
            comparator = Comparator.APPROX;
        }
        if (after != null && (comparator == Comparator.EQ || comparator == Comparator.APPROX)) {
            comparator = after.comparison();
            fromBefore = false;
        }
        int start = before != null ? before.start() : n.start();
        int end = after != null ? after.end() : unit.end();
        return Optional.of(new Figure(start, n.start(), n.end(), end, n.value(), text.slice(n.start(), n.end()), unit.written(),
                unit.multiplier(), unit.baseUnit(), comparator, fromBefore));
    }

    private Optional<Figure> readRank(NumberToken n) {
        int ordinal = n.start() - 1;
        int clauseStart = Clauses.hardStart(text, ordinal);
        boolean cued = RANK_CUES.stream().anyMatch(c -> text.contains(c, clauseStart, ordinal));
        if (!cued) {
            return Optional.empty();
        }
        int end = n.end();
        if (text.hasAt(end, RANK_UNIT) || text.hasAt(end, "名")) {
            end++;
        }
        if (!Clauses.isHardBoundary(text.at(end)) && text.at(end) != -1 && text.at(end) != '的') {
            return Optional.empty();
        }
        return Optional.of(new Figure(ordinal, ordinal, end, end, n.value(), text.slice(ordinal, end), RANK_UNIT,
                java.math.BigDecimal.ONE, "rank", Comparator.EQ, false));
    }
}
