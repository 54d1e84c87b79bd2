package org.yanhu.opendata.projects.rest.mapping;

import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.projects.ProjectStatus;
import org.yanhu.opendata.projects.Sector;
import org.yanhu.opendata.projects.rest.view.SectorCodeView;
import org.yanhu.opendata.projects.rest.view.StatusCodeView;

/** The entries of the sector and status code lists. */
public final class CodeListViews {

    private CodeListViews() {
    }

    public static SectorCodeView sector(Sector s) {
        return new SectorCodeView(s.code, new Label(s.nameZh, s.nameEn), s.parentCode,
                s.isGroup() ? "group" : "sector", s.oc4idsCode);
    }

    public static StatusCodeView status(ProjectStatus s) {
        return new StatusCodeView(s.code, new Label(s.nameZh, s.nameEn), s.descriptionEn, s.oc4idsCode);
    }
}
