package org.yanhu.opendata.indicators.importer;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yanhu.opendata.api.problem.ProblemException;

/** Reads import batches, from a request body (JSON or CSV) or from the dataset's CSV files. */
@ApplicationScoped
public class ImportBodyReader {

    private static final CsvMapper CSV = new CsvMapper();

    @Inject
    ObjectMapper json;

    /** Reads a posted batch: JSON in the ImportBatch shape, or CSV observation rows. */
    public ImportBatch read(jakarta.ws.rs.core.MediaType type, InputStream body) throws IOException {
        if (type != null && type.isCompatible(jakarta.ws.rs.core.MediaType.valueOf("text/csv"))) {
            return observationBatch(body);
        }
        ImportBatch batch = json.readValue(body, ImportBatch.class);
        if (batch == null) {
            throw new ProblemException(400, "malformed-body", "Malformed request body", "The body is empty", null,
                    null);
        }
        return batch;
    }

    /** Reads observation rows posted as CSV; a body that is not such CSV is a 400. */
    public ImportBatch observationBatch(InputStream body) {
        try {
            return new ImportBatch(null, null, null, null, null, readCsv(body, ImportBatch.ObservationRow.class));
        } catch (IOException | IllegalArgumentException e) {
            throw new ProblemException(400, "malformed-body", "Malformed request body",
                    "The body is not CSV with the header indicator,region,period,kind,comparator,value,unit,source,"
                            + "quote: " + rootMessage(e), null, null);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Reads CSV whose header names the record's fields in snake_case. */
    public <T> List<T> readCsv(InputStream in, Class<T> type) throws IOException {
        List<T> out = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            while (it.hasNext()) {
                Map<String, String> row = it.next();
                row.replaceAll((k, v) -> v == null || v.isEmpty() ? null : v);
                out.add(json.convertValue(row, type));
            }
        }
        return out;
    }
}
