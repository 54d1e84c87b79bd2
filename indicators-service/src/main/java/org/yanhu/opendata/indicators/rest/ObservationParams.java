package org.yanhu.opendata.indicators.rest;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.yanhu.opendata.api.paging.PageRequest;
import org.yanhu.opendata.api.problem.ProblemException;
import org.yanhu.opendata.indicators.Period;
import org.yanhu.opendata.indicators.rest.view.Codes;
import org.yanhu.opendata.indicators.service.ObservationFilter;

/** The query parameters of observation lists, parsed into a filter with a 400 for anything malformed. */
public class ObservationParams {

    @QueryParam("indicator")
    @Parameter(description = "Indicator codes, comma-separated", example = "GDP,TOURIST_VISITS")
    String indicator;

    @QueryParam("region")
    @Parameter(description = "GB/T 2260 region code", example = "140802")
    String region;

    @QueryParam("from")
    @Parameter(description = "First year: periods ending in or after it", example = "2021",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1949", maximum = "2100"))
    String from;

    @QueryParam("to")
    @Parameter(description = "Last year: periods starting in or before it", example = "2025",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1949", maximum = "2100"))
    String to;

    @QueryParam("period")
    @Parameter(description = "Exact period: a year or a span of years", example = "2023",
            schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{4}(-\\d{4})?$"))
    String period;

    @QueryParam("kind")
    @Parameter(description = "actual (reported results) or target (planned goals)",
            schema = @Schema(enumeration = {"actual", "target"}))
    String kind;

    @QueryParam("source")
    @Parameter(description = "Source document id", example = "000_1861cacfb8655aea")
    String source;

    @QueryParam("latest")
    @Parameter(description = "Only the most recent actual of each indicator and region",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    String latest;

    @QueryParam("as_of")
    @Parameter(description = "What had been published by this date (ISO 8601): the real-time view",
            example = "2024-12-31", schema = @Schema(type = SchemaType.STRING, format = "date"))
    String asOf;

    @QueryParam("versions")
    @Parameter(description = "current (default) or all versions of each figure",
            schema = @Schema(enumeration = {"current", "all"}, defaultValue = "current"))
    String versions;

    @QueryParam("limit")
    @Parameter(description = "Page size, 1 to 1000", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
            maximum = "1000", defaultValue = "100"))
    String limit;

    @QueryParam("cursor")
    @Parameter(description = "The page.next value of the previous page")
    String cursor;

    public PageRequest page() {
        return PageRequest.parse(limit, cursor);
    }

    public ObservationFilter filter() {
        List<String> codes = indicator == null || indicator.isBlank() ? null
                : Arrays.stream(indicator.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (region != null && !region.matches("\\d{6}")) {
            throw ProblemException.badRequest("region", "region must be a 6-digit GB/T 2260 code such as 140802, got '"
                    + region + "'");
        }
        Integer fromYear = from == null ? null : Period.year("from", from);
        Integer toYear = to == null ? null : Period.year("to", to);
        if (fromYear != null && toYear != null && fromYear > toYear) {
            throw ProblemException.badRequest("from", "from (" + fromYear + ") is after to (" + toYear + ")");
        }
        if (kind != null && !Codes.KIND_CODES.contains(kind)) {
            throw ProblemException.unknownCode("kind", kind, Codes.KIND_CODES);
        }
        if (versions != null && !List.of("current", "all").contains(versions)) {
            throw ProblemException.unknownCode("versions", versions, List.of("current", "all"));
        }
        return new ObservationFilter(codes, region, fromYear, toYear,
                period == null ? null : Period.parse("period", period), kind, source, bool("latest", latest),
                date("as_of", asOf), "all".equals(versions));
    }

    static boolean bool(String field, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.toLowerCase()) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw ProblemException.badRequest(field, field + " must be true or false, got '" + value + "'");
        };
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(field, field + " must be an ISO 8601 date (YYYY-MM-DD), got '" + value
                    + "'");
        }
    }
}
