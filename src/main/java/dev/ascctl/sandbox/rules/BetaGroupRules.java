package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import dev.ascctl.sandbox.model.AppleTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Apple's rules for betaGroups: a name once per app; a public link limit of at most 10,000 testers ([docs]
 * TestFlight: "up to 10,000 external testers", and the App Store Connect form caps the public link limit there);
 * internal groups take team members only; deleting a group leaves its testers in the app.
 */
record BetaGroupRules(SandboxState state, BetaMembership membership) implements ResourceRules {
    static final int MAX_PUBLIC_LINK_LIMIT = 10_000;

    @Override
    public void beforeCreate(WriteRequest request) {
        checkLimit(request);
        String appId = request.relationships().get("app").get(0);
        Object name = request.attributes().get("name");
        boolean taken = state.referencing("betaGroups", "app", appId).stream()
                .anyMatch(g -> g.attribute("name").equals(name));
        if (taken) {
            throw Errors.invalidAttribute("/data/attributes/name", "A beta group named '" + name
                    + "' already exists for this app.");
        }
    }

    @Override
    public Map<String, Object> serverAttributes(WriteRequest request) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("createdDate", AppleTime.utc(Instant.now()));
        out.put("isInternalGroup", false);
        out.put("hasAccessToAllBuilds", false);
        out.put("publicLinkEnabled", false);
        out.put("publicLinkLimitEnabled", false);
        out.put("feedbackEnabled", true);
        return out;
    }

    @Override
    public void beforeUpdate(StoredResource existing, WriteRequest request) {
        checkLimit(request);
    }

    @Override
    public void beforeLink(StoredResource owner, String relationship, List<String> ids, boolean add) {
        if (relationship.equals("builds")) {
            if (add) {
                for (String id : ids) {
                    if (!String.valueOf(owner.relatedId("app")).equals(state.require("builds", id).relatedId("app"))) {
                        throw Errors.invalidRelationship("/data", "Build '" + id + "' is not a build of this group's app.");
                    }
                    BetaBuildRules.requireTestable(state, id, "/data");
                }
            }
            return;
        }
        if (add) {
            for (String id : ids) {
                membership.requireAllowed(String.valueOf(state.require("betaTesters", id).attribute("email")),
                        List.of(owner.id()), "/data");
            }
        }
    }

    @Override
    public void afterLink(StoredResource owner, String relationship, List<String> ids, boolean add) {
        if (relationship.equals("betaTesters")) {
            ids.forEach(membership::syncApps);
        }
    }

    @Override
    public void afterDelete(StoredResource deleted) {
        for (StoredResource build : state.referencing("builds", "betaGroups", deleted.id())) {
            List<String> groups = new java.util.ArrayList<>(build.related("betaGroups"));
            groups.remove(deleted.id());
            state.put(build.withRelationships(Map.of("betaGroups", groups)));
        }
        for (StoredResource tester : state.referencing("betaTesters", "betaGroups", deleted.id())) {
            List<String> groups = new java.util.ArrayList<>(tester.related("betaGroups"));
            groups.remove(deleted.id());
            state.put(tester.withRelationships(Map.of("betaGroups", groups)));
        }
    }

    private static void checkLimit(WriteRequest request) {
        if (request.attributes().get("publicLinkLimit") instanceof Number n && n.longValue() > MAX_PUBLIC_LINK_LIMIT) {
            throw Errors.invalidAttribute("/data/attributes/publicLinkLimit", "The public link limit must be at most "
                    + MAX_PUBLIC_LINK_LIMIT + ".");
        }
    }
}
