package dev.ascctl.asc.endpoint.testflight;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * To-many linkage bodies ({@code {"data":[{"type","id"}, ...]}}, Apple's {@code *LinkagesRequest}) and their
 * batching. Apple's spec 4.4.1 declares no {@code maxItems} on {@code BetaGroupBetaTestersLinkagesRequest}, and
 * Apple's documentation of {@code POST/DELETE /v1/betaGroups/{id}/relationships/betaTesters} names no limit
 * either; ascctl sends at most {@link #MAX_PER_REQUEST} linkages per request, a conservative choice that keeps
 * each request small (500 membership changes = 5 requests) and a failed batch easy to retry.
 */
public final class BetaLinkages {
    /** Linkages per relationship request (ascctl's own limit; Apple documents none). */
    public static final int MAX_PER_REQUEST = 100;

    private BetaLinkages() {
    }

    /** {@code {"data":[{"type":type,"id":id}, ...]}}. */
    public static ObjectNode body(String type, List<String> ids) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode data = root.putArray("data");
        for (String id : ids) {
            ObjectNode linkage = data.addObject();
            linkage.put("type", type);
            linkage.put("id", id);
        }
        return root;
    }

    /** {@code ids} cut into batches of at most {@link #MAX_PER_REQUEST}, order kept. */
    public static List<List<String>> batches(List<String> ids) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += MAX_PER_REQUEST) {
            out.add(List.copyOf(ids.subList(i, Math.min(ids.size(), i + MAX_PER_REQUEST))));
        }
        return out;
    }
}
