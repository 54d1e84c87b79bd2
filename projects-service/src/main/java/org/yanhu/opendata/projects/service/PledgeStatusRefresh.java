package org.yanhu.opendata.projects.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yanhu.opendata.projects.Pledge;
import org.yanhu.opendata.projects.PledgeOutcome;
import org.yanhu.opendata.projects.SourceDocument;

/**
 * Derives every pledge's status again after an import, by {@link PledgeStatusRule}: a new document can
 * turn in_progress into not_reported without naming the pledge.
 */
@ApplicationScoped
public class PledgeStatusRefresh {

    /** Whether any status moved. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean refresh() {
        List<SourceDocument> sources = SourceDocument.listAll();
        Map<Long, List<PledgeOutcome>> outcomes = new HashMap<>();
        PledgeOutcome.<PledgeOutcome>listAll().forEach(o -> outcomes.computeIfAbsent(o.pledge.id,
                k -> new ArrayList<>()).add(o));
        boolean moved = false;
        for (Pledge pledge : Pledge.<Pledge>listAll()) {
            String status = PledgeStatusRule.statusOf(pledge, outcomes.getOrDefault(pledge.id, List.of()), sources)
                    .code();
            String evidence = PledgeStatusRule.evidenceOf(outcomes.getOrDefault(pledge.id, List.of()));
            if (!status.equals(pledge.status) || !java.util.Objects.equals(evidence, pledge.statusEvidence)) {
                moved = true;
                pledge.status = status;
                pledge.statusEvidence = evidence;
            }
        }
        return moved;
    }
}
