package org.yanhu.opendata.indicators.rest.view;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.indicators.Unit;

@Schema(name = "Unit")
public record UnitView(
        @Schema(example = "亿元") String code,
        Label label,
        @Schema(example = "CNY") String baseUnit,
        @Schema(example = "100000000") BigDecimal multiplier) {

    public static UnitView of(Unit unit) {
        return new UnitView(unit.code, new Label(unit.nameZh, unit.nameEn), unit.baseUnit, unit.multiplier);
    }
}
