package org.yanhu.opendata.indicators.service;

import io.quarkus.cache.CacheResult;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.yanhu.opendata.api.paging.BoundedCount;
import org.yanhu.opendata.api.paging.Cursor;
import org.yanhu.opendata.api.paging.Page;
import org.yanhu.opendata.api.paging.PageRequest;
import org.yanhu.opendata.indicators.Observation;

/**
 * Finds observations page by page. The order (indicator, period, kind, row) is also the keyset of
 * the cursor, so any page costs one index range scan. Results are cached per data version.
 */
@ApplicationScoped
public class ObservationQuery {

    @Inject
    ObservationQuery self;

    private static final String FETCH = "select o from Observation o join fetch o.indicator i join fetch o.unit "
            + "join fetch o.source join fetch o.region ";
    private static final String ORDER = " order by i.id, o.periodStart, o.periodEnd, o.kind, o.id";

    /**
     * A page of observations. First pages (the hot reads) are cached per data version; deeper pages are
     * not, because a walk through millions of rows would fill the heap with pages nobody reads twice.
     */
    @Transactional
    public Page<VersionedObservation> find(long dataVersion, ObservationFilter filter, PageRequest page) {
        return page.cursor() == null ? self.firstPage(dataVersion, filter, page) : read(filter, page);
    }

    @Transactional
    @CacheResult(cacheName = "observations")
    public Page<VersionedObservation> firstPage(long dataVersion, ObservationFilter filter, PageRequest page) {
        return read(filter, page);
    }

    private Page<VersionedObservation> read(ObservationFilter filter, PageRequest page) {
        Parameters params = new Parameters();
        String where = where(filter, params);
        String paged = where;
        if (page.cursor() != null) {
            paged += " and (i.id, o.periodStart, o.periodEnd, o.kind, o.id) > (:c0, :c1, :c2, :c3, :c4)";
            params.and("c0", page.cursor().getLong(0))
                    .and("c1", (short) page.cursor().getLong(1))
                    .and("c2", (short) page.cursor().getLong(2))
                    .and("c3", page.cursor().get(3))
                    .and("c4", page.cursor().getLong(4));
        }
        PanacheQuery<Observation> query = Observation.find(FETCH + "where " + paged + ORDER, params);
        List<Observation> rows = new ArrayList<>(query.range(0, page.limit()).list());
        String next = null;
        if (rows.size() > page.limit()) {
            rows.remove(rows.size() - 1);
            Observation last = rows.get(rows.size() - 1);
            next = Cursor.encode(last.indicator.id, last.periodStart, last.periodEnd, last.kind, last.id);
        }
        Long total = page.cursor() == null ? total(filter) : null;
        List<VersionedObservation> items = new ArrayList<>(rows.size());
        for (Observation o : rows) {
            items.add(new VersionedObservation(o, filter.allVersions() ? isCurrent(o, filter) : true));
        }
        return new Page<>(items, page.limit(), next, total);
    }

    /**
     * The conventions give a total only "when cheap": an exact count when the list is narrowed to a few indicators,
     * else a count of at most {@link BoundedCount#BOUND} (none past it). The table's size from PostgreSQL's
     * statistics decided this before, and right after a bulk import those can be missing: at nine million
     * observations every first page then counted them all (1.7 s).
     */
    private static Long total(ObservationFilter filter) {
        Parameters params = new Parameters();
        String where = where(filter, params);
        if (filter.indicators() != null && !filter.indicators().isEmpty() && filter.indicators().size() <= 20) {
            return Observation.count("from Observation o join o.indicator i where " + where, params);
        }
        return BoundedCount.of(Observation.getEntityManager(), "Observation o join o.indicator i", "o", where,
                params.map());
    }

    private boolean isCurrent(Observation o, ObservationFilter filter) {
        if (filter.asOf() == null || o.withdrawnOn != null) {
            return o.isCurrent;
        }
        return Observation.count("from Observation n where n.indicator = ?1 and n.region = ?2 and n.period = ?3 "
                + "and n.kind = ?4 and n.publishedOn <= ?5 and n.withdrawnOn is null and (n.publishedOn > ?6 or "
                + "(n.publishedOn = ?6 and n.version > ?7))", o.indicator, o.region, o.period, o.kind,
                filter.asOf(), o.publishedOn, o.version) == 0;
    }

    static String where(ObservationFilter filter, Parameters params) {
        List<String> clauses = new ArrayList<>();
        if (!filter.allVersions() || filter.latest()) {
            clauses.add(visible("o", filter, params));
        } else if (filter.asOf() != null) {
            clauses.add("o.publishedOn <= :asOf");
            params.and("asOf", filter.asOf());
        }
        if (filter.indicators() != null && !filter.indicators().isEmpty()) {
            clauses.add("i.code in :codes");
            params.and("codes", filter.indicators());
        }
        if (filter.region() != null) {
            clauses.add("o.region.code = :region");
            params.and("region", filter.region());
        }
        if (filter.from() != null) {
            clauses.add("o.periodEnd >= :from");
            params.and("from", filter.from().shortValue());
        }
        if (filter.to() != null) {
            clauses.add("o.periodStart <= :to");
            params.and("to", filter.to().shortValue());
        }
        if (filter.period() != null) {
            clauses.add("o.period = :period");
            params.and("period", filter.period().toString());
        }
        if (filter.kind() != null) {
            clauses.add("o.kind = :kind");
            params.and("kind", filter.kind());
        }
        if (filter.source() != null) {
            clauses.add("o.source.id = :source");
            params.and("source", filter.source());
        }
        if (filter.latest()) {
            clauses.add("o.kind = 'actual' and not exists (select 1 from Observation l where l.indicator = o.indicator "
                    + "and l.region = o.region and l.kind = 'actual' and " + visible("l", filter, params)
                    + " and (l.periodEnd > o.periodEnd or (l.periodEnd = o.periodEnd and l.periodStart > o.periodStart)))");
        }
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    /** The version of each series that is current now, or that was current on as_of. */
    private static String visible(String alias, ObservationFilter filter, Parameters params) {
        if (filter.asOf() == null) {
            return alias + ".isCurrent = true";
        }
        params.and("asOf", filter.asOf());
        String n = alias + "n";
        return alias + ".publishedOn <= :asOf and " + alias + ".withdrawnOn is null and not exists (select 1 from "
                + "Observation " + n + " where " + n + ".withdrawnOn is null and " + n
                + ".indicator = " + alias + ".indicator and " + n + ".region = " + alias + ".region and " + n
                + ".period = " + alias + ".period and " + n + ".kind = " + alias + ".kind and " + n
                + ".publishedOn <= :asOf and (" + n + ".publishedOn > " + alias + ".publishedOn or (" + n
                + ".publishedOn = " + alias + ".publishedOn and " + n + ".version > " + alias + ".version)))";
    }
}
