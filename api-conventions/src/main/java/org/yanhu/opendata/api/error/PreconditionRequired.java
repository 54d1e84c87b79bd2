package org.yanhu.opendata.api.error;

/** A write that may overwrite someone else's change must say which version it is based on. */
public final class PreconditionRequired extends DomainException {

    public PreconditionRequired(String detail) {
        super(detail, null);
    }
}
