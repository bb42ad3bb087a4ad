package dev.ascctl.workflow;

import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.AscClient;
import dev.ascctl.asc.Document;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.experiments.Experiments;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code ascctl experiments status}: an app's product page optimization tests as App Store Connect has them, read
 * only: per test its state, traffic, dates and treatments with the locales they have media for. Requests: one for the
 * app, one for every test with its treatments, one per treatment for its localizations. Apple's experiments API
 * (4.4.1) carries no results (impressions, conversion, confidence): App Store Connect shows them in App Analytics
 * ("Test results appear in App Analytics", App Store Connect Help, "Run a test"), so the status says so instead.
 */
public final class ExperimentStatus {
    /** Where the results are, as the listing says it. */
    public static final String RESULTS = "Results (impressions, conversion, confidence) are not in Apple's experiments"
            + " API; see App Store Connect → App Analytics → Product Page Optimization.";

    /** One treatment: its name, alternate icon (or null), and the locales it has a localization for. */
    public record Treatment(String name, String appIconName, List<String> locales) {
        public Treatment {
            locales = List.copyOf(locales);
        }
    }

    /**
     * One test.
     *
     * @param status  as a person says it: prepared, in review, accepted, running, stopped
     * @param state   Apple's state
     */
    public record Test(String name, String platform, String status, String state, Integer trafficProportion,
                       String startDate, String endDate, List<Treatment> treatments) {
        public Test {
            treatments = List.copyOf(treatments);
        }
    }

    private final AscClient client;

    public ExperimentStatus(AscClient client) {
        this.client = client;
    }

    /** The app's tests, in Apple's order. */
    public List<Test> of(String bundleId) {
        String appId = client.get(ApiQuery.of("/v1/apps").filter("bundleId", bundleId)).data().stream().findFirst()
                .map(Resource::id)
                .orElseThrow(() -> new IllegalArgumentException("no app with bundle id " + bundleId + " in App Store Connect"));
        Document all = client.getAll(Experiments.ofApp(appId));
        List<Test> out = new ArrayList<>();
        for (Resource e : all.data()) {
            List<Treatment> treatments = new ArrayList<>();
            for (Resource t : included(all, e)) {
                List<String> locales = client.getAll(Experiments.localizations(t.id())).data().stream()
                        .map(l -> text(l, "locale")).sorted().toList();
                treatments.add(new Treatment(text(t, "name"), text(t, "appIconName"), locales));
            }
            var traffic = e.attributes().path("trafficProportion");
            out.add(new Test(text(e, "name"), text(e, "platform"), status(e), text(e, "state"),
                    traffic.isNumber() ? traffic.asInt() : null,
                    text(e, "startDate"), text(e, "endDate"), treatments));
        }
        return out;
    }

    private static List<Resource> included(Document all, Resource experiment) {
        List<String> ids = experiment.relationship(Experiments.TREATMENTS).flatMap(r -> r.data()).orElse(List.of())
                .stream().map(dev.ascctl.asc.Linkage::id).toList();
        return all.included().stream().filter(r -> r.type().equals(Experiments.TREATMENTS) && ids.contains(r.id()))
                .toList();
    }

    /** Apple's states as a person says them; a started test that has not ended runs. */
    static String status(Resource e) {
        String state = text(e, "state");
        if (Set.of("STOPPED", "COMPLETED").contains(state)) {
            return "stopped";
        }
        if (text(e, "startDate") != null) {
            return "running";
        }
        if (Set.of("WAITING_FOR_REVIEW", "IN_REVIEW").contains(state)) {
            return "in review";
        }
        return Set.of("ACCEPTED", "APPROVED").contains(state) ? "accepted" : "prepared";
    }

    private static String text(Resource r, String attribute) {
        var v = r.attributes().path(attribute);
        return v.isString() ? v.asString() : null;
    }
}
