package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.Errors;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Apple's rules on who may be in a beta group, shared by the group and the tester side:
 * <ul>
 *   <li>[docs] "Add internal testers": an internal group takes only members of the App Store Connect team
 *       (the sandbox's seeded {@code users}); anyone else is refused.</li>
 *   <li>A tester is in the apps of its groups; leaving an app means leaving that app's groups.</li>
 * </ul>
 */
record BetaMembership(SandboxState state) {
    /** Refuses putting a tester with {@code email} into the given groups when one is internal and it is no team member. */
    void requireAllowed(String email, List<String> groupIds, String pointer) {
        for (String groupId : groupIds) {
            StoredResource group = state.require("betaGroups", groupId);
            if (Boolean.TRUE.equals(group.attribute("isInternalGroup")) && !isTeamMember(email)) {
                throw Errors.invalidRelationship(pointer, "'" + email + "' is not a member of your App Store Connect"
                        + " team; internal group '" + group.attribute("name") + "' takes team members only.");
            }
        }
    }

    boolean isTeamMember(String email) {
        String wanted = email == null ? "" : email.toLowerCase(Locale.ROOT);
        return state.all("users").stream()
                .anyMatch(u -> wanted.equals(String.valueOf(u.attribute("username")).toLowerCase(Locale.ROOT)));
    }

    /** The tester with its apps made the apps of its groups plus those it had. */
    void syncApps(String testerId) {
        StoredResource tester = state.require("betaTesters", testerId);
        Set<String> apps = new LinkedHashSet<>(tester.related("apps"));
        for (String groupId : tester.related("betaGroups")) {
            state.get("betaGroups", groupId).map(g -> g.relatedId("app")).filter(Objects::nonNull).ifPresent(apps::add);
        }
        state.put(tester.withRelationships(java.util.Map.of("apps", new ArrayList<>(apps))));
    }

    /** Removes the tester from {@code appId} and from every group of that app. */
    void leaveApp(String testerId, String appId) {
        StoredResource tester = state.require("betaTesters", testerId);
        List<String> apps = new ArrayList<>(tester.related("apps"));
        apps.remove(appId);
        List<String> groups = tester.related("betaGroups").stream()
                .filter(g -> state.get("betaGroups", g).map(x -> !appId.equals(x.relatedId("app"))).orElse(false))
                .toList();
        state.put(tester.withRelationships(java.util.Map.of("apps", apps, "betaGroups", groups)));
    }

    /** The tester of {@code appId} with this email, if any (Apple keys testers by email, case-insensitively). */
    java.util.Optional<StoredResource> testerOfApp(String appId, String email) {
        String wanted = email.toLowerCase(Locale.ROOT);
        return state.all("betaTesters").stream()
                .filter(t -> wanted.equals(String.valueOf(t.attribute("email")).toLowerCase(Locale.ROOT)))
                .filter(t -> t.related("apps").contains(appId))
                .findFirst();
    }
}
