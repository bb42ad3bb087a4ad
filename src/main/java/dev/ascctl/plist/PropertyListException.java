package dev.ascctl.plist;

/** A property list or app archive that cannot be read, with a message a user can act on. */
public final class PropertyListException extends RuntimeException {
    public PropertyListException(String message) {
        super(message);
    }
}
