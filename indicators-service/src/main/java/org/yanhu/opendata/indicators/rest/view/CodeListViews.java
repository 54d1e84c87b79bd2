package org.yanhu.opendata.indicators.rest.view;

import org.yanhu.opendata.api.view.Citation;
import org.yanhu.opendata.api.view.CodeLabel;
import org.yanhu.opendata.api.view.UnitView;
import org.yanhu.opendata.indicators.Region;
import org.yanhu.opendata.indicators.SourceDocument;
import org.yanhu.opendata.indicators.Topic;
import org.yanhu.opendata.indicators.Unit;

/** This service's entities as the shared views of api-conventions (CodeLabel, Unit, Citation). */
public final class CodeListViews {

    private CodeListViews() {
    }

    public static CodeLabel region(Region r) {
        return CodeLabel.of(r.code, r.nameZh, r.nameEn);
    }

    public static CodeLabel topic(Topic t) {
        return CodeLabel.of(t.code, t.nameZh, t.nameEn);
    }

    public static UnitView unit(Unit u) {
        return UnitView.of(u.code, u.nameZh, u.nameEn, u.scale.baseUnit(), u.scale.multiplier());
    }

    public static Citation citation(SourceDocument s, String quote) {
        return Citation.of(s.id, s.titleZh, s.titleEn, s.publishedOn, quote);
    }
}
