package org.yanhu.opendata.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.streams.ReadStream;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyResponse;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.yanhu.opendata.api.problem.Problem;
import org.yanhu.opendata.gateway.caching.CachePolicy;

/**
 * Sends an answer (a service's, or a problem the gateway wrote instead) to the client, in place of
 * Vert.x HttpProxy's own sending, for two reasons:
 * <ul>
 * <li>an answer that has no body (to a HEAD, a 204, a 304) goes out with no body framing at all.
 * HttpProxy announced "Transfer-Encoding: chunked" on a 304 without a Content-Length and sent no
 * chunk, which breaks Python's http.client and any client that keeps the connection;</li>
 * <li>when the client is gone and a write fails, HttpProxy reset the response from inside the
 * failing write. That writes again into the channel while Netty is still handling the first write,
 * through the compressor, and Netty released a buffer twice ({@code IllegalReferenceCountException}).
 * Here nothing is written from inside a failed write: the connection is closed on the next turn of
 * the event loop.</li>
 * </ul>
 * Hop-by-hop headers (RFC 9110 section 7.6.1) of the service's answer stay between the service and
 * the gateway.
 */
final class ResponseRelay {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade");

    private ResponseRelay() {
    }

    /** An answer to this method with this status never has a body (RFC 9110 sections 9.3.2, 15.3.5, 15.4.5). */
    static boolean isBodiless(HttpMethod method, int status) {
        return method == HttpMethod.HEAD || status == 204 || status == 304 || status / 100 == 1;
    }

    /**
     * Sends the answer; the future always succeeds, as there is nobody left to tell when it fails.
     * {@code problem} writes a 502 in its place when the service's body fails before anything of it
     * reached the client.
     */
    static Future<Void> send(ProxyResponse answer, Supplier<Buffer> problem) {
        HttpServerRequest incoming = answer.request().proxiedRequest();
        HttpServerResponse out = incoming.response();
        if (out.closed() || out.ended()) {
            answer.release();
            return Future.succeededFuture();
        }
        out.setStatusCode(answer.getStatusCode());
        if (answer.getStatusMessage() != null) {
            out.setStatusMessage(answer.getStatusMessage());
        }
        answer.headers().forEach(header -> {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                out.headers().add(header.getKey(), header.getValue());
            }
        });
        if (!out.headers().contains(HttpHeaders.DATE)) {
            out.putHeader(HttpHeaders.DATE, DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)));
        }
        Body body = answer.getBody();
        if (body == null || isBodiless(incoming.method(), answer.getStatusCode())) {
            if (answer.getStatusCode() == 204 || answer.getStatusCode() == 304) {
                out.headers().remove(HttpHeaders.CONTENT_LENGTH);
            }
            // Lets the service's connection go back to the pool: it carries no body to wait for.
            answer.release();
            return out.end().recover(error -> Future.succeededFuture());
        }
        long length = body.length();
        if (length >= 0) {
            out.putHeader(HttpHeaders.CONTENT_LENGTH, Long.toString(length));
        } else if (incoming.version() == HttpVersion.HTTP_1_0) {
            return buffered(body.stream(), out, problem);
        } else {
            out.headers().remove(HttpHeaders.CONTENT_LENGTH);
            out.setChunked(true);
        }
        Promise<Void> sent = Promise.promise();
        var pipe = body.stream().pipe();
        pipe.endOnFailure(false);
        pipe.to(out).onComplete(result -> {
            if (result.failed()) {
                afterFailure(out, problem);
            }
            sent.complete();
        });
        return sent.future();
    }

    /** An HTTP/1.0 client cannot take a chunked body: the whole body is collected first. */
    private static Future<Void> buffered(ReadStream<Buffer> stream, HttpServerResponse out, Supplier<Buffer> problem) {
        Promise<Void> sent = Promise.promise();
        Buffer content = Buffer.buffer();
        stream.exceptionHandler(error -> {
            afterFailure(out, problem);
            sent.tryComplete();
        });
        stream.handler(content::appendBuffer);
        stream.endHandler(v -> out.end(content).onComplete(done -> sent.tryComplete()));
        stream.resume();
        return sent.future();
    }

    private static void afterFailure(HttpServerResponse out, Supplier<Buffer> problem) {
        Vertx.currentContext().runOnContext(v -> {
            if (out.closed() || out.ended()) {
                return;
            }
            if (!out.headWritten()) {
                out.headers().clear();
                out.setChunked(false);
                out.setStatusCode(502).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CACHE_CONTROL, CachePolicy.PROBLEM).putHeader("Retry-After", "1")
                        .end(problem.get());
            } else {
                out.reset();
            }
        });
    }
}
