package org.yanhu.opendata.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.yanhu.opendata.api.error.BadRequest;
import org.yanhu.opendata.api.error.UnknownCode;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.api.judgement.AllowedValues;
import org.yanhu.opendata.api.judgement.QuotedQualifier;
import org.yanhu.opendata.api.quantity.Quantity;
import org.yanhu.opendata.api.quantity.UnitScale;
import org.yanhu.opendata.indicators.Indicator;
import org.yanhu.opendata.indicators.Observation;
import org.yanhu.opendata.indicators.Period;
import org.yanhu.opendata.indicators.Unit;
import org.yanhu.opendata.indicators.service.ClaimVerdict.Verdict;

/**
 * Checks a claimed figure against the current published one. Both sides are sets of values (see
 * {@link AllowedValues}): the same figure with the same qualifier matches, overlapping sets are consistent,
 * disjoint ones contradict. Compared in base units.
 */
@ApplicationScoped
public class ClaimChecker {

    private static final int NEAREST_PERIODS = 3;

    @Transactional
    public ClaimVerdict check(String indicatorCode, String regionCode, String periodText, String kind, BigDecimal value,
            String unitCode, org.yanhu.opendata.api.quantity.Comparator claimedComparator) {
        Indicator indicator = Indicator.findByCode(indicatorCode).orElseThrow(() -> new UnknownCode(
                "indicator", indicatorCode, Indicator.<Indicator>listAll().stream().map(i -> i.code).sorted().toList()));
        Period period = Period.parse("period", periodText);
        Unit unit = unitOf(indicator, unitCode);
        Quantity claimed = new Quantity(value, unit.code, unit.toBase(value), unit.scale.baseUnit(), claimedComparator);
        ClaimVerdict.Claim claim = new ClaimVerdict.Claim(indicator.code, regionCode, period.toString(), kind, claimed);
        List<Observation> series = Observation.<Observation>find("indicator = ?1 and region.code = ?2 "
                + "and period = ?3 and kind = ?4 order by publishedOn, version", indicator, regionCode,
                period.toString(), kind).list();
        Observation published = series.stream().filter(o -> o.isCurrent).findFirst().orElse(null);
        List<Observation> others = series.stream().filter(o -> o != published).toList();
        if (published == null) {
            List<String> nearest = nearestPeriods(indicator, regionCode, kind, period);
            String kindZh = "actual".equals(kind) ? "实际值" : "目标值";
            return new ClaimVerdict(Verdict.NOT_PUBLISHED, claim, null, null, others, nearest, new Label(
                    "未找到" + indicator.nameZh + "在" + period + "的已发布" + kindZh
                            + (nearest.isEmpty() ? "" : "；已发布的最近时期：" + String.join("、", nearest)),
                    "Nothing was published for " + indicator.nameEn + " (" + kind + ") for " + period
                            + (nearest.isEmpty() ? "" : "; the nearest periods with a figure are "
                                    + String.join(", ", nearest))));
        }
        org.yanhu.opendata.api.quantity.Comparator publishedComparator = published.quantity().comparator();
        AllowedValues allows = AllowedValues.published(publishedComparator,
                QuotedQualifier.approximationOf(published.quote, published.measure.value()), published.measure.value());
        AllowedValues allowsBase = allows.scaled(published.unit.scale.multiplier());
        AllowedValues claimAllowsBase = AllowedValues.claimed(claimedComparator, value).scaled(unit.scale.multiplier());
        Verdict verdict = claimedComparator == publishedComparator
                && claimed.baseValue().compareTo(published.measure.baseValue()) == 0 ? Verdict.MATCHES
                : allowsBase.overlaps(claimAllowsBase) ? Verdict.CONSISTENT : Verdict.CONTRADICTS;
        return new ClaimVerdict(verdict, claim, published, allows, others, List.of(),
                explanation(verdict, published, allows, others));
    }

    private static Label explanation(Verdict verdict, Observation published, AllowedValues allows,
            List<Observation> others) {
        String unit = published.unit.code;
        String zhBound = "已发布数字允许" + allows.describeZh(unit);
        String enBound = "the published figure allows " + allows.describeEn(unit);
        String quote = "「" + published.quote + "」（" + published.source.id + "，" + published.publishedOn + "）";
        String zh = switch (verdict) {
            case MATCHES -> "与已发布数字一致（同一数字、同一限定词）；" + zhBound;
            case CONSISTENT -> "与已发布数字相符：声称的数字落在已发布范围内，无法据此证伪；" + zhBound;
            default -> "与已发布数字矛盾：声称的数字不在已发布范围内；" + zhBound;
        };
        String en = switch (verdict) {
            case MATCHES -> "Matches the published figure (the same figure with the same qualifier); " + enBound;
            case CONSISTENT -> "Consistent with the published figure: the claim lies inside what it allows, so it "
                    + "cannot be refuted by it; " + enBound;
            default -> "Contradicts the published figure: the claim lies outside what it allows; " + enBound;
        };
        String versionsZh = others.isEmpty() ? "" : "。按现行版本 v" + published.version + " 判断，另有 "
                + others.size() + " 个版本：" + versions(others);
        String versionsEn = others.isEmpty() ? "" : ". Judged against the current version v" + published.version
                + "; other versions: " + versions(others);
        return new Label(zh + "。出处：" + quote + versionsZh,
                en + ". Source: " + quote + versionsEn);
    }

    private static String versions(List<Observation> others) {
        return String.join(", ", others.stream().map(o -> "v" + o.version + " " + o.comparator + " "
                + o.measure.value().stripTrailingZeros().toPlainString() + " " + o.unit.code + " (" + o.source.id + ")")
                .toList());
    }

    private static List<String> nearestPeriods(Indicator indicator, String regionCode, String kind, Period asked) {
        List<Observation> current = Observation.<Observation>find("isCurrent = true and indicator = ?1 "
                + "and region.code = ?2 and kind = ?3", indicator, regionCode, kind).list();
        return current.stream().map(o -> o.period).distinct()
                .sorted(Comparator.comparingInt((String p) -> distance(Period.tryParse(p), asked))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(NEAREST_PERIODS).toList();
    }

    private static int distance(Period p, Period asked) {
        return 2 * Math.abs(p.end() - asked.end()) + Math.abs(p.start() - asked.start());
    }

    private static Unit unitOf(Indicator indicator, String unitCode) {
        Unit unit = unitCode == null ? indicator.unit : Unit.findById(unitCode);
        if (unit == null && unitCode.equals(indicator.unit.scale.baseUnit())) {
            unit = baseUnitOf(indicator);
        }
        if (unit == null) {
            throw new UnknownCode("unit", unitCode, Unit.<Unit>listAll().stream().map(u -> u.code).sorted().toList());
        }
        if (!unit.scale.measuresLike(indicator.unit.scale)) {
            throw new BadRequest("unit", "unit '" + unit.code + "' measures " + unit.scale.baseUnit() + ", but "
                    + indicator.code + " is measured in " + indicator.unit.code + " (" + indicator.unit.scale.baseUnit()
                    + "): a claim in '" + unit.code + "' cannot be compared with a figure in '" + indicator.unit.code
                    + "'");
        }
        return unit;
    }

    /** The base unit itself (CNY, kg, person) as a unit with multiplier 1. */
    private static Unit baseUnitOf(Indicator indicator) {
        Unit base = new Unit();
        base.code = indicator.unit.scale.baseUnit();
        base.nameZh = base.code;
        base.nameEn = base.code;
        base.scale = UnitScale.base(base.code);
        return base;
    }
}
