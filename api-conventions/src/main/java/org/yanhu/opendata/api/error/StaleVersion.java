package org.yanhu.opendata.api.error;

/**
 * A write was based on a version that is no longer current (optimistic concurrency). It carries the
 * current version, so that rest/ can answer 412 with the current ETag.
 */
public final class StaleVersion extends DomainException {

    private final String currentVersion;

    public StaleVersion(String detail, String currentVersion) {
        super(detail, null);
        this.currentVersion = currentVersion;
    }

    /** The current ETag, quoted as in the header: {@code "r7-1a2b3c"}. */
    public String currentVersion() {
        return currentVersion;
    }
}
