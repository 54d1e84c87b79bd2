package org.yanhu.opendata.api.csv;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.yanhu.opendata.api.error.BadRequest;

/**
 * Lets a browser link ask for CSV with {@code ?format=csv} (the same as {@code Accept: text/csv}),
 * checks {@code ?bom=} once for every operation (a value other than true/false/1/0 is a 400), and names
 * CSV downloads after what they hold.
 */
public class CsvFormat {

    public static final String TEXT_CSV = "text/csv";
    public static final String TEXT_CSV_UTF8 = "text/csv; charset=UTF-8";

    @ServerRequestFilter(preMatching = true, priority = 10)
    public void formatParameter(ContainerRequestContext request) {
        String bom = request.getUriInfo().getQueryParameters().getFirst("bom");
        if (bom != null && !isBoolean(bom)) {
            throw new BadRequest("bom", "bom must be true or false, got '" + bom + "'");
        }
        String format = request.getUriInfo().getQueryParameters().getFirst("format");
        if (format == null) {
            return;
        }
        switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> request.getHeaders().putSingle(HttpHeaders.ACCEPT, TEXT_CSV);
            case "json" -> request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
            default -> throw new BadRequest("format", "format must be one of: json, csv; got '" + format + "'");
        }
    }

    /** {@code ?bom=true} (or 1): prefix a UTF-8 byte-order mark. Any other value but false/0 is a 400. */
    public static boolean wantsBom(String bom) {
        return "true".equalsIgnoreCase(bom) || "1".equals(bom);
    }

    private static boolean isBoolean(String value) {
        return wantsBom(value) || "false".equalsIgnoreCase(value) || "0".equals(value);
    }

    @ServerResponseFilter
    public void downloadName(ContainerRequestContext request, ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type != null && type.isCompatible(MediaType.valueOf(TEXT_CSV)) && response.getStatus() == 200) {
            response.getHeaders().putSingle("Content-Disposition",
                    "attachment; filename=\"" + fileName(request.getUriInfo().getPath()) + "\"");
        }
    }

    /** {@code /api/v1/indicators/GDP/observations} becomes {@code yanhu-indicators-GDP-observations-2026-11-24.csv}. */
    static String fileName(String path) {
        String stem = path.replaceFirst("^/?api/v\\d+/?", "").replaceAll("[^A-Za-z0-9_.-]+", "-")
                .replaceAll("^-+|-+$", "");
        return "yanhu-" + (stem.isEmpty() ? "data" : stem) + "-" + LocalDate.now() + ".csv";
    }
}
