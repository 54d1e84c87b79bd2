package org.yanhu.opendata.api.caching;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.yanhu.opendata.api.security.ApiKeyHashes;

/**
 * ETag, Cache-Control and Vary for every public read under /api, and a 304 for a matching
 * If-None-Match (compared by {@link EntityTags}, like If-Match in {@link IfMatch}). The ETag hashes the
 * data version with the request's path, query and Accept header, so a 304 costs no query.
 */
public class ConditionalGet {

    @Inject
    Instance<DataVersion> dataVersion;

    @ConfigProperty(name = "api.cache.max-age", defaultValue = "60")
    int maxAge;

    @ServerRequestFilter(priority = 20)
    public Optional<Response> notModified(ContainerRequestContext request) {
        if (!isCacheableRequest(request)) {
            return Optional.empty();
        }
        if (EntityTags.isAbsent(request.getHeaderString(HttpHeaders.IF_NONE_MATCH))) {
            return Optional.empty();
        }
        String etag = etag(request);
        if (EntityTags.noneMatchHits(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            return Optional.of(Response.notModified().header(HttpHeaders.ETAG, etag)
                    .header(HttpHeaders.CACHE_CONTROL, cacheControl())
                    .header(HttpHeaders.VARY, "Accept, Accept-Encoding").build());
        }
        return Optional.empty();
    }

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response) {
        if (!isCacheableRequest(request) || response.getStatus() != 200) {
            return;
        }
        if (!response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, etag(request));
        }
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, cacheControl());
        response.getHeaders().putSingle(HttpHeaders.VARY, "Accept, Accept-Encoding");
    }

    private boolean isCacheableRequest(ContainerRequestContext request) {
        return (HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod()))
                && request.getUriInfo().getPath().startsWith("/api/") && dataVersion.isResolvable();
    }

    private String cacheControl() {
        return "public, max-age=" + maxAge;
    }

    private String etag(ContainerRequestContext request) {
        java.net.URI uri = request.getUriInfo().getRequestUri();
        return etag(dataVersion.get().current(), uri.getRawPath(), uri.getRawQuery(),
                request.getHeaderString(HttpHeaders.ACCEPT));
    }

    /**
     * The ETag of a read: a pure function of the data version and of what selects the representation
     * (path, query, Accept), never of the instance that answers. The request URI's scheme, host and
     * port are left out: they differ from instance to instance (8081, 8083) behind one gateway.
     */
    public static String etag(long version, String rawPath, String rawQuery, String accept) {
        String key = version + "|" + rawPath + (rawQuery == null ? "" : "?" + rawQuery) + "|" + accept;
        return "W/\"" + version + "-" + sha256(key).substring(0, 16) + "\"";
    }

    /** Kept for callers outside the data services; see {@link ApiKeyHashes#sha256}. */
    public static String sha256(String text) {
        return ApiKeyHashes.sha256(text);
    }
}
