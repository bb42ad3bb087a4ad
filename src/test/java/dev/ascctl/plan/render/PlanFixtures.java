package dev.ascctl.plan.render;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.plan.Action;
import dev.ascctl.plan.AttributeChange;
import dev.ascctl.plan.BlockedChange;
import dev.ascctl.plan.Plan;
import dev.ascctl.plan.ResourceChange;
import dev.ascctl.resource.Address;
import dev.ascctl.resource.ManualStep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Plans for the renderer tests, built in code so each golden file shows what its plan holds. */
final class PlanFixtures {
    static final String SECRET = "hunter2-secret";

    static final Address APP = Address.app("com.example.notes");
    static final Address VERSION = APP.child("version", "2.4.0");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Instant CREATED = Instant.parse("2026-05-01T09:00:00Z");
    private static final String STORE_HASH = "sha256:0f1e2d3c";

    private PlanFixtures() {
    }

    /** Every kind of line at once: creates, updates, a replace, a delete, blocked changes, a secret, long text. */
    static Plan everything() {
        List<ResourceChange> changes = List.of(
                change(APP.child("locale", "de-DE").child("info"), "appInfoLocalization", Action.CREATE, null, 0,
                        added("name", text("Notizen Pro")),
                        added("subtitle", text("Denken in Listen")),
                        added("privacyPolicyUrl", text("https://example.com/de/privacy"))),
                change(VERSION, "appStoreVersion", Action.UPDATE, null, 3,
                        changed("earliestReleaseDate", text("2026-06-01T00:00:00Z"), NODES.nullNode()),
                        changed("phasedRelease", NODES.booleanNode(false), NODES.booleanNode(true))),
                change(VERSION.child("locale", "en-US"), "appStoreVersionLocalization", Action.UPDATE, null, 4,
                        changed("description", text("""
                                Notes keeps your thoughts in order.
                                Lists, checklists and journals.
                                Sync across devices.
                                Share a note with one tap.
                                Search everything.
                                Tags and folders.
                                Export to PDF.
                                Dark mode.
                                Made in Berlin."""), text("""
                                Notes Pro keeps your thoughts in order.
                                Lists, checklists and journals.
                                Sync across devices.
                                Share a note with one tap.
                                Search everything.
                                Tags and folders.
                                Export to PDF.
                                Dark mode.
                                Widgets for your home screen.
                                Made in Berlin.""")),
                        changed("promotionalText", text("Now with folders."), text("Now with widgets.")),
                        changed("whatsNew", NODES.nullNode(), text("Widgets.")),
                        changed("marketingUrl", text("https://example.com/old"), NODES.nullNode())),
                change(VERSION.child("reviewDetail"), "appStoreReviewDetail", Action.UPDATE, null, 5,
                        // The values are given on purpose: the record must drop them.
                        new AttributeChange("demoAccountPassword", text("old-" + SECRET), text(SECRET), true),
                        changed("notes", text("Log in with the demo account."),
                                text("Log in with the demo account; \"Pro\" is unlocked."))),
                change(VERSION.child("locale", "de-DE"), "appStoreVersionLocalization", Action.CREATE, null, 0,
                        added("description", text("Notizen Pro ordnet deine Gedanken.\nListen, Checklisten und "
                                + "Tagebuch.")),
                        added("keywords", text("notizen,listen,tagebuch")),
                        added("marketingUrl", NODES.nullNode())),
                change(VERSION.child("screenshots", "de-DE/APP_IPHONE_67"), "appScreenshotSet", Action.REPLACE,
                        "the display type of a screenshot set cannot be changed", 0,
                        changed("screenshotDisplayType", text("APP_IPHONE_65"), text("APP_IPHONE_67")),
                        changed("screenshots", array("01-home.png", "02-lists.png"), array("01-home.png"))),
                change(VERSION.child("locale", "fr-FR"), "appStoreVersionLocalization", Action.DELETE,
                        "it is not in the store and pruning is on for locales", 0,
                        removed("description", text("Notes garde vos idées en ordre. Listes, listes de contrôle et "
                                + "journaux, synchronisés partout.")),
                        removed("keywords", text("notes,listes"))));
        List<BlockedChange> blocked = List.of(
                new BlockedChange(APP.child("version", "2.3.1").child("locale", "en-US"),
                        "appStoreVersionLocalization",
                        "the version is WAITING_FOR_REVIEW, and Apple refuses edits in that state",
                        List.of(changed("whatsNew", text("Bug fixes."), text("Widgets.")))),
                new BlockedChange(APP.child("locale", "it").child("info"), "appInfoLocalization",
                        "not deleted: the primary locale of an app cannot be deleted", List.of()));
        List<ManualStep> manual = List.of(
                new ManualStep(APP, "declare whether the app uses third-party content, or set "
                        + "contentRightsDeclaration in app.yaml", "App Store Connect → App Information → Content Rights"),
                new ManualStep(VERSION.child("submission"), "check that the App Privacy answers are complete and "
                        + "published (Apple's API cannot read or set them)", "App Store Connect → App Privacy"));
        return new Plan(Plan.FORMAT_VERSION, CREATED, STORE_HASH, List.of("com.example.notes"), changes, blocked,
                List.of(), 4, 11, manual);
    }

    /** Nothing to change, one step left to a person; its text tries to break out of markdown. */
    static Plan onlyManualSteps() {
        return new Plan(Plan.FORMAT_VERSION, CREATED, STORE_HASH, List.of("com.example.notes"), List.of(), List.of(),
                List.of(), 3, 0, List.of(new ManualStep(APP.child("ageRating"),
                        "answer 2 of 14 age rating questions (contests, gambling) </details> <b>now</b>",
                        "App Store Connect → App Information → Age Rating")));
    }

    /**
     * Replacements as the planner makes them from attributes declared {@code requiresReplace}: an introductory
     * offer whose duration changes (its endDate alone would change in place) and a review screenshot's new file.
     */
    static Plan replacements() {
        Address subscription = APP.child("subscriptionGroup", "Notes Plus").child("subscription", "com.example.plus");
        return plan(List.of(
                change(subscription.child("introductoryOffer", "USA"), "introductoryOffer", Action.REPLACE, null, 3,
                        changed("duration", text("ONE_WEEK"), text("TWO_WEEKS")).forcingReplacement(),
                        changed("endDate", NODES.nullNode(), text("2027-01-31"))),
                change(APP.child("iap", "com.example.pro").child("reviewScreenshot"), "inAppPurchaseReviewScreenshot",
                        Action.REPLACE, null, 0, changed("file",
                                text("pro.png (5120 bytes, md5 0123456789abcdef0123456789abcdef)"),
                                text("review/pro.png (6144 bytes, md5 fedcba9876543210fedcba9876543210)"))
                                .forcingReplacement())), List.of(), 5, 4);
    }

    /**
     * A product and its price created in one apply: the price's points exist only once the product does, so the
     * plan shows them as known after apply (as the planner makes them for a product it creates).
     */
    static Plan knownAfterApply() {
        Address product = APP.child("iap", "com.example.pro");
        String productId = dev.ascctl.resource.IdReference.token(product);
        List<dev.ascctl.resource.KnownAfterApply> lookups = new ArrayList<>();
        tools.jackson.databind.node.ObjectNode body = NODES.objectNode();
        tools.jackson.databind.node.ArrayNode points = body.putObject("data").put("type", "inAppPurchasePriceSchedules")
                .putArray("points");
        for (String[] price : new String[][] {{"USA", "4.99"}, {"JPN", "700"}}) {
            dev.ascctl.resource.KnownAfterApply lookup = dev.ascctl.resource.KnownAfterApply.idOf(
                    "pricePoint[" + price[0] + "]",
                    "the " + price[0] + " price point of " + price[1] + " for com.example.pro",
                    dev.ascctl.asc.ApiQuery.of("/v2/inAppPurchases/" + productId + "/pricePoints")
                            .filter("territory", price[0]).limit(8000),
                    "customerPrice", price[1], dev.ascctl.resource.KnownAfterApply.Match.DECIMAL);
            lookups.add(lookup);
            points.add(lookup.token());
        }
        ResourceChange create = change(product, "inAppPurchase", Action.CREATE, null, 0,
                added("name", text("Pro")), added("inAppPurchaseType", text("NON_CONSUMABLE")));
        ResourceChange price = new ResourceChange(product.child("price", "USA"), "inAppPurchasePrice", Action.CREATE,
                null, List.of(added("customerPrice", text("4.99")), added("territories", prices("JPN", "700"))), 0,
                List.of(ApiCall.post("/v1/inAppPurchasePriceSchedules", body)), null, List.of(), lookups);
        return plan(List.of(create, price), List.of(), 4, 4);
    }

    /**
     * Territory → price maps changed: one line per territory added, changed or removed, the unchanged ones counted
     * (an in-app purchase's listed territories), and a map whose every territory is new.
     */
    static Plan territoryPrices() {
        Address product = APP.child("iap", "com.example.pro");
        ResourceChange price = change(product.child("price", "USA"), "inAppPurchasePrice", Action.UPDATE, null, 1,
                changed("territories", prices("DEU", "4.99", "GBR", "4.49", "JPN", "700"),
                        prices("DEU", "4.99", "FRA", "5.49", "GBR", "4.99")));
        Address offer = APP.child("subscriptionGroup", "Plus").child("subscription", "com.example.plus")
                .child("promotionalOffer", "SPRING");
        ResourceChange promotional = change(offer, "promotionalOffer", Action.CREATE, null, 0,
                added("name", text("Spring")), added("prices", prices("GBR", "1.79", "USA", "1.99")));
        return plan(List.of(price, promotional), List.of(), 5, 2);
    }

    /**
     * An app's base price put on sale: the change's effect table (each territory's customer price and proceeds, with
     * the dates each holds) under it, and a hand-set territory in its note.
     */
    static Plan priceEffect() {
        List<List<String>> rows = new ArrayList<>();
        String[][] territories = {{"USA", "USD", "4.99", "3.49", "2.99", "2.09"}, {"GBR", "GBP", "4.09", "2.39",
                "2.49", "1.45"}, {"DEU", "EUR", "4.79", "2.82", "2.89", "1.7"}};
        for (String[] t : territories) {
            rows.add(List.of(t[0], t[1], "now", "2027-01-15", t[2], t[3]));
            rows.add(List.of(t[0], t[1], "2027-01-15", "2027-02-01", t[4], t[5]));
            rows.add(List.of(t[0], t[1], "2027-02-01", "-", t[2], t[3]));
        }
        dev.ascctl.resource.EffectTable table = new dev.ascctl.resource.EffectTable("Customer price and proceeds in"
                + " each territory once applied (Apple equalizes from USA)", List.of("Territory", "Currency", "From",
                "Until", "Customer price", "Proceeds"), rows, "Set by hand, kept as they are: JPN 800.");
        ResourceChange price = change(APP.child("price"), "appPrice", Action.UPDATE, null, 3,
                changed("schedule", text("none"), text("2027-01-15..2027-02-01 2.99"))).withEffect(table);
        return plan(List.of(price), List.of(), 1, 1);
    }

    static Plan noChanges() {
        return plan(List.of(), List.of(), 3, 0);
    }

    /** Differences exist but none can be applied now. */
    static Plan onlyBlocked() {
        return plan(List.of(), List.of(
                new BlockedChange(VERSION.child("locale", "en-US"), "appStoreVersionLocalization",
                        "whatsNew cannot be set on an app's first version",
                        List.of(changed("whatsNew", NODES.nullNode(), text("First release."))))), 3, 0);
    }

    /** Only updates, for the legend. */
    static Plan onlyUpdates() {
        return plan(List.of(change(VERSION, "appStoreVersion", Action.UPDATE, null, 0,
                changed("copyright", text("2025 Example Inc."), text("2026 Example Inc.")))), List.of(), 3, 2);
    }

    /** A plan whose markdown is far over GitHub's limit: long text changes in many locales, many deletions. */
    static Plan huge() {
        List<ResourceChange> changes = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            StringBuilder before = new StringBuilder();
            StringBuilder after = new StringBuilder();
            for (int line = 0; line < 6; line++) {
                before.append("Locale ").append(i).append(", line ").append(line).append(": the old description.\n");
                after.append("Locale ").append(i).append(", line ").append(line).append(": the new description.\n");
            }
            changes.add(change(VERSION.child("locale", "x" + i), "appStoreVersionLocalization",
                    Action.UPDATE, null, 2, changed("description", text(before.toString()), text(after.toString()))));
        }
        for (int i = 0; i < 150; i++) {
            changes.add(change(APP.child("betaTester", "tester" + i + "@example.com"), "betaTester", Action.DELETE,
                    "it is not in the store and pruning is on for betaTesters", 0,
                    removed("email", text("tester" + i + "@example.com"))));
        }
        return plan(changes, List.of(), 601, 451);
    }

    static Plan plan(List<ResourceChange> changes, List<BlockedChange> blocked, int used, int estimated) {
        return new Plan(Plan.FORMAT_VERSION, CREATED, STORE_HASH, List.of("com.example.notes"), changes, blocked,
                List.of(), used, estimated);
    }

    static ResourceChange change(Address address, String kind, Action action, String reason, int unchanged,
                                 AttributeChange... attributes) {
        // One placeholder write per change: renderers never look at the calls.
        ApiCall call = new ApiCall("PATCH", "/v1/placeholder",
                tools.jackson.databind.json.JsonMapper.builder().build()
                        .readTree("{\"data\":{\"type\":\"placeholder\",\"id\":\"1\"}}"), Set.of());
        return new ResourceChange(address, kind, action, reason, List.of(attributes), unchanged, List.of(call), null);
    }

    static AttributeChange added(String name, JsonNode after) {
        return new AttributeChange(name, null, after, false);
    }

    static AttributeChange changed(String name, JsonNode before, JsonNode after) {
        return new AttributeChange(name, before, after, false);
    }

    static AttributeChange removed(String name, JsonNode before) {
        return new AttributeChange(name, before, null, false);
    }

    static JsonNode text(String value) {
        return NODES.stringNode(value);
    }

    /** Territory → price pairs as a price map attribute holds them. */
    static JsonNode prices(String... territoryThenPrice) {
        var prices = NODES.objectNode();
        for (int i = 0; i < territoryThenPrice.length; i += 2) {
            prices.put(territoryThenPrice[i], territoryThenPrice[i + 1]);
        }
        return prices;
    }

    static JsonNode array(String... values) {
        var array = NODES.arrayNode();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }
}
