package org.yanhu.opendata.indicators;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.yanhu.opendata.api.caching.DataVersionListener;

/**
 * The service learns of a data version moved by another writer (another instance) through PostgreSQL
 * NOTIFY, and reads the version again when its listening connection comes back.
 */
@QuarkusTest
class DataVersionPushTest {

    private static final String LIST = "/api/v1/regions";

    @Inject
    AgroalDataSource primary;

    @Test
    void aVersionMovedElsewhereIsSeenThroughItsNotification() throws SQLException {
        waitFor(this::listening, "the listener's session");
        String before = etag();
        execute("""
                with moved as (update data_version set version = version + 1 where id = 1 returning version)
                select pg_notify('data_version', version::text) from moved""");
        waitFor(() -> !before.equals(etag()), "a new ETag after another writer's version");
        assertTrue(etag().startsWith("W/\"" + version() + "-"), etag());
    }

    @Test
    void aDroppedListenerReadsTheVersionAgainWhenItIsBack() throws SQLException {
        waitFor(this::listening, "the listener's session");
        String before = etag();
        assertEquals(1, count("select count(pg_terminate_backend(pid)) from pg_stat_activity where application_name = '"
                + DataVersionListener.APPLICATION_NAME + "' and datname = current_database()"));
        // Moved with no notification at all: only a read of the table can see it.
        execute("update data_version set version = version + 1 where id = 1");
        waitFor(this::listening, "the listener back after its connection was dropped");
        waitFor(() -> !before.equals(etag()), "the version moved while the listener was away");
        assertNotEquals(before, etag());
    }

    private boolean listening() {
        try {
            return count("select count(*) from pg_stat_activity where application_name = '"
                    + DataVersionListener.APPLICATION_NAME + "' and datname = current_database()") == 1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String etag() {
        return given().get(LIST).then().statusCode(200).extract().header("ETag");
    }

    private long version() throws SQLException {
        return count("select version from data_version where id = 1");
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = primary.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = primary.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Polls for at most 5 s: the bound is generous, what is tested is that it happens at all. */
    private static void waitFor(BooleanSupplier condition, String what) {
        long until = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not seen within 5 s: " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
