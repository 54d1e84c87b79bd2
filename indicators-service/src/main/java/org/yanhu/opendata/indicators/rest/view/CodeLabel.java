package org.yanhu.opendata.indicators.rest.view;

import org.yanhu.opendata.api.i18n.Label;

/** A coded value with its bilingual label. */
public record CodeLabel(String code, Label label) {

    public static CodeLabel of(String code, String zh, String en) {
        return new CodeLabel(code, new Label(zh, en));
    }
}
