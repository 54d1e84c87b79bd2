package org.yanhu.opendata.indicators.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.yanhu.opendata.api.error.NotFound;
import org.yanhu.opendata.api.paging.Cursor;
import org.yanhu.opendata.api.paging.Page;
import org.yanhu.opendata.api.paging.PageRequest;
import org.yanhu.opendata.indicators.CandidateDecision;
import org.yanhu.opendata.indicators.CandidateStatus;
import org.yanhu.opendata.indicators.ExtractionCandidate;
import org.yanhu.opendata.indicators.SourceDocument;

/** Reads a source's candidates in text order, page by page (the keyset is the number's offset, then the id). */
@ApplicationScoped
public class CandidateQuery {

    /** A candidate with every decision made on it, oldest first. */
    public record Reviewed(ExtractionCandidate candidate, List<CandidateDecision> decisions) {
    }

    @Transactional
    public Page<ExtractionCandidate> page(String sourceId, CandidateStatus status, PageRequest page) {
        requireSource(sourceId);
        Parameters params = Parameters.with("source", sourceId);
        String where = "sourceId = :source";
        if (status != null) {
            where += " and status = :status";
            params.and("status", status.code());
        }
        String paged = where;
        if (page.cursor() != null) {
            paged += " and (valueStart > :c0 or (valueStart = :c0 and id > :c1))";
            params.and("c0", (int) page.cursor().getLong(0)).and("c1", page.cursor().get(1));
        }
        List<ExtractionCandidate> rows = new ArrayList<>(ExtractionCandidate
                .<ExtractionCandidate>find(paged + " order by valueStart, id", params)
                .range(0, page.limit()).list());
        String next = null;
        if (rows.size() > page.limit()) {
            rows.remove(rows.size() - 1);
            ExtractionCandidate last = rows.get(rows.size() - 1);
            next = Cursor.encode(last.valueStart, last.id);
        }
        Long total = page.cursor() == null ? ExtractionCandidate.count(where, params) : null;
        return new Page<>(rows, page.limit(), next, total);
    }

    @Transactional
    public Reviewed get(String sourceId, String candidateId) {
        requireSource(sourceId);
        ExtractionCandidate c = ExtractionCandidate.findById(candidateId);
        if (c == null || !c.sourceId.equals(sourceId)) {
            throw new NotFound("candidate of source '" + sourceId + "'", candidateId);
        }
        return new Reviewed(c, CandidateDecision.list("candidateId = ?1 order by id", candidateId));
    }

    private static void requireSource(String sourceId) {
        if (SourceDocument.findById(sourceId) == null) {
            throw new NotFound("source document", sourceId);
        }
    }
}
