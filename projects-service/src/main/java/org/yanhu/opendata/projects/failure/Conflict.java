package org.yanhu.opendata.projects.failure;

/** The write contradicts what exists, for example a second project with the same id. */
public class Conflict extends RuntimeException {

    public Conflict(String detail) {
        super(detail, null, false, false);
    }
}
