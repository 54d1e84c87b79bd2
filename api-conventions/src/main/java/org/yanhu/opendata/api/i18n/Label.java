package org.yanhu.opendata.api.i18n;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A bilingual label, as every coded value carries one. */
@Schema(description = "Bilingual label", example = "{\"zh\": \"地区生产总值\", \"en\": \"Gross domestic product\"}")
public record Label(
        @Schema(description = "Simplified Chinese", example = "地区生产总值") String zh,
        @Schema(description = "English", example = "Gross domestic product") String en) {

    public static Label of(String zh, String en) {
        return new Label(zh, en);
    }
}
