package org.yanhu.opendata.api.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.api.vocabulary.ClosedVocabulary;

/** A coded value with its bilingual label: a region, topic, sector, status, kind or comparator. */
@Schema(name = "CodeLabel")
public record CodeLabel(String code, Label label) {

    public static CodeLabel of(String code, String zh, String en) {
        return new CodeLabel(code, new Label(zh, en));
    }

    public static CodeLabel of(ClosedVocabulary value) {
        return value == null ? null : new CodeLabel(value.code(), value.label());
    }
}
