package org.yanhu.opendata.projects.importer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.i18n.Label;

/** Text given in both languages, as a request or a dataset file states it. */
@Schema(name = "LocalizedText", description = "Text in Simplified Chinese and English")
public record LocalizedText(
        @Schema(example = "广燃150兆瓦光伏电站一期") @NotBlank @Size(max = 2000) String zh,
        @Schema(example = "Guangran 150 MW Photovoltaic Power Station, Phase 1") @NotBlank @Size(max = 2000) String en) {

    public Label label() {
        return Label.of(zh, en);
    }
}
