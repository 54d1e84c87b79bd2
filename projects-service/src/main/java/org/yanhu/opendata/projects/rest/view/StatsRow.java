package org.yanhu.opendata.projects.rest.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yanhu.opendata.api.i18n.Label;

/** One bar of a chart: how many projects have this sector, sector group, status or year. */
@Schema(name = "ProjectStatsRow")
public record StatsRow(
        @Schema(enumeration = {"sector_group", "sector", "status", "year"}, example = "sector") String dimension,
        @Schema(example = "energy.solar") String code,
        Label label,
        @Schema(example = "3") long count) {
}
