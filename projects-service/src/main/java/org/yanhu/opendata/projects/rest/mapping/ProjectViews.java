package org.yanhu.opendata.projects.rest.mapping;

import java.util.List;
import java.util.Map;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.api.quantity.Decimals;
import org.yanhu.opendata.api.view.CodeLabel;
import org.yanhu.opendata.projects.FieldChange;
import org.yanhu.opendata.projects.Pledge;
import org.yanhu.opendata.projects.PledgeStatus;
import org.yanhu.opendata.projects.Project;
import org.yanhu.opendata.projects.ProjectMetric;
import org.yanhu.opendata.projects.ProjectRelease;
import org.yanhu.opendata.projects.ReleaseKind;
import org.yanhu.opendata.projects.Towns;
import org.yanhu.opendata.projects.rest.Links;
import org.yanhu.opendata.projects.rest.view.FieldChangeView;
import org.yanhu.opendata.projects.rest.view.LocationView;
import org.yanhu.opendata.projects.rest.view.MetricView;
import org.yanhu.opendata.projects.rest.view.PledgeRef;
import org.yanhu.opendata.projects.rest.view.ProjectDetail;
import org.yanhu.opendata.projects.rest.view.ProjectSummary;
import org.yanhu.opendata.projects.rest.view.ReleaseView;
import org.yanhu.opendata.projects.rest.view.StatsRow;
import org.yanhu.opendata.projects.rest.view.TimelineEntry;
import org.yanhu.opendata.projects.rest.view.WithdrawalView;
import org.yanhu.opendata.projects.service.ProjectHistoryQuery;
import org.yanhu.opendata.projects.service.ProjectListQuery;
import org.yanhu.opendata.projects.service.ProjectRecordQuery.ProjectRecord;
import org.yanhu.opendata.projects.service.ProjectStatsQuery;

/** Projects, their releases and counts as the API shows them. */
public final class ProjectViews {

    private ProjectViews() {
    }

    public static ProjectSummary summary(ProjectListQuery.Item item) {
        Project p = item.project();
        return new ProjectSummary(p.slug, new Label(p.nameZh, p.nameEn), ReferenceViews.sector(p.sector, item.group()),
                ReferenceViews.status(p.status), p.year, location(p), item.hasMetrics(), p.updatedOn, p.revision,
                Links.project(p.slug));
    }

    public static ProjectDetail detail(ProjectRecord record) {
        Project p = record.project();
        List<TimelineEntry> timeline = record.statusClaims().stream()
                .map(r -> new TimelineEntry(r.releaseDate, r.period, ReferenceViews.status(r.status), r.verb,
                        evidence(r.evidence), ReferenceViews.citation(r.source, r.quote), r.sequence))
                .toList();
        return new ProjectDetail(p.slug, new Label(p.nameZh, p.nameEn),
                p.descriptionZh == null && p.descriptionEn == null ? null : new Label(p.descriptionZh, p.descriptionEn),
                ReferenceViews.sector(p.sector, record.group()), ReferenceViews.status(p.status), p.statusDate,
                p.year, location(p), record.metrics().stream().map(m -> metric(m, record.sharedWith())).toList(), timeline,
                record.pledges().stream().map(ProjectViews::pledgeRef).toList(), p.updatedOn, p.revision,
                Links.history(p.slug), WithdrawalView.of(p.withdrawnOn, p.withdrawalReasonZh, p.withdrawalReasonEn,
                        p.replacedBy, p.mergedInto));
    }

    public static ReleaseView release(ProjectHistoryQuery.Entry entry) {
        ProjectRelease r = entry.release();
        return new ReleaseView(r.project.slug + ".r" + r.sequence, r.sequence,
                ReferenceViews.label(ReleaseKind.of(r.kind)), r.releaseDate, r.period,
                ReferenceViews.status(r.status), r.verb, evidence(r.evidence), ReferenceViews.citation(r.source, r.quote),
                entry.changes().stream().map(ProjectViews::change).toList(),
                entry.metrics().stream().map(m -> metric(m, entry.sharedWith())).toList(), r.recordedAt, r.recordedBy, r.reason,
                entry.currentStatus());
    }

    public static StatsRow count(ProjectStatsQuery.Count count) {
        return new StatsRow(count.dimension().code(), count.code(), new Label(count.nameZh(), count.nameEn()),
                count.count());
    }

    public static org.yanhu.opendata.api.view.CodeLabel evidence(String code) {
        return code == null ? null
                : org.yanhu.opendata.api.view.CodeLabel.of(org.yanhu.opendata.api.judgement.Evidence.of(code).orElseThrow());
    }

    static MetricView metric(ProjectMetric m, Map<Long, List<String>> sharedWith) {
        return new MetricView(m.code, org.yanhu.opendata.api.view.CodeLabel.of(
                org.yanhu.opendata.api.quantity.Comparator.of(m.comparator).orElseThrow()), Decimals.plain(m.measure.value()), ReferenceViews.unit(m.unit),
                Decimals.plain(m.measure.baseValue()), m.measure.baseUnit(), ReferenceViews.citation(m.source, m.quote),
                sharedWith.getOrDefault(m.id, List.of()));
    }

    private static FieldChangeView change(FieldChange change) {
        return new FieldChangeView(change.field(), change.from(), change.to());
    }

    private static LocationView location(Project p) {
        return new LocationView(p.town, Towns.of(p.town), CodeLabel.of(p.region.code, p.region.nameZh,
                p.region.nameEn));
    }

    private static PledgeRef pledgeRef(Pledge l) {
        CodeLabel status = ReferenceViews.label(PledgeStatus.of(l.status));
        return new PledgeRef(l.slug, l.year, l.livelihood, new Label(l.textZh, l.textEn), status, Links.pledge(l.slug));
    }
}
