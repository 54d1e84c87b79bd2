package org.yanhu.opendata.indicators.service;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.yanhu.opendata.api.problem.ProblemException;
import org.yanhu.opendata.indicators.Region;
import org.yanhu.opendata.indicators.SourceDocument;
import org.yanhu.opendata.indicators.Topic;
import org.yanhu.opendata.indicators.Unit;
import org.yanhu.opendata.indicators.rest.view.CodeLabel;
import org.yanhu.opendata.indicators.rest.view.RegionView;
import org.yanhu.opendata.indicators.rest.view.SourceView;
import org.yanhu.opendata.indicators.rest.view.UnitView;

/** The small code lists: regions, topics, units and source documents. */
@ApplicationScoped
public class ReferenceLists {

    @Transactional
    @CacheResult(cacheName = "regions")
    public List<RegionView> regions(long dataVersion) {
        return Region.<Region>list("order by code").stream().map(RegionView::of).toList();
    }

    @Transactional
    @CacheResult(cacheName = "topics")
    public List<CodeLabel> topics(long dataVersion) {
        return Topic.<Topic>list("order by code").stream().map(t -> CodeLabel.of(t.code, t.nameZh, t.nameEn))
                .toList();
    }

    @Transactional
    @CacheResult(cacheName = "units")
    public List<UnitView> units(long dataVersion) {
        return Unit.<Unit>list("order by baseUnit, multiplier, code").stream().map(UnitView::of).toList();
    }

    @Transactional
    @CacheResult(cacheName = "sources")
    public List<SourceView> sources(long dataVersion) {
        return SourceDocument.<SourceDocument>list("order by publishedOn, id").stream().map(ReferenceLists::view)
                .toList();
    }

    @Transactional
    public SourceView source(String id) {
        SourceDocument source = SourceDocument.findById(id);
        if (source == null) {
            throw ProblemException.notFound("source document", id);
        }
        return view(source);
    }

    private static SourceView view(SourceDocument s) {
        Region region = Region.findById(s.regionCode);
        return SourceView.of(s, CodeLabel.of(region.code, region.nameZh, region.nameEn));
    }
}
