package org.yanhu.opendata.projects.failure;

import java.util.List;

/** A write whose fields are invalid, every one of them listed; nothing was written. */
public class Invalid extends RuntimeException {

    private final List<FieldError> errors;

    public Invalid(String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.errors = List.copyOf(errors);
    }

    /** "1 field is invalid" or "3 fields are invalid", then what did not happen. */
    public static Invalid fields(List<FieldError> errors, String consequence) {
        return new Invalid((errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid")
                + "; " + consequence, errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
