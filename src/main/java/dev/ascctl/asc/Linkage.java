package dev.ascctl.asc;

/** A JSON:API resource identifier {@code {type, id}}, as found in relationship {@code data}. */
public record Linkage(String type, String id) {
    public Linkage {
        if (type == null || type.isBlank() || id == null || id.isBlank()) {
            throw new IllegalArgumentException("a linkage needs a type and an id");
        }
    }
}
