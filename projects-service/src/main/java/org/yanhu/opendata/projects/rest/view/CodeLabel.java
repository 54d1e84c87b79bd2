package org.yanhu.opendata.projects.rest.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.i18n.Label;

/** A coded value with its bilingual label. */
@Schema(name = "CodeLabel")
public record CodeLabel(@Schema(example = "140802") String code, Label label) {

    public static CodeLabel of(String code, String zh, String en) {
        return new CodeLabel(code, new Label(zh, en));
    }
}
