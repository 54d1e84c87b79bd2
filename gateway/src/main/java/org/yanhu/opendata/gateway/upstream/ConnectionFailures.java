package org.yanhu.opendata.gateway.upstream;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.VertxException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.StreamResetException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;

/**
 * Tells apart the two ways a connection to an upstream fails. A connection that cannot be opened
 * says something about the instance; a connection that was open and then closed or reset (the other
 * side gave up on it, a client spoiled it) says nothing about the instance, and a request that
 * changes nothing can simply be sent again on a fresh connection.
 */
public final class ConnectionFailures {

    private ConnectionFailures() {
    }

    /** No connection could be opened: refused, unreachable, unknown host, or no answer in time. */
    public static boolean isConnectFailure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof ConnectTimeoutException
                    || t instanceof NoRouteToHostException || t instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    /** An open connection was closed or reset under the exchange. */
    public static boolean isBrokenConnection(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof HttpClosedException || t instanceof StreamResetException) {
                return true;
            }
            if ((t instanceof VertxException || t instanceof IOException) && t.getMessage() != null
                    && (t.getMessage().contains("Connection was closed")
                            || t.getMessage().contains("Connection reset"))) {
                return true;
            }
        }
        return false;
    }
}
