package org.yanhu.opendata.projects.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.yanhu.opendata.projects.Pledge;
import org.yanhu.opendata.projects.PledgeRevision;
import org.yanhu.opendata.projects.Project;
import org.yanhu.opendata.projects.importer.WithdrawalEntry;

/**
 * Withdraws the projects and pledges of a batch, keeping them, as indicators-service withdraws an observation: a
 * project gets a withdrawal release, a pledge a withdrawal revision (the entry as it stood). One withdrawn before
 * is left alone, so loading the same dataset again changes nothing. The batch was checked before.
 */
@ApplicationScoped
public class Withdrawals {

    @Inject
    ReleaseWriter writer;

    @Inject
    ProjectImport projects;

    /** {@code alsoKnown} and the projects the withdrawals name (or name as successors) that the database holds. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> existingProjects(List<WithdrawalEntry> withdrawals, Set<String> alsoKnown) {
        Set<String> known = new HashSet<>(alsoKnown);
        known.addAll(projects.bySlug(named(withdrawals, true), false).keySet());
        return known;
    }

    /** The pledges the withdrawals name (or name as successors) that the database holds. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> existingPledges(List<WithdrawalEntry> withdrawals) {
        Set<String> known = new HashSet<>();
        for (List<String> chunk : Chunks.of(named(withdrawals, false))) {
            Pledge.<Pledge>list("slug in ?1", chunk).forEach(l -> known.add(l.slug));
        }
        return known;
    }

    private static List<String> named(List<WithdrawalEntry> withdrawals, boolean ofProjects) {
        return withdrawals.stream().filter(w -> (w.project() != null) == ofProjects)
                .flatMap(w -> Stream.of(w.target(), w.replacedBy(), w.mergedInto()))
                .filter(Objects::nonNull).distinct().toList();
    }

    /** Returns how many projects were withdrawn now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int applyToProjects(List<WithdrawalEntry> withdrawals, String author) {
        List<WithdrawalEntry> ofProjects = withdrawals.stream().filter(w -> w.project() != null).toList();
        Map<String, Project> found = projects.bySlug(ofProjects.stream().map(WithdrawalEntry::project).toList(), true);
        int withdrawn = 0;
        for (WithdrawalEntry w : ofProjects) {
            Project project = found.get(w.project());
            if (project.withdrawnOn == null) {
                writer.withdraw(project, w, author);
                withdrawn++;
            }
        }
        return withdrawn;
    }

    /** Returns how many pledges were withdrawn now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int applyToPledges(List<WithdrawalEntry> withdrawals, String author) {
        List<WithdrawalEntry> ofPledges = withdrawals.stream().filter(w -> w.pledge() != null).toList();
        Map<String, Pledge> found = new HashMap<>();
        for (List<String> chunk : Chunks.of(ofPledges.stream().map(WithdrawalEntry::pledge).toList())) {
            Pledge.<Pledge>find("slug in ?1", chunk).withLock(LockModeType.PESSIMISTIC_WRITE).list()
                    .forEach(l -> found.put(l.slug, l));
        }
        int withdrawn = 0;
        for (WithdrawalEntry w : ofPledges) {
            Pledge pledge = found.get(w.pledge());
            if (pledge.withdrawnOn == null) {
                withdraw(pledge, w, author);
                withdrawn++;
            }
        }
        return withdrawn;
    }

    private static void withdraw(Pledge pledge, WithdrawalEntry w, String author) {
        PledgeRevision latest = PledgeRevision.<PledgeRevision>find("pledge = ?1 and revision = ?2", pledge,
                pledge.revision).firstResult();
        pledge.revision++;
        pledge.withdrawnOn = w.withdrawnOn();
        pledge.withdrawalReasonZh = w.reason().zh();
        pledge.withdrawalReasonEn = w.reason().en();
        pledge.replacedBy = w.replacedBy();
        pledge.mergedInto = w.mergedInto();

        PledgeRevision revision = new PledgeRevision();
        revision.pledge = pledge;
        revision.revision = pledge.revision;
        // The entry as it stood: a later import of the same entry finds it unchanged.
        revision.content = latest.content;
        revision.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        revision.recordedBy = author;
        revision.reason = w.reason().en();
        carryWithdrawal(pledge, revision);
        revision.persist();
    }

    /** A revision of a withdrawn pledge says so, like the pledge. */
    static void carryWithdrawal(Pledge pledge, PledgeRevision revision) {
        revision.withdrawnOn = pledge.withdrawnOn;
        revision.withdrawalReasonZh = pledge.withdrawalReasonZh;
        revision.withdrawalReasonEn = pledge.withdrawalReasonEn;
        revision.replacedBy = pledge.replacedBy;
        revision.mergedInto = pledge.mergedInto;
    }
}
