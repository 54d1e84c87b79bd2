package org.yanhu.opendata.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.yanhu.opendata.api.problem.ProblemException;
import org.yanhu.opendata.indicators.Indicator;
import org.yanhu.opendata.indicators.Region;
import org.yanhu.opendata.indicators.SourceDocument;
import org.yanhu.opendata.indicators.Topic;

/** Checks codes in filters against the published code lists, so an unknown code is a 400 that lists the known ones. */
@ApplicationScoped
public class ReferenceData {

    @Transactional
    public void check(ObservationFilter filter) {
        if (filter.indicators() != null) {
            for (String code : filter.indicators()) {
                indicator(code, "indicator");
            }
        }
        if (filter.region() != null) {
            region(filter.region());
        }
        if (filter.source() != null && SourceDocument.findById(filter.source()) == null) {
            throw ProblemException.unknownCode("source", filter.source(),
                    SourceDocument.<SourceDocument>listAll().stream().map(s -> s.id).sorted().toList());
        }
    }

    @Transactional
    public Indicator indicator(String code, String field) {
        return Indicator.findByCode(code).orElseThrow(() -> "indicator".equals(field) && code != null
                ? ProblemException.unknownCode(field, code, Indicator.<Indicator>listAll().stream()
                        .map(i -> i.code).sorted().toList())
                : ProblemException.notFound("indicator", code));
    }

    @Transactional
    public void region(String code) {
        if (Region.findById(code) == null) {
            throw ProblemException.unknownCode("region", code,
                    Region.<Region>listAll().stream().map(r -> r.code).sorted().toList());
        }
    }

    @Transactional
    public void topic(String code) {
        if (Topic.findById(code) == null) {
            throw ProblemException.unknownCode("topic", code,
                    Topic.<Topic>listAll().stream().map(t -> t.code).sorted().toList());
        }
    }

}
