package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import java.util.List;
import java.util.Map;

/**
 * Apple's rules for betaTesters: an email once per app (409, as Apple answers a second invite of the same
 * address), internal groups take team members only, a new tester is in the apps of its groups, and leaving an
 * app ({@code DELETE .../relationships/apps}) means leaving that app's groups.
 */
record BetaTesterRules(SandboxState state, BetaMembership membership) implements ResourceRules {
    @Override
    public void beforeCreate(WriteRequest request) {
        String email = String.valueOf(request.attributes().get("email"));
        List<String> groups = request.relationships().getOrDefault("betaGroups", List.of());
        for (String groupId : groups) {
            String appId = state.require("betaGroups", groupId).relatedId("app");
            if (membership.testerOfApp(appId, email).isPresent()) {
                throw Errors.invalidAttribute("/data/attributes/email", "A beta tester with the email '" + email
                        + "' already exists for this app.");
            }
        }
        membership.requireAllowed(email, groups, "/data/relationships/betaGroups");
    }

    @Override
    public Map<String, Object> serverAttributes(WriteRequest request) {
        return Map.of("inviteType", "EMAIL", "state", "INVITED");
    }

    @Override
    public void afterCreate(StoredResource created) {
        membership.syncApps(created.id());
    }

    @Override
    public void beforeLink(StoredResource owner, String relationship, List<String> ids, boolean add) {
        if (add && relationship.equals("betaGroups")) {
            membership.requireAllowed(String.valueOf(owner.attribute("email")), ids, "/data");
        }
    }

    @Override
    public void afterLink(StoredResource owner, String relationship, List<String> ids, boolean add) {
        if (relationship.equals("apps")) {
            ids.forEach(appId -> membership.leaveApp(owner.id(), appId));
        } else {
            membership.syncApps(owner.id());
        }
    }
}
