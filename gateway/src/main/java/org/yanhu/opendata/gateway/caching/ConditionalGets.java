package org.yanhu.opendata.gateway.caching;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.yanhu.opendata.api.caching.EntityTags;

/**
 * Entity tags and conditional GETs of what the gateway serves itself (the merged OpenAPI document).
 * If-None-Match is read by api-conventions' {@link EntityTags}, the one reading the services use too;
 * proxied answers keep the services' tags and 304s untouched.
 */
public final class ConditionalGets {

    private ConditionalGets() {
    }

    /** A strong tag for these bytes. */
    public static String tagOf(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return "\"" + HexFormat.of().formatHex(digest).substring(0, 20) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Puts the tag and the caching policy on the response, and answers 304 when the request's
     * If-None-Match names the tag. Returns whether it did; if not, the caller sends the body.
     */
    public static boolean answeredNotModified(RoutingContext ctx, String etag, String cacheControl) {
        ctx.response().putHeader(HttpHeaders.ETAG, etag).putHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        if (EntityTags.noneMatchHits(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            ctx.response().setStatusCode(304).end();
            return true;
        }
        return false;
    }
}
