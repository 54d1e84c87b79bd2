package org.yanhu.opendata.api.error;

import java.util.List;

/** A request body that cannot be read at all: not JSON, not CSV with the expected header, empty. */
public final class MalformedBody extends DomainException {

    public MalformedBody(String detail) {
        super(detail, null);
    }

    public MalformedBody(String field, String detail) {
        super(detail, List.of(new FieldError(field, detail)));
    }
}
