package org.yanhu.opendata.projects.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yanhu.opendata.projects.SourceDocument;
import org.yanhu.opendata.projects.Unit;
import org.yanhu.opendata.projects.failure.FieldError;
import org.yanhu.opendata.projects.importer.SourceEntry;
import org.yanhu.opendata.projects.importer.UnitEntry;

/**
 * The units and source documents of an import batch. A new code is added; one stated again as it is
 * changes nothing; one stated with another definition is refused, naming the code, because what is
 * published is never silently overwritten.
 */
@ApplicationScoped
public class ReferenceRows {

    /** The rows of a batch that redefine an existing unit or source, or contradict each other. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<FieldError> redefinitions(List<UnitEntry> units, List<SourceEntry> sources) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, UnitEntry> unitsByCode = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            UnitEntry row = units.get(i);
            UnitEntry earlier = unitsByCode.putIfAbsent(row.code(), row);
            Unit stored = Unit.findById(row.code());
            if (earlier != null && !sameUnit(earlier, row) || stored != null && !sameUnit(stored, row)) {
                errors.add(new FieldError("units[" + i + "]", "unit '" + row.code() + "' is already defined "
                        + (stored != null ? "as " + describe(stored) : "earlier in the batch")
                        + "; a unit is never redefined, so give a new definition its own code"));
            }
        }
        Map<String, SourceEntry> sourcesById = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            SourceEntry row = sources.get(i);
            SourceEntry earlier = sourcesById.putIfAbsent(row.id(), row);
            SourceDocument stored = SourceDocument.findById(row.id());
            if (earlier != null && !sameSource(earlier, row) || stored != null && !sameSource(stored, row)) {
                errors.add(new FieldError("sources[" + i + "]", "source document '" + row.id() + "' is already "
                        + (stored != null ? "published" : "given earlier in the batch")
                        + " with other details; a source is never redefined, so give a new document its own id"));
            }
        }
        return errors;
    }

    /** Adds the units and sources that are new; call after {@link #redefinitions} found none. */
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
                source.reviewedPeriods = String.join(";", row.reviews());
                source.plannedPeriods = String.join(";", row.plans());
                source.attribution = row.attribution();
                source.persist();
                added++;
            }
        }
        return added;
    }

    static boolean sameUnit(Unit stored, UnitEntry row) {
        return stored.nameZh.equals(row.nameZh()) && stored.nameEn.equals(row.nameEn())
                && stored.baseUnit.equals(row.baseUnit()) && stored.multiplier.compareTo(row.multiplier()) == 0;
    }

    static boolean sameUnit(UnitEntry a, UnitEntry b) {
        return a.nameZh().equals(b.nameZh()) && a.nameEn().equals(b.nameEn()) && a.baseUnit().equals(b.baseUnit())
                && a.multiplier().compareTo(b.multiplier()) == 0;
    }

    static boolean sameSource(SourceDocument stored, SourceEntry row) {
        return stored.titleZh.equals(row.title().zh()) && stored.titleEn.equals(row.title().en())
                && stored.publisherZh.equals(row.publisher().zh()) && stored.publisherEn.equals(row.publisher().en())
                && stored.publishedOn.equals(row.publishedOn())
                && stored.reviewedPeriods.equals(String.join(";", row.reviews()))
                && stored.plannedPeriods.equals(String.join(";", row.plans()))
                && stored.attribution.equals(row.attribution());
    }

    static boolean sameSource(SourceEntry a, SourceEntry b) {
        return Objects.equals(a, b);
    }

    private static String describe(Unit unit) {
        return unit.nameZh + " / " + unit.nameEn + " = " + unit.multiplier.stripTrailingZeros().toPlainString()
                + " " + unit.baseUnit;
    }
}
