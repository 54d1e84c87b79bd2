package org.yanhu.opendata.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every 4xx and 5xx. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(example = "https://yanhu-opendata.org/problems/invalid-parameter") String type,
        @Schema(example = "Invalid parameter") String title,
        @Schema(example = "400") int status,
        @Schema(example = "limit must be between 1 and 1000, got 5000") String detail,
        @Schema(example = "/api/v1/observations?limit=5000") String instance,
        @Schema(example = "6f1c0e1e-2b0e-4d5e-9a7c-0d9b8f1e2a3b") String requestId,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://yanhu-opendata.org/problems/";

    /** One invalid field or row, as listed in a validation problem. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(example = "limit") String field,
            @Schema(example = "must be less than or equal to 1000") String message) {
    }
}
