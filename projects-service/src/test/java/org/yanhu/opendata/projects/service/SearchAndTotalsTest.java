package org.yanhu.opendata.projects.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.panache.common.Parameters;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yanhu.opendata.api.paging.BoundedCount;

/**
 * What keeps a first page flat as the table grows (issue 13): {@code q=} is answered from a GIN index of character
 * bigrams, which a two-character Chinese term can use, and a total is counted only up to a bound.
 */
@QuarkusTest
class SearchAndTotalsTest {

    @Inject
    AgroalDataSource primary;

    @Inject
    EntityManager em;

    @Test
    void aTwoCharacterChineseTermCanBeAnsweredFromTheBigramIndex() throws SQLException {
        // The seed table is small enough that PostgreSQL would rather read it whole; forbidding that shows whether
        // the query's condition matches the indexed expression at all (it does not unless the function is inlined).
        String plan = plan("select p.id from project p where bigrams_cover(p.search_bigrams, '光伏') = true "
                + "and p.search_text like '%光伏%'");
        assertTrue(plan.contains("project_search_bigrams"), plan);
    }

    @Test
    void theBigramFilterLosesNothingThatLikeWouldFind() throws SQLException {
        // For every term, the rows the index proposes include every row that like finds: one and two characters,
        // Chinese and English, and a term that spans the space between two fields.
        for (String term : List.of("光", "光伏", "养老服务", "solar", "o", "盐湖 ")) {
            List<Long> byLike = ids("select id from project where search_text like '%' || ? || '%' order by id", term);
            List<Long> byBoth = ids("select id from project where bigrams_cover(search_bigrams, ?) "
                    + "and search_text like '%' || ? || '%' order by id", term, term);
            assertEquals(byLike, byBoth, term);
        }
    }

    @Test
    void theServiceWritesTheBigramsTheDatabaseWouldCompute() throws SQLException {
        assertEquals(List.of(), ids("select id from project where not (search_bigrams @> text_bigrams(search_text) "
                + "and search_bigrams <@ text_bigrams(search_text))"));
    }

    @Test
    void aOneCharacterTermStillSearches() {
        given().get("/api/v1/projects?q=光&limit=1")
                .then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    @TestTransaction
    void aTotalIsExactUpToTheBoundAndLeftOutPastIt() {
        Parameters none = new Parameters();
        long all = ((Number) em.createNativeQuery("select count(*) from project").getSingleResult()).longValue();
        assertEquals(all, BoundedCount.of(em, "Project p", "p", "1 = 1", none.map(), (int) all));
        assertNull(BoundedCount.of(em, "Project p", "p", "1 = 1", none.map(), (int) all - 1));
        Parameters sector = new Parameters().and("sector", "energy.solar");
        long solar = ((Number) em.createNativeQuery("select count(*) from project where sector_code = 'energy.solar'")
                .getSingleResult()).longValue();
        assertEquals(solar, BoundedCount.of(em, "Project p", "p", "p.sector.code = :sector", sector.map(), 10_000));
    }

    @Test
    void aFirstPageOfTheSeedStillCarriesItsTotal() {
        given().get("/api/v1/projects?limit=1")
                .then().statusCode(200).body("page.total", equalTo(given().get("/api/v1/projects?limit=1000")
                        .then().extract().path("items.size()")));
        given().get("/api/v1/projects?limit=1&cursor=" + given().get("/api/v1/projects?limit=1")
                        .then().extract().path("page.next"))
                .then().statusCode(200).body("page.total", nullValue());
    }

    private String plan(String sql) throws SQLException {
        try (Connection c = primary.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("set local enable_seqscan = off");
            StringBuilder out = new StringBuilder();
            try (ResultSet rs = s.executeQuery("explain " + sql)) {
                while (rs.next()) {
                    out.append(rs.getString(1)).append('\n');
                }
            }
            c.rollback();
            return out.toString();
        }
    }

    private List<Long> ids(String sql, String... args) throws SQLException {
        try (Connection c = primary.getConnection(); var s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setString(i + 1, args[i]);
            }
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        }
    }
}
