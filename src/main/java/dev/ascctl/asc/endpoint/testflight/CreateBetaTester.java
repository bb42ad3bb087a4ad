package dev.ascctl.asc.endpoint.testflight;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.endpoint.RequestBodies;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /v1/betaTesters} ({@code BetaTesterCreateRequest}): email required; the to-many relationship
 * {@code betaGroups} adds the new tester to its groups in the same request (and so to the groups' app).
 */
public final class CreateBetaTester {
    public static final String TYPE = "betaTesters";
    public static final Set<String> ATTRIBUTES = RequestBodies.creatable(TYPE);

    private CreateBetaTester() {
    }

    public static ApiCall of(ObjectNode attributes, List<String> groupIds) {
        RequestBodies.requireAttributes(attributes, TYPE, "email");
        for (String name : attributes.propertyNames()) {
            if (!ATTRIBUTES.contains(name)) {
                throw new IllegalArgumentException("'" + name + "' cannot be sent to betaTesters; accepted: " + ATTRIBUTES);
            }
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode data = root.putObject("data");
        data.put("type", TYPE);
        data.set("attributes", attributes.deepCopy());
        if (!groupIds.isEmpty()) {
            data.putObject("relationships").set("betaGroups", BetaLinkages.body("betaGroups", groupIds));
        }
        return ApiCall.post("/v1/betaTesters", root);
    }
}
