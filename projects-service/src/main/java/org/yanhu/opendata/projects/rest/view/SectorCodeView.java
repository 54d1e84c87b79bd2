package org.yanhu.opendata.projects.rest.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.i18n.Label;

/** An entry of the sector code list. */
@Schema(name = "SectorCode")
public record SectorCodeView(
        @Schema(example = "energy.solar") String code,
        Label label,
        @Schema(description = "The group code, or null for a group", nullable = true, example = "energy") String parent,
        @Schema(description = "group (a filter prefix) or sector (assigned to projects)", enumeration = {"group",
                "sector"}) String level,
        @Schema(description = "OC4IDS projectSector code; null for a group whose sectors map to different codes",
                nullable = true, example = "energy.solar") String oc4idsSector) {
}
