package org.yanhu.opendata.indicators;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Reads the dataset files and the seed documents the way a reviewer would, independently of the service. */
public final class DatasetFiles {

    /** The seed documents, beside the repository as ../shared/seeds. */
    public static final Path SEEDS = Path.of("..", "..", "shared", "seeds");

    private DatasetFiles() {
    }

    public static List<Map<String, String>> rows(String file) {
        try (InputStream in = DatasetFiles.class.getClassLoader().getResourceAsStream("dataset/" + file);
                MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                        .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            return it.readAll();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean seedsPresent() {
        return Files.isDirectory(SEEDS);
    }

    public static String seed(String documentId) {
        try {
            return Files.readString(SEEDS.resolve(documentId + ".txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read seed document " + documentId, e);
        }
    }
}
