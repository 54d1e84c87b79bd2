package org.yanhu.opendata.projects.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.cache.CacheManager;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.junit.jupiter.api.Test;
import org.yanhu.opendata.api.caching.DataVersionTable;

/** A write empties every cache of results, at once and without naming them (api-conventions SupersededCacheEntries). */
@QuarkusTest
class SupersededCacheEntriesTest {

    @Inject
    CacheManager caches;

    @Inject
    DataVersionTable dataVersion;

    @Test
    void aNewDataVersionEmptiesTheCachesOfResults() {
        given().get("/api/v1/projects?sector=energy&limit=7").then().statusCode(200);
        given().get("/api/v1/pledges").then().statusCode(200);
        assertFalse(entries("projects") == 0, "the list was cached");
        assertFalse(entries("pledges") == 0, "the pledges were cached");

        long before = dataVersion.current();
        QuarkusTransaction.requiringNew().run(dataVersion::bump);
        assertEquals(before + 1, dataVersion.current());

        // emptied when the write commits, before the writer's call returns
        assertEquals(0, entries("projects"));
        assertEquals(0, entries("pledges"));
        given().get("/api/v1/projects?sector=energy&limit=7").then().statusCode(200);
        assertTrue(entries("projects") > 0, "the next read caches again, under the new version");
    }

    private long entries(String cache) {
        return caches.getCache(cache).orElseThrow().as(CaffeineCache.class).keySet().size();
    }
}
