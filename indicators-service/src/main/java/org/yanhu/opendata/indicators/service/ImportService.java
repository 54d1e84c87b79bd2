package org.yanhu.opendata.indicators.service;

import com.fasterxml.jackson.databind.ObjectMapper;
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
        int withdrawn = withdraw(batch.withdrawalsOrEmpty(), author);
        long version = dataVersion.current();
        if (inserted > 0 || withdrawn > 0) {
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

    /**
     * Withdraws observations, keeping them: each row is added first when the database lacks it (so a new database
     * and an upgraded one hold the same history), then marked withdrawn and never current again; its series
     * falls back to its latest version that is not withdrawn, if any. Returns how many rows were withdrawn now.
     */
    private int withdraw(List<ImportBatch.WithdrawalRow> withdrawals, String author) {
        if (withdrawals.isEmpty()) {
            return 0;
        }
        List<FieldError> errors = new ArrayList<>();
        List<ObservationRowChecks.Resolved> resolved = ObservationRowChecks.againstPublishedCodes()
                .resolve(withdrawals.stream().map(ImportBatch.WithdrawalRow::observation).toList(), errors,
                        "withdrawals", false);
        if (!errors.isEmpty()) {
            throw new Invalid(errors.size() + " withdrawals are invalid; nothing was imported", errors);
        }
        writer.write(resolved.stream().map(ImportService::row).toList(), author);
        int withdrawn = 0;
        for (int i = 0; i < withdrawals.size(); i++) {
            ImportBatch.WithdrawalRow w = withdrawals.get(i);
            ObservationRowChecks.Resolved r = resolved.get(i);
            withdrawn += em.createNativeQuery("""
                    update observation set withdrawn_on = :on, withdrawal_reason_zh = :zh, withdrawal_reason_en = :en,
                        replaced_by = :replaced, merged_into = :merged, is_current = false
                    where indicator_id = :indicator and region_code = :region and period = :period and kind = :kind
                        and source_id = :source and value = :value and quote = :quote and withdrawn_on is null""")
                    .setParameter("on", w.withdrawnOn()).setParameter("zh", w.reasonZh()).setParameter("en", w.reasonEn())
                    .setParameter("replaced", blankToNull(w.replacedBy())).setParameter("merged", blankToNull(w.mergedInto()))
                    .setParameter("indicator", r.indicator().id).setParameter("region", r.region().code)
                    .setParameter("period", w.period()).setParameter("kind", w.kind()).setParameter("source", r.source().id)
                    .setParameter("value", w.value()).setParameter("quote", w.quote())
                    .executeUpdate();
            em.createNativeQuery("""
                    update observation set is_current = true where id = (
                        select id from observation where indicator_id = :indicator and region_code = :region
                            and period = :period and kind = :kind and withdrawn_on is null
                        order by published_on desc, version desc limit 1)
                    and not exists (select 1 from observation c where c.indicator_id = :indicator
                        and c.region_code = :region and c.period = :period and c.kind = :kind and c.is_current)""")
                    .setParameter("indicator", r.indicator().id).setParameter("region", r.region().code)
                    .setParameter("period", w.period()).setParameter("kind", w.kind())
                    .executeUpdate();
        }
        return withdrawn;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static ObservationWriter.Row row(ObservationRowChecks.Resolved r) {
        return new ObservationWriter.Row(r.indicator().id, r.region().code, r.row().period(), r.period().start(),
                r.period().end(), r.row().kind(), r.row().comparator(), r.row().value().stripTrailingZeros(),
                r.unit().code, r.unit().toBase(r.row().value()), r.unit().scale.baseUnit(), r.source().id,
                r.row().quote(), r.source().publishedOn);
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
