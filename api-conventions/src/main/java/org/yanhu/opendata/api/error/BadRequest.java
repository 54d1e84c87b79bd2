package org.yanhu.opendata.api.error;

import java.util.List;

/** A parameter that is malformed or out of range: {@code limit=5000}, a cursor this API did not issue. */
public final class BadRequest extends DomainException {

    private final String field;

    public BadRequest(String field, String detail) {
        super(detail, List.of(new FieldError(field, detail)));
        this.field = field;
    }

    public String field() {
        return field;
    }
}
