package org.yanhu.opendata.projects.importer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A project as projects.yaml states it, and as POST /api/v1/projects and the bulk import take it.
 * The start-up loader reads the YAML into exactly this record.
 */
@Schema(name = "ProjectEntry", description = "A project in the dataset-file shape")
public record ProjectEntry(
        @Schema(description = "Readable, stable slug", example = "guangran-pv-150mw-phase1")
        @NotBlank @Size(max = 100)
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a lowercase slug of a-z, 0-9 and single hyphens")
        String id,
        @NotNull @Valid LocalizedText name,
        @Schema(nullable = true) @Valid LocalizedText description,
        @Schema(description = "A sector code (see /api/v1/sectors), not a group", example = "energy.solar")
        @NotBlank String sector,
        @Schema(description = "Town, village or street the text names (Chinese), or null", nullable = true,
                example = "解州") @Size(max = 200) String town,
        @Schema(description = "The year the first status refers to", example = "2025")
        @NotNull @Min(1949) @Max(2100) Integer year,
        @Schema(description = "Status claims, one per document that mentions the project, oldest first")
        @NotEmpty @Size(max = 100) List<@Valid ReleaseEntry> releases,
        @Schema(description = "Numbers the text gives for this project") @Size(max = 200) List<@Valid MetricEntry> metrics,
        @Schema(description = "Why the write is made: required by POST /api/v1/projects, absent in dataset files",
                nullable = true, example = "Named in the 2026 plan")
        @Size(max = 2000) String reason) {

    public List<MetricEntry> metricsOrEmpty() {
        return metrics == null ? List.of() : metrics;
    }

    /** A status claim quoted from a document. */
    @Schema(name = "ReleaseEntry")
    public record ReleaseEntry(
            @Schema(description = "Source document id", example = "004_006121198c1df0a0") @NotBlank String source,
            @Schema(description = "The year (or span) the status describes", example = "2025")
            @NotBlank @Pattern(regexp = "\\d{4}(-\\d{4})?", message = "must be YYYY or YYYY-YYYY") String period,
            @Schema(description = "The verb of the quote that gives the status, from api-conventions' status-verbs.csv "
                    + "(… stands for the object between its parts)", example = "投产达效")
            @NotBlank @Size(max = 32) String verb,
            @Schema(description = "Never typed in the dataset: the status is derived from the verb. When given (the API), "
                    + "it must be the derived one", nullable = true, example = "operational")
            String status,
            @Schema(description = "stated or inferred; only to mark a stated verb as inferred (a shared sentence, an "
                    + "unclear scope). Default: from the verb table", nullable = true, example = "inferred")
            @Pattern(regexp = "stated|inferred", message = "must be stated or inferred") String evidence,
            @Schema(description = "Verbatim fragment of the document naming the project and its status",
                    example = "广燃150兆瓦光伏电站一期等65个产业项目投产达效")
            @NotBlank @Size(max = 2000) String quote) {
    }

    /** A number the text gives for the project, as published, with its citation. */
    @Schema(name = "MetricEntry")
    public record MetricEntry(
            @Schema(example = "capacity") @NotBlank
            @Pattern(regexp = "[a-z][a-z0-9_]{0,63}", message = "must be lower_snake_case") String code,
            @Schema(description = "As published; must appear in the quote", example = "150") @NotNull BigDecimal value,
            @Schema(description = "The qualifier the quote uses (600余 is approx); default eq", nullable = true,
                    example = "approx")
            @Pattern(regexp = "eq|gt|gte|lt|lte|approx", message = "must be one of eq, gt, gte, lt, lte, approx")
            String comparator,
            @Schema(description = "Unit as published", example = "兆瓦") @NotBlank String unit,
            @Schema(example = "004_006121198c1df0a0") @NotBlank String source,
            @Schema(example = "广燃150兆瓦光伏电站一期") @NotBlank @Size(max = 2000) String quote) {
    }
}
