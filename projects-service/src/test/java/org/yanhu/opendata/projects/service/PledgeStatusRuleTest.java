package org.yanhu.opendata.projects.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yanhu.opendata.projects.Pledge;
import org.yanhu.opendata.projects.PledgeOutcome;
import org.yanhu.opendata.projects.PledgeStatus;
import org.yanhu.opendata.projects.SourceDocument;

/** The pledge status rule, without a database. */
class PledgeStatusRuleTest {

    private static final SourceDocument PLAN_2024 = source("plan-2024", "2024-02-23", "2023", "2024");
    private static final SourceDocument REVIEW_2025 = source("review-2025", "2025-12-29", "2025;2021-2025", "2026");
    private static final SourceDocument PLAN_2026 = source("plan-2026", "2026-01-20", "", "2026");

    private static SourceDocument source(String id, String publishedOn, String reviews, String plans) {
        SourceDocument source = new SourceDocument();
        source.id = id;
        source.publishedOn = LocalDate.parse(publishedOn);
        source.reviewedPeriods = reviews;
        source.plannedPeriods = plans;
        return source;
    }

    private static Pledge pledge(int year, SourceDocument source) {
        Pledge pledge = new Pledge();
        pledge.year = (short) year;
        pledge.source = source;
        return pledge;
    }

    private static PledgeOutcome outcome(SourceDocument source, int position, String judgement) {
        PledgeOutcome outcome = new PledgeOutcome();
        outcome.source = source;
        outcome.position = position;
        outcome.judgement = judgement;
        return outcome;
    }

    @Test
    void withoutAnOutcomeAPledgeIsInProgressUntilALaterDocumentReviewsItsYear() {
        Pledge of2024 = pledge(2024, PLAN_2024);
        assertEquals(PledgeStatus.IN_PROGRESS, PledgeStatusRule.statusOf(of2024, List.of(), List.of(PLAN_2024)));
        // The 2025 report reviews 2021-2025, which includes 2024.
        assertEquals(PledgeStatus.NOT_REPORTED,
                PledgeStatusRule.statusOf(of2024, List.of(), List.of(PLAN_2024, REVIEW_2025)));
    }

    @Test
    void aReviewPublishedBeforeThePledgeDoesNotCount() {
        Pledge of2026 = pledge(2026, PLAN_2026);
        SourceDocument olderReviewOf2026 = source("older", "2025-01-01", "2026", "");
        assertEquals(PledgeStatus.IN_PROGRESS,
                PledgeStatusRule.statusOf(of2026, List.of(), List.of(REVIEW_2025, olderReviewOf2026, PLAN_2026)));
    }

    @Test
    void theLatestOutcomeGivesTheStatusByPublicationThenPosition() {
        Pledge of2024 = pledge(2024, PLAN_2024);
        List<PledgeOutcome> outcomes = List.of(outcome(REVIEW_2025, 2, "exceeded"), outcome(REVIEW_2025, 1, "met"),
                outcome(PLAN_2024, 3, "partly_met"));
        assertEquals(PledgeStatus.EXCEEDED, PledgeStatusRule.statusOf(of2024, outcomes, List.of(REVIEW_2025)));
    }
}
