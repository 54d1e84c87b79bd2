package org.yanhu.opendata.api.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    private static final SQLException TERMINATED =
            new SQLException("FATAL: terminating connection due to administrator command", "57P01");

    @Test
    void aTerminatedConnectionAmongTheCausesIsAnOutage() {
        assertTrue(DatabaseOutage.isCause(new IllegalStateException("query failed", TERMINATED)));
    }

    @Test
    void aBrokenConnectionThatATransactionManagerSuppressedIsAnOutage() {
        // Narayana's commit on a closed connection: a RollbackException with the XAException suppressed.
        Exception rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        Exception xa = new Exception("XAException XAER_RMERR", new SQLException("This connection has been closed.", "08003"));
        rollback.addSuppressed(xa);
        assertTrue(DatabaseOutage.isCause(new RuntimeException(rollback)));
    }

    @Test
    void aBugIsNoOutage() {
        assertFalse(DatabaseOutage.isCause(new IllegalStateException("no", new SQLException("syntax error", "42601"))));
        assertFalse(DatabaseOutage.isCause(null));
    }

    @Test
    void aCycleOfCausesEnds() {
        Exception a = new Exception("a");
        Exception b = new Exception("b", a);
        a.addSuppressed(b);
        assertFalse(DatabaseOutage.isCause(b));
    }

    @Test
    void aRefusedPrivilegeIsAMissingPrivilegeAndNoOutage() {
        Exception denied = new RuntimeException(new SQLException("ERROR: permission denied for table project", "42501"));
        assertTrue(MissingPrivilege.isCause(denied));
        assertFalse(DatabaseOutage.isCause(denied));
        assertFalse(MissingPrivilege.isCause(new RuntimeException(TERMINATED)));
    }
}
