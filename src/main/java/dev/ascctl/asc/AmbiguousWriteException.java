package dev.ascctl.asc;

/**
 * A create (POST) failed in a way that leaves open whether Apple processed it (5xx, connection
 * reset, timeout, unreadable 201 body). It is never retried blindly, because a second POST could
 * create a duplicate: the caller re-reads the parent and adopts the object if it exists.
 */
public class AmbiguousWriteException extends AscException {
    private final String method;
    private final String path;

    public AmbiguousWriteException(String method, String path, String what, Throwable cause) {
        super(method + " " + path + " may or may not have been applied (" + what + "); "
                + "re-read the live state before trying again", cause);
        this.method = method;
        this.path = path;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }
}
