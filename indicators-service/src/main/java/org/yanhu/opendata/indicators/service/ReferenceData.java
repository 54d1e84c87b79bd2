package org.yanhu.opendata.indicators.service;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.yanhu.opendata.api.problem.ProblemException;
import org.yanhu.opendata.indicators.Indicator;
import org.yanhu.opendata.indicators.Region;
import org.yanhu.opendata.indicators.SourceDocument;
import org.yanhu.opendata.indicators.Topic;

/**
 * Checks codes in filters against the published code lists, so an unknown code is a 400 that lists the
 * known ones. The lists are held per data version, so a hot read validates its filters without a query.
 */
@ApplicationScoped
public class ReferenceData {

    /** Every code a filter may name, as of one data version. */
    public record KnownCodes(Set<String> indicators, Set<String> regions, Set<String> sources, Set<String> topics) {
    }

    @Inject
    PublishedDataVersion dataVersion;

    @Inject
    ReferenceData self;

    @Transactional
    @CacheResult(cacheName = "known-codes")
    public KnownCodes knownCodes(long version) {
        return new KnownCodes(
                codes(Indicator.getEntityManager().createQuery("select code from Indicator", String.class).getResultList()),
                codes(Region.getEntityManager().createQuery("select code from Region", String.class).getResultList()),
                codes(SourceDocument.getEntityManager().createQuery("select id from SourceDocument", String.class)
                        .getResultList()),
                codes(Topic.getEntityManager().createQuery("select code from Topic", String.class).getResultList()));
    }

    public void check(ObservationFilter filter) {
        KnownCodes known = known();
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

    /** A 404 for a path segment that names no indicator, a 400 for a filter value that names none. */
    public void indicator(String code, String field) {
        if (!known().indicators().contains(code)) {
            if ("indicator".equals(field)) {
                require(field, code, known().indicators());
            }
            throw ProblemException.notFound("indicator", code);
        }
    }

    public void region(String code) {
        require("region", code, known().regions());
    }

    public void topic(String code) {
        require("topic", code, known().topics());
    }

    private KnownCodes known() {
        return self.knownCodes(dataVersion.current());
    }

    private static void require(String field, String value, Set<String> allowed) {
        if (!allowed.contains(value)) {
            throw ProblemException.unknownCode(field, value, allowed);
        }
    }

    private static Set<String> codes(List<String> list) {
        return java.util.Collections.unmodifiableSet(new TreeSet<>(list));
    }
}
