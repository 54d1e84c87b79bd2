package org.yanhu.opendata.api.limits;

import io.vertx.core.http.HttpServerRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The checks a request meets first, at the gateway and at the services alike: the documented limits
 * (URI length, header size, declared body size), then a well-formed target: percent-encoding that
 * decodes to UTF-8 in the path and in every query parameter, and no NUL character in a query parameter. Each refusal
 * names what was wrong in API terms, so that it can be a problem with the request id.
 */
public final class RequestChecks {

    private RequestChecks() {
    }

    public static Optional<RequestRefusal> refusal(HttpServerRequest request, int maxUriLength, long maxHeaderSize,
            long maxBodySize) {
        String uri = request.uri();
        if (uri.length() > maxUriLength) {
            return Optional.of(RequestRefusal.uriTooLong(uri.length(), maxUriLength));
        }
        long headerBytes = headerBytes(request);
        if (headerBytes > maxHeaderSize) {
            return Optional.of(RequestRefusal.headersTooLarge(headerBytes, maxHeaderSize));
        }
        long declared = declaredLength(request);
        if (declared > maxBodySize) {
            return Optional.of(RequestRefusal.bodyTooLarge(maxBodySize));
        }
        return target(uri);
    }

    /**
     * Refuses a target whose path or query does not decode, or whose query decodes to a NUL character.
     * A NUL in the path is left to {@link NulParameters}, which knows the path parameter's name.
     */
    public static Optional<RequestRefusal> target(String uri) {
        int queryAt = uri.indexOf('?');
        String path = queryAt < 0 ? uri : uri.substring(0, queryAt);
        String pathValue = decode(path, false);
        if (pathValue == null) {
            return Optional.of(RequestRefusal.badEncoding(null, "path"));
        }
        if (queryAt >= 0) {
            Optional<RequestRefusal> query = query(uri.substring(queryAt + 1));
            if (query.isPresent()) {
                return query;
            }
        }
        try {
            new URI(uri);
        } catch (URISyntaxException e) {
            return Optional.of(RequestRefusal.notAUri());
        }
        return Optional.empty();
    }

    private static Optional<RequestRefusal> query(String query) {
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String name = decode(rawName, true);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), true);
            String shown = name == null ? rawName : name;
            if (name == null || value == null) {
                return Optional.of(RequestRefusal.badEncoding(printable(shown), "query"));
            }
            if (name.indexOf('\0') >= 0 || value.indexOf('\0') >= 0) {
                return Optional.of(RequestRefusal.nulByte(printable(name), "query"));
            }
        }
        return Optional.empty();
    }

    /** The percent-decoded text, or null when an escape is malformed or the bytes are not UTF-8. */
    static String decode(String raw, boolean plusIsSpace) {
        if (raw.indexOf('%') < 0) {
            return plusIsSpace ? raw.replace('+', ' ') : raw;
        }
        byte[] source = raw.getBytes(StandardCharsets.UTF_8);
        ByteBuffer bytes = ByteBuffer.allocate(source.length);
        for (int i = 0; i < source.length; i++) {
            byte b = source[i];
            if (b == '%') {
                if (i + 2 >= source.length) {
                    return null;
                }
                int high = Character.digit(source[i + 1], 16);
                int low = Character.digit(source[i + 2], 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.put((byte) (high * 16 + low));
                i += 2;
            } else {
                bytes.put(plusIsSpace && b == '+' ? (byte) ' ' : b);
            }
        }
        bytes.flip();
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String printable(String name) {
        String cleaned = name.replace("\0", "%00");
        return cleaned.length() > 64 ? cleaned.substring(0, 64) + "…" : cleaned;
    }

    private static long headerBytes(HttpServerRequest request) {
        long bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
