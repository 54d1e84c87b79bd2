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

/**
 * One immutable release of a project: its registration, a status claim quoted from a document, or a
 * correction. Releases are only ever inserted; the current record is compiled from them.
 */
@Entity
public class ProjectRelease extends PanacheEntityBase {

    public static final String REGISTRATION = "registration";
    public static final String STATUS = "status";
    public static final String CORRECTION = "correction";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_release_ids")
    @SequenceGenerator(name = "project_release_ids", sequenceName = "project_release_id_seq", allocationSize = 50)
    public Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "project_id")
    public Project project;
    public int sequence;
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
    /** JSON array of {field, from, to}. */
    public String changes;
    public OffsetDateTime recordedAt;
    public String recordedBy;
    public String reason;

    /** The releases of a project in their one order: date, then sequence. */
    public static List<ProjectRelease> history(Project project) {
        return list("project = ?1 order by releaseDate, sequence", project);
    }
}
