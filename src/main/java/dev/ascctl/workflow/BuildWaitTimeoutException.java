package dev.ascctl.workflow;

/** {@code apply --wait-for-build} gave up: a named build was still processing when its time ran out. */
public final class BuildWaitTimeoutException extends RuntimeException {
    public BuildWaitTimeoutException(String message) {
        super(message);
    }
}
