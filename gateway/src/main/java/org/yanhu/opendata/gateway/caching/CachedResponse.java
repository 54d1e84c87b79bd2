package org.yanhu.opendata.gateway.caching;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One stored 200 answer of a service: its headers and bytes, the request header values its Vary names
 * (RFC 9111 section 4.1), its data version, and when it stops being fresh (section 4.2). Immutable: a
 * revalidation makes a new one.
 */
final class CachedResponse {

    /** Header fields that belong to one exchange, or that the gateway writes itself on every answer. */
    private static final Set<String> NOT_STORED = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade",
            "content-length", "date", "age", "x-cache", "set-cookie", "x-request-id", "x-content-type-options",
            "referrer-policy", "content-security-policy", "ratelimit-limit", "ratelimit-remaining",
            "ratelimit-reset", "ratelimit-policy", "retry-after");
    /** What a 304 carries of the stored answer's fields (RFC 9110 section 15.4.5), besides the gateway's own. */
    private static final Set<String> KEPT_BY_304 = Set.of("cache-control", "content-location", "etag", "expires",
            "vary", "last-modified", HttpCache.DATA_VERSION.toLowerCase(Locale.ROOT));
    /** What a 304 updates in the stored answer (RFC 9111 section 3.2). */
    private static final Set<String> UPDATED_BY_304 = Set.of("cache-control", "etag", "expires", "vary",
            "last-modified", HttpCache.DATA_VERSION.toLowerCase(Locale.ROOT));

    final String upstream;
    final String uri;
    final List<Map.Entry<String, String>> headers;
    final Buffer body;
    final String etag;
    final long version;
    /** Lower-cased header name to the request's value ("" when absent), for every name in Vary. */
    final Map<String, String> varyValues;
    final long storedAtNanos;
    final long initialAgeSeconds;
    final long freshForNanos;
    final int weight;
    /** The stored fields as written on a hit: made once, so that a hit converts and hashes no header name. */
    final List<Map.Entry<CharSequence, CharSequence>> sent;
    /** What of them a 304 carries (RFC 9110 section 15.4.5). */
    final List<Map.Entry<CharSequence, CharSequence>> sentBy304;
    /** The media type of Content-Type, lower-cased, without parameters ("" when none). */
    final String mediaType;
    /** Whether it has a Content-Encoding of its own. */
    final boolean encoded;
    /** The Vary names, as optimized header names, in the order of {@link #varyValues}. */
    private final List<Map.Entry<CharSequence, String>> varySelectors;

    private CachedResponse(String upstream, String uri, List<Map.Entry<String, String>> headers, Buffer body,
            Map<String, String> varyValues, long storedAtNanos, long initialAgeSeconds, long freshForNanos) {
        this.upstream = upstream;
        this.uri = uri;
        this.headers = headers;
        this.body = body;
        this.varyValues = varyValues;
        this.storedAtNanos = storedAtNanos;
        this.initialAgeSeconds = initialAgeSeconds;
        this.freshForNanos = freshForNanos;
        this.etag = header(headers, "etag");
        this.version = HttpCache.versionOf(header(headers, HttpCache.DATA_VERSION), etag);
        int size = body.length() + uri.length() + 64;
        for (Map.Entry<String, String> header : headers) {
            size += header.getKey().length() + header.getValue().length() + 32;
        }
        this.weight = size;
        List<Map.Entry<CharSequence, CharSequence>> all = new ArrayList<>();
        List<Map.Entry<CharSequence, CharSequence>> by304 = new ArrayList<>();
        for (Map.Entry<String, String> header : headers) {
            Map.Entry<CharSequence, CharSequence> field = Map.entry(HttpHeaders.createOptimized(header.getKey()),
                    ascii(header.getValue()) ? HttpHeaders.createOptimized(header.getValue()) : header.getValue());
            all.add(field);
            if (KEPT_BY_304.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                by304.add(field);
            }
        }
        this.sent = List.copyOf(all);
        this.sentBy304 = List.copyOf(by304);
        String type = header(headers, "content-type");
        this.mediaType = type == null ? "" : type.split(";")[0].trim().toLowerCase(Locale.ROOT);
        this.encoded = header(headers, "content-encoding") != null;
        List<Map.Entry<CharSequence, String>> selectors = new ArrayList<>();
        varyValues.forEach((name, value) -> selectors.add(Map.entry(HttpHeaders.createOptimized(name), value)));
        this.varySelectors = List.copyOf(selectors);
    }

    private static boolean ascii(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /** The answer's headers as stored, or null when it cannot be stored (Vary: *). */
    static CachedResponse of(String upstream, HttpServerRequest request, MultiMap responseHeaders, Buffer body,
            long now, long maxFreshnessNanos) {
        return of(upstream, request.uri(), request.headers(), responseHeaders, body, now, maxFreshnessNanos);
    }

    static CachedResponse of(String upstream, String uri, MultiMap requestHeaders, MultiMap responseHeaders,
            Buffer body, long now, long maxFreshnessNanos) {
        List<Map.Entry<String, String>> kept = new ArrayList<>();
        responseHeaders.forEach(header -> {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!NOT_STORED.contains(name) && !name.startsWith("access-control-")) {
                kept.add(Map.entry(header.getKey(), header.getValue()));
            }
        });
        Map<String, String> vary = varyValues(responseHeaders.getAll("Vary"), requestHeaders);
        if (vary == null) {
            return null;
        }
        long age = ageOf(responseHeaders.get("Age"));
        return new CachedResponse(upstream, uri, List.copyOf(kept), body, vary, now, age,
                freshFor(CacheControl.of(responseHeaders.getAll("Cache-Control")), age, maxFreshnessNanos));
    }

    /** This answer confirmed by a 304: its fields updated from the 304, its age starting again. */
    CachedResponse refreshed(MultiMap notModified, long now, long maxFreshnessNanos) {
        List<Map.Entry<String, String>> kept = new ArrayList<>();
        for (Map.Entry<String, String> header : headers) {
            if (!notModified.contains(header.getKey())
                    || !UPDATED_BY_304.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                kept.add(header);
            }
        }
        notModified.forEach(header -> {
            if (UPDATED_BY_304.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                kept.add(Map.entry(header.getKey(), header.getValue()));
            }
        });
        long age = ageOf(notModified.get("Age"));
        List<String> cacheControl = new ArrayList<>();
        for (Map.Entry<String, String> header : kept) {
            if (header.getKey().equalsIgnoreCase("Cache-Control")) {
                cacheControl.add(header.getValue());
            }
        }
        return new CachedResponse(upstream, uri, List.copyOf(kept), body, varyValues, now, age,
                freshFor(CacheControl.of(cacheControl), age, maxFreshnessNanos));
    }

    /**
     * Fresh: younger than its freshness lifetime and than the gateway's maximum, and not of a data
     * version older than the newest the gateway has seen from its service.
     */
    boolean isFresh(long now, long newestVersion) {
        return now - storedAtNanos < freshForNanos && (version < 0 || version >= newestVersion);
    }

    /** Age in seconds (RFC 9111 section 4.2.3): the age it came with plus the time it has been stored. */
    long ageSeconds(long now) {
        return initialAgeSeconds + Math.max(0, now - storedAtNanos) / 1_000_000_000L;
    }

    /** Whether this request selects this representation: every header its Vary names has the same value. */
    boolean selectedBy(HttpServerRequest request) {
        MultiMap asked = request.headers();
        for (Map.Entry<CharSequence, String> vary : varySelectors) {
            // An absent field (no list to build) selects the variant stored for its absence.
            boolean same = asked.contains(vary.getKey())
                    ? vary.getValue().equals(normalized(asked.getAll(vary.getKey()))) : vary.getValue().isEmpty();
            if (!same) {
                return false;
            }
        }
        return true;
    }

    boolean sameVariant(CachedResponse other) {
        return varyValues.equals(other.varyValues);
    }

    private static long freshFor(CacheControl control, long initialAge, long maxFreshnessNanos) {
        if (control.has("no-cache") || control.has("must-understand")) {
            return 0;
        }
        long lifetime = control.seconds("s-maxage").orElse(control.seconds("max-age").orElse(0));
        long left = Math.max(0, lifetime - initialAge);
        return Math.min(left > Long.MAX_VALUE / 1_000_000_000L ? Long.MAX_VALUE : left * 1_000_000_000L,
                maxFreshnessNanos);
    }

    private static Map<String, String> varyValues(List<String> vary, MultiMap requestHeaders) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : vary) {
            for (String name : field.split(",")) {
                String header = name.trim().toLowerCase(Locale.ROOT);
                if (header.equals("*")) {
                    return null;
                }
                if (!header.isEmpty()) {
                    values.put(header, normalized(requestHeaders.getAll(header)));
                }
            }
        }
        return Map.copyOf(values);
    }

    /** Several fields joined as one list, with the whitespace around commas dropped (RFC 9111 section 4.1). */
    static String normalized(List<String> values) {
        if (values == null || values.isEmpty()) {
            return "";
        }
        StringBuilder joined = new StringBuilder();
        for (String value : values) {
            for (String part : value.split(",")) {
                String trimmed = part.trim();
                if (!trimmed.isEmpty()) {
                    if (joined.length() > 0) {
                        joined.append(',');
                    }
                    joined.append(trimmed);
                }
            }
        }
        return joined.toString();
    }

    private static long ageOf(String age) {
        if (age == null) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(age.trim()));
        } catch (NumberFormatException malformed) {
            return 0;
        }
    }

    private static String header(List<Map.Entry<String, String>> headers, String name) {
        for (Map.Entry<String, String> header : headers) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return header.getValue();
            }
        }
        return null;
    }
}
