package org.yanhu.opendata.api.csv;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.yanhu.opendata.api.problem.JsonBodyErrors;
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
        int line = 1;
        try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            while (true) {
                Map<String, String> row;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    row = it.next();
                } catch (RuntimeException e) {
                    throw rowError(line + 1, e.getCause() instanceof JsonProcessingException p ? p : null);
                }
                line++;
                row.replaceAll((k, v) -> v == null || v.isEmpty() ? null : v);
                try {
                    out.add(json.convertValue(row, type));
                } catch (IllegalArgumentException e) {
                    throw rowError(line, e.getCause() instanceof JsonProcessingException p ? p : null);
                }
            }
        } catch (JsonProcessingException e) {
            throw rowError(line + 1, e);
        }
        return out;
    }

    /**
     * What is wrong with a row, in CSV terms (its line, the column, the value expected), never in
     * Jackson's, which name the Java record and types. It has no cause, so that a caller quoting the
     * root cause's message quotes this one.
     */
    private static IOException rowError(int line, JsonProcessingException e) {
        String what = e == null ? "cannot be read as CSV" : csvTerms(JsonBodyErrors.detail(e));
        return new IOException("line " + line + ": " + what);
    }

    private static String csvTerms(String detail) {
        String text = detail.replace("Unknown field", "unknown column").replace("Allowed fields", "Allowed columns")
                .replace("Field '", "column '").replace("The request body is not valid JSON", "the row is not valid CSV")
                .replace("The request body", "the row");
        return JsonBodyErrors.isApiText(text) ? text : "cannot be read as CSV";
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
