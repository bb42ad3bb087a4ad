package dev.ascctl.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Checks of purchases.yaml beyond its schema: product ids (shape, and unique across in-app purchases and
 * subscriptions), unique group names, locale codes, territory codes and Apple's text limits as the purchase kinds
 * declare them ({@link TextLimits}). Values of the wrong type are left to the schema.
 */
final class PurchasesRules {
    private final YamlDocument doc;
    private final TextLimits limits;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, String> productIds = new HashMap<>();

    private PurchasesRules(YamlDocument doc, TextLimits limits) {
        this.doc = doc;
        this.limits = limits;
    }

    static List<Problem> check(YamlDocument doc, TextLimits limits) {
        PurchasesRules rules = new PurchasesRules(doc, limits);
        rules.run();
        return rules.problems;
    }

    private void run() {
        JsonNode iaps = doc.root().path("inAppPurchases");
        for (int i = 0; i < iaps.size(); i++) {
            String at = "/inAppPurchases/" + i;
            product(at);
            localizations(at + "/localizations", true);
            territories(at + "/availability/territories");
            listedPrices(at + "/price");
            reviewScreenshot(at + "/reviewScreenshot");
        }
        Map<String, String> groups = new HashMap<>();
        JsonNode groupList = doc.root().path("subscriptionGroups");
        for (int g = 0; g < groupList.size(); g++) {
            String at = "/subscriptionGroups/" + g;
            JsonNode name = doc.root().at(at + "/referenceName");
            if (name.isString()) {
                String first = groups.putIfAbsent(name.asString(), at);
                if (first != null) {
                    problems.add(doc.problemAt(at + "/referenceName", "subscription group '" + name.asString()
                            + "' is declared twice; a group's referenceName is its key"));
                } else if (name.asString().contains("[") || name.asString().contains("]")) {
                    problems.add(doc.problemAt(at + "/referenceName", "a group's referenceName cannot contain [ or ]"));
                }
                lengths(at, TextLimits.Place.SUBSCRIPTION_GROUP);
            }
            localizations(at + "/localizations", false);
            JsonNode subs = doc.root().at(at + "/subscriptions");
            for (int s = 0; s < subs.size(); s++) {
                String sub = at + "/subscriptions/" + s;
                product(sub);
                localizations(sub + "/localizations", true);
                introductoryOffers(sub + "/introductoryOffers");
                promotionalOffers(sub + "/promotionalOffers");
                territories(sub + "/availability/territories");
            }
        }
    }

    private void product(String at) {
        JsonNode id = doc.root().at(at + "/productId");
        if (id.isString()) {
            if (!ProductIds.isValid(id.asString())) {
                problems.add(doc.problemAt(at + "/productId", "productId '" + id.asString() + "' may hold only letters,"
                        + " digits, hyphens, periods and underscores, at most 100 characters"));
            }
            String first = productIds.putIfAbsent(id.asString(), at);
            if (first != null) {
                problems.add(doc.problemAt(at + "/productId", "productId '" + id.asString() + "' is already used on line "
                        + doc.valueMark(first + "/productId").line() + "; Apple needs a different productId for every product"));
            }
        }
        lengths(at, TextLimits.Place.PRODUCT);
    }

    /**
     * One offer per territory (Apple allows one introductory offer per territory at a time); a known territory;
     * a price exactly when the mode is paid (Apple's FREE_TRIAL takes no price point, the others need one).
     */
    private void introductoryOffers(String at) {
        JsonNode list = doc.root().at(at);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String item = at + "/" + i;
            JsonNode territory = list.get(i).path("territory");
            if (territory.isString()) {
                if (!TerritoryCodes.isKnown(territory.asString())) {
                    problems.add(doc.problemAt(item + "/territory", "territory '" + territory.asString()
                            + "' is not one of Apple's territory codes (ISO 3166-1 alpha-3, e.g. USA, GBR, DEU)"));
                }
                Integer first = seen.putIfAbsent(territory.asString(), i);
                if (first != null) {
                    problems.add(doc.problemAt(item + "/territory", "a second introductory offer for "
                            + territory.asString() + " (the first is on line " + doc.valueMark(at + "/" + first).line()
                            + "); Apple allows one per territory at a time"));
                }
            }
            JsonNode mode = list.get(i).path("offerMode");
            boolean free = "FREE_TRIAL".equals(mode.asString(""));
            if (mode.isString() && free && list.get(i).has("price")) {
                problems.add(doc.problemAt(item + "/price", "a FREE_TRIAL has no price; remove it or choose"
                        + " PAY_AS_YOU_GO or PAY_UP_FRONT"));
            } else if (mode.isString() && !free && !list.get(i).has("price")) {
                problems.add(doc.problemAt(item + "/offerMode", mode.asString() + " needs a price (one of the"
                        + " subscription's price points in the territory)"));
            }
        }
    }

    /**
     * Offer codes are the key of a subscription's offers, so they are unique within it and usable in an address;
     * a free trial has no prices and a paid offer needs at least one (Apple prices a paid offer per territory).
     */
    private void promotionalOffers(String at) {
        JsonNode offers = doc.root().at(at);
        Map<String, String> codes = new HashMap<>();
        for (int o = 0; o < offers.size(); o++) {
            String offer = at + "/" + o;
            JsonNode code = doc.root().at(offer + "/offerCode");
            if (code.isString()) {
                String first = codes.putIfAbsent(code.asString(), offer);
                if (first != null) {
                    problems.add(doc.problemAt(offer + "/offerCode", "offerCode '" + code.asString()
                            + "' is already used on line " + doc.valueMark(first + "/offerCode").line()
                            + "; a subscription's offer codes must differ"));
                } else if (code.asString().contains("[") || code.asString().contains("]")) {
                    problems.add(doc.problemAt(offer + "/offerCode", "an offerCode cannot contain [ or ]"));
                }
            }
            JsonNode mode = doc.root().at(offer + "/offerMode");
            boolean hasPrices = doc.root().at(offer + "/prices").size() > 0;
            if (mode.isString() && mode.asString().equals("FREE_TRIAL") && hasPrices) {
                problems.add(doc.problemAt(offer + "/prices", "a FREE_TRIAL offer costs nothing; remove its prices"));
            } else if (mode.isString() && !mode.asString().equals("FREE_TRIAL") && !hasPrices) {
                problems.add(doc.problemAt(offer + "/offerMode", "a " + mode.asString()
                        + " offer needs prices, e.g. prices: {USA: \"1.99\"}"));
            }
        }
    }

    /**
     * Territories priced by hand next to the base price: Apple's territory codes, and never the base territory
     * itself (its price is {@code price}; a second one would be a second manual price for it, which Apple refuses).
     */
    private void listedPrices(String at) {
        JsonNode listed = doc.root().at(at + "/territories");
        String base = doc.root().at(at + "/territory").asString("");
        for (String code : listed.propertyNames()) {
            String item = YamlDocument.child(at + "/territories", code);
            if (!TerritoryCodes.isKnown(code)) {
                problems.add(doc.problemAt(item, "territory '" + code
                        + "' is not one of Apple's territory codes (ISO 3166-1 alpha-3, e.g. USA, GBR, DEU)"));
            } else if (code.equals(base)) {
                problems.add(doc.problemAt(item, code + " is the base territory; its price is the price above,"
                        + " so list only other territories here"));
            }
        }
    }

    /** Each listed territory must be one of Apple's, or Apple would refuse the whole availability. */
    private void territories(String at) {
        JsonNode list = doc.root().at(at);
        for (int t = 0; t < list.size(); t++) {
            JsonNode code = list.get(t);
            if (code.isString() && !TerritoryCodes.isKnown(code.asString())) {
                problems.add(doc.problemAt(at + "/" + t, "territory '" + code.asString()
                        + "' is not one of Apple's territory codes (ISO 3166-1 alpha-3, e.g. USA, GBR, DEU)"));
            }
        }
    }

    /**
     * A review screenshot is a PNG or JPEG file inside the app folder (App Store Connect takes only these two
     * image formats), so a plan never reserves an upload Apple would fail.
     */
    private void reviewScreenshot(String at) {
        JsonNode value = doc.root().at(at);
        if (!value.isString()) {
            return;
        }
        java.nio.file.Path appDir = doc.file().getParent().toAbsolutePath().normalize();
        java.nio.file.Path file = appDir.resolve(value.asString()).normalize();
        if (value.asString().isBlank() || !file.startsWith(appDir) || file.equals(appDir)) {
            problems.add(doc.problemAt(at, "reviewScreenshot must be a file inside the app folder, e.g. review/pro.png"));
            return;
        }
        if (!java.nio.file.Files.isRegularFile(file)) {
            problems.add(doc.problemAt(at, "reviewScreenshot file " + value.asString() + " not found in the app folder"));
            return;
        }
        try {
            // A link out of the store would upload someone's file to Apple (issue 21 finding 5): as StoreFiles.
            java.nio.file.Path store = appDir.getParent() == null || appDir.getParent().getParent() == null ? appDir
                    : appDir.getParent().getParent();
            if (!file.toRealPath().startsWith(store.toRealPath())) {
                problems.add(doc.problemAt(at, "reviewScreenshot " + value.asString() + " is a symbolic link leading"
                        + " outside the store; ascctl reads only files inside the store folder (copy the file in"
                        + " instead of linking to it)"));
                return;
            }
            if (ImageHeaders.read(file).isEmpty()) {
                problems.add(doc.problemAt(at, "reviewScreenshot " + value.asString() + " is not a PNG or JPEG image"));
            }
        } catch (java.io.IOException e) {
            problems.add(doc.problemAt(at, "cannot read reviewScreenshot " + value.asString() + ": " + e.getMessage()));
        }
    }

    private void localizations(String at, boolean product) {
        JsonNode map = doc.root().at(at);
        if (!map.isObject()) {
            return;
        }
        for (String locale : map.propertyNames()) {
            String entry = YamlDocument.child(at, locale);
            if (!AscLocales.isKnown(locale)) {
                problems.add(new Problem(doc.keyMark(entry), StoreRules.unknownLocale(locale)));
            }
            lengths(entry, product ? TextLimits.Place.PRODUCT_LOCALIZATION
                    : TextLimits.Place.SUBSCRIPTION_GROUP_LOCALIZATION);
        }
    }

    /** Each limited key of the object at {@code at} within its limit. */
    private void lengths(String at, TextLimits.Place place) {
        limits.at(place).forEach((key, limit) -> length(YamlDocument.child(at, key), key, limit));
    }

    private void length(String pointer, String key, int limit) {
        JsonNode value = doc.root().at(pointer);
        if (value.isString() && TextLimits.length(value.asString()) > limit) {
            problems.add(doc.problemAt(pointer, key + " is " + TextLimits.length(value.asString())
                    + " characters; Apple allows at most " + limit));
        }
    }
}
