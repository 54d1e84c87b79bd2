package org.yanhu.opendata.api.error;

import java.util.List;

/**
 * The request contradicts what is already published: a project id that exists, a reference code that
 * an import redefines. Nothing is silently overwritten, so the write is refused and names the code.
 */
public final class Conflict extends DomainException {

    public Conflict(String detail) {
        super(detail, null);
    }

    public Conflict(String detail, List<FieldError> errors) {
        super(detail, errors);
    }
}
