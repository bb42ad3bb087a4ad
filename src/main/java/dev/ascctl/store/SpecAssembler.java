package dev.ascctl.store;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Builds the desired-state records from documents that passed every check, and applies defaults:
 * app beats store.yaml beats the credentials file.
 */
final class SpecAssembler {

    private static final List<String> CONTACT_KEYS =
            List.of("contactFirstName", "contactLastName", "contactEmail", "contactPhone");

    private final SecretResolver secrets;
    private final KindRules kinds;

    /** @param kinds which keys of a locale file are the app information's and which the version's */
    SpecAssembler(SecretResolver secrets, KindRules kinds) {
        this.kinds = kinds;
        this.secrets = secrets;
    }

    Policy policy(YamlDocument storeFile) {
        JsonNode policy = storeFile.root().path("policy");
        Map<String, Boolean> prune = new LinkedHashMap<>();
        policy.path("prune").properties().forEach(e -> prune.put(e.getKey(), e.getValue().asBoolean()));
        List<String> ignore = policy.path("ignore").valueStream().map(JsonNode::asString).toList();
        return new Policy(prune, ignore);
    }

    /** store.yaml defaults over credentials-file defaults. */
    StoreDefaults defaults(YamlDocument storeFile, ContactDefaultsInput extra) {
        Attributes yamlVersion = pick(storeFile, "/defaults", List.of("copyright"));
        Attributes yamlReview = pick(storeFile, "/defaults/review", CONTACT_KEYS);
        return new StoreDefaults(
                yamlVersion.withDefaults(fromCredentials(extra, List.of("copyright"))),
                yamlReview.withDefaults(fromCredentials(extra, CONTACT_KEYS)));
    }

    AppSpec app(String label, Path dir, YamlDocument appFile, Map<String, YamlDocument> localeFiles,
                YamlDocument testFlightFile, YamlDocument purchasesFile, Policy policy,
                StoreDefaults defaults, SectionValues sections, MediaSpec media) {
        JsonNode root = appFile.root();
        SortedMap<String, LocaleSpec> locales = new TreeMap<>();
        localeFiles.forEach((code, doc) -> locales.put(code, locale(code, doc)));
        return new AppSpec(label, dir, appFile.valueMark("/bundleId"),
                root.get("bundleId").asString(),
                root.path("platform").asString("IOS"),
                root.get("primaryLocale").asString(),
                pick(appFile, "", List.of("contentRightsDeclaration")),
                attributes(appFile, "/categories"),
                attributes(appFile, "/ageRating"),
                attributes(appFile, "/version").withDefaults(defaults.version()),
                attributes(appFile, "/review").withDefaults(defaults.review()),
                locales, media, testFlight(testFlightFile, policy),
                purchasesFile == null ? PurchasesSpec.none() : purchases(purchasesFile, label), sections);
    }

    private static final List<String> BETA_GROUP_KEYS = List.of("isInternalGroup", "hasAccessToAllBuilds",
            "publicLinkEnabled", "publicLinkLimitEnabled", "publicLinkLimit", "feedbackEnabled");

    /** testflight.yaml; testers are keyed by their lower-cased email. */
    private TestFlightSpec testFlight(YamlDocument doc, Policy policy) {
        JsonNode root = doc.root();
        List<BetaGroupSpec> groups = new java.util.ArrayList<>();
        for (int i = 0; i < root.path("groups").size(); i++) {
            String pointer = "/groups/" + i;
            groups.add(new BetaGroupSpec(root.at(pointer + "/name").asString(), pick(doc, pointer, BETA_GROUP_KEYS),
                    root.at(pointer + "/builds").valueStream().map(JsonNode::asString).toList(),
                    doc.valueMark(pointer + "/name")));
        }
        List<BetaTesterSpec> testers = new java.util.ArrayList<>();
        for (int i = 0; i < root.path("testers").size(); i++) {
            String pointer = "/testers/" + i;
            List<String> memberOf = root.at(pointer + "/groups").valueStream().map(JsonNode::asString).toList();
            testers.add(new BetaTesterSpec(root.at(pointer + "/email").asString(),
                    pick(doc, pointer, List.of("firstName", "lastName")), memberOf, doc.valueMark(pointer + "/email")));
        }
        SortedMap<String, Attributes> localizations = new TreeMap<>();
        root.path("localizations").propertyNames().forEach(locale ->
                localizations.put(locale, attributes(doc, YamlDocument.child("/localizations", locale))));
        List<BetaBuildSpec> builds = new java.util.ArrayList<>();
        for (int i = 0; i < root.path("builds").size(); i++) {
            String pointer = "/builds/" + i;
            SortedMap<String, Attributes> whatToTest = new TreeMap<>();
            root.at(pointer + "/localizations").propertyNames().forEach(locale -> whatToTest.put(locale,
                    pick(doc, YamlDocument.child(pointer + "/localizations", locale), List.of("whatsNew"))));
            builds.add(new BetaBuildSpec(root.at(pointer + "/build").asString(), whatToTest,
                    root.at(pointer + "/submitForReview").asBoolean(false), doc.valueMark(pointer + "/build")));
        }
        return new TestFlightSpec(groups, testers, localizations, attributes(doc, "/review"),
                policy.prunes("betaTesters"), builds, policy.prunes("betaGroupBuilds"));

    }

    /** {@code price: {territory, price, territories: {JPN: "700"}}}: the base price and the listed ones. */
    private static InAppPurchasePriceSpec inAppPurchasePrice(YamlDocument doc, String at) {
        JsonNode price = doc.root().at(at);
        java.util.SortedMap<String, InAppPurchasePriceSpec.Listed> listed = new TreeMap<>();
        for (String code : price.path("territories").propertyNames()) {
            String item = YamlDocument.child(at + "/territories", code);
            listed.put(code, new InAppPurchasePriceSpec.Listed(doc.root().at(item).asString(), doc.valueMark(item)));
        }
        return new InAppPurchasePriceSpec(price.get("territory").asString(), price.get("price").asString(),
                doc.valueMark(at + "/price"), listed);
    }

    /** purchases.yaml; the YAML's referenceName becomes Apple's attribute name where Apple calls it name. */
    private PurchasesSpec purchases(YamlDocument doc, String label) {
        List<InAppPurchaseSpec> iaps = new java.util.ArrayList<>();
        JsonNode list = doc.root().path("inAppPurchases");
        for (int i = 0; i < list.size(); i++) {
            String at = "/inAppPurchases/" + i;
            JsonNode item = list.get(i);
            iaps.add(new InAppPurchaseSpec(item.get("productId").asString(), doc.valueMark(at + "/productId"),
                    renamed(pick(doc, at, List.of("inAppPurchaseType", "referenceName", "familySharable", "reviewNote")),
                            "referenceName", "name"),
                    localizations(doc, at + "/localizations", List.of("name", "description")),
                    item.has("price") ? inAppPurchasePrice(doc, at + "/price") : null,
                    item.has("availability") ? availability(doc, at + "/availability") : null,
                    item.has("reviewScreenshot") ? reviewScreenshot(doc, label, item.get("reviewScreenshot").asString()) : null));
        }
        List<SubscriptionGroupSpec> groups = new java.util.ArrayList<>();
        JsonNode groupList = doc.root().path("subscriptionGroups");
        for (int g = 0; g < groupList.size(); g++) {
            String at = "/subscriptionGroups/" + g;
            List<SubscriptionSpec> subs = new java.util.ArrayList<>();
            JsonNode subList = groupList.get(g).path("subscriptions");
            for (int s = 0; s < subList.size(); s++) {
                String sub = at + "/subscriptions/" + s;
                subs.add(new SubscriptionSpec(subList.get(s).get("productId").asString(), doc.valueMark(sub + "/productId"),
                        renamed(pick(doc, sub, List.of("referenceName", "subscriptionPeriod", "groupLevel",
                                "familySharable", "reviewNote")), "referenceName", "name"),
                        localizations(doc, sub + "/localizations", List.of("name", "description")),
                        territoryPrices(doc, sub + "/prices"),
                        !subList.get(s).path("preserveCurrentPrice").isBoolean()
                                || subList.get(s).path("preserveCurrentPrice").asBoolean(),
                        subList.get(s).has("introductoryOffers") ? introductoryOffers(doc, sub + "/introductoryOffers") : null,
                        promotionalOffers(doc, sub + "/promotionalOffers"),
                        subList.get(s).has("availability") ? availability(doc, sub + "/availability") : null));
            }
            groups.add(new SubscriptionGroupSpec(groupList.get(g).get("referenceName").asString(),
                    doc.valueMark(at + "/referenceName"),
                    localizations(doc, at + "/localizations", List.of("name", "customAppName")), subs));
        }
        return new PurchasesSpec(iaps, groups);
    }

    /** A subscription's introductory offers by territory; the schema and PurchasesRules have checked them. */
    private static SortedMap<String, IntroductoryOfferSpec> introductoryOffers(YamlDocument doc, String pointer) {
        SortedMap<String, IntroductoryOfferSpec> out = new TreeMap<>();
        JsonNode list = doc.root().at(pointer);
        for (int i = 0; i < list.size(); i++) {
            JsonNode o = list.get(i);
            String territory = o.path("territory").asString();
            out.put(territory, new IntroductoryOfferSpec(territory, o.path("offerMode").asString(),
                    o.path("duration").asString(), o.path("numberOfPeriods").asInt(),
                    o.has("price") ? o.path("price").asString() : null,
                    o.has("endDate") ? o.path("endDate").asString() : null, doc.valueMark(pointer + "/" + i)));
        }
        return out;
    }

    /**
     * A review screenshot written relative to the app folder, as a file of the store ({@code apps/<label>/...}) with
     * its MD5; PurchasesRules has checked that it is a PNG or JPEG inside the app folder.
     */
    private static MediaFile reviewScreenshot(YamlDocument doc, String label, String written) {
        Path file = doc.file().getParent().resolve(written).normalize();
        try {
            return new MediaFile(file.getFileName().toString(), Path.of("apps", label).resolve(written).normalize(),
                    java.nio.file.Files.size(file), FileChecksum.md5(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file, e);
        }
    }

    /** A subscription's promotional offers, null without the key; the schema and PurchasesRules have checked them. */
    private static List<PromotionalOfferSpec> promotionalOffers(YamlDocument doc, String pointer) {
        JsonNode list = doc.root().at(pointer);
        if (!list.isArray()) {
            return null; // not managed: see SubscriptionSpec
        }
        List<PromotionalOfferSpec> out = new java.util.ArrayList<>();
        for (int o = 0; o < list.size(); o++) {
            String at = pointer + "/" + o;
            JsonNode offer = list.get(o);
            out.add(new PromotionalOfferSpec(offer.get("offerCode").asString(), doc.valueMark(at + "/offerCode"),
                    offer.get("name").asString(), offer.get("offerMode").asString(), offer.get("duration").asString(),
                    offer.get("numberOfPeriods").asInt(), territoryPrices(doc, at + "/prices")));
        }
        return out;
    }

    /** An in-app purchase's or a subscription's territories; the schema has checked the shapes. */
    private static InAppPurchaseAvailabilitySpec availability(YamlDocument doc, String pointer) {
        JsonNode node = doc.root().at(pointer);
        java.util.SortedSet<String> territories = new java.util.TreeSet<>();
        node.path("territories").forEach(t -> territories.add(t.asString()));
        return new InAppPurchaseAvailabilitySpec(territories, node.path("availableInNewTerritories").asBoolean(false),
                doc.keyMark(pointer));
    }

    /** A map of territory → customer price; the schema has checked the shapes. */
    private static SortedMap<String, TerritoryPrice> territoryPrices(YamlDocument doc, String pointer) {
        SortedMap<String, TerritoryPrice> out = new TreeMap<>();
        JsonNode map = doc.root().at(pointer);
        if (map.isObject()) {
            for (String territory : map.propertyNames()) {
                String at = YamlDocument.child(pointer, territory);
                out.put(territory, new TerritoryPrice(territory, map.get(territory).asString(), doc.valueMark(at)));
            }
        }
        return out;
    }

    private SortedMap<String, Attributes> localizations(YamlDocument doc, String pointer, List<String> keys) {
        SortedMap<String, Attributes> out = new TreeMap<>();
        JsonNode map = doc.root().at(pointer);
        if (map.isObject()) {
            for (String locale : map.propertyNames()) {
                out.put(locale, pick(doc, YamlDocument.child(pointer, locale), keys));
            }
        }
        return out;
    }

    /** The same attributes with one key renamed, keeping its place, value and mark. */
    private static Attributes renamed(Attributes in, String from, String to) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        Map<String, Mark> marks = new LinkedHashMap<>();
        in.values().forEach((k, v) -> {
            String key = k.equals(from) ? to : k;
            values.put(key, v);
            marks.put(key, in.marks().get(k));
        });
        return new Attributes(values, marks, Set.of());
    }

    private LocaleSpec locale(String code, YamlDocument doc) {
        return new LocaleSpec(code, doc.file(), pick(doc, "", kinds.keysAt(TextLimits.Place.LOCALE_APP_INFO)),
                pick(doc, "", kinds.keysAt(TextLimits.Place.LOCALE_VERSION)));
    }

    /** Every key of the map at {@code pointer}. */
    private Attributes attributes(YamlDocument doc, String pointer) {
        JsonNode map = doc.root().at(pointer);
        return map.isObject() ? pick(doc, pointer, List.copyOf(map.propertyNames())) : Attributes.empty();
    }

    /** The given keys of the map at {@code pointer}, in file order, keywords joined. */
    private Attributes pick(YamlDocument doc, String pointer, List<String> keys) {
        JsonNode map = doc.root().at(pointer);
        Map<String, JsonNode> values = new LinkedHashMap<>();
        Map<String, Mark> marks = new LinkedHashMap<>();
        Set<String> sensitive = new LinkedHashSet<>();
        map.properties().forEach(e -> {
            String key = e.getKey();
            if (!keys.contains(key)) {
                return;
            }
            JsonNode value = e.getValue();
            if (key.equals("keywords") && !value.isNull()) {
                value = JsonNodeFactory.instance.stringNode(Keywords.join(value));
            }
            values.put(key, value);
            marks.put(key, doc.keyMark(YamlDocument.child(pointer, key)));
            if (key.equals("demoAccountPassword") || (value.isString() && secrets.isReference(value.asString()))) {
                sensitive.add(key);
            }
        });
        return new Attributes(values, marks, sensitive);
    }

    private static Attributes fromCredentials(ContactDefaultsInput extra, List<String> keys) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        Map<String, Mark> marks = new LinkedHashMap<>();
        for (String key : keys) {
            String value = extra.values().get(key);
            if (value != null) {
                values.put(key, JsonNodeFactory.instance.stringNode(value));
                marks.put(key, Mark.startOf(extra.source()));
            }
        }
        return new Attributes(values, marks, Set.of());
    }
}
