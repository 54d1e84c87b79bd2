package org.yanhu.opendata.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.yanhu.opendata.api.error.Conflict;
import org.yanhu.opendata.api.error.NotFound;
import org.yanhu.opendata.indicators.CandidateStatus;
import org.yanhu.opendata.indicators.ExtractionCandidate;
import org.yanhu.opendata.indicators.Indicator;
import org.yanhu.opendata.indicators.SourceDocument;
import org.yanhu.opendata.indicators.SourceDocumentText;
import org.yanhu.opendata.indicators.extraction.Candidate;
import org.yanhu.opendata.indicators.extraction.FigureExtractor;
import org.yanhu.opendata.indicators.extraction.KnownIndicator;
import org.yanhu.opendata.indicators.extraction.NameOverlapSuggester;
import org.yanhu.opendata.indicators.extraction.SourceText;
import org.yanhu.opendata.indicators.extraction.UnitTable;

/**
 * Runs the extractor on a stored text and keeps its candidates. The ids are stable, so a second run on the same
 * text finds the same rows: their extracted fields are refreshed, their status and decisions are kept.
 */
@ApplicationScoped
public class CandidateExtraction {

    @Transactional
    public List<ExtractionCandidate> extract(String sourceId) {
        SourceDocument source = SourceDocument.findById(sourceId);
        if (source == null) {
            throw new NotFound("source document", sourceId);
        }
        SourceDocumentText text = SourceDocumentText.findById(sourceId);
        if (text == null) {
            throw new Conflict("Source '" + sourceId + "' has no stored text; POST it to /api/v1/sources first");
        }
        List<KnownIndicator> known = Indicator.<Indicator>listAll().stream()
                .map(i -> new KnownIndicator(i.code, i.nameZh, i.nameEn, i.unit.code))
                .toList();
        FigureExtractor extractor = new FigureExtractor(new NameOverlapSuggester(known, UnitTable.standard()));
        List<Candidate> found = extractor.extract(new SourceText(sourceId, text.text, source.publishedOn));
        List<ExtractionCandidate> kept = new ArrayList<>(found.size());
        OffsetDateTime now = OffsetDateTime.now();
        for (Candidate c : found) {
            ExtractionCandidate row = ExtractionCandidate.findById(c.id());
            boolean fresh = row == null;
            if (fresh) {
                row = new ExtractionCandidate();
                row.id = c.id();
                row.sourceId = sourceId;
                row.status = CandidateStatus.PROPOSED.code();
            }
            copy(c, row);
            row.extractedAt = now;
            if (fresh) {
                row.persist();
            }
            kept.add(row);
        }
        return kept;
    }

    private static void copy(Candidate c, ExtractionCandidate row) {
        row.value = c.value();
        row.valueText = c.text();
        row.unit = c.unit();
        row.multiplier = c.multiplier();
        row.baseValue = c.baseValue();
        row.baseUnit = c.baseUnit();
        row.comparator = c.comparator().code();
        row.kind = c.kind().code();
        row.period = c.period();
        row.quote = c.quote();
        row.quoteStart = c.start();
        row.quoteEnd = c.end();
        row.valueStart = c.valueStart();
        row.valueEnd = c.valueEnd();
        row.section = c.section();
        row.suggestedIndicator = c.suggestedIndicator() == null ? null : c.suggestedIndicator().code();
        row.suggestedScore = c.suggestedIndicator() == null ? null : BigDecimal.valueOf(c.suggestedIndicator().score());
    }
}
