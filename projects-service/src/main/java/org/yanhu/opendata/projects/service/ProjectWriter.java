package org.yanhu.opendata.projects.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.yanhu.opendata.projects.Project;
import org.yanhu.opendata.projects.ProjectMetric;
import org.yanhu.opendata.projects.ProjectRelease;
import org.yanhu.opendata.projects.Region;
import org.yanhu.opendata.projects.Sector;
import org.yanhu.opendata.projects.SourceDocument;
import org.yanhu.opendata.projects.Unit;
import org.yanhu.opendata.projects.importer.ProjectEntry;
import org.yanhu.opendata.projects.importer.ProjectEntry.MetricEntry;
import org.yanhu.opendata.projects.importer.ProjectEntry.ReleaseEntry;
import org.yanhu.opendata.projects.rest.view.FieldChange;
import org.yanhu.opendata.projects.rest.view.LocationView;

/**
 * Writes releases, the only thing a project write ever inserts, and compiles the current record from
 * them. Callers hold the project's row lock and a transaction.
 */
@ApplicationScoped
public class ProjectWriter {

    /** The fields a registration sets and a correction may change, in their display order. */
    public static final List<String> FIELDS = List.of("name.zh", "name.en", "description.zh", "description.en",
            "sector", "town", "year");

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    /**
     * Registers a new project: a registration release with its fields and metrics, then its status
     * releases. It runs no query, so that a bulk import's inserts go out in JDBC batches.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Project register(ProjectEntry entry, EntryChecks checks, String author, String reason) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Map<String, JsonNode> fields = fieldsOf(entry);
        Project project = new Project();
        project.slug = entry.id();
        project.region = em.getReference(Region.class, Region.YANHU);
        project.createdAt = now;
        project.importedEntry = canonical(entry);

        LocalDate registered = entry.releases().stream().map(r -> checks.source(r.source()).publishedOn)
                .min(Comparator.naturalOrder()).orElseThrow();
        List<FieldChange> changes = FIELDS.stream().filter(f -> !fields.get(f).isNull())
                .map(f -> new FieldChange(f, NullNode.getInstance(), fields.get(f))).toList();
        ProjectRelease registration = release(project, 1, ProjectRelease.REGISTRATION, registered, author, reason, now);
        registration.changes = write(changes);
        List<ProjectRelease> history = new ArrayList<>();
        history.add(registration);
        int sequence = 2;
        for (ReleaseEntry status : entry.releases()) {
            history.add(statusRelease(project, sequence++, status, checks, author, reason, now));
        }
        // Compiled before the insert, which then carries the final record.
        List<ProjectRelease> ordered = new ArrayList<>(history);
        ordered.sort(Comparator.comparing((ProjectRelease r) -> r.releaseDate).thenComparingInt(r -> r.sequence));
        compile(project, ordered);
        project.persist();
        history.forEach(release -> release.persist());
        addMetrics(project, registration, entry.metricsOrEmpty(), checks, 0);
        return project;
    }

    /** Appends a status claim (and the metrics quoted with it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProjectRelease appendStatus(Project project, ReleaseEntry status, List<MetricEntry> metrics,
            EntryChecks checks, String author, String reason) {
        ProjectRelease release = statusRelease(project, nextSequence(project), status, checks, author, reason,
                OffsetDateTime.now(ZoneOffset.UTC));
        release.persist();
        addMetrics(project, release, metrics, checks, lastMetricPosition(project));
        compile(project);
        return release;
    }

    /** Appends a correction of fields, and of metrics added without a status claim. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProjectRelease correct(Project project, List<FieldChange> changes, List<MetricEntry> metrics,
            EntryChecks checks, String author, String reason) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ProjectRelease release = release(project, nextSequence(project), ProjectRelease.CORRECTION,
                now.toLocalDate(), author, reason, now);
        release.changes = write(changes);
        release.persist();
        addMetrics(project, release, metrics, checks, lastMetricPosition(project));
        compile(project);
        return release;
    }

    /**
     * Compiles the current record from the releases in (date, sequence) order: each field takes the
     * value of the last release that sets it, and the status is that of the last status release.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void compile(Project project) {
        compile(project, ProjectRelease.history(project));
    }

    private void compile(Project project, List<ProjectRelease> history) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        ProjectRelease currentStatus = null;
        LocalDate updated = null;
        int revision = 0;
        for (ProjectRelease release : history) {
            for (FieldChange change : changesOf(release)) {
                fields.put(change.field(), change.to());
            }
            if (ProjectRelease.STATUS.equals(release.kind)) {
                currentStatus = release;
            }
            updated = updated == null || release.releaseDate.isAfter(updated) ? release.releaseDate : updated;
            revision = Math.max(revision, release.sequence);
        }
        apply(project, fields);
        if (currentStatus != null) {
            project.status = currentStatus.status;
            project.statusDate = currentStatus.releaseDate;
        }
        project.updatedOn = updated;
        project.revision = revision;
    }

    /** The current status release of a project: the last status release in (date, sequence) order. */
    public static ProjectRelease currentStatus(List<ProjectRelease> history) {
        ProjectRelease current = null;
        for (ProjectRelease release : history) {
            if (ProjectRelease.STATUS.equals(release.kind)) {
                current = release;
            }
        }
        return current;
    }

    public List<FieldChange> changesOf(ProjectRelease release) {
        if (release.changes == null || release.changes.isBlank()) {
            return List.of();
        }
        try {
            return json.readValue(release.changes, new TypeReference<List<FieldChange>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("release " + release.id + " has unreadable changes", e);
        }
    }

    /** The correctable fields an entry states. */
    public static Map<String, JsonNode> fieldsOf(ProjectEntry entry) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        fields.put("name.zh", text(entry.name().zh()));
        fields.put("name.en", text(entry.name().en()));
        fields.put("description.zh", text(entry.description() == null ? null : entry.description().zh()));
        fields.put("description.en", text(entry.description() == null ? null : entry.description().en()));
        fields.put("sector", text(entry.sector()));
        fields.put("town", text(entry.town()));
        fields.put("year", IntNode.valueOf(entry.year()));
        return fields;
    }

    /** The correctable fields of the current record. */
    public static Map<String, JsonNode> fieldsOf(Project project) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        fields.put("name.zh", text(project.nameZh));
        fields.put("name.en", text(project.nameEn));
        fields.put("description.zh", text(project.descriptionZh));
        fields.put("description.en", text(project.descriptionEn));
        fields.put("sector", text(project.sector.code));
        fields.put("town", text(project.town));
        fields.put("year", IntNode.valueOf(project.year));
        return fields;
    }

    public String canonical(ProjectEntry entry) {
        ProjectEntry withoutReason = new ProjectEntry(entry.id(), entry.name(), entry.description(), entry.sector(),
                entry.town(), entry.year(), entry.releases(), entry.metricsOrEmpty(), null);
        try {
            return json.writeValueAsString(withoutReason);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public ProjectEntry importedEntry(Project project) {
        if (project.importedEntry == null) {
            return null;
        }
        try {
            return json.readValue(project.importedEntry, ProjectEntry.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("project " + project.slug + " has an unreadable imported entry", e);
        }
    }

    public static boolean sameStatus(ProjectRelease existing, ReleaseEntry entry) {
        return ProjectRelease.STATUS.equals(existing.kind) && existing.source.id.equals(entry.source())
                && existing.period.equals(entry.period()) && existing.status.code.equals(entry.status())
                && existing.quote.equals(entry.quote());
    }

    public static boolean sameMetric(ProjectMetric existing, MetricEntry entry) {
        return existing.code.equals(entry.code()) && existing.value.compareTo(entry.value()) == 0
                && existing.unit.code.equals(entry.unit()) && existing.source.id.equals(entry.source())
                && existing.quote.equals(entry.quote());
    }

    private int lastMetricPosition(Project project) {
        Number max = (Number) em.createQuery("select coalesce(max(m.position), 0) from ProjectMetric m "
                + "where m.project = ?1").setParameter(1, project).getSingleResult();
        return max.intValue();
    }

    private void addMetrics(Project project, ProjectRelease release, List<MetricEntry> metrics, EntryChecks checks,
            int after) {
        int position = after;
        for (MetricEntry entry : metrics) {
            Unit unit = checks.unit(entry.unit());
            ProjectMetric metric = new ProjectMetric();
            metric.project = project;
            metric.release = release;
            metric.position = ++position;
            metric.code = entry.code();
            metric.value = entry.value().stripTrailingZeros();
            metric.unit = unit;
            metric.baseValue = unit.toBase(entry.value());
            metric.baseUnit = unit.baseUnit;
            metric.source = checks.source(entry.source());
            metric.quote = entry.quote();
            metric.persist();
        }
    }

    private int nextSequence(Project project) {
        Number max = (Number) em.createQuery("select coalesce(max(r.sequence), 0) from ProjectRelease r "
                + "where r.project = ?1").setParameter(1, project).getSingleResult();
        return max.intValue() + 1;
    }

    private static ProjectRelease statusRelease(Project project, int sequence, ReleaseEntry entry, EntryChecks checks,
            String author, String reason, OffsetDateTime now) {
        SourceDocument source = checks.source(entry.source());
        ProjectRelease release = release(project, sequence, ProjectRelease.STATUS, source.publishedOn, author, reason,
                now);
        release.period = entry.period();
        release.status = checks.status(entry.status());
        release.source = source;
        release.quote = entry.quote();
        release.changes = "[]";
        return release;
    }

    private static ProjectRelease release(Project project, int sequence, String kind, LocalDate date, String author,
            String reason, OffsetDateTime now) {
        ProjectRelease release = new ProjectRelease();
        release.project = project;
        release.sequence = sequence;
        release.kind = kind;
        release.releaseDate = date;
        release.recordedAt = now;
        release.recordedBy = author;
        release.reason = reason;
        return release;
    }

    private void apply(Project project, Map<String, JsonNode> fields) {
        project.nameZh = string(fields.get("name.zh"));
        project.nameEn = string(fields.get("name.en"));
        project.descriptionZh = string(fields.get("description.zh"));
        project.descriptionEn = string(fields.get("description.en"));
        String sector = string(fields.get("sector"));
        if (sector != null) {
            project.sector = em.getReference(Sector.class, sector);
        }
        project.town = string(fields.get("town"));
        project.townKey = project.town == null ? null : LocationView.TOWN_SEPARATOR
                + String.join(LocationView.TOWN_SEPARATOR, LocationView.towns(project.town))
                + LocationView.TOWN_SEPARATOR;
        JsonNode year = fields.get("year");
        if (year != null && year.isNumber()) {
            project.year = (short) year.intValue();
        }
        project.searchText = Stream.of(project.slug, project.nameZh, project.nameEn, project.descriptionZh,
                        project.descriptionEn, project.town)
                .filter(Objects::nonNull).collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
    }

    private String write(List<FieldChange> changes) {
        try {
            return json.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode text(String value) {
        return value == null || value.isBlank() ? NullNode.getInstance() : TextNode.valueOf(value);
    }

    private static String string(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    static List<FieldChange> diff(Map<String, JsonNode> from, Map<String, JsonNode> to) {
        List<FieldChange> changes = new ArrayList<>();
        for (String field : FIELDS) {
            if (!Objects.equals(from.get(field), to.get(field))) {
                changes.add(new FieldChange(field, from.get(field), to.get(field)));
            }
        }
        return changes;
    }
}
