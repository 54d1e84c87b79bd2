package org.yanhu.opendata.indicators.service;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.api.problem.ProblemException;
import org.yanhu.opendata.indicators.Indicator;
import org.yanhu.opendata.indicators.Observation;
import org.yanhu.opendata.indicators.Period;
import org.yanhu.opendata.indicators.Unit;
import org.yanhu.opendata.indicators.rest.view.ClaimCheck;
import org.yanhu.opendata.indicators.rest.view.CodeLabel;
import org.yanhu.opendata.indicators.rest.view.ObservationView;
import org.yanhu.opendata.indicators.rest.view.TargetResult;

/** Targets against actuals, and claims against published figures. */
@ApplicationScoped
public class TargetsAndClaims {

    private static final String FETCH = "select o from Observation o join fetch o.indicator i join fetch o.unit "
            + "join fetch o.source join fetch o.region where o.isCurrent = true ";

    @Transactional
    @CacheResult(cacheName = "target-results")
    public List<TargetResult> targetResults(long dataVersion, String indicator, String region) {
        String where = (indicator == null ? "" : " and i.code = :code") + (region == null ? "" : " and o.region.code = :region");
        var query = Observation.getEntityManager().createQuery(FETCH + "and o.kind = 'target'" + where
                + " order by i.code, o.periodStart, o.periodEnd", Observation.class);
        if (indicator != null) {
            query.setParameter("code", indicator);
        }
        if (region != null) {
            query.setParameter("region", region);
        }
        List<TargetResult> results = new ArrayList<>();
        for (Observation target : query.getResultList()) {
            Observation actual = Observation.<Observation>find("isCurrent = true and indicator = ?1 and region = ?2 "
                    + "and period = ?3 and kind = 'actual'", target.indicator, target.region, target.period)
                    .firstResult();
            if (actual == null) {
                continue;
            }
            String outcome = TargetJudgement.judge(target.baseValue, target.comparator, actual.baseValue,
                    actual.comparator);
            results.add(new TargetResult(target.indicator.code,
                    new Label(target.indicator.nameZh, target.indicator.nameEn),
                    region(target), target.period, ObservationView.of(target, region(target), true),
                    ObservationView.of(actual, region(actual), true), outcome, explain(outcome, target, actual)));
        }
        return results;
    }

    @Transactional
    public ClaimCheck check(String indicatorCode, String regionCode, String periodText, String kind, BigDecimal value,
            String unitCode) {
        Indicator indicator = Indicator.findByCode(indicatorCode).orElseThrow(() -> ProblemException.unknownCode(
                "indicator", indicatorCode, Indicator.<Indicator>listAll().stream().map(i -> i.code).sorted().toList()));
        Period period = Period.parse("period", periodText);
        Unit unit = unitCode == null ? indicator.unit : Unit.findById(unitCode);
        if (unit == null && unitCode.equals(indicator.unit.baseUnit)) {
            unit = baseUnitOf(indicator);
        }
        if (unit == null) {
            throw ProblemException.unknownCode("unit", unitCode,
                    Unit.<Unit>listAll().stream().map(u -> u.code).sorted().toList());
        }
        if (!unit.baseUnit.equals(indicator.unit.baseUnit)) {
            throw ProblemException.badRequest("unit", "unit '" + unit.code + "' measures " + unit.baseUnit + ", but "
                    + indicator.code + " is measured in " + indicator.unit.baseUnit);
        }
        BigDecimal claimedBase = unit.toBase(value);
        ClaimCheck.Claim claim = new ClaimCheck.Claim(indicator.code, regionCode, period.toString(), kind,
                value.stripTrailingZeros(), unit.code, claimedBase, unit.baseUnit);
        Observation published = Observation.<Observation>find("isCurrent = true and indicator = ?1 and region.code = ?2 "
                + "and period = ?3 and kind = ?4", indicator, regionCode, period.toString(), kind).firstResult();
        if (published == null) {
            return new ClaimCheck("not_published", claim, null, null, new Label(
                    "未找到" + indicator.nameZh + "在" + period + "年度的已发布" + ("actual".equals(kind) ? "实际值" : "目标值"),
                    "Nothing was published for " + indicator.nameEn + " (" + kind + ") for " + period));
        }
        boolean matches = claimedBase.compareTo(published.baseValue) == 0;
        boolean consistent = consistent(claimedBase, published);
        ObservationView view = ObservationView.of(published, region(published), true);
        String shown = qualifierEn(published.comparator) + published.value.stripTrailingZeros().toPlainString() + " "
                + published.unit.code;
        Label explanation = matches
                ? new Label("与已发布数字一致：" + published.quote, "Matches the published figure (" + shown + "): "
                        + published.quote)
                : new Label("与已发布数字不同，已发布为：" + published.quote, "Differs from the published figure, which is "
                        + shown + ": " + published.quote);
        return new ClaimCheck(matches ? "matches" : "differs", claim, view, consistent, explanation);
    }

    /** The base unit itself (CNY, kg, person) as a unit with multiplier 1. */
    private static Unit baseUnitOf(Indicator indicator) {
        Unit base = new Unit();
        base.code = indicator.unit.baseUnit;
        base.nameZh = indicator.unit.baseUnit;
        base.nameEn = indicator.unit.baseUnit;
        base.baseUnit = indicator.unit.baseUnit;
        base.multiplier = BigDecimal.ONE;
        return base;
    }

    private static boolean consistent(BigDecimal claimed, Observation published) {
        int cmp = claimed.compareTo(published.baseValue);
        return switch (published.comparator) {
            case "gt" -> cmp >= 0;
            case "gte" -> cmp >= 0;
            case "lt", "lte" -> cmp <= 0;
            case "approx" -> claimed.subtract(published.baseValue).abs()
                    .compareTo(published.baseValue.abs().multiply(new BigDecimal("0.05"))) <= 0;
            default -> cmp == 0;
        };
    }

    private static String qualifierEn(String comparator) {
        return switch (comparator) {
            case "gt" -> "more than ";
            case "gte" -> "at least ";
            case "lt" -> "less than ";
            case "lte" -> "at most ";
            case "approx" -> "about ";
            default -> "";
        };
    }

    private static CodeLabel region(Observation o) {
        return CodeLabel.of(o.region.code, o.region.nameZh, o.region.nameEn);
    }

    private static Label explain(String outcome, Observation target, Observation actual) {
        String t = target.value.stripTrailingZeros().toPlainString() + target.unit.code;
        String a = actual.value.stripTrailingZeros().toPlainString() + actual.unit.code;
        return switch (outcome) {
            case "met" -> new Label("目标" + t + "，实际" + a + "，已完成", "Target " + t + ", actual " + a + ": met");
            case "exceeded" -> new Label("目标" + t + "，实际" + a + "，超额完成", "Target " + t + ", actual " + a
                    + ": exceeded");
            case "missed" -> new Label("目标" + t + "，实际" + a + "，未完成", "Target " + t + ", actual " + a
                    + ": missed");
            default -> new Label("目标" + t + "，实际" + a + "，无法判断", "Target " + t + ", actual " + a
                    + ": the published bound cannot settle it");
        };
    }
}
