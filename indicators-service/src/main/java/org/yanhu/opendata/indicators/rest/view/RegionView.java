package org.yanhu.opendata.indicators.rest.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.indicators.Region;

@Schema(name = "Region", description = "A GB/T 2260 administrative division")
public record RegionView(
        @Schema(example = "140802") String code,
        Label label,
        @Schema(example = "county", enumeration = {"province", "prefecture", "county"}) String level,
        @Schema(example = "140800", nullable = true) String parent) {

    public static RegionView of(Region r) {
        return new RegionView(r.code, new Label(r.nameZh, r.nameEn), r.level, r.parentCode);
    }
}
