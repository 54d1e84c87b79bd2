package org.yanhu.opendata.projects.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yanhu.opendata.projects.Pledge;
import org.yanhu.opendata.projects.PledgeOutcome;
import org.yanhu.opendata.projects.PledgeRevision;
import org.yanhu.opendata.projects.PledgeStatus;
import org.yanhu.opendata.projects.PledgeTarget;
import org.yanhu.opendata.projects.Project;
import org.yanhu.opendata.projects.Sector;
import org.yanhu.opendata.projects.importer.PledgeEntry;

/**
 * The pledges of an import batch. A new pledge is written with its first revision; a pledge whose entry
 * changed gets a new revision (the whole entry, kept) and its targets and outcomes as the entry states
 * them; an unchanged one is left alone.
 */
@ApplicationScoped
public class PledgeImport {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** What the pledges of a batch changed. */
    public record Counts(int created, int revised) {
    }

    private enum Outcome { CREATED, REVISED, UNCHANGED }

    /** Writes the entries; {@code linked} holds every project they name. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Counts apply(List<PledgeEntry> entries, EntryReferences references, Map<String, Project> linked,
            String author, String reason) {
        Map<String, Pledge> pledges = new HashMap<>();
        for (List<String> chunk : Chunks.of(entries.stream().map(PledgeEntry::id).toList())) {
            Pledge.<Pledge>find("slug in ?1", chunk).withLock(LockModeType.PESSIMISTIC_WRITE)
                    .list().forEach(p -> pledges.put(p.slug, p));
        }
        Map<Long, PledgeRevision> latest = new HashMap<>();
        for (List<Pledge> chunk : Chunks.of(List.copyOf(pledges.values()))) {
            PledgeRevision.<PledgeRevision>list("pledge in ?1 and revision = pledge.revision", chunk)
                    .forEach(r -> latest.put(r.pledge.id, r));
        }
        int created = 0;
        int revised = 0;
        for (PledgeEntry entry : entries) {
            Pledge pledge = pledges.get(entry.id());
            PledgeRevision current = pledge == null ? null : latest.get(pledge.id);
            switch (write(entry, pledge, current, references, linked, author, reason)) {
                case CREATED -> created++;
                case REVISED -> revised++;
                default -> {
                }
            }
        }
        return new Counts(created, revised);
    }

    private Outcome write(PledgeEntry entry, Pledge existing, PledgeRevision latest, EntryReferences references,
            Map<String, Project> linked, String author, String reason) {
        String content = canonical(entry);
        Pledge pledge = existing;
        Outcome outcome;
        if (pledge == null) {
            pledge = new Pledge();
            pledge.slug = entry.id();
            pledge.revision = 1;
            outcome = Outcome.CREATED;
        } else {
            if (latest != null && sameContent(latest.content, content)) {
                return Outcome.UNCHANGED;
            }
            pledge.revision++;
            PledgeTarget.delete("pledge", pledge);
            PledgeOutcome.delete("pledge", pledge);
            outcome = Outcome.REVISED;
        }
        pledge.year = entry.year().shortValue();
        pledge.number = entry.number() == null ? null : entry.number().shortValue();
        pledge.livelihood = entry.livelihood();
        pledge.sector = em.getReference(Sector.class, entry.sector());
        pledge.textZh = entry.text().zh();
        pledge.textEn = entry.text().en();
        pledge.source = references.source(entry.source());
        pledge.quote = entry.quote();
        // Derived again for every pledge once the batch is written.
        pledge.status = PledgeStatus.IN_PROGRESS.code();
        pledge.projects.clear();
        for (String slug : entry.projectsOrEmpty()) {
            pledge.projects.add(linked.get(slug));
        }
        pledge.persist();

        PledgeRevision revision = new PledgeRevision();
        revision.pledge = pledge;
        revision.revision = pledge.revision;
        revision.content = content;
        revision.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        revision.recordedBy = author;
        revision.reason = reason;
        Withdrawals.carryWithdrawal(pledge, revision);
        revision.persist();

        int position = 0;
        for (PledgeEntry.TargetEntry t : entry.targetsOrEmpty()) {
            PledgeTarget target = new PledgeTarget();
            target.pledge = pledge;
            target.position = ++position;
            target.code = t.code();
            target.comparator = t.comparator();
            target.unit = references.unit(t.unit());
            target.measure = target.unit.measureOf(t.value());
            target.persist();
        }
        position = 0;
        for (PledgeEntry.OutcomeEntry o : entry.outcomesOrEmpty()) {
            PledgeOutcome out = new PledgeOutcome();
            out.pledge = pledge;
            out.position = ++position;
            out.source = references.source(o.source());
            out.quote = o.quote();
            out.judgement = o.judgement();
            out.evidence = o.evidence();
            out.noteZh = o.note() == null ? null : o.note().zh();
            out.noteEn = o.note() == null ? null : o.note().en();
            out.persist();
        }
        return outcome;
    }

    private String canonical(PledgeEntry entry) {
        try {
            return json.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether two stored entries say the same, numbers compared by value (70 = 70.0). */
    private boolean sameContent(String stored, String incoming) {
        try {
            return json.readTree(stored).equals((a, b) -> a.isNumber() && b.isNumber()
                    ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1, json.readTree(incoming));
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
