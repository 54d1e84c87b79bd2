package org.yanhu.opendata.projects.rest.view;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The closed code lists that live in code rather than in the database, with their labels. */
public final class Codes {

    public static final Map<String, CodeLabel> PLEDGE_STATUSES = ordered(
            CodeLabel.of("met", "已兑现", "met"),
            CodeLabel.of("exceeded", "超额完成", "exceeded"),
            CodeLabel.of("partly_met", "部分兑现", "partly met"),
            CodeLabel.of("different_scope", "口径不同", "reported with a different scope"),
            CodeLabel.of("in_progress", "进行中", "in progress"),
            CodeLabel.of("not_reported", "未见报告", "not reported"));

    public static final Map<String, CodeLabel> JUDGEMENTS = ordered(
            CodeLabel.of("met", "已兑现", "met"),
            CodeLabel.of("exceeded", "超额完成", "exceeded"),
            CodeLabel.of("partly_met", "部分兑现", "partly met"),
            CodeLabel.of("different_scope", "口径不同", "reported with a different scope"));

    public static final Map<String, CodeLabel> COMPARATORS = ordered(
            CodeLabel.of("eq", "等于", "equal to"),
            CodeLabel.of("gt", "突破/超过", "more than"),
            CodeLabel.of("gte", "以上/不低于", "at least"),
            CodeLabel.of("lt", "低于", "less than"),
            CodeLabel.of("lte", "以下/不超过", "at most"),
            CodeLabel.of("approx", "近/约/余", "about"));

    public static final Map<String, CodeLabel> RELEASE_KINDS = ordered(
            CodeLabel.of("registration", "登记", "registration"),
            CodeLabel.of("status", "状态", "status claim"),
            CodeLabel.of("correction", "更正", "correction"));

    public static final List<String> PLEDGE_STATUS_CODES = List.copyOf(PLEDGE_STATUSES.keySet());

    private Codes() {
    }

    private static Map<String, CodeLabel> ordered(CodeLabel... labels) {
        Map<String, CodeLabel> map = new LinkedHashMap<>();
        for (CodeLabel label : labels) {
            map.put(label.code(), label);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
