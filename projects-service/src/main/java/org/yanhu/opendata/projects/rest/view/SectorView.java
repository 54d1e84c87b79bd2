package org.yanhu.opendata.projects.rest.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.api.view.CodeLabel;

/** A project's sector with its label, its group and the OC4IDS projectSector code it maps to. */
@Schema(name = "SectorRef")
public record SectorView(
        @Schema(example = "energy.solar") String code,
        Label label,
        CodeLabel group,
        @Schema(description = "OC4IDS projectSector code", example = "energy.solar", nullable = true) String oc4ids) {
}
