package org.yanhu.opendata.projects.rest.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.i18n.Label;

/** A project as a pledge links to it. */
public record ProjectRef(
        @Schema(example = "old-age-allowance") String id,
        Label name,
        StatusView status,
        @Schema(example = "/api/v1/projects/old-age-allowance") String link) {
}
