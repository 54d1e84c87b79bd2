package org.yanhu.opendata.api.csv;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.yanhu.opendata.api.problem.ProblemException;

/**
 * Lets a browser link ask for CSV with {@code ?format=csv} (the same as {@code Accept: text/csv}),
 * and names CSV downloads after what they hold.
 */
public class CsvFormat {

    public static final String TEXT_CSV = "text/csv";
    public static final String TEXT_CSV_UTF8 = "text/csv; charset=UTF-8";

    @ServerRequestFilter(preMatching = true, priority = 10)
    public void formatParameter(ContainerRequestContext request) {
        String format = request.getUriInfo().getQueryParameters().getFirst("format");
        if (format == null) {
            return;
        }
        switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> request.getHeaders().putSingle(HttpHeaders.ACCEPT, TEXT_CSV);
            case "json" -> request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
            default -> throw ProblemException.badRequest("format",
                    "format must be one of: json, csv; got '" + format + "'");
        }
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
