package org.yanhu.opendata.indicators.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.cache.CacheInvalidateAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yanhu.opendata.api.problem.Problem.FieldError;
import org.yanhu.opendata.api.problem.ProblemException;
import org.yanhu.opendata.indicators.Indicator;
import org.yanhu.opendata.indicators.Period;
import org.yanhu.opendata.indicators.Region;
import org.yanhu.opendata.indicators.SourceDocument;
import org.yanhu.opendata.indicators.Topic;
import org.yanhu.opendata.indicators.Unit;
import org.yanhu.opendata.indicators.importer.ImportBatch;
import org.yanhu.opendata.indicators.importer.ImportBatch.ObservationRow;
import org.yanhu.opendata.indicators.importer.ImportResult;

/**
 * The one write path for observations. A batch is checked whole before anything is written, lands
 * in one transaction, adds a version only where a figure changed, and never updates a published row.
 */
@ApplicationScoped
public class ImportService {

    /** Serialises imports, so that version numbers within a series never collide. */
    private static final long IMPORT_LOCK = 0x59414e4855L;

    @Inject
    EntityManager em;

    @Inject
    PublishedDataVersion dataVersion;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    ObservationWriter writer;

    @Transactional
    @CacheInvalidateAll(cacheName = "observations")
    @CacheInvalidateAll(cacheName = "indicator-lists")
    @CacheInvalidateAll(cacheName = "indicator-details")
    @CacheInvalidateAll(cacheName = "charts")
    @CacheInvalidateAll(cacheName = "target-results")
    @CacheInvalidateAll(cacheName = "regions")
    @CacheInvalidateAll(cacheName = "topics")
    @CacheInvalidateAll(cacheName = "units")
    @CacheInvalidateAll(cacheName = "sources")
    @CacheInvalidateAll(cacheName = "known-codes")
    public ImportResult importBatch(ImportBatch batch, String author) {
        validate(batch);
        em.createNativeQuery("select pg_advisory_xact_lock(" + IMPORT_LOCK + ")").getSingleResult();
        writeReferenceRows(batch);
        em.flush();

        List<FieldError> errors = new ArrayList<>();
        List<Resolved> resolved = resolve(batch.observations(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors.size() + " of " + batch.observations().size()
                    + " rows are invalid; nothing was imported", errors);
        }

        List<ObservationWriter.Row> rows = new ArrayList<>(resolved.size());
        for (Resolved r : resolved) {
            rows.add(new ObservationWriter.Row(r.indicator.id, r.region.code, r.row.period(), r.period.start(),
                    r.period.end(), r.row.kind(), r.row.comparator(), r.row.value().stripTrailingZeros(), r.unit.code,
                    r.unit.toBase(r.row.value()), r.unit.baseUnit, r.source.id, r.row.quote(), r.source.publishedOn));
        }
        int inserted = writer.write(rows, author);
        long version = dataVersion.current();
        if (inserted > 0) {
            version = dataVersion.bump();
        }
        em.createNativeQuery("insert into import_batch (content_hash, recorded_by, row_count, inserted) "
                + "values (?1, ?2, ?3, ?4)")
                .setParameter(1, contentHash(batch))
                .setParameter(2, author)
                .setParameter(3, batch.observations().size())
                .setParameter(4, inserted)
                .executeUpdate();
        return new ImportResult(batch.observations().size(), inserted, batch.observations().size() - inserted,
                version);
    }

    /** Bean Validation of the whole batch, here rather than at the edge, so JSON, CSV and the dataset share it. */
    private void validate(ImportBatch batch) {
        Set<ConstraintViolation<ImportBatch>> violations = validator.validate(batch);
        if (!violations.isEmpty()) {
            List<FieldError> errors = violations.stream()
                    .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(java.util.Comparator.comparing(FieldError::field))
                    .toList();
            throw ProblemException.unprocessable(errors.size() + " fields are invalid; nothing was imported", errors);
        }
    }

    private String contentHash(ImportBatch batch) {
        // Streamed into the digest: a 50,000-row batch is not rendered as one String first.
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            json.writeValue(new DigestOutputStream(OutputStream.nullOutputStream(), digest), batch);
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Resolved(ObservationRow row, Indicator indicator, Region region, Unit unit, SourceDocument source,
            Period period) {
    }

    private List<Resolved> resolve(List<ObservationRow> rows, List<FieldError> errors) {
        Map<String, Indicator> indicators = new HashMap<>();
        Indicator.<Indicator>listAll().forEach(i -> indicators.put(i.code, i));
        Map<String, Unit> units = new HashMap<>();
        Unit.<Unit>listAll().forEach(u -> units.put(u.code, u));
        Map<String, SourceDocument> sources = new HashMap<>();
        SourceDocument.<SourceDocument>listAll().forEach(s -> sources.put(s.id, s));
        Map<String, Region> regions = new HashMap<>();
        Region.<Region>listAll().forEach(r -> regions.put(r.code, r));

        List<Resolved> resolved = new ArrayList<>(rows.size());
        Set<String> statements = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            ObservationRow row = rows.get(i);
            String at = "observations[" + i + "]";
            int before = errors.size();
            Indicator indicator = indicators.get(row.indicator());
            if (indicator == null) {
                errors.add(new FieldError(at + ".indicator", "unknown indicator '" + row.indicator() + "'"));
            }
            Unit unit = units.get(row.unit());
            if (unit == null) {
                errors.add(new FieldError(at + ".unit", "unknown unit '" + row.unit() + "'; see /api/v1/units"));
            } else if (indicator != null && !unit.baseUnit.equals(indicator.unit.baseUnit)) {
                errors.add(new FieldError(at + ".unit", "unit '" + row.unit() + "' measures " + unit.baseUnit
                        + " but indicator " + indicator.code + " is measured in " + indicator.unit.baseUnit));
            }
            SourceDocument source = sources.get(row.source());
            if (source == null) {
                errors.add(new FieldError(at + ".source", "unknown source document '" + row.source() + "'"));
            }
            Region region = regions.get(row.region());
            if (region == null) {
                errors.add(new FieldError(at + ".region", "unknown region code '" + row.region() + "'"));
            }
            Period period = Period.tryParse(row.period());
            if (period == null) {
                errors.add(new FieldError(at + ".period", "period must be YYYY or YYYY-YYYY with start <= end"));
            }
            if (row.quote() != null && row.value() != null && !Quotes.statesValue(row.quote(), row.value())) {
                errors.add(new FieldError(at + ".quote", "the quote does not state the value " + row.value()
                        .toPlainString()));
            }
            String statement = row.indicator() + "|" + row.region() + "|" + row.period() + "|" + row.kind() + "|"
                    + row.source();
            if (!statements.add(statement)) {
                errors.add(new FieldError(at, "the batch states " + statement.replace('|', ' ') + " twice"));
            }
            if (errors.size() == before) {
                resolved.add(new Resolved(row, indicator, region, unit, source, period));
            }
        }
        return resolved;
    }

    private void writeReferenceRows(ImportBatch batch) {
        if (batch.topics() != null) {
            for (ImportBatch.TopicRow row : batch.topics()) {
                if (Topic.findById(row.code()) == null) {
                    Topic topic = new Topic();
                    topic.code = row.code();
                    topic.nameZh = row.nameZh();
                    topic.nameEn = row.nameEn();
                    topic.persist();
                }
            }
        }
        if (batch.units() != null) {
            for (ImportBatch.UnitRow row : batch.units()) {
                if (Unit.findById(row.code()) == null) {
                    Unit unit = new Unit();
                    unit.code = row.code();
                    unit.nameZh = row.nameZh();
                    unit.nameEn = row.nameEn();
                    unit.baseUnit = row.baseUnit();
                    unit.multiplier = row.multiplier();
                    unit.persist();
                }
            }
        }
        if (batch.regions() != null) {
            for (ImportBatch.RegionRow row : batch.regions()) {
                if (Region.findById(row.code()) == null) {
                    Region region = new Region();
                    region.code = row.code();
                    region.nameZh = row.nameZh();
                    region.nameEn = row.nameEn();
                    region.level = row.level();
                    region.parentCode = row.parentCode() == null || row.parentCode().isBlank() ? null : row.parentCode();
                    region.persist();
                    em.flush();
                }
            }
        }
        if (batch.sources() != null) {
            for (ImportBatch.SourceRow row : batch.sources()) {
                if (SourceDocument.findById(row.id()) == null) {
                    SourceDocument source = new SourceDocument();
                    source.id = row.id();
                    source.titleZh = row.titleZh();
                    source.titleEn = row.titleEn();
                    source.publisherZh = row.publisherZh();
                    source.publisherEn = row.publisherEn();
                    source.eventZh = row.eventZh();
                    source.eventEn = row.eventEn();
                    source.sessionStart = row.sessionStart();
                    source.sessionEnd = row.sessionEnd();
                    source.publishedOn = row.publishedOn();
                    source.covers = row.covers();
                    source.attribution = row.attribution();
                    source.regionCode = row.regionCode();
                    source.persist();
                }
            }
        }
        em.flush();
        if (batch.indicators() != null) {
            List<FieldError> errors = new ArrayList<>();
            for (int i = 0; i < batch.indicators().size(); i++) {
                ImportBatch.IndicatorRow row = batch.indicators().get(i);
                if (Indicator.findByCode(row.code()).isPresent()) {
                    continue;
                }
                Topic topic = Topic.findById(row.topic());
                Unit unit = Unit.findById(row.unit());
                if (topic == null || unit == null) {
                    errors.add(new FieldError("indicators[" + i + "]", topic == null
                            ? "unknown topic '" + row.topic() + "'" : "unknown unit '" + row.unit() + "'"));
                    continue;
                }
                Indicator indicator = new Indicator();
                indicator.code = row.code();
                indicator.topic = topic;
                indicator.nameZh = row.nameZh();
                indicator.nameEn = row.nameEn();
                indicator.descriptionZh = row.descriptionZh();
                indicator.descriptionEn = row.descriptionEn();
                indicator.unit = unit;
                indicator.persist();
            }
            if (!errors.isEmpty()) {
                throw ProblemException.unprocessable("Some indicator definitions are invalid; nothing was imported",
                        errors);
            }
        }
    }
}
