package org.yanhu.opendata.projects.rest.mapping;

import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.api.view.Citation;
import org.yanhu.opendata.api.view.CodeLabel;
import org.yanhu.opendata.api.view.UnitView;
import org.yanhu.opendata.api.vocabulary.ClosedVocabulary;
import org.yanhu.opendata.projects.ProjectStatus;
import org.yanhu.opendata.projects.Sector;
import org.yanhu.opendata.projects.SourceDocument;
import org.yanhu.opendata.projects.Unit;
import org.yanhu.opendata.projects.rest.view.SectorView;
import org.yanhu.opendata.projects.rest.view.StatusView;

/** The views of coded values and citations that projects and pledges share. */
public final class ReferenceViews {

    private ReferenceViews() {
    }

    public static Citation citation(SourceDocument source, String quote) {
        return source == null ? null
                : Citation.of(source.id, source.titleZh, source.titleEn, source.publishedOn, quote);
    }

    public static SectorView sector(Sector sector, Sector group) {
        return new SectorView(sector.code, new Label(sector.nameZh, sector.nameEn),
                group == null ? null : CodeLabel.of(group.code, group.nameZh, group.nameEn), sector.oc4idsCode);
    }

    public static StatusView status(ProjectStatus status) {
        return status == null ? null
                : new StatusView(status.code, new Label(status.nameZh, status.nameEn), status.oc4idsCode);
    }

    public static UnitView unit(Unit unit) {
        return UnitView.of(unit.code, unit.nameZh, unit.nameEn, unit.scale.baseUnit(), unit.scale.multiplier());
    }

    public static CodeLabel label(ClosedVocabulary value) {
        return CodeLabel.of(value);
    }
}
