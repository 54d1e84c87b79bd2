package org.yanhu.opendata.gateway.edge;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A request body sent without Content-Length (chunked), counted as it streams through: once more
 * than the limit has arrived it stops and fails with {@link TooLarge}, which the proxy answers with
 * a 413. A body with a declared length over the limit never gets this far ({@link RequestLimits}).
 */
public final class BodyLimit implements ReadStream<Buffer> {

    /** The body went over the limit. */
    public static final class TooLarge extends RuntimeException {

        TooLarge(long limit) {
            super(RequestLimits.tooLarge(limit), null, false, false);
        }
    }

    private final ReadStream<Buffer> body;
    private final long limit;
    private long received;
    private boolean exceeded;
    private Handler<Throwable> exceptionHandler;

    public BodyLimit(ReadStream<Buffer> body, long limit) {
        this.body = body;
        this.limit = limit;
    }

    public boolean exceeded() {
        return exceeded;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        body.handler(handler == null ? null : chunk -> {
            if (exceeded) {
                return;
            }
            received += chunk.length();
            if (received > limit) {
                exceeded = true;
                if (exceptionHandler != null) {
                    exceptionHandler.handle(new TooLarge(limit));
                }
            } else {
                handler.handle(chunk);
            }
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        this.exceptionHandler = handler;
        body.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        body.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        body.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        body.fetch(amount);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
        body.endHandler(endHandler == null ? null : v -> {
            if (!exceeded) {
                endHandler.handle(v);
            }
        });
        return this;
    }
}
