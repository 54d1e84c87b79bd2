package org.yanhu.opendata.api.caching;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.yanhu.opendata.api.error.ExpectedVersion;
import org.yanhu.opendata.api.error.PreconditionRequired;
import org.yanhu.opendata.api.error.StaleVersion;

class IfMatchTest {

    private static String etagOf(Integer revision) {
        return "\"r" + revision + "\"";
    }

    @Test
    void aRequiredPreconditionThatIsMissingIsRefused() {
        ExpectedVersion<Integer> expected = IfMatch.of(null).required("project", "GET /api/v1/projects/x",
                IfMatchTest::etagOf);
        assertThrows(PreconditionRequired.class, () -> expected.check(3));
    }

    @Test
    void aStaleVersionCarriesTheCurrentEtag() {
        ExpectedVersion<Integer> expected = IfMatch.of("\"r2\"").required("project", "GET /x", IfMatchTest::etagOf);
        StaleVersion stale = assertThrows(StaleVersion.class, () -> expected.check(3));
        assertEquals("\"r3\"", stale.currentVersion());
    }

    @Test
    void theCurrentVersionPasses() {
        assertDoesNotThrow(() -> IfMatch.of("\"r3\"").required("project", "GET /x", IfMatchTest::etagOf).check(3));
        assertDoesNotThrow(() -> IfMatch.of(" ").optional("project", IfMatchTest::etagOf).check(3));
    }
}
