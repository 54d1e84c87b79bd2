package org.yanhu.opendata.projects.importer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.yanhu.opendata.api.csv.CsvRows;
import org.yanhu.opendata.projects.config.DatasetConfig;
import org.yanhu.opendata.projects.service.ImportService;

/**
 * Loads the reviewed dataset files at start, through the same import path as
 * {@code POST /api/v1/projects/import}. Loading twice changes nothing.
 */
@ApplicationScoped
public class DatasetLoader {

    public static final String AUTHOR = "dataset";
    public static final String REASON = "Reviewed dataset files loaded at start-up";

    private static final Logger LOG = Logger.getLogger(DatasetLoader.class);
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    @Inject
    ImportService importService;

    @Inject
    ObjectMapper json;

    @Inject
    DatasetConfig config;

    void onStart(@Observes StartupEvent event) {
        if (config.loadAtStart()) {
            ImportResult result = importService.importBatch(readDataset(), AUTHOR);
            LOG.infof("Dataset: %d projects (%d new, %d changed, %d releases added), %d pledges (%d new, %d revised), "
                    + "%d withdrawn now", result.projectsReceived(), result.projectsCreated(), result.projectsChanged(),
                    result.releasesAdded(), result.pledgesReceived(), result.pledgesCreated(), result.pledgesRevised(),
                    result.withdrawn());
        }
    }

    /** The dataset files as one import batch, in the same shape the import endpoint takes. */
    public ImportBatch readDataset() {
        return new ImportBatch(REASON,
                csv("units.csv", UnitEntry.class),
                yaml("sources.yaml", SourceEntry.class),
                yaml("projects.yaml", ProjectEntry.class),
                yaml("pledges.yaml", PledgeEntry.class),
                yaml("withdrawals.yaml", WithdrawalEntry.class));
    }

    /** Reads a YAML list whose entries have the record's fields, with the API's JSON rules (snake_case, exact decimals). */
    public <T> List<T> yaml(String file, Class<T> type) {
        try (InputStream in = open(file)) {
            JsonNode tree = YAML.readTree(in);
            List<T> out = new ArrayList<>();
            if (tree != null) {
                for (JsonNode entry : tree) {
                    out.add(json.treeToValue(entry, type));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("dataset/" + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads a CSV file whose header names the record's fields in snake_case. */
    public <T> List<T> csv(String file, Class<T> type) {
        return CsvRows.readResource(config.location() + "/" + file, type, json);
    }

    private InputStream open(String file) {
        String path = config.location() + "/" + file;
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(path + " is missing from the classpath");
        }
        return in;
    }
}
