package org.yanhu.opendata.projects.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.yanhu.opendata.api.error.FieldError;
import org.yanhu.opendata.api.error.Invalid;

/**
 * Bean Validation of a write with the full path of each field ({@code projects[3].releases[0].quote}),
 * so that a client finds the field in a large batch. The API bodies and the dataset files go through it alike.
 */
@ApplicationScoped
public class BodyValidation {

    @Inject
    Validator validator;

    /** The body, or {@link Invalid} listing every invalid field. */
    public <T> T checked(T body) {
        List<FieldError> errors = errors(body);
        if (!errors.isEmpty()) {
            throw Invalid.fields(errors, "nothing was written");
        }
        return body;
    }

    /** The invalid fields of a body, sorted by path; a missing body is one error. */
    public <T> List<FieldError> errors(T body) {
        if (body == null) {
            return List.of(new FieldError("body", "must not be empty"));
        }
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        return violations.stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
    }
}
