package org.yanhu.opendata.api.error;

import java.util.Collection;
import java.util.List;

/** A filter or field names a code that is not in its code list; the answer lists the allowed values. */
public final class UnknownCode extends DomainException {

    private final String field;
    private final String value;
    private final List<String> allowed;

    public UnknownCode(String field, String value, Collection<String> allowed) {
        super(detail(field, value, allowed), List.of(new FieldError(field, detail(field, value, allowed))));
        this.field = field;
        this.value = value;
        this.allowed = List.copyOf(allowed);
    }

    private static String detail(String field, String value, Collection<String> allowed) {
        return "Unknown " + field + " '" + value + "'. Allowed values: " + String.join(", ", allowed);
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }

    public List<String> allowed() {
        return allowed;
    }
}
