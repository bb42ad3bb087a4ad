package dev.ascctl.workflow;

import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.AscClient;
import dev.ascctl.asc.Document;
import dev.ascctl.asc.Linkage;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.testflight.CreateBetaTester;
import dev.ascctl.asc.endpoint.testflight.GroupTesters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The operational TestFlight commands: list an app's testers with their groups, and invite one tester into a
 * group. Reads use {@code limit=200} with {@code include=betaGroups}, one request per 200 testers.
 */
public final class BetaTesters {
    /** One tester as listed. */
    public record Row(String email, String firstName, String lastName, String state, List<String> groups) {
        public Row {
            groups = List.copyOf(groups);
        }
    }

    private final AscClient client;
    private final String appId;

    public BetaTesters(AscClient client, String bundleId) {
        this.client = client;
        this.appId = client.get(ApiQuery.of("/v1/apps").filter("bundleId", bundleId)).data().stream()
                .findFirst().map(Resource::id)
                .orElseThrow(() -> new IllegalArgumentException("no app with bundle id " + bundleId + " in App Store Connect"));
    }

    /** The app's testers, sorted by email; only those of {@code group} when given. */
    public List<Row> list(Optional<String> group) {
        Map<String, String> groupNames = groupIdsToNames();
        if (group.isPresent() && !groupNames.containsValue(group.get())) {
            throw new IllegalArgumentException("no beta group named '" + group.get() + "'; groups: " + groupNames.values());
        }
        Document testers = client.getAll(ApiQuery.of("/v1/betaTesters").filter("apps", appId).include("betaGroups")
                .limit(200).limit("betaGroups", 50));
        List<Row> rows = new ArrayList<>();
        for (Resource t : testers.data()) {
            List<String> groups = t.relationship("betaGroups").flatMap(r -> r.data()).orElse(List.of()).stream()
                    .map(Linkage::id).map(groupNames::get).filter(java.util.Objects::nonNull).sorted().toList();
            if (group.isEmpty() || groups.contains(group.get())) {
                rows.add(new Row(text(t, "email"), text(t, "firstName"), text(t, "lastName"), text(t, "state"), groups));
            }
        }
        rows.sort(java.util.Comparator.comparing(r -> String.valueOf(r.email()).toLowerCase(Locale.ROOT)));
        return rows;
    }

    /**
     * Puts {@code email} into {@code group}: one {@code POST /v1/betaTesters} for a new tester (Apple emails the
     * invitation), or one relationship {@code POST} for a tester the app already has.
     *
     * @return what was done, for the user
     */
    public String invite(String email, String group) {
        String groupId = groupIdsToNames().entrySet().stream().filter(e -> e.getValue().equals(group))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no beta group named '" + group + "'"));
        Optional<Row> existing = list(Optional.empty()).stream().filter(r -> r.email().equalsIgnoreCase(email)).findFirst();
        if (existing.isPresent() && existing.get().groups().contains(group)) {
            return email + " is already in " + group;
        }
        if (existing.isPresent()) {
            String testerId = client.getAll(ApiQuery.of("/v1/betaTesters").filter("apps", appId).filter("email", existing.get().email()))
                    .data().get(0).id();
            GroupTesters.add(groupId, List.of(testerId)).forEach(call -> client.execute(call, s -> s));
            return "added " + email + " to " + group;
        }
        var attributes = JsonNodeFactory.instance.objectNode().put("email", email);
        client.execute(CreateBetaTester.of(attributes, List.of(groupId)), s -> s);
        return "invited " + email + " to " + group;
    }

    private Map<String, String> groupIdsToNames() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Resource g : client.getAll(ApiQuery.of("/v1/apps/" + appId + "/betaGroups").limit(200)).data()) {
            out.put(g.id(), text(g, "name"));
        }
        return out;
    }

    private static String text(Resource r, String name) {
        var v = r.attributes().get(name);
        return v == null || v.isNull() ? null : v.asString();
    }
}
