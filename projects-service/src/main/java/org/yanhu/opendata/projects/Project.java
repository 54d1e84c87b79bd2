package org.yanhu.opendata.projects;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The current record of a project. Every column except the identity is compiled from the project's
 * releases by {@code service.ProjectRecordCompiler}; nothing else writes them.
 */
@Entity
public class Project extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_ids")
    @SequenceGenerator(name = "project_ids", sequenceName = "project_id_seq", allocationSize = 50)
    public Long id;
    public String slug;
    public String nameZh;
    public String nameEn;
    public String descriptionZh;
    public String descriptionEn;
    @ManyToOne(optional = false)
    @JoinColumn(name = "sector_code")
    public Sector sector;
    public String town;
    /** The town names wrapped in separators, for the town filter (see {@link Towns#key}). */
    public String townKey;
    public short year;
    @ManyToOne(optional = false)
    @JoinColumn(name = "region_code")
    public Region region;
    @ManyToOne(optional = false)
    @JoinColumn(name = "status_code")
    public ProjectStatus status;
    public LocalDate statusDate;
    public LocalDate updatedOn;
    public int revision;
    public String searchText;
    /** The bigrams of {@link #searchText}, which the {@code q=} search finds in a GIN index. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] searchBigrams;
    public String importedEntry;
    public OffsetDateTime createdAt;
    /** Set by a withdrawal release (compiled like the other fields): the project is kept, out of current answers. */
    public LocalDate withdrawnOn;
    public String withdrawalReasonZh;
    public String withdrawalReasonEn;
    /** The id of the project that replaces it, or that it was merged into. */
    public String replacedBy;
    public String mergedInto;

    public static Optional<Project> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** The project, locked until the end of the transaction, so that writes to it line up one after another. */
    public static Optional<Project> lockBySlug(String slug) {
        return find("slug", slug).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
