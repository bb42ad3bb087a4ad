package dev.ascctl.sandbox.model;

/** The JSON value kind an attribute accepts in a request body; {@code null} is always accepted. */
public enum AttributeKind {
    STRING, URI, BOOLEAN, INTEGER, NUMBER, DATE_TIME, ENUM, STRING_ARRAY,
    /** A JSON object or array the server sets (e.g. {@code uploadOperations}); never written by a client. */
    JSON
}
