package dev.ascctl.resource;

/** What Apple's API lets us do with a kind of object; the engine plans only what a kind declares. */
public enum Capability {
    CREATE, UPDATE, DELETE
}
