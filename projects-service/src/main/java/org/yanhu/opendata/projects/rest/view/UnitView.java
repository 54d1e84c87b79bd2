package org.yanhu.opendata.projects.rest.view;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.i18n.Label;

@Schema(name = "Unit")
public record UnitView(
        @Schema(example = "兆瓦") String code,
        Label label,
        @Schema(example = "MW") String baseUnit,
        @Schema(example = "1") BigDecimal multiplier) {
}
