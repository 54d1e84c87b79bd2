package org.yanhu.opendata.indicators.service;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.yanhu.opendata.api.caching.DataVersionTable;
import org.yanhu.opendata.api.error.NotFound;
import org.yanhu.opendata.api.error.UnknownCode;
import org.yanhu.opendata.indicators.Indicator;
import org.yanhu.opendata.indicators.Region;
import org.yanhu.opendata.indicators.SourceDocument;
import org.yanhu.opendata.indicators.Topic;

/**
 * Checks the codes a request names (indicators, regions, sources, topics: open vocabularies that grow with
 * the data) against the published code lists, so an unknown code is an {@link UnknownCode} that lists the
 * known ones. The lists are held per data version, so a hot read checks its filters without a query.
 */
@ApplicationScoped
public class KnownCodes {

    /** Every code a request may name, as of one data version. */
    public record Snapshot(Set<String> indicators, Set<String> regions, Set<String> sources, Set<String> topics) {
    }

    @Inject
    DataVersionTable dataVersion;

    @Inject
    KnownCodes self;

    @Transactional
    @CacheResult(cacheName = "known-codes")
    public Snapshot snapshot(long version) {
        return new Snapshot(
                codes(Indicator.getEntityManager().createQuery("select code from Indicator", String.class).getResultList()),
                codes(Region.getEntityManager().createQuery("select code from Region", String.class).getResultList()),
                codes(SourceDocument.getEntityManager().createQuery("select id from SourceDocument", String.class)
                        .getResultList()),
                codes(Topic.getEntityManager().createQuery("select code from Topic", String.class).getResultList()));
    }

    /** Every code the filter names exists. */
    public void check(ObservationFilter filter) {
        Snapshot known = known();
        if (filter.indicators() != null) {
            for (String code : filter.indicators()) {
                require("indicator", code, known.indicators());
            }
        }
        if (filter.region() != null) {
            require("region", filter.region(), known.regions());
        }
        if (filter.source() != null) {
            require("source", filter.source(), known.sources());
        }
    }

    /** The indicator a path names exists. */
    public void indicatorExists(String code) {
        if (!known().indicators().contains(code)) {
            throw new NotFound("indicator", code);
        }
    }

    /** The indicator a filter names exists. */
    public void indicator(String code) {
        require("indicator", code, known().indicators());
    }

    public void region(String code) {
        require("region", code, known().regions());
    }

    public void topic(String code) {
        require("topic", code, known().topics());
    }

    private Snapshot known() {
        return self.snapshot(dataVersion.current());
    }

    private static void require(String field, String value, Set<String> allowed) {
        if (!allowed.contains(value)) {
            throw new UnknownCode(field, value, allowed);
        }
    }

    private static Set<String> codes(List<String> list) {
        return Collections.unmodifiableSet(new TreeSet<>(list));
    }
}
