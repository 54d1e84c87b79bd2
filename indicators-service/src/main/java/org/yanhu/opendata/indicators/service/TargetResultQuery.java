package org.yanhu.opendata.indicators.service;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.indicators.Observation;

/** Pairs every current target with the current actual of the same period, and judges it; cached per data version. */
@ApplicationScoped
public class TargetResultQuery {

    private static final String FETCH = "select o from Observation o join fetch o.indicator i join fetch o.unit "
            + "join fetch o.source join fetch o.region where o.isCurrent = true ";

    @Transactional
    @CacheResult(cacheName = "target-results")
    public List<TargetOutcome> targetResults(long dataVersion, String indicator, String region) {
        String where = (indicator == null ? "" : " and i.code = :code") + (region == null ? "" : " and o.region.code = :region");
        var query = Observation.getEntityManager().createQuery(FETCH + "and o.kind = 'target'" + where
                + " order by i.code, o.periodStart, o.periodEnd", Observation.class);
        if (indicator != null) {
            query.setParameter("code", indicator);
        }
        if (region != null) {
            query.setParameter("region", region);
        }
        List<TargetOutcome> results = new ArrayList<>();
        for (Observation target : query.getResultList()) {
            Observation actual = Observation.<Observation>find("isCurrent = true and indicator = ?1 and region = ?2 "
                    + "and period = ?3 and kind = 'actual'", target.indicator, target.region, target.period)
                    .firstResult();
            if (actual == null) {
                continue;
            }
            String outcome = TargetJudgement.judge(target.measure.baseValue(), target.comparator, actual.measure.baseValue(),
                    actual.comparator);
            results.add(new TargetOutcome(target, actual, outcome, explain(outcome, target, actual)));
        }
        return results;
    }

    private static Label explain(String outcome, Observation target, Observation actual) {
        String t = target.measure.value().stripTrailingZeros().toPlainString() + target.unit.code;
        String a = actual.measure.value().stripTrailingZeros().toPlainString() + actual.unit.code;
        return switch (outcome) {
            case "met" -> new Label("目标" + t + "，实际" + a + "，已完成", "Target " + t + ", actual " + a + ": met");
            case "exceeded" -> new Label("目标" + t + "，实际" + a + "，超额完成", "Target " + t + ", actual " + a
                    + ": exceeded");
            case "missed" -> new Label("目标" + t + "，实际" + a + "，未完成", "Target " + t + ", actual " + a
                    + ": missed");
            default -> new Label("目标" + t + "，实际" + a + "，无法判断", "Target " + t + ", actual " + a
                    + ": the published bound cannot settle it");
        };
    }
}
