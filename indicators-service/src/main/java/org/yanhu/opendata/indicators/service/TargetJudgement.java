package org.yanhu.opendata.indicators.service;

import java.math.BigDecimal;
import java.util.Set;

/**
 * Compares an actual with its target, in base units and with both qualifiers. A target "at least"
 * (以上) is met by anything at or above it; an actual published only as a lower bound (突破) that sits
 * below the target cannot settle the question.
 */
public final class TargetJudgement {

    private static final Set<String> CEILINGS = Set.of("lt", "lte");

    private TargetJudgement() {
    }

    public static String judge(BigDecimal target, String targetComparator, BigDecimal actual, String actualComparator) {
        int cmp = actual.compareTo(target);
        if (CEILINGS.contains(targetComparator)) {
            if (cmp < 0 || (cmp == 0 && "lte".equals(targetComparator))) {
                return "met";
            }
            return Set.of("lt", "lte").contains(actualComparator) ? "undetermined" : "missed";
        }
        if (cmp > 0) {
            return "eq".equals(targetComparator) || "approx".equals(targetComparator) ? "exceeded" : "met";
        }
        if (cmp == 0) {
            return "gt".equals(targetComparator) && !"gt".equals(actualComparator) ? "missed" : "met";
        }
        return Set.of("gt", "gte").contains(actualComparator) ? "undetermined" : "missed";
    }
}
