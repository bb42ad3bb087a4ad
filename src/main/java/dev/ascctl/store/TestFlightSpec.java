package dev.ascctl.store;

/**
 * Desired state of the beta side of one app: testflight.yaml (issue: TestFlight as code).
 * Nothing is declared yet: this release does not read that part of the store.
 */
public record TestFlightSpec() {
    private static final TestFlightSpec NONE = new TestFlightSpec();

    /** Nothing declared. */
    public static TestFlightSpec none() {
        return NONE;
    }
}
