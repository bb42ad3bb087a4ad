package dev.ascctl.asc.endpoint.testflight;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.endpoint.RequestBodies;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST} and {@code DELETE /v1/betaGroups/{id}/relationships/builds} ({@code BetaGroupBuildsLinkagesRequest},
 * 204): gives builds to a group or takes them away, in batches of {@link BetaLinkages#MAX_PER_REQUEST}.
 */
public final class GroupBuilds {
    private GroupBuilds() {
    }

    public static List<ApiCall> add(String groupId, List<String> buildIds) {
        return calls(true, groupId, buildIds);
    }

    public static List<ApiCall> remove(String groupId, List<String> buildIds) {
        return calls(false, groupId, buildIds);
    }

    private static List<ApiCall> calls(boolean add, String groupId, List<String> buildIds) {
        String path = "/v1/betaGroups/" + RequestBodies.requireId(groupId, "betaGroups") + "/relationships/builds";
        List<ApiCall> out = new ArrayList<>();
        for (List<String> batch : BetaLinkages.batches(buildIds)) {
            var body = BetaLinkages.body("builds", batch);
            out.add(add ? ApiCall.post(path, body) : ApiCall.delete(path, body));
        }
        return out;
    }
}
