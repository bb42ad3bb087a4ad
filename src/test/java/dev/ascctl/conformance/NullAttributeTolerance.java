package dev.ascctl.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one allowed difference from Apple's spec in responses (DESIGN 6): live ASC sends an unset
 * attribute as an explicit {@code null} even where the spec does not mark it {@code nullable}
 * (recorded responses show {@code copyright: null}, {@code kidsAgeBand: null}, ...). This is
 * observed behaviour, not in the spec.
 *
 * <p>Exactly that is tolerated: a member with value {@code null} directly inside the
 * {@code attributes} object of a resource object of the document ({@code data}, or an element of
 * {@code data[]} or {@code included[]}). Such a member is read as "unset" and removed before
 * validation. Nulls anywhere else (in {@code relationships}, {@code links}, {@code meta}, or nested
 * inside an attribute's value) are still validated as sent.
 */
final class NullAttributeTolerance {

    private NullAttributeTolerance() {
    }

    /** A copy of the document without null attribute members; the input is not changed. */
    static JsonNode withoutNullAttributes(JsonNode document) {
        JsonNode copy = document.deepCopy();
        for (String member : List.of("data", "included")) {
            JsonNode resources = copy.path(member);
            if (resources.isObject()) {
                stripResource(resources);
            }
            for (JsonNode resource : resources.isArray() ? resources : List.<JsonNode>of()) {
                stripResource(resource);
            }
        }
        return copy;
    }

    private static void stripResource(JsonNode resource) {
        if (resource.path("attributes").isObject()) {
            removeNullMembers((ObjectNode) resource.get("attributes"));
        }
    }

    private static void removeNullMembers(ObjectNode attributes) {
        List<String> nulls = new ArrayList<>();
        for (Map.Entry<String, JsonNode> member : attributes.properties()) {
            if (member.getValue().isNull()) {
                nulls.add(member.getKey());
            }
        }
        nulls.forEach(attributes::remove);
    }
}
