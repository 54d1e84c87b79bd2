package org.yanhu.opendata.api.error;

/**
 * The version a write is based on, as the caller stated it (rest/ builds one from If-Match). A service
 * calls {@link #check} under its lock with the current state; a mismatch throws {@link StaleVersion},
 * a missing precondition where one is required throws {@link PreconditionRequired}.
 *
 * @param <T> what the service holds when it checks (a record, a revision number)
 */
@FunctionalInterface
public interface ExpectedVersion<T> {

    void check(T current);

    /** No precondition: the write does not depend on what the caller read. */
    static <T> ExpectedVersion<T> any() {
        return current -> {
        };
    }
}
