package dev.ascctl.plan;

import static dev.ascctl.plan.PlanFixtures.app;
import static dev.ascctl.plan.PlanFixtures.attrs;
import static dev.ascctl.plan.PlanFixtures.live;
import static dev.ascctl.plan.PlanFixtures.locale;
import static dev.ascctl.plan.PlanFixtures.prune;
import static dev.ascctl.plan.PlanFixtures.store;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.resource.Address;
import dev.ascctl.resource.registry.AllKinds;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.Attributes;
import dev.ascctl.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlannerTest {
    static final Map<String, String> SECRETS = Map.of("${env:ASC_DEMO_PASSWORD}", "new-password");
    final Planner planner = new Planner(AllKinds.registry(), ref -> {
        String value = SECRETS.get(ref);
        if (value == null) {
            throw new IllegalArgumentException("unresolved " + ref);
        }
        return value;
    }, Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC));

    static final Attributes VERSION_1_0 = attrs("{\"versionString\": \"1.0\"}");

    private Plan plan(Store store, String state, boolean first) {
        return planner.plan(store, live(state, first), PlanOptions.all());
    }

    private static ResourceChange change(Plan plan, String address) {
        return plan.changes().stream().filter(c -> c.address().value().equals(address)).findFirst()
                .orElseThrow(() -> new AssertionError("no change for " + address + " in " + plan.changes()));
    }

    @Test
    void onlyWrittenAttributesAreManagedAndEqualOnesAreNotChanged() {
        Store store = store(prune(false), app(VERSION_1_0, Attributes.empty(), Attributes.empty(),
                locale("en-US", "{\"name\": \"Notes\", \"subtitle\": \"New\"}", "{\"description\": \"Same\"}")));
        Plan plan = plan(store, "PREPARE_FOR_SUBMISSION", false);

        ResourceChange info = change(plan, "app[com.example.notes].locale[en-US].info");
        assertThat(info.action()).isEqualTo(Action.UPDATE);
        assertThat(info.attributes()).extracting(AttributeChange::name).containsExactly("subtitle");
        assertThat(info.attributes().get(0).before().asString()).isEqualTo("Old");
        assertThat(info.unchangedAttributes()).isEqualTo(1);
        assertThat(info.calls()).singleElement().satisfies(call -> {
            assertThat(call.method()).isEqualTo("PATCH");
            assertThat(call.path()).isEqualTo("/v1/appInfoLocalizations/l-en");
            assertThat(call.body().at("/data/attributes").properties()).hasSize(1);
        });
        // description is equal; fr-FR is not in the YAML and pruning is off: both untouched.
        assertThat(plan.changes()).extracting(c -> c.address().value())
                .doesNotContain("app[com.example.notes].version[1.0].locale[en-US]",
                        "app[com.example.notes].locale[fr-FR].info");
    }

    @Test
    void anExplicitNullClearsAValue() {
        Store store = store(prune(false), app(VERSION_1_0, Attributes.empty(), Attributes.empty(),
                locale("en-US", "{\"subtitle\": null}", "{}")));
        ResourceChange info = change(plan(store, "PREPARE_FOR_SUBMISSION", false),
                "app[com.example.notes].locale[en-US].info");
        assertThat(info.attributes().get(0).after().isNull()).isTrue();
        assertThat(info.calls().get(0).body().at("/data/attributes/subtitle").isNull()).isTrue();
    }

    @Test
    void aMissingLocaleIsCreatedAndKeywordsCompareAsLists() {
        Store store = store(prune(false), app(VERSION_1_0, Attributes.empty(), Attributes.empty(),
                locale("en-US", "{}", "{\"keywords\": \"a,b\"}"),
                locale("de-DE", "{\"name\": \"Notizen\"}", "{\"description\": \"Hallo\"}")));
        Plan plan = plan(store, "PREPARE_FOR_SUBMISSION", false);
        assertThat(change(plan, "app[com.example.notes].locale[de-DE].info").action()).isEqualTo(Action.CREATE);
        ResourceChange versionLocale = change(plan, "app[com.example.notes].version[1.0].locale[de-DE]");
        assertThat(versionLocale.calls().get(0).path()).isEqualTo("/v1/appStoreVersionLocalizations");
        assertThat(versionLocale.adoption()).isNotNull();
        assertThat(plan.changes()).extracting(c -> c.address().value())
                .doesNotContain("app[com.example.notes].version[1.0].locale[en-US]");
        assertThat(plan.toAdd()).isEqualTo(2);
    }

    @Test
    void pruningDeletesOnlyWhenOnAndNeverThePrimaryLocale() {
        Store withoutFr = store(prune(false), app(VERSION_1_0, Attributes.empty(), Attributes.empty(),
                locale("en-US", "{}", "{}")));
        assertThat(plan(withoutFr, "PREPARE_FOR_SUBMISSION", false).toDestroy()).isZero();

        Store pruned = store(prune(true), app(VERSION_1_0, Attributes.empty(), Attributes.empty(),
                locale("en-US", "{}", "{}")));
        Plan plan = plan(pruned, "PREPARE_FOR_SUBMISSION", false);
        ResourceChange delete = change(plan, "app[com.example.notes].locale[fr-FR].info");
        assertThat(delete.action()).isEqualTo(Action.DELETE);
        assertThat(delete.reason()).contains("pruning is on for locales");
        assertThat(delete.calls().get(0).method()).isEqualTo("DELETE");

        // The store cannot leave out its primary locale, but a handler refuses to delete it all the same.
        var handler = new dev.ascctl.resource.kinds.AppInfoLocalizationHandler();
        var primary = handler.live(PlanFixtures.live("PREPARE_FOR_SUBMISSION", false).app(PlanFixtures.BUNDLE)
                .orElseThrow(), pruned.apps().get(0)).stream()
                .filter(o -> o.address().value().contains("[en-US]")).findFirst().orElseThrow();
        assertThat(handler.deleteRefusal(primary, pruned.apps().get(0))).hasValueSatisfying(
                reason -> assertThat(reason).contains("primary locale"));
    }

    @Test
    void aVersionInReviewBlocksItsChangesWithTheReason() {
        Store store = store(prune(false), app(attrs("{\"versionString\": \"1.0\", \"copyright\": \"2026 New\"}"),
                Attributes.empty(), Attributes.empty(), locale("en-US", "{}", "{\"description\": \"Changed\"}")));
        Plan plan = plan(store, "WAITING_FOR_REVIEW", false);
        assertThat(plan.changes()).isEmpty();
        assertThat(plan.blocked()).extracting(b -> b.address().value()).contains(
                "app[com.example.notes].version[1.0]", "app[com.example.notes].version[1.0].locale[en-US]");
        assertThat(plan.blocked().get(0).reason()).contains("WAITING_FOR_REVIEW");
    }

    @Test
    void whatsNewOnAFirstVersionIsListedApartAndNeverSent() {
        Store store = store(prune(false), app(VERSION_1_0, Attributes.empty(), Attributes.empty(),
                locale("en-US", "{}", "{\"whatsNew\": \"Bug fixes\", \"promotionalText\": \"New promo\"}")));
        Plan first = plan(store, "PREPARE_FOR_SUBMISSION", true);
        ResourceChange update = change(first, "app[com.example.notes].version[1.0].locale[en-US]");
        assertThat(update.attributes()).extracting(AttributeChange::name).containsExactly("promotionalText");
        assertThat(update.calls().get(0).body().at("/data/attributes").has("whatsNew")).isFalse();
        assertThat(first.blocked()).singleElement().satisfies(b -> assertThat(b.reason()).contains("first version"));

        Plan later = plan(store, "PREPARE_FOR_SUBMISSION", false);
        assertThat(change(later, "app[com.example.notes].version[1.0].locale[en-US]").attributes())
                .extracting(AttributeChange::name).containsExactly("whatsNew", "promotionalText");
    }

    @Test
    void ignoredFieldsAreNeitherReportedNorApplied() {
        Store store = store(prune(false, "apps.*.locales.*.promotionalText"), app(VERSION_1_0, Attributes.empty(),
                Attributes.empty(), locale("en-US", "{}", "{\"promotionalText\": \"New promo\"}")));
        assertThat(plan(store, "PREPARE_FOR_SUBMISSION", false).changes()).isEmpty();
    }

    @Test
    void anIgnoreRuleHoldsForAnAppFolderWhoseNameHasADot() {
        // Issue 21, finding 7: apps/my.app/ made the store path apps.my.app.locales..., one segment too many for
        // apps.*.locales.*, so the hand-edited promotional text was overwritten with no warning.
        AppSpec plain = app(VERSION_1_0, Attributes.empty(), Attributes.empty(),
                locale("en-US", "{}", "{\"promotionalText\": \"New promo\"}"));
        AppSpec dotted = new AppSpec("my.app", PlanFixtures.ROOT.resolve("apps/my.app"), plain.mark(), plain.bundleId(),
                plain.platform(), plain.primaryLocale(), plain.app(), plain.categories(), plain.ageRating(),
                plain.version(), plain.review(), plain.locales());
        Store ignored = store(prune(false, "apps.*.locales.*.promotionalText"), dotted);
        assertThat(plan(ignored, "PREPARE_FOR_SUBMISSION", false).changes()).isEmpty();
        // Named literally, the dot is escaped; unescaped it means two segments and names another folder.
        assertThat(plan(store(prune(false, "apps.my\\.app.locales.*.promotionalText"), dotted),
                "PREPARE_FOR_SUBMISSION", false).changes()).isEmpty();
        assertThat(plan(store(prune(false, "apps.my.app.locales.*.promotionalText"), dotted),
                "PREPARE_FOR_SUBMISSION", false).changes()).extracting(c -> c.address().value())
                .containsExactly("app[com.example.notes].version[1.0].locale[en-US]");
    }

    @Test
    void targetsSelectAnObjectAndWhatIsInsideIt() {
        Store store = store(prune(false), app(attrs("{\"versionString\": \"1.0\", \"copyright\": \"2026 New\"}"),
                Attributes.empty(), attrs("{\"gambling\": true}"),
                locale("en-US", "{\"subtitle\": \"New\"}", "{\"description\": \"Changed\"}")));
        Plan plan = planner.plan(store, live("PREPARE_FOR_SUBMISSION", false),
                new PlanOptions(List.of(Address.parse("app[com.example.notes].version[1.0]"))));
        assertThat(plan.changes()).extracting(c -> c.address().value()).containsExactly(
                "app[com.example.notes].version[1.0]", "app[com.example.notes].version[1.0].locale[en-US]");
    }

    @Test
    void aPlanNamesTheAppsAndKindsItsChangesTouchForApplyToReadAgain() {
        Store store = store(prune(false), app(VERSION_1_0, Attributes.empty(), Attributes.empty(),
                locale("en-US", "{\"subtitle\": \"New\"}", "{\"description\": \"Changed\"}")));
        Plan plan = plan(store, "PREPARE_FOR_SUBMISSION", false);
        assertThat(plan.rereads()).singleElement().satisfies(r -> {
            assertThat(r.bundleId()).isEqualTo("com.example.notes");
            assertThat(r.kinds()).containsExactly("appInfoLocalization", "appStoreVersionLocalization");
        });
        // Read back from a plan file as written.
        assertThat(PlanFile.fromJson(PlanFile.toJson(plan)).rereads()).isEqualTo(plan.rereads());

        Plan clean = plan(store(prune(false), app(VERSION_1_0, Attributes.empty(), Attributes.empty())),
                "PREPARE_FOR_SUBMISSION", false);
        assertThat(clean.rereads()).isEmpty();
        assertThat(clean.estimatedApplyRequests()).isZero();
    }

    @Test
    void aTargetCoversTheAppItLiesInOnly() {
        PlanOptions inside = new PlanOptions(List.of(Address.parse("app[com.example.notes].locale[de-DE].info")));
        assertThat(inside.coversApp("com.example.notes")).isTrue();
        assertThat(inside.coversApp("com.example.notes.pro")).isFalse();
        assertThat(inside.coversApp("com.example.other")).isFalse();
        assertThat(new PlanOptions(List.of(Address.parse("app[com.example.other]"))).coversApp("com.example.other"))
                .isTrue();
        assertThat(PlanOptions.all().coversApp("anything")).isTrue();
    }

    @Test
    void aSecretIsComparedByValueButNeverStoredInThePlan() {
        Store store = store(prune(false), app(VERSION_1_0,
                attrs("{\"demoAccountPassword\": \"${env:ASC_DEMO_PASSWORD}\", \"contactEmail\": \"ada@example.com\"}",
                        "demoAccountPassword"), Attributes.empty()));
        Plan plan = plan(store, "PREPARE_FOR_SUBMISSION", false);
        ResourceChange review = change(plan, "app[com.example.notes].version[1.0].reviewDetail");
        assertThat(review.attributes()).singleElement().satisfies(a -> {
            assertThat(a.sensitive()).isTrue();
            assertThat(a.before()).isNull();
            assertThat(a.after()).isNull();
        });
        assertThat(review.calls().get(0).secretPointers()).containsExactly("/data/attributes/demoAccountPassword");
        String saved = PlanFile.toJson(plan);
        assertThat(saved).doesNotContain("new-password").doesNotContain("old-password")
                .contains("${env:ASC_DEMO_PASSWORD}");
    }

    @Test
    void anEqualSecretIsNoChange() {
        Map<String, String> same = Map.of("${env:ASC_DEMO_PASSWORD}", "old-password");
        Planner samePlanner = new Planner(AllKinds.registry(), same::get, Clock.systemUTC());
        Store store = store(prune(false), app(VERSION_1_0,
                attrs("{\"demoAccountPassword\": \"${env:ASC_DEMO_PASSWORD}\"}", "demoAccountPassword"),
                Attributes.empty()));
        assertThat(samePlanner.plan(store, live("PREPARE_FOR_SUBMISSION", false), PlanOptions.all()).changes())
                .isEmpty();
    }

    @Test
    void changesComeInDependencyOrderAndFingerprintEveryTouchedObject() {
        Store store = store(prune(false), app(attrs("{\"versionString\": \"1.0\", \"copyright\": \"2026 New\"}"),
                Attributes.empty(), attrs("{\"gambling\": true}"),
                locale("de-DE", "{\"name\": \"Notizen\"}", "{\"description\": \"Hallo\"}")));
        Plan plan = plan(store, "PREPARE_FOR_SUBMISSION", false);
        assertThat(plan.changes()).extracting(ResourceChange::kind).containsExactly(
                "ageRating", "appInfoLocalization", "appStoreVersion", "appStoreVersionLocalization");
        assertThat(plan.fingerprints()).hasSize(plan.changes().size());
        assertThat(plan.fingerprints()).filteredOn(f -> f.hash().equals(Fingerprint.ABSENT)).hasSize(2);
    }

    @Test
    void aSavedPlanReadsBackEqual() {
        Store store = store(prune(true), app(attrs("{\"versionString\": \"1.0\", \"copyright\": \"2026 New\"}"),
                Attributes.empty(), Attributes.empty(), locale("en-US", "{\"subtitle\": null}", "{}")));
        Plan plan = plan(store, "PREPARE_FOR_SUBMISSION", false);
        Plan read = PlanFile.fromJson(PlanFile.toJson(plan));
        assertThat(read).isEqualTo(plan);
        // Addresses are saved in their text form, as before they were segments, so older saved plans still load.
        assertThat(PlanFile.toJson(plan)).contains("\"address\" : {\n      \"value\" : \"app[com.example.notes]");
    }
}
