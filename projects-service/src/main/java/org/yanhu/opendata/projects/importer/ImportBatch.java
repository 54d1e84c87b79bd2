package org.yanhu.opendata.projects.importer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A bulk import: projects and pledges in the dataset-file shape, and the units and source documents
 * they need. The start-up loader builds one of these from the dataset files, so there is one write path.
 */
@Schema(name = "ProjectImportBatch")
public record ImportBatch(
        @Schema(description = "Why the batch is imported; recorded with every release it adds",
                example = "Projects of the 2026 plan") @NotBlank @Size(max = 2000) String reason,
        @Size(max = 1000) List<@Valid UnitEntry> units,
        @Size(max = 1000) List<@Valid SourceEntry> sources,
        @Size(max = 10000) List<@Valid ProjectEntry> projects,
        @Size(max = 10000) List<@Valid PledgeEntry> pledges,
        @Schema(description = "Projects and pledges to withdraw (kept with their history, out of current answers), "
                + "with the reason; withdrawing one again changes nothing", nullable = true)
        @Size(max = 10000) List<@Valid WithdrawalEntry> withdrawals) {

    /** A batch without withdrawals. */
    public ImportBatch(String reason, List<UnitEntry> units, List<SourceEntry> sources, List<ProjectEntry> projects,
            List<PledgeEntry> pledges) {
        this(reason, units, sources, projects, pledges, null);
    }

    public List<UnitEntry> unitsOrEmpty() {
        return units == null ? List.of() : units;
    }

    public List<SourceEntry> sourcesOrEmpty() {
        return sources == null ? List.of() : sources;
    }

    public List<ProjectEntry> projectsOrEmpty() {
        return projects == null ? List.of() : projects;
    }

    public List<PledgeEntry> pledgesOrEmpty() {
        return pledges == null ? List.of() : pledges;
    }

    public List<WithdrawalEntry> withdrawalsOrEmpty() {
        return withdrawals == null ? List.of() : withdrawals;
    }
}
