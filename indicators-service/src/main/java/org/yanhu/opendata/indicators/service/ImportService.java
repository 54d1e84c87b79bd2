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
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.yanhu.opendata.api.caching.DataVersionTable;
import org.yanhu.opendata.api.error.FieldError;
import org.yanhu.opendata.api.error.Invalid;
import org.yanhu.opendata.indicators.importer.ImportBatch;
import org.yanhu.opendata.indicators.importer.ImportResult;

/**
 * The one write path for observations. A batch is checked whole before anything is written, lands
 * in one transaction, adds a version only where a figure changed, and never updates a published row.
 * Reference rows follow {@link ReferenceRowWriter}, observation rows {@link ObservationRowChecks}.
 */
@ApplicationScoped
public class ImportService {

    /** Serialises imports, so that version numbers within a series never collide. */
    private static final long IMPORT_LOCK = 0x59414e4855L;

    @Inject
    EntityManager em;

    @Inject
    DataVersionTable dataVersion;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    ReferenceRowWriter referenceRows;

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
        referenceRows.write(batch);
        em.flush();

        List<FieldError> errors = new ArrayList<>();
        List<ObservationRowChecks.Resolved> resolved = ObservationRowChecks.againstPublishedCodes()
                .resolve(batch.observations(), errors);
        if (!errors.isEmpty()) {
            throw new Invalid(errors.size() + " of " + batch.observations().size()
                    + " rows are invalid; nothing was imported", errors);
        }

        List<ObservationWriter.Row> rows = new ArrayList<>(resolved.size());
        for (ObservationRowChecks.Resolved r : resolved) {
            rows.add(new ObservationWriter.Row(r.indicator().id, r.region().code, r.row().period(), r.period().start(),
                    r.period().end(), r.row().kind(), r.row().comparator(), r.row().value().stripTrailingZeros(), r.unit().code,
                    r.unit().toBase(r.row().value()), r.unit().scale.baseUnit(), r.source().id, r.row().quote(), r.source().publishedOn));
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
                    .sorted(Comparator.comparing(FieldError::field))
                    .toList();
            throw new Invalid(errors.size() + " fields are invalid; nothing was imported", errors);
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
}
