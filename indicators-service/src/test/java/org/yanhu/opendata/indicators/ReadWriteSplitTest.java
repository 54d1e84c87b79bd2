package org.yanhu.opendata.indicators;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Reads go to the read-only datasource (the SELECT-only reader role, as a replica would be), writes to the
 * primary, and a write that reached the read path would fail.
 */
@QuarkusTest
class ReadWriteSplitTest {

    @Inject
    @DataSource("read")
    AgroalDataSource read;

    @Test
    void aWriteOnTheReadDatasourceFails() throws SQLException {
        try (Connection connection = read.getConnection(); Statement statement = connection.createStatement()) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("update data_version set changed_at = now() where id = 1"));
            // 25006: read-only transaction; 42501: no privilege. The reader role answers with either.
            assertTrue(Set.of("25006", "42501").contains(refused.getSQLState()), refused.getSQLState());
            try (ResultSet user = statement.executeQuery("select current_user")) {
                user.next();
                assertEquals("indicators_reader", user.getString(1));
            }
        }
    }

    @Test
    void aReadIsServedByTheReaderRole() throws SQLException {
        // A connection of our own (not the pool's, whose last statement we would overwrite) sees the reader
        // role's sessions, with their last statement and when it ran.
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.\"read\".jdbc.url", String.class);
        String password = ConfigProvider.getConfig().getValue("quarkus.datasource.\"read\".password", String.class);
        try (Connection own = DriverManager.getConnection(url, "indicators_reader", password);
                Statement statement = own.createStatement()) {
            Timestamp before;
            try (ResultSet now = statement.executeQuery("select clock_timestamp()")) {
                now.next();
                before = now.getTimestamp(1);
            }
            // A filter no cache holds, so the page is read from the database, in a transaction.
            given().queryParam("region", "140802").queryParam("period", "2019").queryParam("limit", 7)
                    .get("/api/v1/observations").then().statusCode(200);
            // The freshness check runs outside transactions, so a reader session whose last statement since
            // the request is a COMMIT (or the query itself) is the persistence unit serving the read.
            try (PreparedStatement sessions = own.prepareStatement("""
                    select count(*) filter (where query = 'COMMIT' or query ilike '%from observation%'),
                           string_agg(query, ' | ')
                      from pg_stat_activity
                     where usename = current_user and datname = current_database() and pid <> pg_backend_pid()
                       and state_change >= ?""")) {
                sessions.setTimestamp(1, before);
                try (ResultSet result = sessions.executeQuery()) {
                    result.next();
                    assertTrue(result.getInt(1) > 0, "no reader session served the read: " + result.getString(2));
                }
            }
        }
    }

    @Test
    void aWriteGoesToThePrimaryAndIsReadBackAtOnce() {
        ImportTest.post(ImportTest.batch("TEST_SPLIT", List.of(
                ImportTest.row("TEST_SPLIT", "2024", "7", "test-2024", "测试值7亿元"))))
                .statusCode(200).body("inserted", equalTo(1));
        given().get("/api/v1/indicators/TEST_SPLIT/observations")
                .then().statusCode(200).body("items.size()", equalTo(1)).body("items[0].value", equalTo(7));
    }
}
