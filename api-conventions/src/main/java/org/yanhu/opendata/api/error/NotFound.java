package org.yanhu.opendata.api.error;

/** The thing named by an id does not exist. */
public final class NotFound extends DomainException {

    private final String what;
    private final String id;

    public NotFound(String what, String id) {
        super("No " + what + " with id '" + id + "'", null);
        this.what = what;
        this.id = id;
    }

    public String what() {
        return what;
    }

    public String id() {
        return id;
    }
}
