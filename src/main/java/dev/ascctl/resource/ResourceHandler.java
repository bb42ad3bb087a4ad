package dev.ascctl.resource;

import dev.ascctl.asc.ApiQuery;
import dev.ascctl.store.AppSpec;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Everything the engine needs to know about one resource kind, whose objects are keyed by a {@code K} record. The
 * engine matches desired and live objects by address, compares the attributes the YAML names, and asks the handler
 * for the API calls; it never knows a kind by name. What Apple lets us do with a kind is what it implements of
 * {@link Creatable}, {@link Updatable} and {@link Deletable}, each with its calls, so it is declared once. Adding a
 * kind means adding a handler to the registry of kinds, not changing the engine.
 */
public interface ResourceHandler<K extends KindKey> {

    /** What this kind is and can do. */
    KindSpec spec();

    /** The objects of this kind that the app's YAML declares. */
    List<DesiredObject<K>> desired(AppSpec app);

    /**
     * Reads this kind needs beyond the live reader's base reads (the apps, their app infos and versions), for
     * example one request per version localization. Called again with what is known so far, until no handler
     * asks for a query that was not read yet (however deep the chain); results are in {@link LiveApp#read(ApiQuery)}.
     * A new kind reads in straight code instead ({@link StraightReads}); this stays for the kinds not converted.
     */
    default List<ApiQuery> reads(LiveApp app, AppSpec spec) {
        return List.of();
    }

    /**
     * Reads {@link #export} needs beyond the base reads, for an app that has no store yet (so no {@link AppSpec}).
     * Called in rounds like {@link #reads}; results are in {@link LiveApp#read(ApiQuery)}.
     */
    default List<ApiQuery> exportReads(LiveApp app) {
        return List.of();
    }

    /**
     * What the store would have to say so that a plan finds no change for the live objects of this kind: the
     * adoption side of the kind, used by {@code ascctl import}. Each object's {@code storePath} says where its
     * attributes go ({@code apps.<label>} = app.yaml keys, {@code apps.<label>.review} = the {@code review} map
     * of app.yaml, {@code apps.<label>.locales.<locale>} = locales/&lt;locale&gt;.yaml, {@code apps.<label>.testflight}
     * and {@code apps.<label>.purchases} = their own files, and {@code list[field=value]} = the item of a list of
     * maps with that natural key, e.g. {@code apps.notes.testflight.groups[name=QA]}); its attributes are the
     * YAML keys and values in the order they should be written (lists where the YAML takes a list). A secret is
     * written as its reference (e.g. {@code ${env:ASC_DEMO_PASSWORD}}) and named in {@code sensitive}, never as
     * its live value. A media set ({@code apps.<label>.screenshots.<locale>.<TYPE>}, or {@code previews}) is a
     * folder, not YAML: its attributes are file names → {@code {url, sourceFileChecksum, fileSize}}, downloaded by
     * the import. Kinds that cannot be exported return nothing and are simply not imported.
     *
     * @param label the app folder name the store will use
     */
    default List<ExportedObject> export(LiveApp app, String label) {
        return List.of();
    }

    /** The objects of this kind that exist live, taken from what the live reader already fetched. */
    List<LiveObject<K>> live(LiveApp app, AppSpec spec);

    /**
     * Why the desired object cannot be created right now (e.g. no editable version), if so. Asked for every
     * missing object; a kind that is not {@link Creatable} and gives no reason here is refused with a generic one.
     */
    default Optional<String> createRefusal(DesiredObject<K> desired, LiveApp app) {
        return Optional.empty();
    }

    /**
     * Why Apple would refuse this one attribute on this object (e.g. whatsNew on an app's first version), if so.
     * Such attributes are listed apart in the plan and never sent.
     */
    default Optional<String> attributeRefusal(String attribute, DesiredObject<K> desired, LiveApp app) {
        return Optional.empty();
    }

    /**
     * Steps a person must still take in App Store Connect for this kind, as far as the live state shows them (for
     * example a required value that is unset live and that the YAML does not set either). Only what can be seen:
     * a relationship or attribute the reader did not fetch is unknown, never "missing". Listed at the end of the
     * plan; apply never acts on them.
     */
    default List<ManualStep> manualSteps(LiveApp app, AppSpec spec) {
        return List.of();
    }

    /**
     * The attributes this kind declares with their rules, from which {@link #sameValue}, refusals of changes and
     * {@code -/+} replacement derive. A kind that declares none compares with {@link Values#same}.
     */
    default List<AttributeSpec> attributes() {
        return List.of();
    }

    /** The declaration of one attribute, when the kind declares it. */
    default Optional<AttributeSpec> attribute(String name) {
        return attributes().stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** Whether desired and live values mean the same (e.g. dates in different formats, decimals). */
    default boolean sameValue(String attribute, JsonNode desired, JsonNode live) {
        return attribute(attribute).map(a -> a.same(desired, live)).orElseGet(() -> Values.same(desired, live));
    }
}
