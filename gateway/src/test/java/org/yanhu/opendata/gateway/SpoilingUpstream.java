package org.yanhu.opendata.gateway;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An upstream (a Vert.x server, as the services are) that spoils connections on purpose: it answers
 * writes before reading their bodies, closes connections after answering or without answering, and
 * counts what reached it.
 * <ul>
 * <li>{@code POST /api/v1/spoiler/early}: a 401 problem at once, the body unread; with {@code ?close=true}
 * the connection is closed right after;</li>
 * <li>{@code GET /api/v1/spoiler/ok}: 200 JSON;</li>
 * <li>{@code GET /api/v1/spoiler/stream}: 200 JSON in 400 chunks, one every millisecond, so that a
 * client can leave in the middle;</li>
 * <li>{@code * /api/v1/spoiler/drop-first?key=k}: the first request with that key finds its connection
 * closed without an answer, later ones get 200;</li>
 * <li>{@code /q/health/ready}: 200.</li>
 * </ul>
 */
public final class SpoilingUpstream {

    private final Vertx vertx = Vertx.vertx();
    private final Map<String, AtomicInteger> arrivals = new ConcurrentHashMap<>();
    private HttpServer server;

    public int start() {
        try {
            server = vertx.createHttpServer(new HttpServerOptions().setPort(0).setHost("127.0.0.1"))
                    .requestHandler(this::handle)
                    .listen().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("spoiling upstream did not start", e);
        }
        return server.actualPort();
    }

    public void stop() {
        vertx.close();
    }

    /** How many requests with this method, path and key reached the upstream. */
    public int arrivals(String method, String path, String key) {
        AtomicInteger count = arrivals.get(method + " " + path + " " + key);
        return count == null ? 0 : count.get();
    }

    private void handle(HttpServerRequest request) {
        String key = request.getParam("key", "");
        int seen = arrivals.computeIfAbsent(request.method() + " " + request.path() + " " + key,
                k -> new AtomicInteger()).incrementAndGet();
        switch (request.path()) {
            case "/q/health/ready" -> request.response().putHeader("Content-Type", "application/json")
                    .end("{\"status\":\"UP\",\"checks\":[]}");
            case "/api/v1/spoiler/ok" -> request.response().putHeader("Content-Type", "application/json")
                    .end("{\"ok\":true}");
            case "/api/v1/spoiler/stream" -> {
                request.response().setChunked(true).putHeader("Content-Type", "application/json").write("[");
                AtomicInteger chunks = new AtomicInteger();
                vertx.setPeriodic(1, timer -> {
                    if (request.response().closed()) {
                        vertx.cancelTimer(timer);
                    } else if (chunks.incrementAndGet() < 400) {
                        request.response().write("\"" + "x".repeat(1000) + "\",");
                    } else {
                        vertx.cancelTimer(timer);
                        request.response().end("\"end\"]");
                    }
                });
            }
            case "/api/v1/spoiler/early" -> {
                request.response().setStatusCode(401).putHeader("Content-Type", "application/problem+json")
                        .end("{\"status\":401,\"title\":\"Unauthorized\"}");
                if ("true".equals(request.getParam("close"))) {
                    request.connection().close();
                }
            }
            case "/api/v1/spoiler/drop-first" -> {
                if (seen == 1) {
                    request.connection().close();
                } else {
                    request.response().putHeader("Content-Type", "application/json")
                            .end("{\"attempt\":" + seen + "}");
                }
            }
            default -> request.response().setStatusCode(404).end();
        }
    }
}
