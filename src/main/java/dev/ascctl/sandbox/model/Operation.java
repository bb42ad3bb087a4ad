package dev.ascctl.sandbox.model;

/** The operations Apple names in its "does not allow" errors, e.g. {@code CREATE} on {@code apps}. */
public enum Operation {
    GET_COLLECTION, GET_INSTANCE, CREATE, UPDATE, DELETE
}
