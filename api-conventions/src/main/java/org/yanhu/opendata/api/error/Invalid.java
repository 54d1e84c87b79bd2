package org.yanhu.opendata.api.error;

import java.util.List;

/** Well-formed input that breaks the rules: every bad field or row is listed, and nothing was written. */
public final class Invalid extends DomainException {

    public Invalid(String detail, List<FieldError> errors) {
        super(detail, errors);
    }

    /** "1 field is invalid" or "3 fields are invalid", followed by the consequence. */
    public static Invalid fields(List<FieldError> errors, String consequence) {
        String count = errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
        return new Invalid(count + "; " + consequence, errors);
    }
}
