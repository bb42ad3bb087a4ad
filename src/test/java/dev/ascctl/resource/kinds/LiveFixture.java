package dev.ascctl.resource.kinds;

import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.AscApiException;
import dev.ascctl.asc.Document;
import dev.ascctl.asc.Resource;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveState;
import dev.ascctl.resource.Reads;
import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.StraightReads;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One app's live state built in memory from recorded answers ({@code kinds/<name>.json}, written by
 * {@link KindFixtureRecorder}), with edits for the case at hand ({@link #set}, {@link #remove}, {@link #answer}).
 * It reads as the live reader does, for one kind: the base reads (apps, app infos, versions) and then the kind's own
 * reads, in straight code or in rounds; a query the recording has no answer for fails the test, so a kind that
 * starts asking for something new shows here.
 */
public final class LiveFixture {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, ObjectNode> RECORDED = new ConcurrentHashMap<>();

    private final String name;
    private final String bundleId;
    private final ObjectNode reads;

    private LiveFixture(String name, String bundleId, ObjectNode reads) {
        this.name = name;
        this.bundleId = bundleId;
        this.reads = reads;
    }

    /** The recorded fixture {@code kinds/<name>.json}, as a copy this case may edit. */
    public static LiveFixture of(String name) {
        ObjectNode root = RECORDED.computeIfAbsent(name, LiveFixture::parse);
        return new LiveFixture(name, root.path("bundleId").asString(), (ObjectNode) root.path("reads").deepCopy());
    }

    private static ObjectNode parse(String name) {
        try (InputStream in = LiveFixture.class.getResourceAsStream("/kinds/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture kinds/" + name + ".json (make kind-fixtures)");
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A path and query as the client asks it and as the recorder keys it (the wire encodes brackets). */
    static String normalise(String pathAndQuery) {
        return pathAndQuery.replace("%5B", "[").replace("%5D", "]").replace("%5b", "[").replace("%5d", "]");
    }

    public String bundleId() {
        return bundleId;
    }

    @Override
    public String toString() {
        return name;
    }

    // ---- edits: what Apple has differs from the recording in one respect ----

    /** Sets an attribute of the resource {@code type/id} wherever the recording has it (JSON text for the value). */
    public LiveFixture set(String type, String id, String attribute, String json) {
        JsonNode value = JSON.readTree(json);
        forEachResource(r -> type.equals(r.path("type").asString()) && id.equals(r.path("id").asString()),
                r -> ((ObjectNode) r).withObject("attributes").set(attribute, value));
        return this;
    }

    /** Removes the resource {@code type/id} everywhere: from data, included and every relationship pointing at it. */
    public LiveFixture remove(String type, String id) {
        Predicate<JsonNode> it = r -> type.equals(r.path("type").asString()) && id.equals(r.path("id").asString());
        for (JsonNode document : reads) {
            JsonNode data = document.path("data");
            if (data.isArray()) {
                removeFrom((ArrayNode) data, it);
            } else if (data.isObject() && it.test(data)) {
                ((ObjectNode) document).putNull("data");
            }
            if (document.path("included").isArray()) {
                removeFrom((ArrayNode) document.path("included"), it);
            }
        }
        forEachResource(r -> true, r -> r.path("relationships").forEach(rel -> {
            JsonNode linkage = rel.path("data");
            if (linkage.isArray()) {
                removeFrom((ArrayNode) linkage, it);
            } else if (linkage.isObject() && it.test(linkage)) {
                ((ObjectNode) rel).putNull("data");
            }
        }));
        return this;
    }

    /** Answers {@code pathAndQuery} with this JSON document (an edit, or a read the recording lacks). */
    public LiveFixture answer(String pathAndQuery, String json) {
        reads.set(normalise(pathAndQuery), JSON.readTree(json));
        return this;
    }

    /**
     * Answers {@code pathAndQuery} with a list of resources the recording has elsewhere, each {@code type/id}
     * (e.g. a filtered read the recorded run did not send).
     */
    public LiveFixture answerWith(String pathAndQuery, String... resources) {
        ObjectNode document = object();
        ArrayNode data = document.putArray("data");
        for (String ref : resources) {
            data.add(resource(ref));
        }
        document.putArray("included");
        document.putObject("links").put("self", pathAndQuery);
        reads.set(normalise(pathAndQuery), document);
        return this;
    }

    /**
     * Points the to-one {@code relationship} of {@code from} ({@code type/id}) at {@code to} ({@code type/id}) wherever
     * the recording has {@code from}, and includes {@code to} in those reads, as a read including it would.
     */
    public LiveFixture link(String from, String relationship, String to) {
        JsonNode target = resource(to);
        String[] f = from.split("/", 2);
        for (JsonNode document : reads) {
            boolean holds = false;
            for (String part : List.of("data", "included")) {
                JsonNode node = document.path(part);
                for (JsonNode r : node.isArray() ? node : JSON.createArrayNode().add(node)) {
                    if (f[0].equals(r.path("type").asString()) && f[1].equals(r.path("id").asString())) {
                        ((ObjectNode) r).withObject("relationships").putObject(relationship).putObject("data")
                                .put("type", target.path("type").asString()).put("id", target.path("id").asString());
                        holds = true;
                    }
                }
            }
            if (holds) {
                ((ObjectNode) document).withArray("included").add(target.deepCopy());
            }
        }
        return this;
    }

    /** A resource ({@code type/id}) as the recording has it in any read. */
    JsonNode resource(String ref) {
        String[] parts = ref.split("/", 2);
        List<JsonNode> found = new ArrayList<>();
        forEachResource(r -> parts[0].equals(r.path("type").asString()) && parts[1].equals(r.path("id").asString()),
                found::add);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("fixture " + name + " has no resource " + ref);
        }
        return found.get(0).deepCopy();
    }

    /** The keys of the recorded reads whose path and query start with {@code prefix}. */
    public List<String> queries(String prefix) {
        List<String> out = new ArrayList<>();
        reads.propertyNames().forEach(k -> {
            if (k.startsWith(prefix)) {
                out.add(k);
            }
        });
        return out;
    }

    private void forEachResource(Predicate<JsonNode> which, java.util.function.Consumer<JsonNode> edit) {
        for (JsonNode document : reads) {
            for (String part : List.of("data", "included")) {
                JsonNode node = document.path(part);
                if (node.isArray()) {
                    node.forEach(r -> {
                        if (which.test(r)) {
                            edit.accept(r);
                        }
                    });
                } else if (node.isObject() && which.test(node)) {
                    edit.accept(node);
                }
            }
        }
    }

    private static void removeFrom(ArrayNode array, Predicate<JsonNode> which) {
        for (int i = array.size() - 1; i >= 0; i--) {
            if (which.test(array.get(i))) {
                array.remove(i);
            }
        }
    }

    // ---- reading, as the live reader does ----

    /**
     * The live state the kinds see when planning {@code store}: the base reads, then the reads of {@code readers}
     * (the kind under test, and the kinds whose reads it relies on), straight ones first, then in rounds.
     */
    public LiveState read(List<? extends ResourceHandler<?>> readers, Store store) {
        AppSpec spec = store.apps().stream().filter(a -> a.bundleId().equals(bundleId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the case's store has no app " + bundleId));
        LiveApp app = base(spec.platform());
        Reads replay = replay(app);
        for (ResourceHandler<?> handler : readers) {
            if (handler instanceof StraightReads straight) {
                straight.read(app, spec, replay);
            }
        }
        inRounds(app, replay, () -> readers.stream().filter(h -> !(h instanceof StraightReads))
                .flatMap(h -> h.reads(app, spec).stream()).toList());
        return new LiveState(Map.of(bundleId, app), 0);
    }

    /** The live app the kinds export from ({@code ascctl import}): the base reads, then their export reads. */
    public LiveApp readForExport(List<? extends ResourceHandler<?>> readers) {
        LiveApp app = base(null);
        Reads replay = replay(app);
        for (ResourceHandler<?> handler : readers) {
            if (handler instanceof StraightReads.ForExport straight) {
                straight.readForExport(app, replay);
            }
        }
        inRounds(app, replay, () -> readers.stream().filter(h -> !(h instanceof StraightReads.ForExport))
                .flatMap(h -> h.exportReads(app).stream()).toList());
        return app;
    }

    private void inRounds(LiveApp app, Reads replay, java.util.function.Supplier<List<ApiQuery>> asked) {
        Set<String> seen = new HashSet<>();
        for (int round = 0; round < 100; round++) {
            boolean any = false;
            for (ApiQuery query : asked.get()) {
                if (seen.add(query.toPathAndQuery())) {
                    replay.get(query);
                    any = true;
                }
            }
            if (!any) {
                return;
            }
        }
        throw new AssertionError("the kind's reads do not end");
    }

    private LiveApp base(String platform) {
        Document apps = Document.of(reads.get(first("/v1/apps?filter[bundleId]=", k -> true)));
        Resource app = apps.data().stream().filter(a -> bundleId.equals(LiveApp.text(a, "bundleId"))).findFirst()
                .orElseThrow();
        List<Resource> allVersions = new ArrayList<>();
        app.relationships().get("appStoreVersions").data().orElse(List.of())
                .forEach(l -> apps.find(l).ifPresent(allVersions::add));
        String chosen = platform != null ? platform : allVersions.stream().map(v -> LiveApp.text(v, "platform"))
                .filter("IOS"::equals).findFirst().orElse("IOS");
        Document appInfos = Document.of(reads.get(first("/v1/apps/" + app.id() + "/appInfos?", k -> true)));
        Document versions = Document.of(reads.get(first("/v1/apps/" + app.id() + "/appStoreVersions?",
                k -> k.contains("filter[appVersionState]=") && k.contains("filter[platform]=" + chosen))));
        List<Resource> included = new ArrayList<>(appInfos.included());
        included.addAll(versions.included());
        return new LiveApp(bundleId, chosen, app, appInfos.data(), versions.data(), allVersions, included);
    }

    private String first(String prefix, Predicate<String> also) {
        return queries(prefix).stream().filter(also).findFirst().orElseThrow(
                () -> new AssertionError("fixture " + name + " has no base read " + prefix));
    }

    /** Answers from the recording; a 404 is thrown as the client throws it, and {@code one} reads it as empty. */
    private Reads replay(LiveApp app) {
        return new Reads() {
            @Override
            public Document get(ApiQuery query) {
                String key = normalise(query.toPathAndQuery());
                JsonNode answer = reads.get(key);
                if (answer == null) {
                    throw new AssertionError("fixture " + name + " has no answer for GET " + key
                            + " (edit the case, or re-record: make kind-fixtures)");
                }
                if (answer.path("notFound").asBoolean(false)) {
                    throw new AscApiException(404, List.of(), "GET", query.path());
                }
                Document document = Document.of(answer);
                app.recordRead(query, document);
                return document;
            }

            @Override
            public List<Document> getAll(List<ApiQuery> queries) {
                return queries.stream().map(this::get).toList();
            }

            @Override
            public Optional<Resource> one(ApiQuery query) {
                try {
                    return get(query).single();
                } catch (AscApiException e) {
                    app.recordRead(query, Document.empty());
                    return Optional.empty();
                }
            }

            @Override
            public List<Optional<Resource>> oneEach(List<ApiQuery> queries) {
                return queries.stream().map(this::one).toList();
            }
        };
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }
}
