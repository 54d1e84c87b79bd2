package org.yanhu.opendata.api.csv;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads CSV whose header row names the fields of a record in snake_case (the dataset files and CSV
 * import bodies). An empty cell is null. Each row goes through the JSON mapper, so a CSV row and a JSON
 * object of the same fields read the same, with the same conversions and the same errors.
 */
public final class CsvRows {

    private static final CsvMapper CSV = new CsvMapper();

    private CsvRows() {
    }

    /**
     * The rows of the CSV as records of the type.
     *
     * @throws IOException when the text is not CSV, or a row does not fit the type (an unknown column, a
     *         value of the wrong type); Jackson may also report the latter as an IllegalArgumentException
     */
    public static <T> List<T> read(InputStream in, Class<T> type, ObjectMapper json) throws IOException {
        List<T> out = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            while (it.hasNext()) {
                Map<String, String> row = it.next();
                row.replaceAll((k, v) -> v == null || v.isEmpty() ? null : v);
                out.add(json.convertValue(row, type));
            }
        } catch (RuntimeException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
        return out;
    }

    /** The rows of a CSV file on the classpath ({@code dataset/units.csv}); a missing file is a bug. */
    public static <T> List<T> readResource(String path, Class<T> type, ObjectMapper json) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return read(in, type, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
