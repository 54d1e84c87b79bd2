package org.yanhu.opendata.projects.importer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import changed. Importing the same batch again gives zeros everywhere but the received counts. */
@Schema(name = "ProjectImportResult")
public record ImportResult(
        @Schema(description = "Projects in the batch", example = "211") int projectsReceived,
        @Schema(description = "New projects registered", example = "1") int projectsCreated,
        @Schema(description = "Existing projects that got new releases", example = "0") int projectsChanged,
        @Schema(description = "Releases added in all (registrations, status claims, corrections)", example = "3")
        int releasesAdded,
        @Schema(description = "Pledges in the batch", example = "106") int pledgesReceived,
        @Schema(description = "New pledges", example = "0") int pledgesCreated,
        @Schema(description = "Existing pledges that got a new revision", example = "0") int pledgesRevised,
        @Schema(description = "Units and source documents added; one already published is never redefined",
                example = "0") int referenceRowsWritten,
        @Schema(description = "Projects and pledges withdrawn now; one withdrawn before is left alone", example = "0")
        int withdrawn,
        @Schema(description = "The data version after the import", example = "2") long dataVersion) {
}
