package dev.ascctl.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The allowed differences from Apple's spec in responses (DESIGN 6), observed from live ASC, not in the spec. First,
 * live ASC sends an unset attribute as an explicit {@code null} even where the spec does not mark it
 * {@code nullable} (recorded responses show {@code copyright: null}, {@code kidsAgeBand: null}, ...). Second, see
 * {@link #observedNull}: an included to-one with nothing behind it as {@code "data": null}, a to-one related or
 * relationship GET with nothing behind it answered {@code {"data": null, "links": ...}} (DESIGN 6: "the client reads
 * both a 404 and data: null as none"; issue 11 scope 7), and {@code "next": null} on a last page.
 *
 * <p>Exactly that is tolerated: a member with value {@code null} directly inside the
 * {@code attributes} object of a resource object of the document ({@code data}, or an element of
 * {@code data[]} or {@code included[]}). Such a member is read as "unset" and removed before
 * validation. Nulls anywhere else (in {@code relationships}, {@code links}, {@code meta}, or nested
 * inside an attribute's value) are still validated as sent.
 */
final class NullAttributeTolerance {
    private static final java.util.regex.Pattern OBSERVED_NULLS = java.util.regex.Pattern.compile(
            "response body (/(data(/\\d+)?|included/\\d+)/relationships/[^/]+/data: null found, object expected"
                    + "|/links/next: null found, string expected)");

    private NullAttributeTolerance() {
    }

    /** A copy of the document without null attribute members; the input is not changed. */
    static JsonNode withoutNullAttributes(JsonNode document) {
        return removeNullAttributes(document.deepCopy());
    }

    /** {@link #withoutNullAttributes} on the document itself, for a tree made for one check; returns it. */
    static JsonNode removeNullAttributes(JsonNode copy) {
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

    /**
     * Whether a problem the validator reports is one of the nulls live ASC sends where the spec types an object or a
     * string: a to-one relationship's {@code "data": null} in a resource of the document (asc-recorded INDEX fact 3;
     * a to-many's {@code null} is still reported, since the validator then expects an array) and {@code links.next}
     * {@code null} on a last page (INDEX fact 7).
     */
    static boolean observedNull(String problem) {
        return OBSERVED_NULLS.matcher(problem).matches();
    }

    /**
     * Whether a problem is the top-level {@code "data": null} of a to-one related or relationship GET
     * ({@code /v1/apps/{id}/gameCenterDetail}, {@code /v1/apps/{id}/relationships/appPriceSchedule}) with nothing
     * behind it: the answer DESIGN 6 and issue 11 scope 7 name for it ("the client reads both a 404 and
     * data: null as none"). On any other path ({@code /v1/apps/{id}}) it is still reported.
     */
    static boolean emptyToOne(String template, String problem) {
        return problem.equals("response body /data: null found, object expected")
                && template.matches("/v\\d/[^/]+/\\{id}/([^/{}]+|relationships/[^/{}]+)");
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
