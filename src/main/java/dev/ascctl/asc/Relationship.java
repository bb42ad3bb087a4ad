package dev.ascctl.asc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A relationship of a {@link Resource}.
 * <p>{@link #data()} is <b>empty</b> when the response did not carry {@code data}: live ASC fills
 * {@code data} only for relationships named in {@code include} (observed, see asc-recorded INDEX
 * fact 2), so an absent {@code data} means "not loaded", never "no related objects". A to-one
 * {@code "data": null} is a present, empty list.
 *
 * @param data        the linkages, if the response carried them
 * @param relatedLink {@code links.related}, or null
 */
public record Relationship(Optional<List<Linkage>> data, String relatedLink) {
    public Relationship {
        Objects.requireNonNull(data, "data");
        data = data.map(List::copyOf);
    }

    static Relationship from(JsonNode node) {
        String related = node.path("links").path("related").isString()
                ? node.path("links").path("related").asString() : null;
        if (!node.has("data")) {
            return new Relationship(Optional.empty(), related);
        }
        JsonNode data = node.get("data");
        List<Linkage> linkages = new ArrayList<>();
        if (data.isArray()) {
            data.forEach(item -> linkages.add(linkage(item)));
        } else if (data.isObject()) {
            linkages.add(linkage(data));
        }
        return new Relationship(Optional.of(linkages), related);
    }

    /** The single linkage of a loaded to-one relationship; empty when not loaded or null. */
    public Optional<Linkage> one() {
        return data.flatMap(list -> list.stream().findFirst());
    }

    private static Linkage linkage(JsonNode node) {
        return new Linkage(node.path("type").asString(""), node.path("id").asString(""));
    }
}
