package org.yanhu.opendata.indicators.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yanhu.opendata.api.error.FieldError;
import org.yanhu.opendata.api.provenance.QuoteCheck;
import org.yanhu.opendata.indicators.Indicator;
import org.yanhu.opendata.indicators.Period;
import org.yanhu.opendata.indicators.Region;
import org.yanhu.opendata.indicators.SourceDocument;
import org.yanhu.opendata.indicators.Unit;
import org.yanhu.opendata.indicators.importer.ImportBatch.ObservationRow;

/**
 * Resolves the codes of a batch's observation rows against the published code lists and checks each row:
 * codes exist, the unit measures what the indicator measures, the period reads, the quote states the value
 * (the shared {@link QuoteCheck}), and no series is stated twice. Every bad row is listed.
 */
final class ObservationRowChecks {

    /** A row whose codes all resolved. */
    record Resolved(ObservationRow row, Indicator indicator, Region region, Unit unit, SourceDocument source,
            Period period) {
    }

    private final Map<String, Indicator> indicators = new HashMap<>();
    private final Map<String, Unit> units = new HashMap<>();
    private final Map<String, SourceDocument> sources = new HashMap<>();
    private final Map<String, Region> regions = new HashMap<>();

    /** Reads the code lists as they stand inside the import's transaction, reference rows included. */
    static ObservationRowChecks againstPublishedCodes() {
        ObservationRowChecks checks = new ObservationRowChecks();
        Indicator.<Indicator>listAll().forEach(i -> checks.indicators.put(i.code, i));
        Unit.<Unit>listAll().forEach(u -> checks.units.put(u.code, u));
        SourceDocument.<SourceDocument>listAll().forEach(s -> checks.sources.put(s.id, s));
        Region.<Region>listAll().forEach(r -> checks.regions.put(r.code, r));
        return checks;
    }

    List<Resolved> resolve(List<ObservationRow> rows, List<FieldError> errors) {
        return resolve(rows, errors, "observations", true);
    }

    /**
     * The rows resolved; {@code field} names the list in errors. A withdrawn row is checked without the rule of
     * measures ({@code checkMeasure} false): breaking it can be the very reason it is withdrawn.
     */
    List<Resolved> resolve(List<ObservationRow> rows, List<FieldError> errors, String field, boolean checkMeasure) {
        List<Resolved> resolved = new ArrayList<>(rows.size());
        Set<String> statements = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            ObservationRow row = rows.get(i);
            String at = field + "[" + i + "]";
            int before = errors.size();
            Indicator indicator = indicators.get(row.indicator());
            if (indicator == null) {
                errors.add(new FieldError(at + ".indicator", "unknown indicator '" + row.indicator() + "'"));
            }
            Unit unit = units.get(row.unit());
            if (unit == null) {
                errors.add(new FieldError(at + ".unit", "unknown unit '" + row.unit() + "'; see /api/v1/units"));
            } else if (indicator != null && !unit.scale.measuresLike(indicator.unit.scale)) {
                errors.add(new FieldError(at + ".unit", "unit '" + row.unit() + "' measures " + unit.scale.baseUnit()
                        + " but indicator " + indicator.code + " is measured in " + indicator.unit.scale.baseUnit()));
            }
            SourceDocument source = sources.get(row.source());
            if (source == null) {
                errors.add(new FieldError(at + ".source", "unknown source document '" + row.source() + "'"));
            }
            Region region = regions.get(row.region());
            if (region == null) {
                errors.add(new FieldError(at + ".region", "unknown region code '" + row.region() + "'"));
            }
            Period period = Period.tryParse(row.period());
            if (period == null) {
                errors.add(new FieldError(at + ".period", "period must be YYYY or YYYY-YYYY with start <= end"));
            } else if (checkMeasure && indicator != null && "level".equals(indicator.measure) && period.start() != period.end()) {
                errors.add(new FieldError(at + ".period", indicator.code + " is a level (measured at a point in time), "
                        + "so it takes a year, not the span " + row.period() + ": a figure reached by the end of a plan "
                        + "period belongs to its last year, " + period.end()));
            }
            if (row.quote() != null && row.value() != null && !QuoteCheck.statesValue(row.quote(), row.value())) {
                errors.add(new FieldError(at + ".quote", "the quote does not state the value " + row.value()
                        .toPlainString()));
            }
            String statement = row.indicator() + "|" + row.region() + "|" + row.period() + "|" + row.kind() + "|"
                    + row.source();
            if (!statements.add(statement)) {
                errors.add(new FieldError(at, "the batch states " + statement.replace('|', ' ') + " twice"));
            }
            if (errors.size() == before) {
                resolved.add(new Resolved(row, indicator, region, unit, source, period));
            }
        }
        return resolved;
    }
}
