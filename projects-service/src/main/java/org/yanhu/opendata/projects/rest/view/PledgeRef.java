package org.yanhu.opendata.projects.rest.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.api.view.CodeLabel;

/** A pledge as a project links to it. */
public record PledgeRef(
        @Schema(example = "2024-lp-02") String id,
        @Schema(example = "2024") int year,
        @Schema(example = "true") boolean livelihood,
        Label text,
        CodeLabel status,
        @Schema(example = "/api/v1/pledges/2024-lp-02") String link) {
}
