package dev.ascctl.apply;

/** A file the plan uploads is not the file the plan saw: apply refuses it before any request. */
public final class ChangedFileException extends RuntimeException {
    public ChangedFileException(String message) {
        super(message);
    }
}
