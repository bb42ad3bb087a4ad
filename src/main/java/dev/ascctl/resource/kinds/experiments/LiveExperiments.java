package dev.ascctl.resource.kinds.experiments;

import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Document;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.experiments.Experiments;
import dev.ascctl.asc.endpoint.media.ListMediaSets;
import dev.ascctl.asc.endpoint.media.MediaType;
import dev.ascctl.asc.endpoint.release.ReviewSubmissions;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.Reads;
import dev.ascctl.store.AppSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The app's product page optimization tests as App Store Connect has them, read with the fewest requests: every test
 * with its treatments in one request; per treatment of a test the YAML declares, its localizations; per such
 * localization, its screenshot and preview sets with their assets (only where the YAML has media or prunes). A start
 * that needs App Review also reads the app's open review submissions (one left prepared is reused).
 */
final class LiveExperiments {
    /** Apple's states of a test that App Review has and that are not started yet. */
    static final Set<String> WITH_REVIEW = Set.of("WAITING_FOR_REVIEW", "IN_REVIEW");
    static final Set<String> FINISHED = Set.of("STOPPED", "COMPLETED");
    /**
     * The states in which a test's treatments, their localizations and media may change: before App Review has it
     * (as a version's metadata, it is locked from submission on; a rejection opens it again) and not started.
     */
    static final Set<String> EDITABLE = Set.of("PREPARE_FOR_SUBMISSION", "READY_FOR_REVIEW", "REJECTED");

    private LiveExperiments() {
    }

    /** The reads of the kinds of this package, once per app whatever kind asks. */
    static void read(LiveApp app, AppSpec spec, Reads reads) {
        List<ExperimentStore.Experiment> declared = ExperimentStore.experiments(spec);
        if (spec.section(ExperimentStore.KEY).isEmpty()) {
            return; // no experiments.yaml: tests are not managed for the app
        }
        Document all = reads.get(Experiments.ofApp(app.app().id()));
        boolean startWanted = false;
        for (ExperimentStore.Experiment e : declared) {
            Optional<Resource> live = find(all, e.name());
            if (live.isEmpty()) {
                startWanted |= ExperimentStore.RUNNING.equals(e.state());
                continue;
            }
            startWanted |= ExperimentStore.RUNNING.equals(e.state()) && !isStarted(live.get());
            List<Resource> treatments = treatments(app, live.get());
            List<Document> localizations = reads.getAll(treatments.stream()
                    .map(t -> Experiments.localizations(t.id())).toList());
            List<ApiQuery> media = new ArrayList<>();
            for (Document d : localizations) {
                for (Resource l : d.data()) {
                    media.add(ListMediaSets.of(MediaType.SCREENSHOT, Experiments.LOCALIZATIONS, l.id()));
                    media.add(ListMediaSets.of(MediaType.PREVIEW, Experiments.LOCALIZATIONS, l.id()));
                }
            }
            reads.getAll(media);
        }
        if (startWanted) {
            reads.get(ReviewSubmissions.open(app.app().id(), app.platform()));
        }
    }

    /** The export's reads ({@code ascctl import}): every test, and every treatment's localizations and media. */
    static void readAll(LiveApp app, Reads reads) {
        Document all = reads.get(Experiments.ofApp(app.app().id()));
        List<Resource> treatments = new ArrayList<>();
        all.data().forEach(e -> treatments.addAll(LiveApp.included(Optional.of(all), e, Experiments.TREATMENTS)));
        List<ApiQuery> media = new ArrayList<>();
        for (Document d : reads.getAll(treatments.stream().map(t -> Experiments.localizations(t.id())).toList())) {
            for (Resource l : d.data()) {
                media.add(ListMediaSets.of(MediaType.SCREENSHOT, Experiments.LOCALIZATIONS, l.id()));
                media.add(ListMediaSets.of(MediaType.PREVIEW, Experiments.LOCALIZATIONS, l.id()));
            }
        }
        reads.getAll(media);
    }

    /** The one live test of each name (see {@link #find}), in Apple's order. */
    static List<Resource> byName(LiveApp app) {
        List<Resource> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Resource r : all(app)) {
            String name = LiveApp.text(r, "name");
            if (name != null && seen.add(name)) {
                out.add(find(app, name).orElse(r));
            }
        }
        return out;
    }

    /** Every live test of the app, as read (empty when not read). */
    static List<Resource> all(LiveApp app) {
        return app.read(Experiments.ofApp(app.app().id())).map(Document::data).orElse(List.of());
    }

    /** The live test of this name: of several (Apple allows that), one not finished, else the newest. */
    static Optional<Resource> find(LiveApp app, String name) {
        return app.read(Experiments.ofApp(app.app().id())).flatMap(d -> find(d, name));
    }

    private static Optional<Resource> find(Document all, String name) {
        return all.data().stream().filter(r -> name.equals(LiveApp.text(r, "name")))
                .min(Comparator.comparing((Resource r) -> FINISHED.contains(LiveApp.text(r, "state")))
                        .thenComparing(r -> String.valueOf(LiveApp.text(r, "startDate")), Comparator.reverseOrder()));
    }

    /** A test's treatments, as its read included them. */
    static List<Resource> treatments(LiveApp app, Resource experiment) {
        return LiveApp.included(app.read(Experiments.ofApp(app.app().id())), experiment, Experiments.TREATMENTS);
    }

    /** A treatment's localizations, when read. */
    static List<Resource> localizations(LiveApp app, Resource treatment) {
        return app.read(Experiments.localizations(treatment.id())).map(Document::data).orElse(List.of());
    }

    /** A localization's sets of one media type, with the read they came from (for their included assets). */
    static Optional<Document> sets(LiveApp app, MediaType media, Resource localization) {
        return app.read(ListMediaSets.of(media, Experiments.LOCALIZATIONS, localization.id()));
    }

    static boolean isStarted(Resource experiment) {
        return LiveApp.text(experiment, "startDate") != null && !FINISHED.contains(LiveApp.text(experiment, "state"));
    }

    /** Whether the test's treatments and media may change now. */
    static boolean isEditable(Resource experiment) {
        return EDITABLE.contains(LiveApp.text(experiment, "state")) && LiveApp.text(experiment, "startDate") == null;
    }

    /** Why the test's treatments and media cannot change now, or null. */
    static String lockedReason(Resource experiment) {
        if (isEditable(experiment)) {
            return null;
        }
        return "test '" + LiveApp.text(experiment, "name") + "' is " + label(experiment)
                + "; Apple locks its treatments once it is submitted for review";
    }

    /**
     * The test's state as the plan shows it: {@code prepared} (not submitted, or back from a rejection),
     * {@code in review} (App Review has it; a start asked for happens when it is accepted), {@code accepted} (approved,
     * not started), {@code running}, {@code stopped} (stopped or completed after Apple's 90 days).
     */
    static String label(Resource experiment) {
        String state = LiveApp.text(experiment, "state");
        if (FINISHED.contains(state)) {
            return ExperimentStore.STOPPED;
        }
        if (isStarted(experiment)) {
            return ExperimentStore.RUNNING;
        }
        if (WITH_REVIEW.contains(state)) {
            return "in review";
        }
        if ("ACCEPTED".equals(state) || "APPROVED".equals(state)) {
            return "accepted";
        }
        return ExperimentStore.PREPARED;
    }
}
