package org.yanhu.opendata.gateway.upstream;

/**
 * None of the services that an operation of the gateway's own (search, region profile) asks gave a
 * usable answer, so there is nothing to return, not even a partial answer.
 */
public class NoUpstreamAnsweredException extends RuntimeException {

    public NoUpstreamAnsweredException(String detail) {
        super(detail, null, false, false);
    }
}
