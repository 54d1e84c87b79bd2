package org.yanhu.opendata.projects.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yanhu.opendata.api.error.Redefinitions;
import org.yanhu.opendata.projects.SourceDocument;
import org.yanhu.opendata.projects.Unit;
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
                        Redefinitions.field("base_unit", published.scale.baseUnit(), row.baseUnit()),
                        Redefinitions.field("multiplier", published.scale.multiplier(), row.multiplier()));
            } else if (earlier != null && !sameUnit(earlier, row)) {
                redefinitions.definedTwice("units[" + i + "]", "unit", row.code());
            }
        }
        Map<String, SourceEntry> sourcesInBatch = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            SourceEntry row = sources.get(i);
            SourceDocument published = SourceDocument.findById(row.id());
            SourceEntry earlier = sourcesInBatch.putIfAbsent(row.id(), row);
            if (published == null && earlier != null && !earlier.equals(row)) {
                redefinitions.definedTwice("sources[" + i + "]", "source document", row.id());
            } else if (published != null) {
                redefinitions.compare("sources[" + i + "]", "source document", row.id(),
                        Redefinitions.field("title.zh", published.titleZh, row.title().zh()),
                        Redefinitions.field("title.en", published.titleEn, row.title().en()),
                        Redefinitions.field("publisher.zh", published.publisherZh, row.publisher().zh()),
                        Redefinitions.field("publisher.en", published.publisherEn, row.publisher().en()),
                        Redefinitions.field("published_on", published.publishedOn, row.publishedOn()),
                        Redefinitions.field("reviews", published.reviewedPeriods, SourceDocument.join(row.reviews())),
                        Redefinitions.field("plans", published.plannedPeriods, SourceDocument.join(row.plans())),
                        Redefinitions.field("attribution", published.attribution, row.attribution()));
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
                row.toUnit().persist();
                added++;
            }
        }
        for (SourceEntry row : sources) {
            if (SourceDocument.findById(row.id()) == null) {
                row.toSourceDocument().persist();
                added++;
            }
        }
        return added;
    }

    private static boolean sameUnit(UnitEntry a, UnitEntry b) {
        return a.nameZh().equals(b.nameZh()) && a.nameEn().equals(b.nameEn()) && a.baseUnit().equals(b.baseUnit())
                && a.multiplier().compareTo(b.multiplier()) == 0;
    }
}
