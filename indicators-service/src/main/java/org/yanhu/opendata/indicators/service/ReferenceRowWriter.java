package org.yanhu.opendata.indicators.service;

import static org.yanhu.opendata.api.error.Redefinitions.field;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.yanhu.opendata.api.error.FieldError;
import org.yanhu.opendata.api.error.Invalid;
import org.yanhu.opendata.api.error.Redefinitions;
import org.yanhu.opendata.api.i18n.Label;
import org.yanhu.opendata.api.quantity.UnitScale;
import org.yanhu.opendata.indicators.Indicator;
import org.yanhu.opendata.indicators.Region;
import org.yanhu.opendata.indicators.SourceDocument;
import org.yanhu.opendata.indicators.Topic;
import org.yanhu.opendata.indicators.Unit;
import org.yanhu.opendata.indicators.importer.ImportBatch;
import org.yanhu.opendata.indicators.importer.ImportBatch.IndicatorRow;
import org.yanhu.opendata.indicators.importer.ImportBatch.RegionRow;
import org.yanhu.opendata.indicators.importer.ImportBatch.SourceRow;
import org.yanhu.opendata.indicators.importer.ImportBatch.TopicRow;
import org.yanhu.opendata.indicators.importer.ImportBatch.UnitRow;

/**
 * Writes the reference rows a batch brings (topics, units, regions, sources, indicators) by the shared
 * rule of {@link Redefinitions}: a new code is added, a row identical to the published one is skipped, and
 * a row that redefines a published code is refused (409, naming it) before anything is written.
 */
@ApplicationScoped
class ReferenceRowWriter {

    @Inject
    EntityManager em;

    void write(ImportBatch batch) {
        Redefinitions redefinitions = new Redefinitions();
        List<TopicRow> topics = fresh(batch.topics(), "topics", redefinitions, TopicRow::code, code -> Topic.<Topic>findById(code),
                (at, row, topic) -> redefinitions.compare(at, "topic", row.code(),
                        field("name_zh", topic.nameZh, row.nameZh()), field("name_en", topic.nameEn, row.nameEn())));
        List<UnitRow> units = fresh(batch.units(), "units", redefinitions, UnitRow::code, code -> Unit.<Unit>findById(code),
                (at, row, unit) -> redefinitions.compare(at, "unit", row.code(),
                        field("name_zh", unit.nameZh, row.nameZh()), field("name_en", unit.nameEn, row.nameEn()),
                        field("base_unit", unit.scale.baseUnit(), row.baseUnit()),
                        field("multiplier", unit.scale.multiplier(), row.multiplier())));
        List<RegionRow> regions = fresh(batch.regions(), "regions", redefinitions, RegionRow::code,
                code -> Region.<Region>findById(code),
                (at, row, region) -> redefinitions.compare(at, "region", row.code(),
                        field("name_zh", region.nameZh, row.nameZh()), field("name_en", region.nameEn, row.nameEn()),
                        field("level", region.level, row.level()),
                        field("parent_code", region.parentCode, row.parentCode())));
        List<SourceRow> sources = fresh(batch.sources(), "sources", redefinitions, SourceRow::id,
                id -> SourceDocument.<SourceDocument>findById(id),
                (at, row, s) -> redefinitions.compare(at, "source", row.id(),
                        field("title_zh", s.titleZh, row.titleZh()), field("title_en", s.titleEn, row.titleEn()),
                        field("publisher_zh", s.publisherZh, row.publisherZh()),
                        field("publisher_en", s.publisherEn, row.publisherEn()),
                        field("event_zh", s.eventZh, row.eventZh()), field("event_en", s.eventEn, row.eventEn()),
                        field("session_start", s.sessionStart, row.sessionStart()),
                        field("session_end", s.sessionEnd, row.sessionEnd()),
                        field("published_on", s.publishedOn, row.publishedOn()), field("covers", s.covers, row.covers()),
                        field("attribution", s.attribution, row.attribution()),
                        field("region_code", s.regionCode, row.regionCode())));
        List<IndicatorRow> indicators = fresh(batch.indicators(), "indicators", redefinitions, IndicatorRow::code,
                code -> Indicator.findByCode(code).orElse(null),
                (at, row, i) -> redefinitions.compare(at, "indicator", row.code(),
                        field("topic", i.topic.code, row.topic()), field("unit", i.unit.code, row.unit()),
                        field("name_zh", i.nameZh, row.nameZh()), field("name_en", i.nameEn, row.nameEn()),
                        field("description_zh", i.descriptionZh, row.descriptionZh()),
                        field("description_en", i.descriptionEn, row.descriptionEn()),
                        field("measure", i.measure, row.measure())));
        redefinitions.refuseAny();

        topics.forEach(ReferenceRowWriter::insert);
        units.forEach(ReferenceRowWriter::insert);
        regions.forEach(row -> {
            insert(row);
            em.flush();
        });
        sources.forEach(ReferenceRowWriter::insert);
        em.flush();
        insertIndicators(batch.indicators(), indicators);
    }

    /** What a published row and an incoming one are compared by; true when they are the same. */
    @FunctionalInterface
    private interface Comparison<R, E> {
        boolean same(String at, R row, E published);
    }

    /**
     * The rows whose code is not published yet, each code once. A row whose code is published is compared
     * with the published definition; a code the batch defines twice must be defined the same both times.
     */
    private static <R, E> List<R> fresh(List<R> rows, String list, Redefinitions redefinitions,
            Function<R, String> code, Function<String, E> published, Comparison<R, E> comparison) {
        List<R> fresh = new ArrayList<>();
        if (rows == null) {
            return fresh;
        }
        Map<String, R> inBatch = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            R row = rows.get(i);
            String at = list + "[" + i + "]";
            E existing = published.apply(code.apply(row));
            R earlier = inBatch.putIfAbsent(code.apply(row), row);
            if (existing != null) {
                comparison.same(at, row, existing);
            } else if (earlier == null) {
                fresh.add(row);
            } else if (!earlier.equals(row)) {
                redefinitions.definedTwice(at, list.substring(0, list.length() - 1), code.apply(row));
            }
        }
        return fresh;
    }

    private void insertIndicators(List<IndicatorRow> all, List<IndicatorRow> fresh) {
        List<FieldError> errors = new ArrayList<>();
        for (IndicatorRow row : fresh) {
            Topic topic = Topic.findById(row.topic());
            Unit unit = Unit.findById(row.unit());
            if (topic == null || unit == null) {
                errors.add(new FieldError("indicators[" + all.indexOf(row) + "]", topic == null
                        ? "unknown topic '" + row.topic() + "'" : "unknown unit '" + row.unit() + "'"));
                continue;
            }
            Indicator indicator = new Indicator();
            indicator.code = row.code();
            indicator.topic = topic;
            indicator.nameZh = row.nameZh();
            indicator.nameEn = row.nameEn();
            indicator.descriptionZh = row.descriptionZh();
            indicator.descriptionEn = row.descriptionEn();
            indicator.unit = unit;
            indicator.measure = row.measure();
            indicator.persist();
        }
        if (!errors.isEmpty()) {
            throw new Invalid("Some indicator definitions are invalid; nothing was imported", errors);
        }
    }

    private static void insert(TopicRow row) {
        Topic topic = new Topic();
        topic.code = row.code();
        topic.nameZh = row.nameZh();
        topic.nameEn = row.nameEn();
        topic.persist();
    }

    private static void insert(UnitRow row) {
        Unit unit = new Unit();
        unit.code = row.code();
        unit.nameZh = row.nameZh();
        unit.nameEn = row.nameEn();
        unit.scale = new UnitScale(row.baseUnit(), row.multiplier());
        unit.persist();
    }

    private static void insert(RegionRow row) {
        Region region = new Region();
        region.code = row.code();
        region.nameZh = row.nameZh();
        region.nameEn = row.nameEn();
        region.level = row.level();
        region.parentCode = row.parentCode() == null || row.parentCode().isBlank() ? null : row.parentCode();
        region.persist();
    }

    private static void insert(SourceRow row) {
        SourceDocument source = new SourceDocument();
        source.describe(row.id(), Label.of(row.titleZh(), row.titleEn()), Label.of(row.publisherZh(), row.publisherEn()),
                row.publishedOn(), row.attribution());
        source.eventZh = row.eventZh();
        source.eventEn = row.eventEn();
        source.sessionStart = row.sessionStart();
        source.sessionEnd = row.sessionEnd();
        source.covers = row.covers();
        source.regionCode = row.regionCode();
        source.persist();
    }
}
