package org.yanhu.opendata.api.problem;

import java.util.List;
import java.util.Map;

/**
 * Thrown anywhere in a service to answer with a problem. The mapper turns it into
 * application/problem+json; resources never build error responses themselves.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Map<String, String> headers;

    public ProblemException(int status, String slug, String title, String detail,
            List<Problem.FieldError> errors, Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors;
        this.headers = headers == null ? Map.of() : headers;
    }

    public static ProblemException badRequest(String field, String detail) {
        return new ProblemException(400, "invalid-parameter", "Invalid parameter", detail,
                List.of(new Problem.FieldError(field, detail)), null);
    }

    public static ProblemException unknownCode(String field, String value, java.util.Collection<String> allowed) {
        String detail = "Unknown " + field + " '" + value + "'. Allowed values: " + String.join(", ", allowed);
        return new ProblemException(400, "unknown-code", "Unknown code", detail,
                List.of(new Problem.FieldError(field, detail)), null);
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(404, "not-found", "Not found", "No " + what + " with id '" + id + "'", null, null);
    }

    public static ProblemException unprocessable(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(422, "validation-failed", "Validation failed", detail, errors, null);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
