package org.yanhu.opendata.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import org.yanhu.opendata.api.error.BadRequest;
import org.yanhu.opendata.api.error.UnknownCode;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.api.quantity.Quantity;
import org.yanhu.opendata.api.quantity.UnitScale;
import org.yanhu.opendata.indicators.Indicator;
import org.yanhu.opendata.indicators.Observation;
import org.yanhu.opendata.indicators.Period;
import org.yanhu.opendata.indicators.Unit;

/** Checks a claimed figure against the published one, in base units and with the published qualifier. */
@ApplicationScoped
public class ClaimChecker {

    @Transactional
    public ClaimVerdict check(String indicatorCode, String regionCode, String periodText, String kind, BigDecimal value,
            String unitCode) {
        Indicator indicator = Indicator.findByCode(indicatorCode).orElseThrow(() -> new UnknownCode(
                "indicator", indicatorCode, Indicator.<Indicator>listAll().stream().map(i -> i.code).sorted().toList()));
        Period period = Period.parse("period", periodText);
        Unit unit = unitCode == null ? indicator.unit : Unit.findById(unitCode);
        if (unit == null && unitCode.equals(indicator.unit.scale.baseUnit())) {
            unit = baseUnitOf(indicator);
        }
        if (unit == null) {
            throw new UnknownCode("unit", unitCode, Unit.<Unit>listAll().stream().map(u -> u.code).sorted().toList());
        }
        if (!unit.scale.measuresLike(indicator.unit.scale)) {
            throw new BadRequest("unit", "unit '" + unit.code + "' measures " + unit.scale.baseUnit() + ", but "
                    + indicator.code + " is measured in " + indicator.unit.scale.baseUnit());
        }
        BigDecimal claimedBase = unit.toBase(value);
        ClaimVerdict.Claim claim = new ClaimVerdict.Claim(indicator.code, regionCode, period.toString(), kind,
                new Quantity(value, unit.code, claimedBase, unit.scale.baseUnit(), null));
        Observation published = Observation.<Observation>find("isCurrent = true and indicator = ?1 and region.code = ?2 "
                + "and period = ?3 and kind = ?4", indicator, regionCode, period.toString(), kind).firstResult();
        if (published == null) {
            return new ClaimVerdict("not_published", claim, null, null, new Label(
                    "未找到" + indicator.nameZh + "在" + period + "年度的已发布" + ("actual".equals(kind) ? "实际值" : "目标值"),
                    "Nothing was published for " + indicator.nameEn + " (" + kind + ") for " + period));
        }
        boolean matches = claimedBase.compareTo(published.measure.baseValue()) == 0;
        boolean consistent = consistent(claimedBase, published);
        String shown = qualifierEn(published.comparator) + published.measure.value().stripTrailingZeros().toPlainString() + " "
                + published.unit.code;
        Label explanation = matches
                ? new Label("与已发布数字一致：" + published.quote, "Matches the published figure (" + shown + "): "
                        + published.quote)
                : new Label("与已发布数字不同，已发布为：" + published.quote, "Differs from the published figure, which is "
                        + shown + ": " + published.quote);
        return new ClaimVerdict(matches ? "matches" : "differs", claim, published, consistent, explanation);
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

    private static boolean consistent(BigDecimal claimed, Observation published) {
        BigDecimal publishedBase = published.measure.baseValue();
        int cmp = claimed.compareTo(publishedBase);
        return switch (published.comparator) {
            case "gt" -> cmp >= 0;
            case "gte" -> cmp >= 0;
            case "lt", "lte" -> cmp <= 0;
            case "approx" -> claimed.subtract(publishedBase).abs()
                    .compareTo(publishedBase.abs().multiply(new BigDecimal("0.05"))) <= 0;
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
}
