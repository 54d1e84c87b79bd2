package org.yanhu.opendata.api.csv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.SequenceWriter;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yanhu.opendata.api.paging.PageResponse;

/**
 * Writes lists as CSV: UTF-8, a header row, the same fields as the JSON with nested objects
 * flattened to dotted names ({@code source.title.zh}). Rows are streamed one at a time, so an
 * export's memory does not grow with its size. {@code ?bom=true} prefixes a byte-order mark for Excel.
 */
@Provider
@Produces(CsvFormat.TEXT_CSV)
public class CsvBodyWriter implements MessageBodyWriter<Object> {

    private static final PropertyNamingStrategies.NamingBase SNAKE_CASE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** For lists of objects written into one cell: numbers plain there too (150, not 1.5E+2). */
    private static final ObjectMapper JSON_CELL = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvGenerator.Feature.ALWAYS_QUOTE_EMPTY_STRINGS)
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();

    @Inject
    ObjectMapper json;

    @Inject
    CurrentVertxRequest currentRequest;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return mediaType.isCompatible(MediaType.valueOf(CsvFormat.TEXT_CSV));
    }

    @Override
    public void writeTo(Object entity, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        headers.putSingle("Content-Type", CsvFormat.TEXT_CSV_UTF8);
        if (wantsBom()) {
            out.write(BOM);
        }
        Iterator<?> rows = rows(entity);
        List<String> columns = null;
        SequenceWriter writer = null;
        try {
            while (rows.hasNext()) {
                Map<String, String> row = flatten(json.valueToTree(rows.next()));
                if (writer == null) {
                    columns = columnsFor(elementType(entity, genericType), row);
                    writer = open(out, columns);
                }
                List<String> values = new ArrayList<>(columns.size());
                for (String column : columns) {
                    String value = row.get(column);
                    values.add(value == null ? "" : value);
                }
                writer.write(values);
            }
            if (writer == null) {
                // Jackson writes the header with the first row; an empty list still gets its header.
                out.write((String.join(",", columnsOf(elementType(entity, genericType))) + "\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        } finally {
            if (writer != null) {
                writer.flush();
            }
            if (rows instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception ignored) {
                    // the stream is finished either way
                }
            }
        }
    }

    private static SequenceWriter open(OutputStream out, List<String> columns) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        return CSV.writer(schema.build()).without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValues(out);
    }

    private boolean wantsBom() {
        try {
            return CsvFormat.wantsBom(currentRequest.getCurrent().request().getParam("bom"));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Iterator<?> rows(Object entity) {
        if (entity instanceof PageResponse<?> page) {
            return page.items().iterator();
        }
        if (entity instanceof Collection<?> collection) {
            return collection.iterator();
        }
        if (entity instanceof Stream<?> stream) {
            return stream.iterator();
        }
        return List.of(entity).iterator();
    }

    static Map<String, String> flatten(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten("", node, out);
        return out;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(),
                    e.getValue(), out));
        } else if (node.isArray()) {
            boolean scalars = true;
            for (JsonNode item : node) {
                scalars &= item.isValueNode();
            }
            if (scalars) {
                List<String> parts = new ArrayList<>();
                node.forEach(item -> parts.add(scalar(item)));
                out.put(prefix, String.join("; ", parts));
            } else {
                out.put(prefix, jsonCell(node));
            }
        } else {
            out.put(prefix, scalar(node));
        }
    }

    private static String jsonCell(JsonNode node) {
        try {
            return JSON_CELL.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return node.toString();
        }
    }

    private static String scalar(JsonNode node) {
        if (node.isNull() || node.isMissingNode()) {
            return "";
        }
        if (node.isNumber()) {
            return node.decimalValue().stripTrailingZeros().toPlainString();
        }
        return node.asText();
    }

    private static Class<?> elementType(Object entity, Type genericType) {
        if (genericType instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return entity == null ? Object.class : entity.getClass();
    }

    /**
     * The header: the record type's columns when they cover the first row (a null nested object in
     * that row then still gets its columns), otherwise the first row's own keys.
     */
    static List<String> columnsFor(Class<?> type, Map<String, String> firstRow) {
        if (type.isRecord()) {
            List<String> declared = columnsOf(type);
            boolean covers = firstRow.keySet().stream().allMatch(key -> declared.contains(key)
                    || declared.stream().anyMatch(column -> column.startsWith(key + ".")));
            if (covers) {
                return declared;
            }
        }
        return new ArrayList<>(firstRow.keySet());
    }

    /** The header of an empty list, from the record type of its items. */
    static List<String> columnsOf(Class<?> type) {
        List<String> columns = new ArrayList<>();
        collect("", type, columns);
        return columns;
    }

    private static void collect(String prefix, Class<?> type, List<String> columns) {
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                String name = SNAKE_CASE.translate(component.getName());
                collect(prefix.isEmpty() ? name : prefix + "." + name,
                        component.getType(), columns);
            }
        } else if (!prefix.isEmpty()) {
            columns.add(prefix);
        }
    }
}
