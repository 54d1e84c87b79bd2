package org.yanhu.opendata.projects.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yanhu.opendata.api.error.FieldError;
import org.yanhu.opendata.api.provenance.QuoteCheck;
import org.yanhu.opendata.projects.Sector;
import org.yanhu.opendata.projects.importer.ImportBatch;
import org.yanhu.opendata.projects.importer.PledgeEntry;
import org.yanhu.opendata.projects.importer.ProjectEntry.MetricEntry;
import org.yanhu.opendata.projects.importer.ProjectEntry.ReleaseEntry;
import org.yanhu.opendata.projects.importer.ProjectEntry;
import org.yanhu.opendata.projects.importer.WithdrawalEntry;

/**
 * The rules an entry must meet beyond Bean Validation: its codes and references exist, and every number
 * appears in its quote. Each check adds to a list of field errors, so that a client sees all of them at once.
 */
public final class EntryRules {

    /** Ids that are literal paths under /api/v1/projects and so can never be project ids. */
    static final Set<String> RESERVED_IDS = Set.of("stats", "import");

    private final EntryReferences references;

    public EntryRules(EntryReferences references) {
        this.references = references;
    }

    /**
     * The errors of a whole batch: every entry, ids given twice, and pledges or withdrawals naming a project (or
     * pledge) that is neither in the batch nor among {@code existingProjects} ({@code existingPledges}).
     */
    public List<FieldError> checkBatch(ImportBatch batch, Set<String> existingProjects, Set<String> existingPledges) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<ProjectEntry> projects = batch.projectsOrEmpty();
        for (int i = 0; i < projects.size(); i++) {
            String at = "projects[" + i + "].";
            if (!ids.add(projects.get(i).id())) {
                errors.add(new FieldError(at + "id", "the batch has project '" + projects.get(i).id() + "' twice"));
            }
            checkProject(projects.get(i), at, errors);
        }
        Set<String> knownProjects = new HashSet<>(ids);
        knownProjects.addAll(existingProjects);
        Set<String> pledgeIds = new HashSet<>();
        List<PledgeEntry> pledges = batch.pledgesOrEmpty();
        for (int i = 0; i < pledges.size(); i++) {
            String at = "pledges[" + i + "].";
            if (!pledgeIds.add(pledges.get(i).id())) {
                errors.add(new FieldError(at + "id", "the batch has pledge '" + pledges.get(i).id() + "' twice"));
            }
            checkPledge(pledges.get(i), at, knownProjects, errors);
        }
        Set<String> knownPledges = new HashSet<>(pledgeIds);
        knownPledges.addAll(existingPledges);
        checkWithdrawals(batch.withdrawalsOrEmpty(), knownProjects, knownPledges, errors);
        return errors;
    }

    /** Each withdrawal names one known project or pledge, once, and what replaces it is of the same kind. */
    void checkWithdrawals(List<WithdrawalEntry> withdrawals, Set<String> knownProjects, Set<String> knownPledges,
            List<FieldError> errors) {
        Set<String> named = new HashSet<>();
        for (int i = 0; i < withdrawals.size(); i++) {
            WithdrawalEntry w = withdrawals.get(i);
            String at = "withdrawals[" + i + "].";
            if ((w.project() == null) == (w.pledge() == null)) {
                errors.add(new FieldError(at + "project", "give either the project or the pledge to withdraw"));
                continue;
            }
            String kind = w.project() != null ? "project" : "pledge";
            Set<String> known = w.project() != null ? knownProjects : knownPledges;
            if (!known.contains(w.target())) {
                errors.add(new FieldError(at + kind, "unknown " + kind + " '" + w.target() + "'; nothing was withdrawn"));
            }
            if (!named.add(kind + ":" + w.target())) {
                errors.add(new FieldError(at + kind, "the batch withdraws " + kind + " '" + w.target() + "' twice"));
            }
            checkSuccessor(w.replacedBy(), w, kind, known, at + "replaced_by", errors);
            checkSuccessor(w.mergedInto(), w, kind, known, at + "merged_into", errors);
        }
    }

    private static void checkSuccessor(String id, WithdrawalEntry w, String kind, Set<String> known, String field,
            List<FieldError> errors) {
        if (id == null) {
            return;
        }
        if (id.equals(w.target())) {
            errors.add(new FieldError(field, "a " + kind + " cannot replace itself"));
        } else if (!known.contains(id)) {
            errors.add(new FieldError(field, "unknown " + kind + " '" + id + "'"));
        }
    }

    public void checkProject(ProjectEntry entry, String at, List<FieldError> errors) {
        if (entry.id() != null && RESERVED_IDS.contains(entry.id())) {
            errors.add(new FieldError(at + "id", "'" + entry.id() + "' is reserved; choose another id"));
        }
        checkSector(entry.sector(), at + "sector", errors);
        for (int i = 0; i < entry.releases().size(); i++) {
            checkRelease(entry.releases().get(i), at + "releases[" + i + "].", errors);
        }
        checkMetrics(entry.metricsOrEmpty(), at, errors);
    }

    public void checkRelease(ReleaseEntry release, String at, List<FieldError> errors) {
        checkSource(release.source(), at + "source", errors);
        var verb = org.yanhu.opendata.api.judgement.StatusVerbs.verb(release.verb());
        if (verb.isEmpty()) {
            errors.add(new FieldError(at + "verb", "unknown verb '" + release.verb() + "'; the status verbs are the "
                    + "rows of api-conventions' status-verbs.csv, e.g. 建成, 开工建设, 投产达效, 实施"));
        } else if (release.quote() != null && !verb.get().appearsIn(release.quote())) {
            errors.add(new FieldError(at + "verb", "the quote does not contain the verb '" + release.verb() + "'"));
        } else {
            ReleaseJudgement judged = ReleaseJudgement.of(release, references.source(release.source())).orElseThrow();
            if (release.status() != null && !release.status().equals(judged.status())) {
                errors.add(new FieldError(at + "status", "the verb '" + release.verb() + "' gives the status '"
                        + judged.status() + "', not '" + release.status() + "'; statuses are derived from verbs"));
            }
        }
        checkPeriod(release.period(), at + "period", errors);
    }

    public void checkMetrics(List<MetricEntry> metrics, String at, List<FieldError> errors) {
        for (int i = 0; i < metrics.size(); i++) {
            MetricEntry metric = metrics.get(i);
            String path = at + "metrics[" + i + "].";
            checkSource(metric.source(), path + "source", errors);
            checkUnit(metric.unit(), path + "unit", errors);
            if (!QuoteCheck.statesValue(metric.quote(), metric.value())) {
                errors.add(new FieldError(path + "quote", "the quote does not state the value "
                        + metric.value().stripTrailingZeros().toPlainString()));
            }
        }
    }

    public void checkPledge(PledgeEntry entry, String at, Set<String> knownProjects, List<FieldError> errors) {
        checkSector(entry.sector(), at + "sector", errors);
        checkSource(entry.source(), at + "source", errors);
        if (Boolean.TRUE.equals(entry.livelihood()) && entry.number() == null) {
            errors.add(new FieldError(at + "number", "a livelihood pledge needs its number"));
        }
        if (entry.year() != null && entry.id() != null && !entry.id().startsWith(entry.year() + "-")) {
            errors.add(new FieldError(at + "id", "the id must start with the plan year " + entry.year()));
        }
        for (int i = 0; i < entry.outcomesOrEmpty().size(); i++) {
            PledgeEntry.OutcomeEntry outcome = entry.outcomesOrEmpty().get(i);
            if (("met".equals(outcome.judgement()) || "exceeded".equals(outcome.judgement()))
                    && !"stated".equals(outcome.evidence())) {
                errors.add(new FieldError(at + "outcomes[" + i + "].evidence", "'" + outcome.judgement()
                        + "' needs stated evidence of the same scope: the later report must say that this pledge, or "
                        + "its named object, was done; an inference is at most different_scope or partly_met"));
            }
        }
        for (int i = 0; i < entry.targetsOrEmpty().size(); i++) {
            PledgeEntry.TargetEntry target = entry.targetsOrEmpty().get(i);
            String path = at + "targets[" + i + "].";
            checkUnit(target.unit(), path + "unit", errors);
            if (entry.quote() != null && !QuoteCheck.statesValue(entry.quote(), target.value())) {
                errors.add(new FieldError(path + "value", "the pledge quote does not state the value "
                        + target.value().stripTrailingZeros().toPlainString()));
            }
        }
        for (int i = 0; i < entry.projectsOrEmpty().size(); i++) {
            String project = entry.projectsOrEmpty().get(i);
            if (!knownProjects.contains(project)) {
                errors.add(new FieldError(at + "projects[" + i + "]", "unknown project '" + project + "'"));
            }
        }
        for (int i = 0; i < entry.outcomesOrEmpty().size(); i++) {
            checkSource(entry.outcomesOrEmpty().get(i).source(), at + "outcomes[" + i + "].source", errors);
        }
    }

    /** A project's sector: a known sector, not a group. */
    public void checkSector(String code, String field, List<FieldError> errors) {
        Sector sector = references.sectors.get(code);
        if (sector == null) {
            errors.add(new FieldError(field, "unknown sector '" + code + "'; it is not in the sector code list"));
        } else if (sector.isGroup()) {
            errors.add(new FieldError(field, "'" + code + "' is a sector group; give one of its sectors, such as "
                    + references.sectors.values().stream().filter(s -> code.equals(s.parentCode)).map(s -> s.code)
                            .sorted().findFirst().orElse(code + ".x")));
        }
    }

    private void checkSource(String id, String field, List<FieldError> errors) {
        if (!references.sources.containsKey(id)) {
            errors.add(new FieldError(field, "unknown source document '" + id + "'; known: "
                    + String.join(", ", references.sources.keySet().stream().sorted().toList())));
        }
    }

    private void checkUnit(String code, String field, List<FieldError> errors) {
        if (!references.units.containsKey(code)) {
            errors.add(new FieldError(field, "unknown unit '" + code + "'; add it to the batch's units"));
        }
    }

    private static void checkPeriod(String period, String field, List<FieldError> errors) {
        if (period != null && period.length() == 9
                && Integer.parseInt(period.substring(0, 4)) > Integer.parseInt(period.substring(5))) {
            errors.add(new FieldError(field, "the period starts after it ends"));
        }
    }
}
