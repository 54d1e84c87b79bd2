package org.yanhu.opendata.api.problem;

import java.sql.SQLException;

/**
 * Tells a refused privilege from a bug: the database denied the service's own role something it needs
 * (SQLState 42501, insufficient_privilege; for example the read-only role lacks SELECT on a table). That
 * is a fault of the deployment's grants: the caller cannot fix it, so it is a 503 problem and not a 400,
 * and it is no bug in the code, so it is not a 500; the service logs it as an error for its operators.
 */
public final class MissingPrivilege {

    /** PostgreSQL's insufficient_privilege. */
    public static final String SQL_STATE = "42501";

    private MissingPrivilege() {
    }

    public static boolean isCause(Throwable error) {
        return DatabaseOutage.causes(error).stream()
                .anyMatch(t -> t instanceof SQLException sql && SQL_STATE.equals(sql.getSQLState()));
    }
}
