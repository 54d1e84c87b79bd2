package org.yanhu.opendata.api.error;

import java.util.List;

/**
 * What a service throws when a request cannot be served. It names the problem in the domain's words and
 * knows no HTTP: api-conventions maps each kind to its problem details, one mapper per kind.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFound, Conflict, StaleVersion, PreconditionRequired, Invalid, UnknownCode, BadRequest,
        MalformedBody {

    private final List<FieldError> errors;

    protected DomainException(String detail, List<FieldError> errors) {
        // No stack trace: these are answers, not bugs, and some are thrown on hot paths.
        super(detail, null, false, false);
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** The fields or rows at fault; empty when the problem is not about one field. */
    public List<FieldError> errors() {
        return errors;
    }
}
