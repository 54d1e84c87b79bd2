package org.yanhu.opendata.api.caching;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Learns of every new data version by push: a connection of its own to the primary {@code LISTEN}s on the
 * channel that {@link DataVersionTable#bump()} notifies when its transaction commits, so every instance knows
 * of a write within milliseconds and none polls while the connection is up.
 *
 * <p>A notification sent while the connection is down is lost, so the version is read again on every
 * (re)connect, and {@link DataVersionTable} falls back to reading the table once a second for as long as
 * the listener is not {@link #live()}. The connection is checked with a query every
 * {@value #PING_MILLIS} ms, which a half-open TCP connection fails.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
public class DataVersionListener {

    /** The channel {@link DataVersionTable#bump()} notifies on. */
    static final String CHANNEL = "data_version";
    /** The listener's session, as {@code pg_stat_activity.application_name} shows it. */
    public static final String APPLICATION_NAME = "yanhu-data-version-listener";

    private static final Logger LOG = Logger.getLogger(DataVersionListener.class);
    private static final int WAIT_MILLIS = 500;
    private static final long PING_MILLIS = 10_000;
    private static final long MAX_BACKOFF_MILLIS = 5_000;

    @Inject
    DataVersionTable table;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @ConfigProperty(name = "api.data-version.listen", defaultValue = "true")
    boolean enabled;

    private volatile boolean running;
    private volatile boolean live;
    private Thread thread;

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        running = true;
        thread = new Thread(this::listen, APPLICATION_NAME);
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(2_000);
        }
    }

    /** True while the connection is up and has read the version since it was (re)made. */
    public boolean live() {
        return live;
    }

    private void listen() {
        long backoff = 100;
        while (running) {
            try (Connection connection = connect()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                read(connection);
                live = true;
                backoff = 100;
                LOG.debug("listening for data versions");
                PGConnection pg = connection.unwrap(PGConnection.class);
                long pingedAt = System.currentTimeMillis();
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
                    long now = System.currentTimeMillis();
                    if (notifications != null && notifications.length > 0) {
                        read(connection);
                        pingedAt = now;
                    } else if (now - pingedAt > PING_MILLIS) {
                        read(connection);
                        pingedAt = now;
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (live || LOG.isDebugEnabled()) {
                    LOG.warnf("data-version listener lost its connection (%s); reading the table once a second"
                            + " until it is back", e.getMessage());
                }
            } finally {
                live = false;
            }
            if (running) {
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        username.ifPresent(user -> properties.setProperty("user", user));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("socketTimeout", "30");
        return DriverManager.getConnection(url, properties);
    }

    private void read(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(DataVersionTable.READ)) {
            if (row.next()) {
                table.observed(row.getLong(1), row.getString(2));
            }
        }
    }
}
