package dev.ascctl.sandbox.model;

/** In which write requests an attribute or relationship may appear (from Apple's Create/Update request schemas). */
public enum Access {
    READ_ONLY(false, false),
    CREATE_ONLY(true, false),
    UPDATE_ONLY(false, true),
    CREATE_AND_UPDATE(true, true),
    /**
     * An update-request attribute that is an action, not state: never part of the resource Apple returns
     * (e.g. {@code ReviewSubmissionUpdateRequest.submitted} and {@code canceled}, or {@code uploaded} of an asset
     * commit).
     */
    UPDATE_ACTION(false, true),
    /**
     * A create-request attribute that is an instruction, not state: never part of the resource Apple returns
     * (e.g. {@code SubscriptionPriceCreateRequest.preserveCurrentPrice}, which the price shows as {@code preserved}).
     */
    CREATE_ACTION(true, false),
    /**
     * An instruction both write requests take, never part of the resource (e.g. a nomination's {@code submitted}:
     * created submitted, or a draft submitted by its update).
     */
    WRITE_ACTION(true, true);

    private final boolean onCreate;
    private final boolean onUpdate;

    Access(boolean onCreate, boolean onUpdate) {
        this.onCreate = onCreate;
        this.onUpdate = onUpdate;
    }

    /** Whether the attribute appears in the resource objects the sandbox sends. */
    public boolean readable() {
        return this != UPDATE_ACTION && this != CREATE_ACTION && this != WRITE_ACTION;
    }

    public boolean allows(Operation operation) {
        return operation == Operation.CREATE ? onCreate : operation == Operation.UPDATE && onUpdate;
    }
}
