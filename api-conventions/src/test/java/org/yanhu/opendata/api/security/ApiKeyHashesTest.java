package org.yanhu.opendata.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiKeyHashesTest {

    private static final String TEST_KEY_HASH = "62af8704764faf8ea82fc61ce9c4c3908b6cb97d463a634e9e587d7c885db0ef";

    @Test
    void aKnownKeyIsNamed() {
        ApiKeyHashes keys = ApiKeyHashes.parse(Optional.of("tests:" + TEST_KEY_HASH.toUpperCase() + ", other:00"));
        assertEquals(Optional.of("tests"), keys.nameOf("Bearer test-key"));
        assertEquals(Optional.of("tests"), keys.nameOf("bearer  test-key "));
    }

    @Test
    void anUnknownKeyOrAnotherSchemeIsNobody() {
        ApiKeyHashes keys = ApiKeyHashes.parse(Optional.of("tests:" + TEST_KEY_HASH));
        assertEquals(Optional.empty(), keys.nameOf("Bearer guess"));
        assertEquals(Optional.empty(), keys.nameOf("Basic dGVzdC1rZXk="));
        assertEquals(Optional.empty(), keys.nameOf(null));
    }

    @Test
    void unnamedEntriesAreNamedByPositionAndBlanksAreSkipped() {
        ApiKeyHashes keys = ApiKeyHashes.parse(Optional.of(" , " + TEST_KEY_HASH + ","));
        assertEquals(1, keys.size());
        assertEquals(Optional.of("key1"), keys.nameOf("Bearer test-key"));
        assertTrue(ApiKeyHashes.parse(Optional.empty()).nameOf("Bearer test-key").isEmpty());
    }
}
