package org.yanhu.opendata.projects.rest.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.i18n.Label;

/** An entry of the project status code list. */
@Schema(name = "ProjectStatusCode")
public record StatusCodeView(
        @Schema(example = "operational") String code,
        Label label,
        @Schema(example = "Reported as in use (投产/运营/通车/通水运行/开业).") String description,
        @Schema(description = "OC4IDS projectStatus code", example = "maintenance") String oc4idsStatus) {
}
