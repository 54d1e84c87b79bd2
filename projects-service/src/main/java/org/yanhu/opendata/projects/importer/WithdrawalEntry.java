package org.yanhu.opendata.projects.importer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A project or a pledge that is withdrawn, as withdrawals.yaml states it: kept with its history and answered by
 * id with the reason, but out of lists, stats, search and the projects a pledge links to. It names exactly one of
 * {@code project} and {@code pledge}; {@code replaced_by} or {@code merged_into} name an entry of the same kind.
 */
@Schema(name = "WithdrawalEntry", description = "A project or pledge to withdraw (kept, never current again), with the reason")
public record WithdrawalEntry(
        @Schema(description = "The id of the project to withdraw; give project or pledge", nullable = true,
                example = "east-buy-shanxi-livestream") @Size(max = 100) String project,
        @Schema(description = "The id of the pledge to withdraw; give project or pledge", nullable = true,
                example = "2024-p-example") @Size(max = 100) String pledge,
        @Schema(example = "2026-12-01") @NotNull LocalDate withdrawnOn,
        @NotNull @Valid LocalizedText reason,
        @Schema(description = "The id of the entry that replaces it", nullable = true) @Size(max = 100) String replacedBy,
        @Schema(description = "The id of the entry that states the same fact and stays", nullable = true,
                example = "yanhu-haowu-products") @Size(max = 100) String mergedInto) {

    /** The project's or the pledge's id, whichever is given. */
    public String target() {
        return project != null ? project : pledge;
    }
}
