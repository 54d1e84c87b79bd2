package org.yanhu.opendata.indicators.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.yanhu.opendata.api.csv.CsvFormat;
import org.yanhu.opendata.api.csv.CsvRows;
import org.yanhu.opendata.api.error.MalformedBody;
import org.yanhu.opendata.indicators.importer.ImportBatch;

/** Reads an import posted as CSV observation rows; a body that is not such CSV is a 400. JSON goes through Jackson. */
@Provider
@Consumes(CsvFormat.TEXT_CSV)
public class CsvImportBatchReader implements MessageBodyReader<ImportBatch> {

    @Inject
    ObjectMapper json;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == ImportBatch.class && mediaType.isCompatible(MediaType.valueOf(CsvFormat.TEXT_CSV));
    }

    @Override
    public ImportBatch readFrom(Class<ImportBatch> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, String> headers, InputStream body) {
        try {
            return new ImportBatch(null, null, null, null, null,
                    CsvRows.read(body, ImportBatch.ObservationRow.class, json));
        } catch (IOException | IllegalArgumentException e) {
            throw new MalformedBody("The body is not CSV with the header indicator,region,period,kind,comparator,"
                    + "value,unit,source,quote: " + firstLine(rootMessage(e)));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
