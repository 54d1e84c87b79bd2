package org.yanhu.opendata.gateway.caching;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.streams.ReadStream;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.util.List;
import java.util.Map;
import org.yanhu.opendata.api.caching.EntityTags;

/**
 * The cache's part of a proxied exchange, next to the service: notes the data version of every answer; for
 * the request that leads a fill ({@link CacheRoute}), revalidates a stale entry with its ETag (a 304 makes
 * it fresh again and the client is answered from it) or stores a storable answer as its bytes go by to the
 * client.
 */
public final class CacheFill implements ProxyInterceptor {

    private static final String FILL = "gateway.cache.fill";

    private final HttpCache cache;
    private final String upstream;

    public CacheFill(HttpCache cache, String upstream) {
        this.cache = cache;
        this.upstream = upstream;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpCache.Fill fill = cache.leading(request.proxiedRequest());
        if (fill != null) {
            context.set(FILL, fill);
            if (fill.stale != null && fill.stale.etag != null) {
                // The cache's own conditional: the client's If-None-Match is answered from the entry afterwards.
                request.headers().set(HttpHeaders.IF_NONE_MATCH, fill.stale.etag);
                request.headers().remove(HttpHeaders.IF_MODIFIED_SINCE);
            }
        }
        return context.sendRequest();
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        ProxyResponse response = context.response();
        cache.observe(upstream, response.headers());
        HttpCache.Fill fill = context.get(FILL, HttpCache.Fill.class);
        if (fill == null) {
            return context.sendResponse();
        }
        HttpServerRequest incoming = context.request().proxiedRequest();
        long now = System.nanoTime();
        if (fill.stale != null && fill.stale.etag != null && response.getStatusCode() == 304) {
            CachedResponse fresh = fill.stale.refreshed(response.headers(), now, cache.maxFreshnessNanos());
            cache.store(fresh);
            fill.outcome = HttpCache.REVALIDATED;
            answerFrom(response, fresh, incoming, now);
            fill.done.complete(fresh);
            cache.counted(HttpCache.REVALIDATED);
            return context.sendResponse();
        }
        cache.counted(HttpCache.MISS);
        boolean storable = storable(response);
        cache.storable(fill, storable);
        if (!storable) {
            if (fill.stale != null && response.getStatusCode() < 500) {
                cache.drop(fill.stale);
            }
            fill.abandon();
            return context.sendResponse();
        }
        Body body = response.getBody();
        response.setBody(Body.body(new Capture(body.stream(), cache.maxEntryBytes(), captured -> {
            CachedResponse entry = captured == null ? null
                    : CachedResponse.of(upstream, incoming, response.headers(), captured, now, cache.maxFreshnessNanos());
            if (entry != null) {
                cache.store(entry);
            }
            fill.done.complete(entry);
        }), body.length()));
        return context.sendResponse();
    }

    /** A 200 to a GET that may be shared and kept (RFC 9111 section 3), and not too large. */
    private boolean storable(ProxyResponse response) {
        if (response.getStatusCode() != 200 || response.getBody() == null) {
            return false;
        }
        MultiMap headers = response.headers();
        if (headers.contains("Set-Cookie")) {
            return false;
        }
        CacheControl control = CacheControl.of(headers.getAll(HttpHeaders.CACHE_CONTROL));
        if (control.has("no-store") || control.has("private")
                || !(control.has("public") || control.has("max-age") || control.has("s-maxage"))) {
            return false;
        }
        for (String vary : headers.getAll(HttpHeaders.VARY)) {
            if (vary.contains("*")) {
                return false;
            }
        }
        long length = response.getBody().length();
        return length <= cache.maxEntryBytes();
    }

    /** Turns the service's 304 into the stored answer, or a 304 of the gateway's when the client's tag names it. */
    private static void answerFrom(ProxyResponse response, CachedResponse entry, HttpServerRequest incoming, long now) {
        response.release();
        boolean notModified = EntityTags.noneMatchHits(incoming.getHeader(HttpHeaders.IF_NONE_MATCH), entry.etag);
        response.setStatusCode(notModified ? 304 : 200);
        response.setStatusMessage(notModified ? "Not Modified" : "OK");
        MultiMap headers = response.headers();
        for (Map.Entry<String, String> header : entry.headers) {
            headers.add(header.getKey(), header.getValue());
        }
        headers.set("Age", Long.toString(entry.ageSeconds(now)));
        if (!notModified) {
            response.setBody(Body.body(entry.body));
        }
    }

    /**
     * The service's body on its way to the client, copied up to a limit. At its end the copy is handed over,
     * or null when the body was larger than the limit or failed.
     */
    static final class Capture implements ReadStream<Buffer> {

        private final ReadStream<Buffer> source;
        private final int limit;
        private final Handler<Buffer> done;
        private Buffer copy = Buffer.buffer();
        private boolean finished;

        Capture(ReadStream<Buffer> source, int limit, Handler<Buffer> done) {
            this.source = source;
            this.limit = limit;
            this.done = done;
        }

        private void finish(Buffer result) {
            if (!finished) {
                finished = true;
                copy = null;
                done.handle(result);
            }
        }

        @Override
        public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
            source.exceptionHandler(error -> {
                finish(null);
                if (handler != null) {
                    handler.handle(error);
                }
            });
            return this;
        }

        @Override
        public ReadStream<Buffer> handler(Handler<Buffer> handler) {
            if (handler == null) {
                source.handler(null);
                return this;
            }
            source.handler(chunk -> {
                if (copy != null) {
                    if (copy.length() + chunk.length() > limit) {
                        finish(null);
                    } else {
                        copy.appendBuffer(chunk);
                    }
                }
                handler.handle(chunk);
            });
            return this;
        }

        @Override
        public ReadStream<Buffer> pause() {
            source.pause();
            return this;
        }

        @Override
        public ReadStream<Buffer> resume() {
            source.resume();
            return this;
        }

        @Override
        public ReadStream<Buffer> fetch(long amount) {
            source.fetch(amount);
            return this;
        }

        @Override
        public ReadStream<Buffer> endHandler(Handler<Void> handler) {
            source.endHandler(v -> {
                finish(copy);
                if (handler != null) {
                    handler.handle(v);
                }
            });
            return this;
        }
    }
}
