package org.yanhu.opendata.projects.importer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.projects.SourceDocument;

/** A source document as sources.yaml states it. */
@Schema(name = "SourceEntry")
public record SourceEntry(
        @Schema(example = "004_006121198c1df0a0") @NotBlank @Pattern(regexp = "[A-Za-z0-9_.-]{1,64}") String id,
        @NotNull @Valid LocalizedText title,
        @NotNull @Valid LocalizedText publisher,
        @Schema(example = "2025-12-29") @NotNull LocalDate publishedOn,
        @Schema(description = "Periods the document reports results for", example = "[\"2025\", \"2021-2025\"]")
        @NotNull List<@Pattern(regexp = "\\d{4}(-\\d{4})?") String> reviews,
        @Schema(description = "Periods the document sets plans for", example = "[\"2026\"]")
        @NotNull List<@Pattern(regexp = "\\d{4}(-\\d{4})?") String> plans,
        @NotBlank @Size(max = 4000) String attribution) {

    /** The source document this row describes, not yet stored. */
    public SourceDocument toSourceDocument() {
        SourceDocument source = new SourceDocument();
        source.describe(id, title.label(), publisher.label(), publishedOn, attribution);
        source.reviewedPeriods = SourceDocument.join(reviews);
        source.plannedPeriods = SourceDocument.join(plans);
        return source;
    }
}
