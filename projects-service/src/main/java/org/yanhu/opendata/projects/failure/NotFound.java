package org.yanhu.opendata.projects.failure;

/** Nothing of this kind has that id. */
public class NotFound extends RuntimeException {

    public NotFound(String what, String id) {
        super("No " + what + " with id '" + id + "'", null, false, false);
    }
}
