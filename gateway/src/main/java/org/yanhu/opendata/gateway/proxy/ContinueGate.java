package org.yanhu.opendata.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * Holds a request body back until the service asks for it. The gateway sends a write with
 * {@code Expect: 100-continue} (RFC 9110 section 10.1.1): the service answers {@code 100 Continue} when it
 * reads the body (RESTEasy Reactive does), and the gate opens; or it answers at once, a 401 for a
 * missing key, and the body is never sent but read from the client and dropped, so that the service's
 * answer reaches the client even when the service closes the connection after it. Streaming the body
 * regardless lost that answer: a write into the closed connection failed, and Netty closed the connection
 * before reading the answer waiting in it. An upstream that never answers 100 gets the body after a
 * short wait, as curl does it.
 */
final class ContinueGate implements ReadStream<Buffer> {

    private final ReadStream<Buffer> source;
    private Handler<Buffer> handler;
    private boolean open;
    private boolean dropping;
    private boolean wanted;
    private Runnable sendHead;
    private boolean headSent;

    ContinueGate(ReadStream<Buffer> source) {
        this.source = source;
        source.pause();
    }

    /**
     * How to send the request's head alone: once the proxy has set the headers and asks for the body,
     * the head goes out (an HTTP client sends it with the first body bytes otherwise), and the gate waits.
     */
    void sendHeadFirst(Runnable sendHead) {
        this.sendHead = sendHead;
    }

    private void demanded() {
        if (!headSent && sendHead != null && !open && !dropping) {
            headSent = true;
            sendHead.run();
        }
    }

    /** The service wants the body (100 Continue), or waited long enough: let it flow. */
    void open() {
        if (open || dropping) {
            return;
        }
        open = true;
        if (wanted) {
            source.resume();
        }
    }

    /** The service answered without the body: read what the client still sends, and drop it. */
    void abandon() {
        if (open || dropping) {
            return;
        }
        dropping = true;
        source.resume();
    }

    ReadStream<Buffer> source() {
        return source;
    }

    boolean opened() {
        return open;
    }

    boolean abandoned() {
        return dropping;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        source.exceptionHandler(error -> {
            if (!dropping && handler != null) {
                handler.handle(error);
            }
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        this.handler = handler;
        source.handler(buffer -> {
            if (!dropping && this.handler != null) {
                this.handler.handle(buffer);
            }
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        wanted = false;
        if (!dropping) {
            source.pause();
        }
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        wanted = true;
        if (open || dropping) {
            source.resume();
        } else {
            demanded();
        }
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        wanted = true;
        if (open || dropping) {
            source.fetch(amount);
        } else {
            demanded();
        }
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
        source.endHandler(v -> {
            if (!dropping && endHandler != null) {
                endHandler.handle(v);
            }
        });
        return this;
    }
}
