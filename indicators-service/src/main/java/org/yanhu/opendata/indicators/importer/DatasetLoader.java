package org.yanhu.opendata.indicators.importer;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.yanhu.opendata.api.problem.ProblemException;
import org.yanhu.opendata.indicators.service.ImportService;

/**
 * Loads the reviewed dataset files under {@code dataset/} at start, through the same import path as
 * {@code POST /api/v1/observations/import}. Loading twice changes nothing.
 */
@ApplicationScoped
public class DatasetLoader {

    private static final Logger LOG = Logger.getLogger(DatasetLoader.class);
    private static final CsvMapper CSV = new CsvMapper();

    @Inject
    ImportService importService;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "dataset.load-at-start", defaultValue = "true")
    boolean loadAtStart;

    void onStart(@Observes StartupEvent event) {
        if (loadAtStart) {
            ImportResult result = importService.importBatch(readDataset(), "dataset");
            LOG.infof("Dataset: %d observations read, %d new, %d already published", result.received(),
                    result.inserted(), result.unchanged());
        }
    }

    public ImportBatch readDataset() {
        return new ImportBatch(
                rows("topics.csv", ImportBatch.TopicRow.class),
                rows("units.csv", ImportBatch.UnitRow.class),
                rows("regions.csv", ImportBatch.RegionRow.class),
                rows("sources.csv", ImportBatch.SourceRow.class),
                rows("indicators.csv", ImportBatch.IndicatorRow.class),
                rows("observations.csv", ImportBatch.ObservationRow.class));
    }

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

    /** Reads a CSV file whose header names the record's fields in snake_case. */
    public <T> List<T> rows(String file, Class<T> type) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("dataset/" + file)) {
            if (in == null) {
                throw new IllegalStateException("dataset/" + file + " is missing from the classpath");
            }
            return readCsv(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

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
