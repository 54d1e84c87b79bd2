package org.yanhu.opendata.api.view;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.api.quantity.Decimals;

/** A unit as published and how to reach its base unit: 亿元 is 100000000 CNY. */
@Schema(name = "Unit")
public record UnitView(
        @Schema(example = "亿元") String code,
        Label label,
        @Schema(example = "CNY") String baseUnit,
        @Schema(example = "100000000") BigDecimal multiplier) {

    public static UnitView of(String code, String nameZh, String nameEn, String baseUnit, BigDecimal multiplier) {
        return new UnitView(code, new Label(nameZh, nameEn), baseUnit, Decimals.plain(multiplier));
    }
}
