package org.yanhu.opendata.projects.importer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.quantity.UnitScale;
import org.yanhu.opendata.projects.Unit;

/** A unit as published and its conversion to a base unit, as units.csv states it. */
@Schema(name = "UnitEntry")
public record UnitEntry(
        @Schema(example = "兆瓦") @NotBlank @Size(max = 16) String code,
        @Schema(example = "兆瓦") @NotBlank String nameZh,
        @Schema(example = "megawatts") @NotBlank String nameEn,
        @Schema(example = "MW") @NotBlank @Pattern(regexp = "[A-Za-z_]{1,32}") String baseUnit,
        @Schema(example = "1") @NotNull @Positive BigDecimal multiplier) {

    /** The unit this row defines, not yet stored. */
    public Unit toUnit() {
        Unit unit = new Unit();
        unit.code = code;
        unit.nameZh = nameZh;
        unit.nameEn = nameEn;
        unit.scale = new UnitScale(baseUnit, multiplier);
        return unit;
    }
}
