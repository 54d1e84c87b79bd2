package org.yanhu.opendata.projects.rest.view;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.view.CodeLabel;

/** Where a project is: the town(s) the text names, and the county-level region. */
@Schema(name = "Location")
public record LocationView(
        @Schema(description = "Town, village or street as the text writes it; null when the text names none",
                nullable = true, example = "西城、龙居") String town,
        @Schema(description = "The same, one name per item", example = "[\"西城\", \"龙居\"]") List<String> towns,
        CodeLabel region) {
}
