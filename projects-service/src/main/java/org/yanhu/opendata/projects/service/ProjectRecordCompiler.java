package org.yanhu.opendata.projects.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.yanhu.opendata.projects.FieldChange;
import org.yanhu.opendata.projects.Project;
import org.yanhu.opendata.projects.ProjectRelease;
import org.yanhu.opendata.projects.ReleaseKind;
import org.yanhu.opendata.projects.Sector;
import org.yanhu.opendata.projects.Towns;

/**
 * Compiles a project's current record from its releases, the only writer of the record's columns.
 * The rule: walking the releases in (date, sequence) order, each field takes the value of the last release
 * that sets it, and the status is that of the last status release.
 */
@ApplicationScoped
public class ProjectRecordCompiler {

    @Inject
    EntityManager em;

    @Inject
    ReleaseChanges changes;

    /** What the releases add up to. {@code status} is null when no release is a status claim. */
    public record Compiled(Map<String, JsonNode> fields, ProjectRelease status, LocalDate updatedOn, int revision) {
    }

    /** The rule itself, over releases already in (date, sequence) order. */
    public static Compiled fold(List<ProjectRelease> history, Function<ProjectRelease, List<FieldChange>> changesOf) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        ProjectRelease status = null;
        LocalDate updated = null;
        int revision = 0;
        for (ProjectRelease release : history) {
            for (FieldChange change : changesOf.apply(release)) {
                fields.put(change.field(), change.to());
            }
            if (ReleaseKind.STATUS.code().equals(release.kind)) {
                status = release;
            }
            updated = updated == null || release.releaseDate.isAfter(updated) ? release.releaseDate : updated;
            revision = Math.max(revision, release.sequence);
        }
        return new Compiled(fields, status, updated, revision);
    }

    /** Compiles the record from the releases stored so far. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void compile(Project project) {
        compile(project, ProjectRelease.history(project));
    }

    /** Compiles the record from these releases, in (date, sequence) order; they need not be stored yet. */
    public void compile(Project project, List<ProjectRelease> history) {
        Compiled compiled = fold(history, changes::of);
        apply(project, compiled.fields());
        if (compiled.status() != null) {
            project.status = compiled.status().status;
            project.statusDate = compiled.status().releaseDate;
        }
        project.updatedOn = compiled.updatedOn();
        project.revision = compiled.revision();
    }

    private void apply(Project project, Map<String, JsonNode> fields) {
        project.nameZh = ProjectFields.string(fields.get("name.zh"));
        project.nameEn = ProjectFields.string(fields.get("name.en"));
        project.descriptionZh = ProjectFields.string(fields.get("description.zh"));
        project.descriptionEn = ProjectFields.string(fields.get("description.en"));
        String sector = ProjectFields.string(fields.get("sector"));
        if (sector != null) {
            project.sector = em.getReference(Sector.class, sector);
        }
        project.town = ProjectFields.string(fields.get("town"));
        project.townKey = Towns.key(project.town);
        JsonNode year = fields.get("year");
        if (year != null && year.isNumber()) {
            project.year = (short) year.intValue();
        }
        String withdrawnAt = ProjectFields.string(fields.get("withdrawal.withdrawn_at"));
        project.withdrawnOn = withdrawnAt == null ? null : LocalDate.parse(withdrawnAt);
        project.withdrawalReasonZh = ProjectFields.string(fields.get("withdrawal.reason.zh"));
        project.withdrawalReasonEn = ProjectFields.string(fields.get("withdrawal.reason.en"));
        project.replacedBy = ProjectFields.string(fields.get("withdrawal.replaced_by"));
        project.mergedInto = ProjectFields.string(fields.get("withdrawal.merged_into"));
        project.searchText = Stream.of(project.slug, project.nameZh, project.nameEn, project.descriptionZh,
                        project.descriptionEn, project.town)
                .filter(Objects::nonNull).collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
        project.searchBigrams = SearchBigrams.of(project.searchText);
    }
}
