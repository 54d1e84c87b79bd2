package org.yanhu.opendata.projects.rest.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.projects.ProjectStatus;

/** A project status with its label and the OC4IDS projectStatus code it maps to. */
@Schema(name = "StatusRef")
public record StatusView(
        @Schema(example = "operational") String code,
        Label label,
        @Schema(description = "OC4IDS projectStatus code", example = "maintenance") String oc4ids) {

    public static StatusView of(ProjectStatus status) {
        return status == null ? null
                : new StatusView(status.code, new Label(status.nameZh, status.nameEn), status.oc4idsCode);
    }
}
