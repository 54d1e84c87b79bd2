package org.yanhu.opendata.projects.rest.mapping;

import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.api.quantity.Comparator;
import org.yanhu.opendata.api.quantity.Decimals;
import org.yanhu.opendata.api.view.CodeLabel;
import org.yanhu.opendata.projects.Pledge;
import org.yanhu.opendata.projects.PledgeOutcome;
import org.yanhu.opendata.projects.PledgeStatus;
import org.yanhu.opendata.projects.PledgeTarget;
import org.yanhu.opendata.projects.Project;
import org.yanhu.opendata.projects.rest.Links;
import org.yanhu.opendata.projects.rest.view.PledgeView;
import org.yanhu.opendata.projects.rest.view.ProjectRef;
import org.yanhu.opendata.projects.rest.view.ScorecardRow;
import org.yanhu.opendata.projects.rest.view.WithdrawalView;
import org.yanhu.opendata.projects.service.PledgeQuery;

/** Pledges and the scorecard as the API shows them. */
public final class PledgeViews {

    private PledgeViews() {
    }

    public static PledgeView pledge(PledgeQuery.PledgeRecord record) {
        Pledge l = record.pledge();
        return new PledgeView(l.slug, l.year, l.number == null ? null : l.number.intValue(), l.livelihood,
                ReferenceViews.sector(l.sector, record.group()), new Label(l.textZh, l.textEn),
                ReferenceViews.citation(l.source, l.quote), record.targets().stream().map(PledgeViews::target).toList(),
                record.projects().stream().map(PledgeViews::projectRef).toList(),
                record.outcomes().stream().map(PledgeViews::outcome).toList(),
                ReferenceViews.label(PledgeStatus.of(l.status)), l.revision, Links.pledge(l.slug),
                WithdrawalView.of(l.withdrawnOn, l.withdrawalReasonZh, l.withdrawalReasonEn, l.replacedBy, l.mergedInto));
    }

    public static ScorecardRow scorecard(PledgeQuery.ScorecardCount count) {
        return new ScorecardRow(count.year(), ReferenceViews.label(count.status()), count.pledges(),
                count.livelihoodPledges(), new ScorecardRow.ByEvidence(count.stated(), count.inferred()));
    }

    private static PledgeView.Target target(PledgeTarget t) {
        return new PledgeView.Target(t.code, Comparator.of(t.comparator).map(CodeLabel::of).orElse(null),
                Decimals.plain(t.measure.value()), ReferenceViews.unit(t.unit), Decimals.plain(t.measure.baseValue()),
                t.measure.baseUnit());
    }

    private static PledgeView.Outcome outcome(PledgeOutcome o) {
        return new PledgeView.Outcome(ReferenceViews.citation(o.source, o.quote),
                ReferenceViews.label(PledgeStatus.of(o.judgement)), ProjectViews.evidence(o.evidence),
                o.noteZh == null && o.noteEn == null ? null : new Label(o.noteZh, o.noteEn));
    }

    private static ProjectRef projectRef(Project p) {
        return new ProjectRef(p.slug, new Label(p.nameZh, p.nameEn), ReferenceViews.status(p.status),
                Links.project(p.slug));
    }
}
