package dev.ascctl.resource.kinds.events;

import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.ResourceEndpoint;
import dev.ascctl.resource.AttributeSpec;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.LocalizationKind;
import dev.ascctl.resource.Reads;
import dev.ascctl.resource.StraightReads;
import dev.ascctl.resource.kinds.AppKey;
import dev.ascctl.resource.kinds.LocaleKey;
import dev.ascctl.resource.kinds.NamedKey;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.TextLimits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * An in-app event's text in one locale ({@code app[b].event[Spring Sale].locale[en-US]}): name, short and long
 * description, from the event file's {@code localizations:} map, limited as {@link EventSpec#TEXT} says (checked by
 * validate). The shape is every localization kind's ({@link LocalizationKind}), so translate and import treat it as
 * they treat the others. A locale missing from the file is deleted only with {@code policy.prune.events}, never the
 * event's primary locale.
 */
public final class EventLocalizationHandler extends LocalizationKind<NamedKey<AppKey>, LocaleKey<NamedKey<AppKey>>>
        implements StraightReads {
    private static final ResourceEndpoint LOCALIZATIONS = ResourceEndpoint.of("appEventLocalizations");
    private static final List<AttributeSpec> TEXT = EventSpec.TEXT.entrySet().stream()
            .map(e -> AttributeSpec.of(e.getKey()).limit(e.getValue())).toList();

    public EventLocalizationHandler() {
        super(new KindSpec("appEventLocalization", 41, "events"), new Api("/v1/appEvents", "localizations", TEXT,
                (eventId, fields) -> LOCALIZATIONS.create(fields(fields), Map.of("appEvent", eventId)),
                (id, fields) -> LOCALIZATIONS.update(id, fields(fields)), LOCALIZATIONS::delete)
                .textAt(TextLimits.Place.APP_EVENT_LOCALIZATION), LocaleKey::new);
    }

    private static Map<String, JsonNode> fields(tools.jackson.databind.node.ObjectNode attributes) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        attributes.properties().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    @Override
    public List<DesiredObject<LocaleKey<NamedKey<AppKey>>>> desired(AppSpec app) {
        List<DesiredObject<LocaleKey<NamedKey<AppKey>>>> out = new ArrayList<>();
        for (EventSpec event : EventSpec.of(app)) {
            declared(EventReads.key(app.bundleId(), event.referenceName()),
                    EventReads.storePath(app.label(), event.input().name()) + ".localizations.", event.localizations(),
                    event.mark()).forEach(out::add);
        }
        return out;
    }

    @Override
    public void read(LiveApp app, AppSpec spec, Reads reads) {
        if (!EventSpec.of(spec).isEmpty()) {
            EventReads.read(app, spec, reads);
        }
    }

    @Override
    protected List<LiveParent<NamedKey<AppKey>>> liveParents(LiveApp app, AppSpec spec) {
        List<LiveParent<NamedKey<AppKey>>> out = new ArrayList<>();
        for (EventSpec declared : EventSpec.of(spec)) {
            EventReads.event(app, declared.referenceName()).ifPresent(event -> out.add(new LiveParent<>(
                    EventReads.key(spec.bundleId(), declared.referenceName()), EventReads.blockedReason(event),
                    EventReads.localizations(app, event))));
        }
        return out;
    }

    @Override
    protected List<ExportedParent> exportedParents(LiveApp app, String label) {
        List<ExportedParent> out = new ArrayList<>();
        for (Resource event : EventReads.events(app)) {
            String name = EventReads.name(event);
            if (name != null) {
                out.add(new ExportedParent(EventReads.storePath(label, EventReads.fileName(name)) + ".localizations.",
                        EventReads.localizations(app, event)));
            }
        }
        return out;
    }

    @Override
    protected String parentId(NamedKey<AppKey> event, LiveApp app) {
        return EventReads.idOf(event, app);
    }

    @Override
    public Optional<String> createRefusal(DesiredObject<LocaleKey<NamedKey<AppKey>>> desired, LiveApp app) {
        return EventReads.event(app, desired.key().parent().name()).map(EventReads::blockedReason);
    }

    /** Apple keeps the event's primary locale: it is never pruned. */
    @Override
    public Optional<String> deleteRefusal(LiveObject<LocaleKey<NamedKey<AppKey>>> live, AppSpec spec) {
        return EventSpec.of(spec).stream().filter(e -> e.referenceName().equals(live.key().parent().name()))
                .map(e -> e.value().path("primaryLocale").asString(null)).filter(Objects::nonNull)
                .filter(primary -> primary.equals(live.key().locale())).findFirst()
                .map(primary -> primary + " is the event's primary locale; App Store Connect keeps it");
    }
}
