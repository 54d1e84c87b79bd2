package org.yanhu.opendata.projects.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yanhu.opendata.api.error.Redefinitions;
import org.yanhu.opendata.projects.SourceDocument;
import org.yanhu.opendata.projects.Unit;
import org.yanhu.opendata.projects.importer.LocalizedText;
import org.yanhu.opendata.projects.importer.SourceEntry;
import org.yanhu.opendata.projects.importer.UnitEntry;

/**
 * The units and source documents of an import batch, by the shared rule for reference rows: a new code
 * is added, one stated again as published changes nothing, and one stated with other values is refused
 * (409, naming every such code) before anything is written, because nothing is silently overwritten.
 */
@ApplicationScoped
public class ReferenceRows {

    /** Refuses the batch if a row redefines a published unit or source, or two rows of it disagree. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refuseRedefinitions(List<UnitEntry> units, List<SourceEntry> sources) {
        Redefinitions redefinitions = new Redefinitions();
        Map<String, UnitEntry> unitsInBatch = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            UnitEntry row = units.get(i);
            Unit published = Unit.findById(row.code());
            UnitEntry earlier = unitsInBatch.putIfAbsent(row.code(), row);
            if (published != null) {
                redefinitions.compare("units[" + i + "]", "unit", row.code(),
                        Redefinitions.field("name_zh", published.nameZh, row.nameZh()),
                        Redefinitions.field("name_en", published.nameEn, row.nameEn()),
                        Redefinitions.field("base_unit", published.baseUnit, row.baseUnit()),
                        Redefinitions.field("multiplier", published.multiplier, row.multiplier()));
            } else if (earlier != null) {
                redefinitions.compare("units[" + i + "]", "unit", row.code(),
                        Redefinitions.field("name_zh", earlier.nameZh(), row.nameZh()),
                        Redefinitions.field("name_en", earlier.nameEn(), row.nameEn()),
                        Redefinitions.field("base_unit", earlier.baseUnit(), row.baseUnit()),
                        Redefinitions.field("multiplier", earlier.multiplier(), row.multiplier()));
            }
        }
        Map<String, SourceEntry> sourcesInBatch = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            SourceEntry row = sources.get(i);
            SourceDocument published = SourceDocument.findById(row.id());
            SourceEntry earlier = sourcesInBatch.putIfAbsent(row.id(), row);
            SourceEntry stated = published != null ? entryOf(published) : earlier;
            if (stated != null) {
                redefinitions.compare("sources[" + i + "]", "source document", row.id(),
                        Redefinitions.field("title.zh", stated.title().zh(), row.title().zh()),
                        Redefinitions.field("title.en", stated.title().en(), row.title().en()),
                        Redefinitions.field("publisher.zh", stated.publisher().zh(), row.publisher().zh()),
                        Redefinitions.field("publisher.en", stated.publisher().en(), row.publisher().en()),
                        Redefinitions.field("published_on", stated.publishedOn(), row.publishedOn()),
                        Redefinitions.field("reviews", SourceDocument.join(stated.reviews()),
                                SourceDocument.join(row.reviews())),
                        Redefinitions.field("plans", SourceDocument.join(stated.plans()),
                                SourceDocument.join(row.plans())),
                        Redefinitions.field("attribution", stated.attribution(), row.attribution()));
            }
        }
        redefinitions.refuseAny();
    }

    /** Adds the units and sources that are new; how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int addNew(List<UnitEntry> units, List<SourceEntry> sources) {
        int added = 0;
        for (UnitEntry row : units) {
            if (Unit.findById(row.code()) == null) {
                Unit unit = new Unit();
                unit.code = row.code();
                unit.nameZh = row.nameZh();
                unit.nameEn = row.nameEn();
                unit.baseUnit = row.baseUnit();
                unit.multiplier = row.multiplier();
                unit.persist();
                added++;
            }
        }
        for (SourceEntry row : sources) {
            if (SourceDocument.findById(row.id()) == null) {
                SourceDocument source = new SourceDocument();
                source.id = row.id();
                source.titleZh = row.title().zh();
                source.titleEn = row.title().en();
                source.publisherZh = row.publisher().zh();
                source.publisherEn = row.publisher().en();
                source.publishedOn = row.publishedOn();
                source.reviewedPeriods = SourceDocument.join(row.reviews());
                source.plannedPeriods = SourceDocument.join(row.plans());
                source.attribution = row.attribution();
                source.persist();
                added++;
            }
        }
        return added;
    }

    /** A published source as an entry states it, for comparing the two. */
    private static SourceEntry entryOf(SourceDocument source) {
        return new SourceEntry(source.id, new LocalizedText(source.titleZh, source.titleEn),
                new LocalizedText(source.publisherZh, source.publisherEn), source.publishedOn, source.reviews(),
                source.plans(), source.attribution);
    }
}
