package org.yanhu.opendata.api.judgement;

import java.math.BigDecimal;
import java.math.MathContext;
import org.yanhu.opendata.api.quantity.Approximation;
import org.yanhu.opendata.api.quantity.Comparator;
import org.yanhu.opendata.api.quantity.Decimals;

/**
 * The set of values a qualified figure allows: an interval whose ends may be open, closed or absent.
 * A claim and a published figure each allow a set; a claim is consistent when the two sets overlap.
 *
 * <p>The rules, also in the indicators README:
 * <ul>
 * <li>{@code eq} 400 allows exactly 400.</li>
 * <li>{@code gt} 400 as <em>published</em> (突破/超过400) allows 400 and more: the reports round their headline
 * figures to the mark they passed (突破400亿元大关), so a plain 400 cannot be refuted by it. A <em>claim</em>
 * of {@code gt} 400 is strict: more than 400.</li>
 * <li>{@code gte} 400 allows 400 and more; {@code lt} less than; {@code lte} at most.</li>
 * <li>{@code approx}: the tolerance is one unit in the last non-zero printed digit (641 → 1, 130 → 10,
 * 12.4 → 0.1), capped at 10 % of the value. 近 (just under) allows [v − t, v], 余/多 (just over)
 * [v, v + t], 约/左右 (either side) [v − t, v + t].</li>
 * </ul>
 *
 * @param lower the lower end, or null when unbounded
 * @param lowerInclusive whether the lower end itself is allowed
 * @param upper the upper end, or null when unbounded
 * @param upperInclusive whether the upper end itself is allowed
 */
public record AllowedValues(BigDecimal lower, boolean lowerInclusive, BigDecimal upper, boolean upperInclusive) {

    private static final BigDecimal TEN_PERCENT = new BigDecimal("0.1");

    /** What a published figure allows, read with the documented rules (突破400 allows 400). */
    public static AllowedValues published(Comparator comparator, Approximation approximation, BigDecimal value) {
        return switch (comparator) {
            case GT -> new AllowedValues(value, true, null, false);
            default -> of(comparator, approximation, value);
        };
    }

    /** What a claim allows: its comparator read strictly ({@code gt} 400 is more than 400). */
    public static AllowedValues claimed(Comparator comparator, BigDecimal value) {
        return of(comparator, Approximation.EITHER_SIDE, value);
    }

    private static AllowedValues of(Comparator comparator, Approximation approximation, BigDecimal value) {
        return switch (comparator) {
            case EQ -> new AllowedValues(value, true, value, true);
            case GT -> new AllowedValues(value, false, null, false);
            case GTE -> new AllowedValues(value, true, null, false);
            case LT -> new AllowedValues(null, false, value, false);
            case LTE -> new AllowedValues(null, false, value, true);
            case APPROX -> {
                BigDecimal t = tolerance(value);
                Approximation side = approximation == null ? Approximation.EITHER_SIDE : approximation;
                yield switch (side) {
                    case JUST_UNDER -> new AllowedValues(value.subtract(t), true, value, true);
                    case JUST_OVER -> new AllowedValues(value, true, value.add(t), true);
                    case EITHER_SIDE -> new AllowedValues(value.subtract(t), true, value.add(t), true);
                };
            }
        };
    }

    /** One unit in the last non-zero printed digit, at most 10 % of the value: 641 → 1, 130 → 10, 600 → 60. */
    public static BigDecimal tolerance(BigDecimal printed) {
        BigDecimal stripped = printed.stripTrailingZeros();
        if (stripped.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal digit = BigDecimal.ONE.scaleByPowerOfTen(-stripped.scale());
        BigDecimal cap = stripped.abs().multiply(TEN_PERCENT, MathContext.DECIMAL64);
        return Decimals.plain(digit.min(cap));
    }

    /** The same set in a unit {@code multiplier} times smaller (亿元 → CNY). */
    public AllowedValues scaled(BigDecimal multiplier) {
        return new AllowedValues(lower == null ? null : Decimals.plain(lower.multiply(multiplier)), lowerInclusive,
                upper == null ? null : Decimals.plain(upper.multiply(multiplier)), upperInclusive);
    }

    /** Whether some value is allowed by both sets. */
    public boolean overlaps(AllowedValues other) {
        return below(this.lower, this.lowerInclusive, other.upper, other.upperInclusive)
                && below(other.lower, other.lowerInclusive, this.upper, this.upperInclusive);
    }

    /** Whether a lower end lies under an upper end, so that something lies between them. */
    private static boolean below(BigDecimal lower, boolean lowerIn, BigDecimal upper, boolean upperIn) {
        if (lower == null || upper == null) {
            return true;
        }
        int cmp = lower.compareTo(upper);
        return cmp < 0 || (cmp == 0 && lowerIn && upperIn);
    }

    /** The set in words, in English: "from 640 to 641", "400 or more". */
    public String describeEn(String unit) {
        if (lower != null && upper != null) {
            return lower.compareTo(upper) == 0 ? "exactly " + n(lower) + " " + unit
                    : "from " + n(lower) + " to " + n(upper) + " " + unit;
        }
        if (lower != null) {
            return (lowerInclusive ? n(lower) + " " + unit + " or more" : "more than " + n(lower) + " " + unit);
        }
        return upperInclusive ? n(upper) + " " + unit + " or less" : "less than " + n(upper) + " " + unit;
    }

    /** The set in words, in Chinese: "640至641万人次", "400亿元及以上". */
    public String describeZh(String unit) {
        if (lower != null && upper != null) {
            return lower.compareTo(upper) == 0 ? n(lower) + unit : n(lower) + "至" + n(upper) + unit;
        }
        if (lower != null) {
            return lowerInclusive ? n(lower) + unit + "及以上" : "超过" + n(lower) + unit;
        }
        return upperInclusive ? n(upper) + unit + "及以下" : "低于" + n(upper) + unit;
    }

    private static String n(BigDecimal v) {
        return Decimals.text(v);
    }
}
