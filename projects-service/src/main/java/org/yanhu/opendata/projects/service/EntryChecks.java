package org.yanhu.opendata.projects.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yanhu.opendata.api.problem.Problem.FieldError;
import org.yanhu.opendata.projects.ProjectStatus;
import org.yanhu.opendata.projects.Sector;
import org.yanhu.opendata.projects.SourceDocument;
import org.yanhu.opendata.projects.Unit;
import org.yanhu.opendata.projects.importer.PledgeEntry;
import org.yanhu.opendata.projects.importer.ProjectEntry;
import org.yanhu.opendata.projects.importer.ProjectEntry.MetricEntry;
import org.yanhu.opendata.projects.importer.ProjectEntry.ReleaseEntry;

/**
 * Checks the codes and references of entries that passed Bean Validation against what the database
 * holds, and resolves them to entities. Made fresh inside each write transaction.
 */
public class EntryChecks {

    /** Ids that are literal paths under /api/v1/projects and so can never be project ids. */
    static final Set<String> RESERVED_IDS = Set.of("stats", "import");

    private final Map<String, Sector> sectors = new HashMap<>();
    private final Map<String, ProjectStatus> statuses = new HashMap<>();
    private final Map<String, SourceDocument> sources = new HashMap<>();
    private final Map<String, Unit> units = new HashMap<>();

    public EntryChecks() {
        Sector.<Sector>listAll().forEach(s -> sectors.put(s.code, s));
        ProjectStatus.<ProjectStatus>listAll().forEach(s -> statuses.put(s.code, s));
        SourceDocument.<SourceDocument>listAll().forEach(s -> sources.put(s.id, s));
        Unit.<Unit>listAll().forEach(u -> units.put(u.code, u));
    }

    public Sector sector(String code) {
        return sectors.get(code);
    }

    public ProjectStatus status(String code) {
        return statuses.get(code);
    }

    public SourceDocument source(String id) {
        return sources.get(id);
    }

    public Unit unit(String code) {
        return units.get(code);
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
        if (!statuses.containsKey(release.status())) {
            errors.add(new FieldError(at + "status", "unknown status '" + release.status() + "'; allowed: "
                    + String.join(", ", statuses.keySet().stream().sorted().toList())));
        }
        checkPeriod(release.period(), at + "period", errors);
    }

    public void checkMetrics(List<MetricEntry> metrics, String at, List<FieldError> errors) {
        for (int i = 0; i < metrics.size(); i++) {
            MetricEntry metric = metrics.get(i);
            String path = at + "metrics[" + i + "].";
            checkSource(metric.source(), path + "source", errors);
            checkUnit(metric.unit(), path + "unit", errors);
            if (!Quotes.statesValue(metric.quote(), metric.value())) {
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
        for (int i = 0; i < entry.targetsOrEmpty().size(); i++) {
            PledgeEntry.TargetEntry target = entry.targetsOrEmpty().get(i);
            String path = at + "targets[" + i + "].";
            checkUnit(target.unit(), path + "unit", errors);
            if (entry.quote() != null && !Quotes.statesValue(entry.quote(), target.value())) {
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

    public void checkSector(String code, String field, List<FieldError> errors) {
        Sector sector = sectors.get(code);
        if (sector == null) {
            errors.add(new FieldError(field, "unknown sector '" + code + "'; see /api/v1/sectors"));
        } else if (sector.isGroup()) {
            errors.add(new FieldError(field, "'" + code + "' is a sector group; give one of its sectors, such as "
                    + sectors.values().stream().filter(s -> code.equals(s.parentCode)).map(s -> s.code).sorted()
                            .findFirst().orElse(code + ".x")));
        }
    }

    private void checkSource(String id, String field, List<FieldError> errors) {
        if (!sources.containsKey(id)) {
            errors.add(new FieldError(field, "unknown source document '" + id + "'; known: "
                    + String.join(", ", sources.keySet().stream().sorted().toList())));
        }
    }

    private void checkUnit(String code, String field, List<FieldError> errors) {
        if (!units.containsKey(code)) {
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
