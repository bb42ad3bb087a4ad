package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.conformance.OpenApiConformance;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One reviewed plan, one apply (DESIGN principle 8) for the next version of a live app: the store asks for 1.1 with
 * {@code build: latest}, changes whatsNew of a locale Apple copies into the new version, adds a locale, adds an
 * app-info locale and changes a category (both on the editable app info Apple makes with the new version), and adds
 * an in-app purchase with a price, a subscription with two territory prices and an introductory offer, and TestFlight
 * groups with testers. {@code plan --out} shows the ids that exist only after the version is created as
 * {@code (known after apply)}; one {@code apply} of that plan converges ({@code plan --detailed-exitcode} exits 0),
 * with no error answer on the way and every exchange per Apple's spec.
 */
@SandboxStore(seed = NewVersionConvergenceIT.SEED, store = SandboxStore.Store.EMPTY)
class NewVersionConvergenceIT {
    static final String SEED = "src/test/resources/sandbox/new-version-seed.yaml";
    SandboxFixture fixture;
    Path store;

    @BeforeEach
    void start(SandboxFixture fixture) throws IOException {
        this.fixture = fixture;
        store = fixture.store();
        Path app = store.resolve("apps/notes");
        Files.createDirectories(app.resolve("locales"));
        Files.writeString(store.resolve("store.yaml"), """
                defaults:
                  review: {contactFirstName: Ada, contactLastName: Lovelace, contactEmail: ada@example.com,
                           contactPhone: "+1 555 0100"}
                """);
        Files.writeString(app.resolve("app.yaml"), """
                bundleId: com.example.notes
                platform: IOS
                primaryLocale: en-US
                categories: {primary: UTILITIES}
                ageRating: {gambling: false, unrestrictedWebAccess: true}
                version:
                  versionString: "1.1"
                  build: latest
                """);
        // en-US: as live, with a new whatsNew; Apple copies neither whatsNew nor promotionalText into a new version.
        Files.writeString(app.resolve("locales/en-US.yaml"), """
                name: Notes
                subtitle: Think in lists
                description: Notes for everyone.
                keywords: "notes,lists"
                supportUrl: "https://example.com/help"
                promotionalText: Now with lists.
                whatsNew: Faster sync.
                """);
        // de-DE: a new app-info locale only; fr-FR: new in the app information and in the version.
        Files.writeString(app.resolve("locales/de-DE.yaml"), """
                name: Notizen
                subtitle: Denken in Listen
                """);
        Files.writeString(app.resolve("locales/fr-FR.yaml"), """
                name: Notes
                description: Des notes pour tous.
                keywords: "notes,listes"
                whatsNew: Synchronisation plus rapide.
                """);
        Files.writeString(app.resolve("purchases.yaml"), """
                inAppPurchases:
                  - productId: com.example.notes.pro
                    inAppPurchaseType: NON_CONSUMABLE
                    referenceName: Pro
                    price: {territory: USA, price: "4.99"}
                subscriptionGroups:
                  - referenceName: Plus
                    subscriptions:
                      - productId: com.example.notes.plus.monthly
                        referenceName: Plus Monthly
                        subscriptionPeriod: ONE_MONTH
                        groupLevel: 1
                        prices: {USA: "2.99", GBR: "2.49"}
                        introductoryOffers:
                          - {territory: USA, offerMode: FREE_TRIAL, duration: ONE_WEEK, numberOfPeriods: 1}
                """);
        Files.writeString(app.resolve("testflight.yaml"), """
                groups:
                  - {name: QA, feedbackEnabled: true}
                  - {name: Friends}
                testers:
                  - {email: jane@example.com, firstName: Jane, lastName: Doe, groups: [QA]}
                  - {email: bob@example.com, firstName: Bob, groups: [QA, Friends]}
                """);
    }

    @Test
    void oneApplyOfTheSavedPlanCreatesTheVersionAndConverges() {
        Path planFile = fixture.folder().resolve("next-version.plan");
        var plan = fixture.run("plan", "--store", store.toString(), "--out", planFile.toString());
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        assertThat(plan.out()).as(plan.out())
                .doesNotContain("Changes that cannot be applied now").doesNotContain("next apply")
                .contains("app[com.example.notes].version[1.1] will be created")
                .contains("app[com.example.notes].version[1.1].build will be created")
                // Apple copies en-US into 1.1: the plan changes the copy (whatsNew only), never creates en-US again.
                .contains("app[com.example.notes].version[1.1].locale[en-US] will be updated in-place")
                .containsPattern("\\+ promotionalText *= \"Now with lists.\"\\n *\\+ whatsNew *= \"Faster sync.\"\\n"
                        + " *~ id *= \\(known after apply\\)")
                // The review contact goes to the new version by its id, once created.
                .contains("app[com.example.notes].version[1.1].reviewDetail will be created")
                .contains("app[com.example.notes].version[1.1].locale[fr-FR] will be created")
                // The editable app info Apple makes with 1.1 takes the category and the new locales.
                .contains("app[com.example.notes].categories will be updated in-place")
                .containsPattern("~ primary *= \"PRODUCTIVITY\" -> \"UTILITIES\"\\n *~ appInfo.id *= \\(known after apply\\)")
                .contains("app[com.example.notes].ageRating will be updated in-place")
                .containsPattern("~ unrestrictedWebAccess *= false -> true\\n *~ appInfo.id *= \\(known after apply\\)"
                        + "\\n *~ id *= \\(known after apply\\)")
                .contains("app[com.example.notes].locale[de-DE].info will be created")
                .contains("app[com.example.notes].locale[fr-FR].info will be created")
                .doesNotContain("app[com.example.notes].locale[en-US].info")
                .contains("iap[com.example.notes.pro].price[USA] will be created")
                .contains("subscription[com.example.notes.plus.monthly].price[GBR] will be created")
                .contains("subscription[com.example.notes.plus.monthly].price[USA] will be created")
                .contains("introductoryOffer[USA] will be created")
                .contains("betaGroup[QA] will be created", "betaTester[bob@example.com] will be created");
        // en-US version text, categories, de-DE and fr-FR info (the app info), the age rating (the app info and its
        // declaration), and the three price points.
        assertThat(plan.out().split("\\(known after apply\\)", -1)).hasSize(9 + 1);

        int planned = fixture.sandbox.requestLog().list().size();
        var apply = fixture.run("apply", planFile.toString());
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        assertThat(apply.out()).contains("0 failed, 0 skipped");
        List<RecordedExchange> all = fixture.sandbox.requestLog().list();
        List<RecordedExchange> applied = all.subList(planned, all.size());
        assertThat(applied).as("no error answer during the apply").allSatisfy(e ->
                assertThat(e.status()).as(e.method() + " " + e.path() + " " + e.responseBody()).isLessThan(400));
        assertThat(writes(applied, "POST", "/v1/appStoreVersionLocalizations")).as("only fr-FR is new in 1.1")
                .singleElement().satisfies(body -> assertThat(body).contains("\"fr-FR\""));
        assertThat(writes(applied, "POST", "/v1/appInfoLocalizations")).hasSize(2);

        var clean = fixture.run("plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(clean.exitCode()).as(clean.toString()).isZero();
        assertThat(clean.out()).contains("No changes.");

        SandboxState state = fixture.sandbox.state();
        StoredResource version = state.find("appStoreVersions", a -> "1.1".equals(a.get("versionString"))).orElseThrow();
        assertThat(state.require("builds", version.relatedId("build")).attribute("version")).isEqualTo("110");
        var versionLocales = state.referencing("appStoreVersionLocalizations", "appStoreVersion", version.id());
        assertThat(versionLocales).extracting(l -> l.attribute("locale")).containsExactlyInAnyOrder("en-US", "fr-FR");
        assertThat(versionLocales).filteredOn(l -> "en-US".equals(l.attribute("locale"))).singleElement()
                .satisfies(l -> assertThat(l.attribute("whatsNew")).isEqualTo("Faster sync."))
                .satisfies(l -> assertThat(l.attribute("promotionalText")).isEqualTo("Now with lists."));
        assertThat(state.referencing("appStoreReviewDetails", "appStoreVersion", version.id())).singleElement()
                .satisfies(d -> assertThat(d.attribute("contactEmail")).isEqualTo("ada@example.com"));
        StoredResource live = state.find("appInfos", a -> "READY_FOR_DISTRIBUTION".equals(a.get("state"))).orElseThrow();
        StoredResource editable = state.find("appInfos", a -> "PREPARE_FOR_SUBMISSION".equals(a.get("state")))
                .orElseThrow();
        assertThat(live.relatedId("primaryCategory")).as("the live app info is untouched").isEqualTo("PRODUCTIVITY");
        assertThat(editable.relatedId("primaryCategory")).isEqualTo("UTILITIES");
        assertThat(state.require("ageRatingDeclarations", editable.relatedId("ageRatingDeclaration"))
                .attribute("unrestrictedWebAccess")).isEqualTo(true);
        assertThat(state.require("ageRatingDeclarations", live.relatedId("ageRatingDeclaration"))
                .attribute("unrestrictedWebAccess")).isEqualTo(false);
        assertThat(state.referencing("appInfoLocalizations", "appInfo", live.id()))
                .extracting(l -> l.attribute("locale")).containsExactly("en-US");
        assertThat(state.referencing("appInfoLocalizations", "appInfo", editable.id()))
                .extracting(l -> l.attribute("locale")).containsExactlyInAnyOrder("en-US", "de-DE", "fr-FR");
        assertThat(state.all("inAppPurchasePrices")).isNotEmpty();
        assertThat(state.all("subscriptionPrices")).extracting(p -> p.relatedId("territory"))
                .containsExactlyInAnyOrder("USA", "GBR");
        assertThat(state.all("subscriptionIntroductoryOffers")).hasSize(1);
        String qa = state.find("betaGroups", a -> "QA".equals(a.get("name"))).orElseThrow().id();
        assertThat(state.referencing("betaTesters", "betaGroups", qa)).extracting(t -> t.attribute("email"))
                .containsExactlyInAnyOrder("jane@example.com", "bob@example.com");

        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
    }

    /** The request bodies of the writes with this method and path. */
    private static List<String> writes(List<RecordedExchange> log, String method, String path) {
        return log.stream().filter(e -> e.method().equals(method) && e.path().equals(path))
                .map(RecordedExchange::requestBody).toList();
    }
}
