package org.yanhu.opendata.indicators.rest;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.yanhu.opendata.api.quantity.Decimals;
import org.yanhu.opendata.indicators.service.ObservationExport;
import org.yanhu.opendata.indicators.service.ObservationFilter;

/** The bulk CSV download: flat columns, one row written as each is read, with an optional byte-order mark. */
@ApplicationScoped
public class ObservationCsvExport {

    public static final List<String> COLUMNS = List.of("id", "indicator", "region", "period", "kind", "comparator",
            "value", "unit", "base_value", "base_unit", "source", "published_on", "quote", "version", "is_current");
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Inject
    ObservationExport export;

    public StreamingOutput csv(ObservationFilter filter, boolean bom) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        return out -> {
            if (bom) {
                out.write(BOM);
            }
            try (SequenceWriter writer = CSV.writer(schema.build()).writeValues(out)) {
                export.forEach(filter, r -> write(writer, Arrays.asList(
                        r.indicator() + "." + r.region() + "." + r.period() + "." + r.kind() + ".v" + r.version(),
                        r.indicator(), r.region(), r.period(), r.kind(), r.comparator(), Decimals.text(r.value()),
                        r.unit(), Decimals.text(r.baseValue()), r.baseUnit(), r.source(),
                        String.valueOf(r.publishedOn()), r.quote(), r.version(), r.isCurrent())));
            }
        };
    }

    private static void write(SequenceWriter writer, List<Object> values) {
        try {
            writer.write(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
