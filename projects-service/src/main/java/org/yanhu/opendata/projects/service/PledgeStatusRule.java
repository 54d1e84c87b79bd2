package org.yanhu.opendata.projects.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.yanhu.opendata.projects.Pledge;
import org.yanhu.opendata.projects.PledgeOutcome;
import org.yanhu.opendata.projects.PledgeStatus;
import org.yanhu.opendata.projects.SourceDocument;

/**
 * A pledge's status: the judgement of its latest outcome; without one, not_reported once a later
 * document has reviewed the plan year (the 2025 report reviews 2021-2025, so 2024), else in_progress.
 */
public final class PledgeStatusRule {

    private PledgeStatusRule() {
    }

    /** The evidence of the outcome the status comes from; null when there is none. */
    public static String evidenceOf(List<PledgeOutcome> outcomes) {
        return latest(outcomes) == null ? null : latest(outcomes).evidence;
    }

    private static PledgeOutcome latest(List<PledgeOutcome> outcomes) {
        return outcomes.stream()
                .max(Comparator.<PledgeOutcome, LocalDate>comparing(o -> o.source.publishedOn)
                        .thenComparingInt(o -> o.position))
                .orElse(null);
    }

    public static PledgeStatus statusOf(Pledge pledge, List<PledgeOutcome> outcomes, List<SourceDocument> sources) {
        PledgeOutcome latest = outcomes.stream()
                .max(Comparator.<PledgeOutcome, LocalDate>comparing(o -> o.source.publishedOn)
                        .thenComparingInt(o -> o.position))
                .orElse(null);
        if (latest != null) {
            return PledgeStatus.of(latest.judgement);
        }
        boolean reviewedLater = sources.stream().anyMatch(s -> s.publishedOn.isAfter(pledge.source.publishedOn)
                && s.reviewsYear(pledge.year));
        return reviewedLater ? PledgeStatus.NOT_REPORTED : PledgeStatus.IN_PROGRESS;
    }
}
