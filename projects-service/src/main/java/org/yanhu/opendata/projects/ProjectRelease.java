package org.yanhu.opendata.projects;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One immutable release of a project: its registration, a status claim quoted from a document, or a
 * correction. Releases are only ever inserted; the current record is compiled from them.
 */
@Entity
public class ProjectRelease extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_release_ids")
    @SequenceGenerator(name = "project_release_ids", sequenceName = "project_release_id_seq", allocationSize = 50)
    public Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "project_id")
    public Project project;
    public int sequence;
    /** The code of its {@link ReleaseKind}. */
    public String kind;
    public LocalDate releaseDate;
    public String period;
    @ManyToOne
    @JoinColumn(name = "status_code")
    public ProjectStatus status;
    @ManyToOne
    @JoinColumn(name = "source_id")
    public SourceDocument source;
    public String quote;
    /** The verb of the quote the status is derived from; null for releases written before issue 11. */
    public String verb;
    /** stated or inferred; null for releases written before issue 11. */
    public String evidence;
    /** JSON array of {@link FieldChange}s: {field, from, to}. */
    public String changes;
    public OffsetDateTime recordedAt;
    public String recordedBy;
    public String reason;

    /** The releases of a project in their one order: date, then sequence. */
    public static List<ProjectRelease> history(Project project) {
        return list("project = ?1 order by releaseDate, sequence", project);
    }

    /** The status claim of a project with exactly this source, period, status and quote, if it was recorded. */
    public static Optional<ProjectRelease> findClaim(Project project, String source, String period, String status,
            String quote) {
        return find("project = ?1 and kind = ?2 and source.id = ?3 and period = ?4 and status.code = ?5 "
                + "and quote = ?6", project, ReleaseKind.STATUS.code(), source, period, status, quote)
                .firstResultOptional();
    }
}
