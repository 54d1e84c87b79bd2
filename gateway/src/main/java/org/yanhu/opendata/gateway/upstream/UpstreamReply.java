package org.yanhu.opendata.gateway.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;

/** A whole answer of an upstream to a call the gateway made for one of its own operations. */
public record UpstreamReply(int status, MultiMap headers, Buffer body) {

    public boolean isSuccess() {
        return status / 100 == 2;
    }

    public JsonNode json(ObjectMapper mapper) {
        try {
            return mapper.readTree(body.getBytes());
        } catch (IOException e) {
            throw new IllegalStateException("The upstream answered with malformed JSON: " + e.getMessage(), e);
        }
    }
}
