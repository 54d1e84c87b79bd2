package org.yanhu.opendata.api.caching;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.yanhu.opendata.api.requestid.RequestIds;

/**
 * Answers a repeated public read from {@link ResponseBytes}, and keeps the bytes of the first. Public means a GET
 * under /api without credentials, without {@code Cache-Control: no-cache} and not conditional (a 304 is
 * {@link ConditionalGet}'s or the resource's to give); only a 200 whose resource did not say
 * {@code no-store} is kept. A hit runs the response filters like any answer (ETag, Cache-Control, Vary,
 * Data-Version, a request id of its own); the resource's own headers (a strong ETag, Content-Disposition) come from
 * the stored answer.
 */
@Provider
public class ResponseBytesFilters implements WriterInterceptor {

    /** The request's key in the store, for the writer interceptor (JAX-RS shares the request's properties). */
    private static final String KEY = ResponseBytesFilters.class.getName() + ".key";
    private static final String VERSION = ResponseBytesFilters.class.getName() + ".version";
    private static final List<String> CREDENTIALS = List.of("Authorization", "X-Api-Key", "Api-Key");
    /** Set again on every answer by the response filters or per request: never taken from a stored one. */
    private static final Set<String> PER_ANSWER = Set.of("x-request-id", "content-length", "content-type", "date",
            "cache-control", "vary", DataVersionHeader.HEADER.toLowerCase(Locale.ROOT));

    @Inject
    ResponseBytes bytes;

    @Inject
    Instance<DataVersion> dataVersion;

    @ServerRequestFilter(priority = 30)
    public Optional<Response> answerFromStore(ContainerRequestContext request) {
        if (!bytes.enabled() || !dataVersion.isResolvable() || !HttpMethod.GET.equals(request.getMethod())
                || !request.getUriInfo().getPath().startsWith("/api/") || !isPublic(request)) {
            return Optional.empty();
        }
        long version;
        try {
            version = dataVersion.get().current();
        } catch (RuntimeException unreadable) {
            return Optional.empty(); // the database is out of reach: the resource answers (a 503) as it would
        }
        java.net.URI uri = request.getUriInfo().getRequestUri();
        String key = uri.getRawPath() + '?' + uri.getRawQuery() + '\n' + request.getHeaderString(HttpHeaders.ACCEPT);
        ResponseBytes.Stored stored = bytes.lookup(key, version);
        if (stored == null) {
            request.setProperty(KEY, key);
            request.setProperty(VERSION, version);
            return Optional.empty();
        }
        Response.ResponseBuilder answer = Response.ok(stored.body(), stored.mediaType());
        for (Map.Entry<String, String> header : stored.headers()) {
            answer.header(header.getKey(), header.getValue());
        }
        return Optional.of(answer.build());
    }

    /** Only a 200 is kept: an error, a redirect or a partial answer goes out as it is. */
    @ServerResponseFilter
    public void onlyOk(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 200 && request.getProperty(KEY) != null) {
            request.removeProperty(KEY);
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        String key = (String) context.getProperty(KEY);
        if (key == null || !keepable(context.getHeaders())) {
            context.proceed();
            return;
        }
        OutputStream out = context.getOutputStream();
        Tee tee = new Tee(out, bytes.maxEntryBytes());
        context.setOutputStream(tee);
        try {
            context.proceed();
        } finally {
            context.setOutputStream(out);
        }
        if (!tee.overflowed) {
            MediaType type = context.getMediaType();
            bytes.keep(key, new ResponseBytes.Stored((Long) context.getProperty(VERSION), tee.copy.toByteArray(),
                    type == null ? null : type.toString(), resourceHeaders(context.getHeaders())));
        }
    }

    private static boolean isPublic(ContainerRequestContext request) {
        for (String credential : CREDENTIALS) {
            if (request.getHeaderString(credential) != null) {
                return false;
            }
        }
        if (request.getHeaderString(HttpHeaders.IF_NONE_MATCH) != null
                || request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE) != null) {
            return false; // a conditional read is the resource's to answer (a strong ETag's 304)
        }
        String asked = request.getHeaderString(HttpHeaders.CACHE_CONTROL);
        String pragma = request.getHeaderString("Pragma");
        return (asked == null || !asked.toLowerCase(Locale.ROOT).contains("no-cache"))
                && (pragma == null || !pragma.toLowerCase(Locale.ROOT).contains("no-cache"));
    }

    /** Never an answer its resource marked no-store (a review queue, which changes without a data version). */
    private static boolean keepable(MultivaluedMap<String, Object> headers) {
        Object control = headers.getFirst(HttpHeaders.CACHE_CONTROL);
        return control == null || !control.toString().contains("no-store");
    }

    private static List<Map.Entry<String, String>> resourceHeaders(MultivaluedMap<String, Object> headers) {
        List<Map.Entry<String, String>> kept = new ArrayList<>();
        headers.forEach((name, values) -> {
            if (!PER_ANSWER.contains(name.toLowerCase(Locale.ROOT)) && !name.equalsIgnoreCase(RequestIds.HEADER)) {
                values.forEach(value -> kept.add(Map.entry(name, String.valueOf(value))));
            }
        });
        return List.copyOf(kept);
    }

    /** Writes through, and keeps a copy of what it wrote while that stays within the limit. */
    private static final class Tee extends OutputStream {
        private final OutputStream out;
        private final int limit;
        private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private boolean overflowed;

        Tee(OutputStream out, int limit) {
            this.out = out;
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            if (!overflowed && copy.size() < limit) {
                copy.write(b);
            } else {
                drop();
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            if (!overflowed && copy.size() + len <= limit) {
                copy.write(b, off, len);
            } else {
                drop();
            }
        }

        private void drop() {
            overflowed = true;
            copy.reset();
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
