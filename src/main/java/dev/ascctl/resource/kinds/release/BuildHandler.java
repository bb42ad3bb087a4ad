package dev.ascctl.resource.kinds.release;

import dev.ascctl.resource.SetsWhole;
import dev.ascctl.resource.Writes;
import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.resource.BaseInclude;
import dev.ascctl.asc.AppleDates;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.release.AttachBuild;
import dev.ascctl.asc.endpoint.release.Builds;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.kinds.PartKey;
import dev.ascctl.resource.kinds.VersionHandler;
import dev.ascctl.resource.kinds.VersionKey;
import dev.ascctl.store.AppSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.StringNode;

/**
 * The build attached to the version being prepared.
 * <pre>
 * version:
 *   versionString: "2.5.0"
 *   build: "245"        # that build number (CFBundleVersion); or: latest = the newest valid build
 * </pre>
 * The build must exist for this app and platform and be VALID (processed, not expired). A build still PROCESSING
 * is reported in plan; {@code apply --wait-for-build 30m} waits for it. One read, only when the YAML names a build.
 */
public final class BuildHandler extends Kind<PartKey<VersionKey>> implements BaseInclude.Contributor, SetsWhole<PartKey<VersionKey>>,
        dev.ascctl.resource.OwnsStoreSection {
    public static final String KEY = "build";
    public static final String LATEST = "latest";
    private static final KindSpec SPEC = new KindSpec("build", 5, null);

    public BuildHandler() {
        super(SPEC);
    }

    /** App.yaml's {@code xcode:} key: how builds of this app are made ({@link XcodeSection}); no plan reads it. */
    @Override
    public dev.ascctl.store.StoreSection storeSection() {
        return XcodeSection.section();
    }

    @Override
    public List<DesiredObject<PartKey<VersionKey>>> desired(AppSpec app) {
        return ReleaseParts.desired(app, "build", SPEC.name(), KEY,
                ReleaseParts.declared(app, KEY).map(v -> StringNode.valueOf(v.asString())));
    }

    /** The builds query for what the YAML names. */
    static Optional<ApiQuery> query(LiveApp app, String wanted) {
        return Optional.of(LATEST.equals(wanted) ? Builds.unexpired(app.app().id(), app.platform())
                : Builds.numbered(app.app().id(), app.platform(), wanted));
    }

    @Override
    public List<ApiQuery> reads(LiveApp app, AppSpec spec) {
        return ReleaseParts.declared(spec, KEY).flatMap(v -> query(app, v.asString())).map(List::of).orElse(List.of());
    }

    /** The build the YAML names ({@code latest}: the newest VALID one), among what was read; empty if none. */
    public static Optional<Resource> resolve(LiveApp app, String wanted) {
        return pick(query(app, wanted).flatMap(app::read).map(d -> d.data()).orElse(List.of()), wanted);
    }

    /** The build {@code wanted} names among {@code builds} ({@code latest}: the newest VALID, unexpired one). */
    public static Optional<Resource> pick(List<Resource> builds, String wanted) {
        if (LATEST.equals(wanted)) {
            return builds.stream().filter(b -> "VALID".equals(LiveApp.text(b, "processingState")))
                    .filter(b -> !isExpired(b))
                    .max(AppleDates.byInstant(b -> LiveApp.text(b, "uploadedDate")));
        }
        return builds.stream().filter(b -> wanted.equals(LiveApp.text(b, "version"))).findFirst();
    }

    /** Why the named build cannot be attached now, or empty when it can. */
    public static Optional<String> problem(LiveApp app, String wanted) {
        return problem(app, wanted, resolve(app, wanted));
    }

    /** Why {@code build} (what {@code wanted} resolved to, if anything) cannot be used now, or empty when it can. */
    public static Optional<String> problem(LiveApp app, String wanted, Optional<Resource> build) {
        if (build.isEmpty()) {
            return Optional.of(LATEST.equals(wanted)
                    ? "no valid build of this app for " + app.platform() + " has been uploaded"
                    : "build " + wanted + " does not exist for " + app.bundleId() + " on " + app.platform());
        }
        String state = LiveApp.text(build.get(), "processingState");
        if ("PROCESSING".equals(state)) {
            return Optional.of("build " + LiveApp.text(build.get(), "version")
                    + " is still processing; apply --wait-for-build DURATION waits for it");
        }
        if (!"VALID".equals(state)) {
            return Optional.of("build " + LiveApp.text(build.get(), "version") + " is " + state + " and cannot be used");
        }
        if (isExpired(build.get())) {
            return Optional.of("build " + LiveApp.text(build.get(), "version") + " has expired");
        }
        return Optional.empty();
    }

    /**
     * The build the YAML names when it is still PROCESSING (for {@code latest}: when no valid build exists yet and
     * one is processing), so {@code apply --wait-for-build} knows what to wait for; empty otherwise.
     */
    public static Optional<Resource> processing(LiveApp app, AppSpec spec) {
        Optional<String> wanted = ReleaseParts.declared(spec, KEY).map(JsonNode::asString);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        if (LATEST.equals(wanted.get())) {
            if (resolve(app, LATEST).isPresent()) {
                return Optional.empty();
            }
            return query(app, LATEST).flatMap(app::read).map(d -> d.data()).orElse(List.of()).stream()
                    .filter(b -> "PROCESSING".equals(LiveApp.text(b, "processingState"))).findFirst();
        }
        return resolve(app, wanted.get()).filter(b -> "PROCESSING".equals(LiveApp.text(b, "processingState")));
    }

    private static boolean isExpired(Resource build) {
        JsonNode expired = build.attributes().get("expired");
        return expired != null && expired.isBoolean() && expired.asBoolean();
    }

    /**
     * The number of the build attached to the version being prepared ({@code build: "245"}), never {@code latest}:
     * an import states what is, and a later upload must not change the plan by itself. No build, no key.
     */
    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        return ReleaseParts.exported(app, label, KEY, version -> app.relatedOne(version, "build")
                .map(b -> LiveApp.text(b, "version"))
                .map(StringNode::valueOf));
    }

    @Override
    public List<LiveObject<PartKey<VersionKey>>> live(LiveApp app, AppSpec spec) {
        Optional<JsonNode> wanted = ReleaseParts.declared(spec, KEY);
        Optional<Resource> version = app.currentVersion();
        if (wanted.isEmpty() || version.isEmpty()) {
            return List.of();
        }
        Optional<Resource> attached = app.relatedOne(version.get(), "build");
        JsonNode value = attached.<JsonNode>map(b -> StringNode.valueOf(LiveApp.text(b, "version")))
                .orElse(NullNode.getInstance());
        // "latest" is satisfied when the attached build is the newest valid one.
        if (LATEST.equals(wanted.get().asString()) && attached.isPresent()
                && resolve(app, LATEST).map(b -> b.id().equals(attached.get().id())).orElse(false)) {
            value = StringNode.valueOf(LATEST);
        }
        return List.of(new LiveObject<>(new PartKey<>(VersionHandler.key(spec), "build"), SPEC.name(), version.get().id(),
                Map.of(KEY, value), VersionHandler.blockedReason(version.get())));
    }

    @Override
    public Optional<String> attributeRefusal(String attribute, DesiredObject<PartKey<VersionKey>> desired, LiveApp app) {
        return problem(app, desired.attributes().get(KEY).asString());
    }

    @Override
    public Optional<String> createRefusal(DesiredObject<PartKey<VersionKey>> desired, LiveApp app) {
        return VersionHandler.liveRefusal(desired.key().parent(), app)
                .or(() -> problem(app, desired.attributes().get(KEY).asString()));
    }

    /** Attaching a build is one relationship PATCH, whether one is attached yet or not. */
    @Override
    public Writes set(DesiredObject<PartKey<VersionKey>> desired, LiveApp app) {
        Resource build = resolve(app, desired.attributes().get(KEY).asString()).orElseThrow();
        return Writes.of(List.of(AttachBuild.of(ReleaseParts.versionId(desired.key(), app), build.id())));
    }

    /** Comes with the base read: the version's build. */
    @Override
    public List<BaseInclude> baseIncludes() {
        return List.of(BaseInclude.toOne(BaseInclude.BaseRead.VERSIONS, "build"));
    }

}
