package dev.ascctl.asc.endpoint.testflight;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.endpoint.RequestBodies;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST} and {@code DELETE /v1/betaGroups/{id}/relationships/betaTesters}
 * ({@code BetaGroupBetaTestersLinkagesRequest}, 204): adds or removes testers in batches of
 * {@link BetaLinkages#MAX_PER_REQUEST}.
 */
public final class GroupTesters {
    private GroupTesters() {
    }

    public static List<ApiCall> add(String groupId, List<String> testerIds) {
        return calls("POST", groupId, testerIds);
    }

    public static List<ApiCall> remove(String groupId, List<String> testerIds) {
        return calls("DELETE", groupId, testerIds);
    }

    private static List<ApiCall> calls(String method, String groupId, List<String> testerIds) {
        String path = "/v1/betaGroups/" + RequestBodies.requireId(groupId, "betaGroups") + "/relationships/betaTesters";
        List<ApiCall> out = new ArrayList<>();
        for (List<String> batch : BetaLinkages.batches(testerIds)) {
            var body = BetaLinkages.body("betaTesters", batch);
            out.add(method.equals("POST") ? ApiCall.post(path, body) : ApiCall.delete(path, body));
        }
        return out;
    }
}
