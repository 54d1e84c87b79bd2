package org.yanhu.opendata.projects.rest.view;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.i18n.Label;

/**
 * Why and when a project or pledge was withdrawn, and what stands in its place: the shape of indicators-service's
 * observation {@code withdrawal}, with ids of this service.
 */
@Schema(name = "EntryWithdrawal", description = "Why and when a project or pledge was withdrawn, and what replaces it")
public record WithdrawalView(
        Label reason,
        @Schema(example = "2026-12-01") LocalDate withdrawnAt,
        @Schema(description = "The id of the project (or pledge) that replaces it", nullable = true) String replacedBy,
        @Schema(description = "The id of the project (or pledge) that states the same fact and stays", nullable = true,
                example = "yanhu-haowu-products") String mergedInto) {

    /** The withdrawal, or null when {@code withdrawnOn} is null (not withdrawn). */
    public static WithdrawalView of(LocalDate withdrawnOn, String reasonZh, String reasonEn, String replacedBy,
            String mergedInto) {
        return withdrawnOn == null ? null
                : new WithdrawalView(new Label(reasonZh, reasonEn), withdrawnOn, replacedBy, mergedInto);
    }
}
