package org.yanhu.opendata.projects.rest.view;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.view.Citation;
import org.yanhu.opendata.api.view.UnitView;

/** A number given for a project, as published and in its base unit, with its citation. */
@Schema(name = "Metric")
public record MetricView(
        @Schema(description = "What is measured (lower_snake_case key; the quote says it in words)", example = "capacity")
        String code,
        @Schema(description = "The qualifier the quote uses: gt = 突破/超过, gte = 以上, approx = 近/约/余")
        org.yanhu.opendata.api.view.CodeLabel comparator,
        @Schema(description = "The value as published", example = "150") BigDecimal value,
        UnitView unit,
        @Schema(description = "The value in the base unit", example = "150") BigDecimal baseValue,
        @Schema(example = "MW") String baseUnit,
        Citation source,
        @Schema(description = "The other projects that cite this same figure of the source (same quote, value and "
                + "unit): one combined figure, such as 5,520 school places for three schools together, never to be "
                + "summed across them. Empty when the figure is this project's alone",
                example = "[\"houji-primary-school-expansion\", \"sushui-united-bilingual-school-expansion\"]")
        List<String> sharedWith) {
}
