package org.yanhu.opendata.projects.service;

import java.util.Optional;
import org.yanhu.opendata.api.judgement.Evidence;
import org.yanhu.opendata.api.judgement.StatusVerbs;
import org.yanhu.opendata.projects.SourceDocument;
import org.yanhu.opendata.projects.importer.ProjectEntry.ReleaseEntry;

/**
 * The status of a release, derived from its verb by api-conventions' one table of status verbs, and its
 * evidence. A release quoted from its source's plan section reads as a plan (see {@link StatusVerbs#derive}).
 */
public record ReleaseJudgement(String verb, String status, Evidence evidence) {

    /** The judgement of an entry whose verb is in the table; empty when it is not. */
    public static Optional<ReleaseJudgement> of(ReleaseEntry entry, SourceDocument source) {
        return StatusVerbs.verb(entry.verb()).map(v -> {
            boolean inPlan = source != null && source.plans().contains(entry.period());
            StatusVerbs.Derived derived = StatusVerbs.derive(v, inPlan);
            Evidence evidence = "inferred".equals(entry.evidence()) ? Evidence.INFERRED : derived.evidence();
            return new ReleaseJudgement(v.verb(), derived.status(), evidence);
        });
    }
}
