package org.yanhu.opendata.projects.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.projects.importer.ProjectEntry.MetricEntry;
import org.yanhu.opendata.projects.importer.ProjectEntry.ReleaseEntry;

/** The body of POST /api/v1/projects/{id}/releases: a status claim with its source, and why it is added. */
@Schema(name = "NewRelease")
public record ReleaseRequest(
        @Schema(description = "Source document id", example = "004_006121198c1df0a0") @NotBlank String source,
        @Schema(description = "The year the status describes", example = "2025")
        @NotBlank @Pattern(regexp = "\\d{4}(-\\d{4})?", message = "must be YYYY or YYYY-YYYY") String period,
        @Schema(description = "The verb of the quote that gives the status (see status-verbs.csv)", example = "投产达效")
        @NotBlank @Size(max = 32) String verb,
        @Schema(description = "Optional: when given, it must be the status the verb gives", nullable = true,
                example = "operational") String status,
        @Schema(description = "Optional: inferred, to mark a stated verb as an inference", nullable = true)
        @Pattern(regexp = "stated|inferred", message = "must be stated or inferred") String evidence,
        @Schema(description = "Verbatim fragment of the document that states the status",
                example = "广燃150兆瓦光伏电站一期等65个产业项目投产达效") @NotBlank @Size(max = 2000) String quote,
        @Schema(description = "Numbers the same document gives for the project") @Size(max = 200) List<@Valid MetricEntry> metrics,
        @Schema(description = "Why the release is added", example = "Reported in the 2025 review")
        @NotBlank @Size(max = 2000) String reason) {

    ReleaseEntry toStatusEntry() {
        return new ReleaseEntry(source, period, verb, status, evidence, quote);
    }

    List<MetricEntry> metricsOrEmpty() {
        return metrics == null ? List.of() : metrics;
    }
}
