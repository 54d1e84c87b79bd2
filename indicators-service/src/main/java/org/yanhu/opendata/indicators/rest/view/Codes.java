package org.yanhu.opendata.indicators.rest.view;

import java.util.List;
import java.util.Map;

/** The closed code lists of observations, with their labels. */
public final class Codes {

    public static final Map<String, CodeLabel> KINDS = Map.of(
            "actual", CodeLabel.of("actual", "实际", "actual"),
            "target", CodeLabel.of("target", "目标", "target"));

    public static final Map<String, CodeLabel> COMPARATORS = Map.of(
            "eq", CodeLabel.of("eq", "等于", "equal to"),
            "gt", CodeLabel.of("gt", "突破/超过", "more than"),
            "gte", CodeLabel.of("gte", "以上/不低于", "at least"),
            "lt", CodeLabel.of("lt", "低于", "less than"),
            "lte", CodeLabel.of("lte", "以下/不超过", "at most"),
            "approx", CodeLabel.of("approx", "近/约/余", "about"));

    public static final List<String> KIND_CODES = List.of("actual", "target");

    private Codes() {
    }
}
