package org.yanhu.opendata.projects.rest.view;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.view.Citation;
import org.yanhu.opendata.api.view.CodeLabel;

/** One status claim of a project, in date order. */
public record TimelineEntry(
        @Schema(description = "Publication date of the source", example = "2025-12-29") LocalDate date,
        @Schema(description = "The year the status describes", example = "2025") String period,
        StatusView status,
        @Schema(description = "The verb of the quote the status is derived from (status-verbs.csv); null for a "
                + "release recorded before statuses were derived", nullable = true, example = "投产达效") String verb,
        @Schema(description = "stated: the text states this status of the named project; inferred: curators read it "
                + "(a verb that presupposes, a plan's wording, a shared sentence)", nullable = true) CodeLabel evidence,
        Citation source,
        @Schema(description = "The release that states it", example = "2") int sequence) {
}
