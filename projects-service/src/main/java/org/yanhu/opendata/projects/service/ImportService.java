package org.yanhu.opendata.projects.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.cache.CacheInvalidateAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.yanhu.opendata.api.caching.ConditionalGet;
import org.yanhu.opendata.api.problem.Problem.FieldError;
import org.yanhu.opendata.api.problem.ProblemException;
import org.yanhu.opendata.projects.Pledge;
import org.yanhu.opendata.projects.PledgeOutcome;
import org.yanhu.opendata.projects.PledgeRevision;
import org.yanhu.opendata.projects.PledgeTarget;
import org.yanhu.opendata.projects.Project;
import org.yanhu.opendata.projects.ProjectMetric;
import org.yanhu.opendata.projects.ProjectRelease;
import org.yanhu.opendata.projects.Sector;
import org.yanhu.opendata.projects.SourceDocument;
import org.yanhu.opendata.projects.Unit;
import org.yanhu.opendata.projects.importer.ImportBatch;
import org.yanhu.opendata.projects.importer.ImportResult;
import org.yanhu.opendata.projects.importer.PledgeEntry;
import org.yanhu.opendata.projects.importer.ProjectEntry;
import org.yanhu.opendata.projects.importer.ProjectEntry.MetricEntry;
import org.yanhu.opendata.projects.importer.ProjectEntry.ReleaseEntry;
import org.yanhu.opendata.projects.importer.SourceEntry;
import org.yanhu.opendata.projects.importer.UnitEntry;
import org.yanhu.opendata.projects.rest.view.FieldChange;

/**
 * The one write path for projects and pledges in the dataset shape: the start-up loader, the bulk
 * import and project creation all come through here. A batch is checked whole before anything is
 * written and lands in one transaction; what is already published is left alone, and every change
 * becomes a release (projects) or a revision (pledges).
 */
@ApplicationScoped
public class ImportService {

    /** Serialises imports, so that two batches never register the same project at once. */
    private static final long IMPORT_LOCK = 0x50524f4aL;
    private static final int ANALYZE_AFTER = 1000;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    BodyValidation bodies;

    @Inject
    ProjectWriter writer;

    @Inject
    PublishedDataVersion dataVersion;

    @Transactional
    @CacheInvalidateAll(cacheName = "projects")
    @CacheInvalidateAll(cacheName = "pledges")
    @CacheInvalidateAll(cacheName = "code-lists")
    public ImportResult importBatch(ImportBatch batch, String author) {
        validate(batch);
        em.createNativeQuery("select pg_advisory_xact_lock(" + IMPORT_LOCK + ")").getSingleResult();
        int referenceRows = writeUnits(batch.unitsOrEmpty()) + writeSources(batch.sourcesOrEmpty());
        em.flush();

        EntryChecks checks = new EntryChecks();
        checkEntries(batch, checks);

        List<String> ids = batch.projectsOrEmpty().stream().map(ProjectEntry::id).toList();
        Map<String, Project> existing = projectsBySlug(ids, true);
        Map<Long, List<ProjectRelease>> histories = new HashMap<>();
        Map<Long, List<ProjectMetric>> metrics = new HashMap<>();
        if (!existing.isEmpty()) {
            List<Project> projects = List.copyOf(existing.values());
            for (List<Project> chunk : chunks(projects)) {
                ProjectRelease.<ProjectRelease>list("project in ?1 order by releaseDate, sequence", chunk)
                        .forEach(r -> histories.computeIfAbsent(r.project.id, k -> new ArrayList<>()).add(r));
                ProjectMetric.<ProjectMetric>list("project in ?1", chunk)
                        .forEach(m -> metrics.computeIfAbsent(m.project.id, k -> new ArrayList<>()).add(m));
            }
        }
        int created = 0;
        int changed = 0;
        int releases = 0;
        for (ProjectEntry entry : batch.projectsOrEmpty()) {
            String reason = entry.reason() != null ? entry.reason() : batch.reason();
            Project project = existing.get(entry.id());
            if (project == null) {
                writer.register(entry, checks, author, reason);
                created++;
                releases += 1 + entry.releases().size();
            } else {
                int added = update(project, entry, histories.getOrDefault(project.id, List.of()),
                        metrics.getOrDefault(project.id, List.of()), checks, author, reason);
                if (added > 0) {
                    changed++;
                    releases += added;
                }
            }
        }
        em.flush();

        int pledgesCreated = 0;
        int pledgesRevised = 0;
        Map<String, Project> linked = projectsBySlug(batch.pledgesOrEmpty().stream()
                .flatMap(p -> p.projectsOrEmpty().stream()).distinct().toList(), false);
        Map<String, Pledge> pledges = new HashMap<>();
        Map<Long, PledgeRevision> latest = new HashMap<>();
        for (List<String> chunk : chunks(batch.pledgesOrEmpty().stream().map(PledgeEntry::id).toList())) {
            Pledge.<Pledge>find("slug in ?1", chunk).withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                    .list().forEach(p -> pledges.put(p.slug, p));
        }
        for (List<Pledge> chunk : chunks(List.copyOf(pledges.values()))) {
            PledgeRevision.<PledgeRevision>list("pledge in ?1 and revision = pledge.revision", chunk)
                    .forEach(r -> latest.put(r.pledge.id, r));
        }
        for (PledgeEntry entry : batch.pledgesOrEmpty()) {
            Pledge pledge = pledges.get(entry.id());
            PledgeRevision current = pledge == null ? null : latest.get(pledge.id);
            switch (writePledge(entry, pledge, current, checks, linked, author, batch.reason())) {
                case CREATED -> pledgesCreated++;
                case REVISED -> pledgesRevised++;
                default -> {
                }
            }
        }
        em.flush();
        boolean statusesMoved = refreshPledgeStatuses();
        if (created >= ANALYZE_AFTER) {
            // A big batch changes the table's shape; fresh statistics keep the list plans on indexes
            // without waiting for autovacuum.
            em.createNativeQuery("analyze project").executeUpdate();
        }

        ImportResult result = new ImportResult(batch.projectsOrEmpty().size(), created, changed, releases,
                batch.pledgesOrEmpty().size(), pledgesCreated, pledgesRevised, referenceRows, 0);
        long version = result.changedAnything() || statusesMoved ? dataVersion.bump() : dataVersion.current();
        em.createNativeQuery("insert into import_batch (content_hash, recorded_by, reason, projects, pledges, "
                        + "releases_added) values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, contentHash(batch))
                .setParameter(2, author)
                .setParameter(3, batch.reason())
                .setParameter(4, batch.projectsOrEmpty().size())
                .setParameter(5, batch.pledgesOrEmpty().size())
                .setParameter(6, releases)
                .executeUpdate();
        return new ImportResult(result.projectsReceived(), created, changed, releases, result.pledgesReceived(),
                pledgesCreated, pledgesRevised, referenceRows, version);
    }

    /**
     * Registers one new project through the same checks and writer as the import; an existing id is a
     * 409, because creating must not silently amend.
     */
    @Transactional
    @CacheInvalidateAll(cacheName = "projects")
    @CacheInvalidateAll(cacheName = "pledges")
    public Project create(ProjectEntry entry, String author) {
        List<FieldError> errors = new ArrayList<>(bodies.errors(entry));
        if (entry == null) {
            throw ProblemException.unprocessable("The request has no body", errors);
        }
        if (entry.reason() == null || entry.reason().isBlank()) {
            errors.add(new FieldError("reason", "say why the project is created"));
        }
        em.createNativeQuery("select pg_advisory_xact_lock(" + IMPORT_LOCK + ")").getSingleResult();
        EntryChecks checks = new EntryChecks();
        if (errors.stream().noneMatch(e -> !e.field().equals("reason"))) {
            checks.checkProject(entry, "", errors);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(summary(errors) + "; nothing was created", errors);
        }
        if (Project.findBySlug(entry.id()).isPresent()) {
            throw new ProblemException(409, "conflict", "Conflict", "A project with id '" + entry.id()
                    + "' exists; append releases to it or correct it with PATCH", null, null);
        }
        Project project = writer.register(entry, checks, author, entry.reason());
        dataVersion.bump();
        return project;
    }

    private void checkEntries(ImportBatch batch, EntryChecks checks) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<ProjectEntry> projects = batch.projectsOrEmpty();
        for (int i = 0; i < projects.size(); i++) {
            String at = "projects[" + i + "].";
            if (!ids.add(projects.get(i).id())) {
                errors.add(new FieldError(at + "id", "the batch has project '" + projects.get(i).id() + "' twice"));
            }
            checks.checkProject(projects.get(i), at, errors);
        }
        Set<String> knownProjects = new HashSet<>(ids);
        List<String> referenced = batch.pledgesOrEmpty().stream().flatMap(p -> p.projectsOrEmpty().stream())
                .filter(slug -> !ids.contains(slug)).distinct().toList();
        knownProjects.addAll(projectsBySlug(referenced, false).keySet());
        Set<String> pledgeIds = new HashSet<>();
        List<PledgeEntry> pledges = batch.pledgesOrEmpty();
        for (int i = 0; i < pledges.size(); i++) {
            String at = "pledges[" + i + "].";
            if (!pledgeIds.add(pledges.get(i).id())) {
                errors.add(new FieldError(at + "id", "the batch has pledge '" + pledges.get(i).id() + "' twice"));
            }
            checks.checkPledge(pledges.get(i), at, knownProjects, errors);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(summary(errors) + "; nothing was imported", errors);
        }
    }

    private static String summary(List<FieldError> errors) {
        return errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
    }

    /**
     * Brings an existing project in line with an entry without losing anything: new status claims
     * are appended, and a field changes only where the entry differs from what the import path stated
     * last time, so that corrections made through the API are not undone by reloading the same file.
     */
    private int update(Project project, ProjectEntry entry, List<ProjectRelease> history,
            List<ProjectMetric> metrics, EntryChecks checks, String author, String reason) {
        int added = 0;
        for (ReleaseEntry status : entry.releases()) {
            if (history.stream().noneMatch(r -> ProjectWriter.sameStatus(r, status))) {
                writer.appendStatus(project, status, List.of(), checks, author, reason);
                added++;
            }
        }
        List<MetricEntry> newMetrics = entry.metricsOrEmpty().stream()
                .filter(m -> metrics.stream().noneMatch(existing -> ProjectWriter.sameMetric(existing, m)))
                .toList();
        ProjectEntry previous = writer.importedEntry(project);
        Map<String, JsonNode> before = previous == null ? null : ProjectWriter.fieldsOf(previous);
        Map<String, JsonNode> wanted = ProjectWriter.fieldsOf(entry);
        Map<String, JsonNode> current = ProjectWriter.fieldsOf(project);
        List<FieldChange> changes = ProjectWriter.diff(current, wanted).stream()
                .filter(c -> before == null || !Objects.equals(before.get(c.field()), wanted.get(c.field())))
                .toList();
        if (!changes.isEmpty() || !newMetrics.isEmpty()) {
            writer.correct(project, changes, newMetrics, checks, author, reason);
            added++;
        }
        project.importedEntry = writer.canonical(entry);
        return added;
    }

    private enum PledgeWrite { CREATED, REVISED, UNCHANGED }

    private PledgeWrite writePledge(PledgeEntry entry, Pledge existing, PledgeRevision latest, EntryChecks checks,
            Map<String, Project> linked, String author, String reason) {
        String content = canonical(entry);
        Pledge pledge = existing;
        PledgeWrite outcome;
        if (pledge == null) {
            pledge = new Pledge();
            pledge.slug = entry.id();
            pledge.revision = 1;
            outcome = PledgeWrite.CREATED;
        } else {
            if (latest != null && sameContent(latest.content, content)) {
                return PledgeWrite.UNCHANGED;
            }
            pledge.revision++;
            PledgeTarget.delete("pledge", pledge);
            PledgeOutcome.delete("pledge", pledge);
            outcome = PledgeWrite.REVISED;
        }
        pledge.year = entry.year().shortValue();
        pledge.number = entry.number() == null ? null : entry.number().shortValue();
        pledge.livelihood = entry.livelihood();
        pledge.sector = em.getReference(Sector.class, entry.sector());
        pledge.textZh = entry.text().zh();
        pledge.textEn = entry.text().en();
        pledge.source = checks.source(entry.source());
        pledge.quote = entry.quote();
        pledge.status = PledgeStatusRule.IN_PROGRESS;
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
        revision.persist();

        int position = 0;
        for (PledgeEntry.TargetEntry t : entry.targetsOrEmpty()) {
            Unit unit = checks.unit(t.unit());
            PledgeTarget target = new PledgeTarget();
            target.pledge = pledge;
            target.position = ++position;
            target.code = t.code();
            target.comparator = t.comparator();
            target.value = t.value().stripTrailingZeros();
            target.unit = unit;
            target.baseValue = unit.toBase(t.value());
            target.baseUnit = unit.baseUnit;
            target.persist();
        }
        position = 0;
        for (PledgeEntry.OutcomeEntry o : entry.outcomesOrEmpty()) {
            PledgeOutcome out = new PledgeOutcome();
            out.pledge = pledge;
            out.position = ++position;
            out.source = checks.source(o.source());
            out.quote = o.quote();
            out.judgement = o.judgement();
            out.noteZh = o.note() == null ? null : o.note().zh();
            out.noteEn = o.note() == null ? null : o.note().en();
            out.persist();
        }
        return outcome;
    }

    /** The projects with these ids, in chunks of 1000 ids per query; locked when they are about to change. */
    private Map<String, Project> projectsBySlug(List<String> slugs, boolean lock) {
        Map<String, Project> found = new HashMap<>();
        for (List<String> chunk : chunks(slugs)) {
            var query = Project.<Project>find("slug in ?1", chunk);
            if (lock) {
                query.withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            }
            query.list().forEach(p -> found.put(p.slug, p));
        }
        return found;
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 1000) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 1000)));
        }
        return chunks;
    }

    /** Derives every pledge's status again: a new document can turn in_progress into not_reported. */
    private boolean refreshPledgeStatuses() {
        List<SourceDocument> sources = SourceDocument.listAll();
        Map<Long, List<PledgeOutcome>> outcomes = new java.util.HashMap<>();
        PledgeOutcome.<PledgeOutcome>listAll().forEach(o -> outcomes.computeIfAbsent(o.pledge.id,
                k -> new ArrayList<>()).add(o));
        boolean moved = false;
        for (Pledge pledge : Pledge.<Pledge>listAll()) {
            String status = PledgeStatusRule.statusOf(pledge, outcomes.getOrDefault(pledge.id, List.of()), sources);
            if (!status.equals(pledge.status)) {
                moved = true;
                pledge.status = status;
            }
        }
        return moved;
    }

    private int writeUnits(List<UnitEntry> units) {
        int written = 0;
        for (UnitEntry row : units) {
            Unit unit = Unit.findById(row.code());
            boolean isNew = unit == null;
            if (isNew) {
                unit = new Unit();
                unit.code = row.code();
            } else if (unit.nameZh.equals(row.nameZh()) && unit.nameEn.equals(row.nameEn())
                    && unit.baseUnit.equals(row.baseUnit()) && unit.multiplier.compareTo(row.multiplier()) == 0) {
                continue;
            }
            unit.nameZh = row.nameZh();
            unit.nameEn = row.nameEn();
            unit.baseUnit = row.baseUnit();
            unit.multiplier = row.multiplier();
            if (isNew) {
                unit.persist();
            }
            written++;
        }
        return written;
    }

    private int writeSources(List<SourceEntry> sources) {
        int written = 0;
        for (SourceEntry row : sources) {
            SourceDocument source = SourceDocument.findById(row.id());
            boolean isNew = source == null;
            if (isNew) {
                source = new SourceDocument();
                source.id = row.id();
            }
            String reviews = String.join(";", row.reviews());
            String plans = String.join(";", row.plans());
            if (!isNew && source.titleZh.equals(row.title().zh()) && source.titleEn.equals(row.title().en())
                    && source.publisherZh.equals(row.publisher().zh()) && source.publisherEn.equals(row.publisher().en())
                    && source.publishedOn.equals(row.publishedOn()) && source.reviewedPeriods.equals(reviews)
                    && source.plannedPeriods.equals(plans) && source.attribution.equals(row.attribution())) {
                continue;
            }
            source.titleZh = row.title().zh();
            source.titleEn = row.title().en();
            source.publisherZh = row.publisher().zh();
            source.publisherEn = row.publisher().en();
            source.publishedOn = row.publishedOn();
            source.reviewedPeriods = reviews;
            source.plannedPeriods = plans;
            source.attribution = row.attribution();
            if (isNew) {
                source.persist();
            }
            written++;
        }
        return written;
    }

    /** Bean Validation with full field paths, for the API bodies and the dataset files alike. */
    private <T> void validate(T value) {
        bodies.checked(value);
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

    private String contentHash(ImportBatch batch) {
        try {
            return ConditionalGet.sha256(json.writeValueAsString(batch));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
