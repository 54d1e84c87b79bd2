package org.yanhu.opendata.indicators.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yanhu.opendata.api.error.Conflict;
import org.yanhu.opendata.api.error.FieldError;
import org.yanhu.opendata.api.error.Invalid;
import org.yanhu.opendata.api.error.NotFound;
import org.yanhu.opendata.api.provenance.QuoteCheck;
import org.yanhu.opendata.indicators.CandidateDecision;
import org.yanhu.opendata.indicators.CandidateStatus;
import org.yanhu.opendata.indicators.ExtractionCandidate;
import org.yanhu.opendata.indicators.Indicator;
import org.yanhu.opendata.indicators.Observation;
import org.yanhu.opendata.indicators.SourceDocument;
import org.yanhu.opendata.indicators.SourceDocumentText;
import org.yanhu.opendata.indicators.Unit;
import org.yanhu.opendata.indicators.extraction.UnitTable;
import org.yanhu.opendata.indicators.importer.ImportBatch;

/**
 * A reviewer's decisions on candidates. Accepting publishes through {@link ImportService}, the one write path
 * of observations, inside the same transaction: when the import refuses the figure (its quote, unit, period,
 * indicator), nothing is published and no decision is recorded. Every decision names the key and the time.
 */
@ApplicationScoped
public class CandidateReview {

    /** Corrections a reviewer may make to any extracted field; null leaves the field as extracted. */
    public record Corrections(BigDecimal value, String unit, String comparator, String kind, String period,
            String quote, Integer start, Integer end) {
    }

    /** An indicator created by the accepting call: {@code measure} is level, flow or change. */
    public record NewIndicator(String code, String nameZh, String nameEn, String topic, String unit, String measure) {
    }

    /** An accepted candidate and the observation it was published as. */
    public record Accepted(ExtractionCandidate candidate, Observation observation, boolean published) {
    }

    @Inject
    ImportService importService;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Transactional
    public Accepted accept(String sourceId, String candidateId, String indicatorCode, NewIndicator newIndicator,
            Corrections corrections, String author) {
        ExtractionCandidate c = lockUndecided(sourceId, candidateId);
        SourceDocument source = SourceDocument.findById(sourceId);
        SourceDocumentText text = SourceDocumentText.findById(sourceId);
        Corrections fix = corrections == null ? new Corrections(null, null, null, null, null, null, null, null)
                : corrections;

        List<FieldError> errors = new ArrayList<>();
        String code = indicatorCode;
        if (newIndicator != null) {
            if (code != null && !code.equals(newIndicator.code())) {
                errors.add(new FieldError("indicator", "names '" + code + "' but new_indicator.code is '"
                        + newIndicator.code() + "'; give one of them"));
            }
            code = newIndicator.code();
        } else if (code == null) {
            errors.add(new FieldError("indicator", "give the code of an existing indicator, or new_indicator"));
        } else if (Indicator.findByCode(code).isEmpty()) {
            errors.add(new FieldError("indicator", "unknown indicator '" + code
                    + "'; see /api/v1/indicators, or create it with new_indicator"));
        }
        BigDecimal value = fix.value() != null ? fix.value() : c.value;
        String unit = fix.unit() != null ? fix.unit() : c.unit;
        String period = fix.period() != null ? fix.period() : c.period;
        if (period == null) {
            errors.add(new FieldError("period", "the extractor could not settle the period; give it (YYYY or YYYY-YYYY)"));
        }
        String quote = quote(c, fix, text, errors);
        if (quote != null && !QuoteCheck.statesValue(quote, value)) {
            errors.add(new FieldError("quote", "«" + quote + "» does not state the value " + value.toPlainString()));
        }
        if (!errors.isEmpty()) {
            throw Invalid.fields(errors, "nothing was published");
        }

        ImportBatch.ObservationRow row = new ImportBatch.ObservationRow(code, source.regionCode, period,
                fix.kind() != null ? fix.kind() : c.kind, fix.comparator() != null ? fix.comparator() : c.comparator,
                value, unit, sourceId, quote);
        int inserted = importService.importBatch(new ImportBatch(null, unitRows(unit), null, null,
                indicatorRows(newIndicator, source), List.of(row)), author).inserted();
        Observation published = Observation.<Observation>find("indicator.code = ?1 and region.code = ?2 and period = ?3 "
                        + "and kind = ?4 and source.id = ?5 order by version desc", code, row.region(), row.period(),
                row.kind(), sourceId).firstResult();

        c.status = CandidateStatus.ACCEPTED.code();
        c.observationId = published.id;
        Map<String, Object> made = new LinkedHashMap<>();
        if (corrections != null) {
            made.put("corrections", corrections);
        }
        if (newIndicator != null) {
            made.put("new_indicator", newIndicator);
        }
        record(c, CandidateStatus.ACCEPTED, code, null, made.isEmpty() ? null : made, published.id, author);
        return new Accepted(c, published, inserted > 0);
    }

    @Transactional
    public ExtractionCandidate reject(String sourceId, String candidateId, String reason, String author) {
        return decide(sourceId, candidateId, CandidateStatus.REJECTED, reason, author);
    }

    @Transactional
    public ExtractionCandidate notAnObservation(String sourceId, String candidateId, String note, String author) {
        return decide(sourceId, candidateId, CandidateStatus.NOT_AN_OBSERVATION, note, author);
    }

    private ExtractionCandidate decide(String sourceId, String candidateId, CandidateStatus status, String note,
            String author) {
        ExtractionCandidate c = lockUndecided(sourceId, candidateId);
        c.status = status.code();
        record(c, status, null, note, null, null, author);
        return c;
    }

    /** The candidate, locked; an accepted one is published and cannot be decided again here. */
    private ExtractionCandidate lockUndecided(String sourceId, String candidateId) {
        ExtractionCandidate c = em.find(ExtractionCandidate.class, candidateId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || !c.sourceId.equals(sourceId)) {
            if (SourceDocument.findById(sourceId) == null) {
                throw new NotFound("source document", sourceId);
            }
            throw new NotFound("candidate of source '" + sourceId + "'", candidateId);
        }
        if (CandidateStatus.ACCEPTED.code().equals(c.status)) {
            throw new Conflict("Candidate '" + candidateId + "' is already accepted and published as observation "
                    + c.observationId + "; a published figure is corrected by a new version, not by a new decision");
        }
        return c;
    }

    /**
     * The quote to publish: as extracted, or as corrected. A corrected quote must be the stored text at its offsets
     * (code points), or, without offsets, occur in the text.
     */
    private static String quote(ExtractionCandidate c, Corrections fix, SourceDocumentText text, List<FieldError> errors) {
        int[] cps = text.text.codePoints().toArray();
        Integer start = fix.start() != null ? fix.start() : (fix.quote() == null ? Integer.valueOf(c.quoteStart) : null);
        Integer end = fix.end() != null ? fix.end() : (fix.quote() == null ? Integer.valueOf(c.quoteEnd) : null);
        String quote = fix.quote() != null ? fix.quote() : (fix.start() == null && fix.end() == null ? c.quote : null);
        if (start == null && end == null) {
            int at = text.text.indexOf(quote);
            if (at < 0) {
                errors.add(new FieldError("quote", "«" + quote + "» does not occur in the stored text of source '"
                        + c.sourceId + "'; a quote is verbatim"));
                return null;
            }
            return quote;
        }
        if (start == null || end == null || start < 0 || end > cps.length || start >= end) {
            errors.add(new FieldError("start", "start and end must bound the quote inside the text (0 to "
                    + cps.length + " code points), start before end"));
            return null;
        }
        String atOffsets = new String(cps, start, end - start);
        if (quote != null && !quote.equals(atOffsets)) {
            errors.add(new FieldError("quote", "«" + quote + "» is not the stored text at code points " + start + " to "
                    + end + ", which reads «" + atOffsets + "»"));
            return null;
        }
        return atOffsets;
    }

    private static List<ImportBatch.UnitRow> unitRows(String unit) {
        if (unit == null || Unit.findById(unit) != null) {
            return null;
        }
        return UnitTable.standard().parse(unit)
                .map(u -> List.of(new ImportBatch.UnitRow(unit, unit, unit, u.baseUnit(), u.multiplier())))
                .orElse(null);
    }

    private static List<ImportBatch.IndicatorRow> indicatorRows(NewIndicator n, SourceDocument source) {
        if (n == null) {
            return null;
        }
        return List.of(new ImportBatch.IndicatorRow(n.code(), n.topic(), n.nameZh(), n.nameEn(),
                "由审核《" + source.titleZh + "》中的数字时新建。",
                "Created on review of a figure of source " + source.id + ".", n.unit(), n.measure()));
    }

    private void record(ExtractionCandidate c, CandidateStatus status, String indicator, String note, Object corrections,
            Long observationId, String author) {
        CandidateDecision d = new CandidateDecision();
        d.candidateId = c.id;
        d.decision = status.code();
        d.indicator = indicator;
        d.note = note;
        try {
            d.corrections = corrections == null ? null : json.writeValueAsString(corrections);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        d.observationId = observationId;
        d.decidedBy = author;
        d.decidedAt = OffsetDateTime.now();
        d.persist();
    }
}
