package dev.ascctl.resource.kinds.events;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.ResourceEndpoint;
import dev.ascctl.resource.AdoptionCheck;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.Deletable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.OwnsStoreSection;
import dev.ascctl.resource.Reads;
import dev.ascctl.resource.StraightReads;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.Values;
import dev.ascctl.resource.kinds.AppKey;
import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.resource.kinds.NamedKey;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.StoreSection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.StringNode;

/**
 * An in-app event ({@code app[b].event[Spring Sale]}), one per file of {@code apps/<app>/events/} (see
 * {@link EventSpec}): its badge, deep link, purchase requirement, primary locale, priority, purpose and territory
 * schedules. Its text is {@link EventLocalizationHandler}'s, its media {@link EventMediaHandler}'s.
 *
 * <p>Decisions:
 * <ul>
 *   <li>The reference name is the natural key; the file name is the reference name unless the YAML writes
 *   {@code referenceName}.</li>
 *   <li>A schedule names the territories that share it, {@code all} for every one (a marketer's "worldwide, same
 *   times"); the plan compares schedules as sets of territories and instants, so {@code +02:00} and {@code Z} forms of
 *   the same time, or the order of territories, are no change.</li>
 *   <li>An event waiting for or in review, past or archived takes no edit: its changes are listed apart with the
 *   reason. One that is accepted, approved or published takes only a moved end of its schedules: any other change is
 *   listed apart (App Store Connect lets a live event end earlier or later; the rest needs a new event).</li>
 *   <li>Events missing from the folder are deleted only with {@code policy.prune.events}, and only for an app that has
 *   an {@code events/} folder; an event in review is never deleted (Apple refuses).</li>
 * </ul>
 */
public final class AppEventHandler extends Kind<NamedKey<AppKey>> implements OwnsStoreSection, StraightReads,
        StraightReads.ForExport, Creatable<NamedKey<AppKey>>, Updatable<NamedKey<AppKey>>, Deletable<NamedKey<AppKey>> {
    private static final KindSpec SPEC = new KindSpec("appEvent", 40, "events");
    private static final ResourceEndpoint EVENTS = ResourceEndpoint.of("appEvents");

    public AppEventHandler() {
        super(SPEC);
    }

    @Override
    public StoreSection storeSection() {
        return StoreSection.ownFolder(EventSpec.KEY, EventSpec.FOLDER, EventSpec.SCHEMA, EventSpec::problems);
    }

    @Override
    public List<DesiredObject<NamedKey<AppKey>>> desired(AppSpec app) {
        List<DesiredObject<NamedKey<AppKey>>> out = new ArrayList<>();
        for (EventSpec event : EventSpec.of(app)) {
            Map<String, JsonNode> attributes = new LinkedHashMap<>(event.attributes());
            event.schedules().ifPresent(s -> attributes.put(EventSpec.SCHEDULES, StringNode.valueOf(EventSpec.describe(s))));
            out.add(new DesiredObject<>(EventReads.key(app.bundleId(), event.referenceName()), SPEC.name(),
                    EventReads.storePath(app.label(), event.input().name()), attributes, Set.of(), event.mark()));
        }
        return out;
    }

    @Override
    public void read(LiveApp app, AppSpec spec, Reads reads) {
        if (!EventSpec.of(spec).isEmpty() || EventSpec.managed(spec)) {
            EventReads.read(app, spec, reads);
        }
    }

    @Override
    public void readForExport(LiveApp app, Reads reads) {
        EventReads.read(app, null, reads);
    }

    @Override
    public List<LiveObject<NamedKey<AppKey>>> live(LiveApp app, AppSpec spec) {
        Set<String> declared = new java.util.HashSet<>(EventSpec.of(spec).stream().map(EventSpec::referenceName).toList());
        boolean managed = EventSpec.managed(spec);
        List<LiveObject<NamedKey<AppKey>>> out = new ArrayList<>();
        for (Resource event : EventReads.events(app)) {
            String name = EventReads.name(event);
            if (name == null || !(declared.contains(name) || managed)) {
                continue;
            }
            Map<String, JsonNode> attributes = Values.pick(event, EventSpec.PLAIN);
            JsonNode schedules = event.attribute(EventSpec.SCHEDULES);
            attributes.put(EventSpec.SCHEDULES, StringNode.valueOf(EventSpec.describe(schedules == null
                    || !schedules.isArray() ? emptyArray() : schedules)));
            String state = EventReads.state(event);
            out.add(new LiveObject<>(EventReads.key(spec.bundleId(), name), SPEC.name(), event.id(), attributes,
                    EventReads.FROZEN.contains(state) ? EventReads.blockedReason(event) : null));
        }
        return out;
    }

    private static ArrayNode emptyArray() {
        return tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    }

    /** A live (accepted, approved, published) event takes only a moved end of its schedules. */
    @Override
    public Optional<String> attributeRefusal(String attribute, DesiredObject<NamedKey<AppKey>> desired, LiveApp app) {
        Optional<Resource> event = EventReads.event(app, desired.key().name());
        if (event.isEmpty() || !EventReads.LIVE.contains(EventReads.state(event.get()))) {
            return Optional.empty();
        }
        if (attribute.equals(EventSpec.SCHEDULES)) {
            JsonNode live = event.get().attribute(EventSpec.SCHEDULES);
            String wanted = desired.attributes().get(attribute).asString("");
            if (live != null && withoutEnds(wanted).equals(withoutEnds(EventSpec.describe(live)))) {
                return Optional.empty();
            }
        }
        return Optional.of(EventReads.blockedReason(event.get()));
    }

    private static String withoutEnds(String described) {
        return described.replaceAll(", end [^;]*", "");
    }

    @Override
    public boolean sameValue(String attribute, JsonNode desired, JsonNode live) {
        return Values.same(desired, live);
    }

    @Override
    public List<ApiCall> create(DesiredObject<NamedKey<AppKey>> desired, LiveApp app) {
        Map<String, JsonNode> attributes = new LinkedHashMap<>();
        attributes.put("referenceName", StringNode.valueOf(desired.key().name()));
        attributes.putAll(forApple(desired, desired.attributes()));
        return List.of(EVENTS.create(attributes, Map.of("app", app.app().id())));
    }

    @Override
    public Optional<AdoptionCheck> adoptionCheck(DesiredObject<NamedKey<AppKey>> desired, LiveApp app) {
        return Optional.of(new AdoptionCheck("/v1/apps/" + app.app().id() + "/appEvents", "referenceName",
                desired.key().name()));
    }

    @Override
    public List<ApiCall> update(DesiredObject<NamedKey<AppKey>> desired, LiveObject<NamedKey<AppKey>> live,
                                Map<String, JsonNode> changed, LiveApp app) {
        return List.of(EVENTS.update(live.id(), forApple(desired, changed)));
    }

    /** The attributes as Apple takes them: the schedules as the YAML writes them, "all" as every territory. */
    private static Map<String, JsonNode> forApple(DesiredObject<NamedKey<AppKey>> desired, Map<String, JsonNode> which) {
        Map<String, JsonNode> out = new LinkedHashMap<>(which);
        if (out.containsKey(EventSpec.SCHEDULES)) {
            out.put(EventSpec.SCHEDULES, EventSpec.forApple(schedulesOf(desired)));
        }
        return out;
    }

    /** The YAML's schedules, read back from the desired object's text ({@link EventSpec#describe}). */
    private static JsonNode schedulesOf(DesiredObject<NamedKey<AppKey>> desired) {
        ArrayNode out = emptyArray();
        String text = desired.attributes().get(EventSpec.SCHEDULES).asString("none");
        if (text.equals("none")) {
            return out;
        }
        for (String one : text.split("; ")) {
            int colon = one.indexOf(": publish ");
            String territories = one.substring(0, colon);
            String[] times = one.substring(colon + ": publish ".length()).split(", start |, end ");
            var schedule = out.addObject();
            if (territories.equals("all")) {
                schedule.put("territories", "all");
            } else {
                var list = schedule.putArray("territories");
                for (String code : territories.split(", ")) {
                    list.add(code);
                }
            }
            schedule.put("publishStart", times[0]);
            schedule.put("eventStart", times[1]);
            schedule.put("eventEnd", times[2]);
        }
        return out;
    }

    @Override
    public List<ApiCall> delete(LiveObject<NamedKey<AppKey>> live, LiveApp app) {
        return List.of(EVENTS.delete(live.id()));
    }

    @Override
    public Optional<String> deleteRefusal(LiveObject<NamedKey<AppKey>> live, AppSpec spec) {
        return Optional.ofNullable(live.blockedReason()).filter(r -> r.contains("REVIEW"));
    }

    /** Each live event's file: its attributes and schedules (its text and media are the other kinds'). */
    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        List<ExportedObject> out = new ArrayList<>();
        for (Resource event : EventReads.events(app)) {
            String name = EventReads.name(event);
            if (name == null) {
                continue;
            }
            String file = EventReads.fileName(name);
            Map<String, JsonNode> attributes = new LinkedHashMap<>();
            if (!file.equals(name)) {
                attributes.put("referenceName", StringNode.valueOf(name));
            }
            dev.ascctl.resource.kinds.Handlers.pickSet(event, EventSpec.PLAIN).forEach(attributes::put);
            JsonNode schedules = event.attribute(EventSpec.SCHEDULES);
            if (schedules != null && schedules.isArray() && !schedules.isEmpty()) {
                attributes.put(EventSpec.SCHEDULES, EventSpec.exported(schedules));
            }
            out.add(new ExportedObject(EventReads.storePath(label, file), attributes, Set.of()));
        }
        return out;
    }
}
