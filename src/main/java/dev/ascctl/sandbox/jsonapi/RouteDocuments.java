package dev.ascctl.sandbox.jsonapi;

import dev.ascctl.sandbox.http.Errors;
import dev.ascctl.sandbox.http.QueryParameters;
import dev.ascctl.vocabulary.Vocabulary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON:API pieces that hand-written routes (prices, offers, availability: resources whose documents the generic
 * router cannot build) share with it: the {@code limit} parameter, document links with Apple's paging, and request
 * linkages.
 */
public final class RouteDocuments {
    private RouteDocuments() {
    }

    /** The {@code limit} maximum Apple's spec declares for {@code GET pathTemplate}, from the vocabulary. */
    public static int maxLimit(String pathTemplate) {
        return Vocabulary.get().operation("GET", pathTemplate).limit();
    }

    /** A {@code limit} query value between 1 and {@code max}, or 400 PARAMETER_ERROR.INVALID as Apple answers. */
    public static int limit(String text, int max) {
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw Errors.invalidParameter("limit", "The limit must be between 1 and " + max + ".");
    }

    /**
     * {@code links.self}, {@code meta.paging} and, when more follows, {@code links.next} with an opaque cursor (also
     * as {@code meta.paging.nextCursor}), for a page that ends at {@code end} of {@code total} items.
     *
     * @return the document's {@code links} object
     */
    public static ObjectNode pageLinks(ObjectNode doc, String self, String baseUri, String rawPath, QueryParameters q,
                                       int total, int limit, int end) {
        ObjectNode links = doc.putObject("links").put("self", self);
        ObjectNode paging = doc.putObject("meta").putObject("paging").put("total", total).put("limit", limit);
        if (end < total) {
            String cursor = Cursor.encode(end);
            String rest = q.encodeWithout("cursor");
            links.put("next", baseUri + rawPath + "?cursor=" + cursor + (rest.isEmpty() ? "" : "&" + rest));
            paging.put("nextCursor", cursor);
        }
        return links;
    }

    /** The id a request body's to-one relationship names, or 409 ENTITY_ERROR.RELATIONSHIP.INVALID. */
    public static String linkage(JsonNode data, String relationship, String type) {
        JsonNode link = data.path("relationships").path(relationship).path("data");
        if (!type.equals(link.path("type").asString("")) || link.path("id").asString("").isEmpty()) {
            throw Errors.invalidRelationship("/data/relationships/" + relationship,
                    "The relationship '" + relationship + "' must name a resource of type '" + type + "'.");
        }
        return link.path("id").asString();
    }
}
