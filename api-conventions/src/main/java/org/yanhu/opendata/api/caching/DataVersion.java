package org.yanhu.opendata.api.caching;

/**
 * The version of everything a service publishes. It changes with every write, so a read's ETag can
 * be derived from it without rendering the response, and a 304 costs no database query.
 */
public interface DataVersion {

    long current();

    /**
     * The version, if this instance knows it without asking the database (it is told of every change), or -1.
     * Safe to call on an event-loop thread: it never blocks.
     */
    default long known() {
        return -1;
    }
}
