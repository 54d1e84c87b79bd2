package org.yanhu.opendata.gateway.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.yanhu.opendata.api.requestid.RequestIds;

/** The ids the gateway makes for requests that bring none: random version 4 UUIDs, valid as ids, none twice. */
class NewRequestIdTest {

    @Test
    void aNewIdIsAValidRandomUuidAndNeverRepeats() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = RequestIdHandler.newId();
            UUID uuid = UUID.fromString(id);
            assertEquals(4, uuid.version(), id);
            assertEquals(2, uuid.variant(), id);
            assertEquals(36, id.length(), id);
            assertTrue(RequestIds.isValid(id), id);
            assertTrue(seen.add(id), "repeated " + id);
        }
    }
}
