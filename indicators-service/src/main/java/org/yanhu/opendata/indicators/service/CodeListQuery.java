package org.yanhu.opendata.indicators.service;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.yanhu.opendata.api.error.NotFound;
import org.yanhu.opendata.indicators.Region;
import org.yanhu.opendata.indicators.SourceDocument;
import org.yanhu.opendata.indicators.Topic;
import org.yanhu.opendata.indicators.Unit;

/** Reads the small code lists whole: regions, topics, units and source documents; cached per data version. */
@ApplicationScoped
public class CodeListQuery {

    @Transactional
    @CacheResult(cacheName = "regions")
    public List<Region> regions(long dataVersion) {
        return Region.list("order by code");
    }

    @Transactional
    @CacheResult(cacheName = "topics")
    public List<Topic> topics(long dataVersion) {
        return Topic.list("order by code");
    }

    @Transactional
    @CacheResult(cacheName = "units")
    public List<Unit> units(long dataVersion) {
        return Unit.list("order by scale.baseUnit, scale.multiplier, code");
    }

    @Transactional
    @CacheResult(cacheName = "sources")
    public List<PublishedSource> sources(long dataVersion) {
        return SourceDocument.<SourceDocument>list("order by publishedOn, id").stream().map(CodeListQuery::withRegion)
                .toList();
    }

    @Transactional
    public PublishedSource source(String id) {
        SourceDocument source = SourceDocument.findById(id);
        if (source == null) {
            throw new NotFound("source document", id);
        }
        return withRegion(source);
    }

    private static PublishedSource withRegion(SourceDocument source) {
        return new PublishedSource(source, Region.findById(source.regionCode));
    }
}
