package org.yanhu.opendata.indicators.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.yanhu.opendata.api.csv.CsvRows;
import org.yanhu.opendata.api.error.DomainException;
import org.yanhu.opendata.indicators.service.ImportService;

/**
 * Loads the reviewed dataset files under {@code dataset/} at start, through the same import path as
 * {@code POST /api/v1/observations/import}. Loading twice changes nothing.
 */
@ApplicationScoped
public class DatasetLoader {

    private static final Logger LOG = Logger.getLogger(DatasetLoader.class);

    @Inject
    ImportService importService;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "dataset.load-at-start", defaultValue = "true")
    boolean loadAtStart;

    void onStart(@Observes StartupEvent event) {
        if (loadAtStart) {
            ImportResult result;
            try {
                result = importService.importBatch(readDataset(), "dataset");
            } catch (DomainException e) {
                // A reviewed file that redefines a published code (or breaks a rule) stops the start, naming the rows.
                throw new IllegalStateException("The dataset under dataset/ cannot be loaded: " + e.getMessage() + " "
                        + e.errors(), e);
            }
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
                rows("observations.csv", ImportBatch.ObservationRow.class),
                rows("withdrawals.csv", ImportBatch.WithdrawalRow.class));
    }

    private <T> List<T> rows(String file, Class<T> type) {
        return CsvRows.readResource("dataset/" + file, type, json);
    }
}
