package org.yanhu.opendata.projects.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.yanhu.opendata.api.json.JsonDigest;
import org.yanhu.opendata.projects.importer.ImportBatch;

/**
 * Serialises imports and keeps the record of each one: who imported what, why, and the hash of its content.
 */
@ApplicationScoped
public class ImportAudit {

    /** The advisory lock every project write that may register a project takes, so that two never race. */
    private static final long IMPORT_LOCK = 0x50524f4aL;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** Waits for any other import or registration to finish; held until the transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock() {
        em.createNativeQuery("select pg_advisory_xact_lock(" + IMPORT_LOCK + ")").getSingleResult();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(ImportBatch batch, String author, int releasesAdded) {
        em.createNativeQuery("insert into import_batch (content_hash, recorded_by, reason, projects, pledges, "
                        + "releases_added) values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, JsonDigest.sha256(json, batch))
                .setParameter(2, author)
                .setParameter(3, batch.reason())
                .setParameter(4, batch.projectsOrEmpty().size())
                .setParameter(5, batch.pledgesOrEmpty().size())
                .setParameter(6, releasesAdded)
                .executeUpdate();
    }
}
