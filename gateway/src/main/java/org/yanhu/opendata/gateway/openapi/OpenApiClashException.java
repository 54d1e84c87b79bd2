package org.yanhu.opendata.gateway.openapi;

import java.util.List;
import java.util.stream.Collectors;

/** A merge refused because one name would stand for two shapes, or two operations share an id. */
public class OpenApiClashException extends RuntimeException {

    private final transient List<ComponentClash> clashes;
    private final List<String> operationIdClashes;

    OpenApiClashException(List<ComponentClash> clashes, List<String> operationIdClashes) {
        super(describe(clashes, operationIdClashes));
        this.clashes = List.copyOf(clashes);
        this.operationIdClashes = List.copyOf(operationIdClashes);
    }

    public List<ComponentClash> clashes() {
        return clashes;
    }

    public List<String> operationIdClashes() {
        return operationIdClashes;
    }

    private static String describe(List<ComponentClash> clashes, List<String> operationIdClashes) {
        return "The documents cannot be merged without renaming: " + java.util.stream.Stream.concat(
                clashes.stream().map(ComponentClash::toString), operationIdClashes.stream())
                .collect(Collectors.joining("; "));
    }
}
