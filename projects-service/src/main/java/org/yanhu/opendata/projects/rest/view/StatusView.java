package org.yanhu.opendata.projects.rest.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.i18n.Label;

/** A project status with its label and the OC4IDS projectStatus code it maps to. */
@Schema(name = "StatusRef")
public record StatusView(
        @Schema(example = "operational") String code,
        Label label,
        @Schema(description = "OC4IDS projectStatus code", example = "maintenance") String oc4ids) {
}
