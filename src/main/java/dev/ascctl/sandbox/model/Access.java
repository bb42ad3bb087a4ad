package dev.ascctl.sandbox.model;

/** In which write requests an attribute or relationship may appear (from Apple's Create/Update request schemas). */
public enum Access {
    READ_ONLY(false, false),
    CREATE_ONLY(true, false),
    UPDATE_ONLY(false, true),
    CREATE_AND_UPDATE(true, true),
    /** Sent in an update request but never part of the resource (e.g. {@code uploaded} of an asset commit). */
    UPDATE_WRITE_ONLY(false, true);

    private final boolean onCreate;
    private final boolean onUpdate;

    Access(boolean onCreate, boolean onUpdate) {
        this.onCreate = onCreate;
        this.onUpdate = onUpdate;
    }

    public boolean allows(Operation operation) {
        return operation == Operation.CREATE ? onCreate : operation == Operation.UPDATE && onUpdate;
    }
}
