package dev.ascctl.asc;

/** A failure talking to App Store Connect. Messages never contain the JWT or the private key. */
public class AscException extends RuntimeException {
    public AscException(String message) {
        super(message);
    }

    public AscException(String message, Throwable cause) {
        super(message, cause);
    }
}
