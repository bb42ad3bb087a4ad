package dev.ascctl.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Checks beyond the JSON Schema, per file: Apple's text limits (as the kinds declare them, {@link TextLimits}),
 * keywords, URLs, emails, dates, secret references, the demo password and locale names. Every check tolerates
 * values of the wrong type (the schema reports those), so all problems of a file are found in one pass.
 */
final class StoreRules {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");

    private final SecretResolver secrets;
    private final TextLimits limits;

    StoreRules(SecretResolver secrets, TextLimits limits) {
        this.secrets = secrets;
        this.limits = limits;
    }

    List<Problem> checkPurchasesFile(YamlDocument doc) {
        return PurchasesRules.check(doc, limits);
    }

    List<Problem> checkStoreFile(YamlDocument doc) {
        List<Problem> problems = new ArrayList<>(checkSecretReferences(doc));
        checkEmail(doc, "/defaults/review/contactEmail", problems);
        return problems;
    }

    List<Problem> checkAppFile(YamlDocument doc) {
        List<Problem> problems = new ArrayList<>(checkSecretReferences(doc));
        JsonNode root = doc.root();
        JsonNode primary = root.path("primaryLocale");
        if (primary.isString() && !AscLocales.isKnown(primary.asString())) {
            problems.add(doc.problemAt("/primaryLocale", unknownLocale(primary.asString())));
        }
        JsonNode version = root.path("version");
        if (version.path("releaseType").asString("").equals("SCHEDULED")
                && (!version.has("earliestReleaseDate") || version.get("earliestReleaseDate").isNull())) {
            problems.add(doc.problemAt("/version/releaseType",
                    "releaseType SCHEDULED needs version.earliestReleaseDate (an ISO date-time like 2026-09-01T08:00:00Z)"));
        }
        JsonNode date = version.path("earliestReleaseDate");
        if (date.isString()) {
            try {
                OffsetDateTime.parse(date.asString());
            } catch (DateTimeParseException e) {
                problems.add(doc.problemAt("/version/earliestReleaseDate", "'" + date.asString()
                        + "' is not an ISO date-time with offset, e.g. 2026-09-01T08:00:00Z"));
            }
        }
        checkCategories(doc, problems);
        checkUrl(doc, "/ageRating/developerAgeRatingInfoUrl", problems);
        checkEmail(doc, "/review/contactEmail", problems);
        limits.at(TextLimits.Place.APP_REVIEW).forEach((key, limit) ->
                checkLength(doc, YamlDocument.child("/review", key), limit, problems));
        JsonNode password = root.path("review").path("demoAccountPassword");
        if (password.isString() && !secrets.looksLikeReference(password.asString())) {
            // Never echo the value: it is a password someone just committed.
            problems.add(doc.problemAt("/review/demoAccountPassword", "review.demoAccountPassword must be a secret"
                    + " reference, not the password itself; use ${env:ASC_DEMO_PASSWORD} (or ${file:PATH})"));
        }
        return problems;
    }

    List<Problem> checkLocaleFile(YamlDocument doc, String localeFromFileName) {
        List<Problem> problems = new ArrayList<>(checkSecretReferences(doc));
        JsonNode root = doc.root();
        JsonNode declared = root.path("locale");
        if (declared.isString() && !declared.asString().equals(localeFromFileName)) {
            problems.add(doc.problemAt("/locale", "locale '" + declared.asString() + "' does not match the file name "
                    + localeFromFileName + ".yaml"));
        }
        for (TextLimits.Place place : List.of(TextLimits.Place.LOCALE_APP_INFO, TextLimits.Place.LOCALE_VERSION)) {
            limits.at(place).forEach((key, limit) -> {
                if (!key.equals(Keywords.KEY)) { // counted joined, in checkKeywords
                    checkLength(doc, YamlDocument.child("", key), limit, problems);
                }
            });
        }
        for (String key : List.of("privacyPolicyUrl", "privacyChoicesUrl", "marketingUrl", "supportUrl")) {
            checkUrl(doc, "/" + key, problems);
        }
        checkKeywords(doc, problems);
        return problems;
    }

    /**
     * testflight.yaml: tester emails valid and unique (Apple keys a tester by email, case-insensitively), group
     * names unique, every group a tester names declared in the same file, locales known, the beta app's texts within
     * Apple's limits, URLs and emails valid, the demo password a secret reference.
     */
    List<Problem> checkTestFlightFile(YamlDocument doc) {
        List<Problem> problems = new ArrayList<>(checkSecretReferences(doc));
        JsonNode root = doc.root();
        Map<String, Integer> groups = new HashMap<>();
        JsonNode groupList = root.path("groups");
        for (int i = 0; i < groupList.size(); i++) {
            JsonNode name = groupList.get(i).path("name");
            if (name.isString() && groups.putIfAbsent(name.asString(), i) != null) {
                problems.add(doc.problemAt("/groups/" + i + "/name", "beta group '" + name.asString()
                        + "' is declared twice (first as groups[" + groups.get(name.asString()) + "])"));
            }
        }
        Map<String, Integer> emails = new HashMap<>();
        JsonNode testers = root.path("testers");
        for (int i = 0; i < testers.size(); i++) {
            String pointer = "/testers/" + i;
            JsonNode email = testers.get(i).path("email");
            if (email.isString()) {
                if (!EMAIL.matcher(email.asString()).matches()) {
                    problems.add(doc.problemAt(pointer + "/email", "testers[" + i + "].email '" + email.asString()
                            + "' is not an email address"));
                } else {
                    Integer first = emails.putIfAbsent(email.asString().toLowerCase(Locale.ROOT), i);
                    if (first != null) {
                        problems.add(doc.problemAt(pointer + "/email", "beta tester '" + email.asString()
                                + "' is listed twice (first as testers[" + first + "]); list each tester once"
                                + " with all their groups"));
                    }
                }
            }
            JsonNode memberOf = testers.get(i).path("groups");
            for (int g = 0; g < memberOf.size(); g++) {
                JsonNode group = memberOf.get(g);
                if (group.isString() && !groups.containsKey(group.asString())) {
                    problems.add(doc.problemAt(pointer + "/groups/" + g, "unknown beta group '" + group.asString()
                            + "'; declare it under groups:" + Suggestions.closest(group.asString(), groups.keySet())
                            .map(c -> " (did you mean '" + c + "'?)").orElse("")));
                }
            }
        }
        root.path("localizations").propertyNames().forEach(locale -> {
            String pointer = YamlDocument.child("/localizations", locale);
            if (!AscLocales.isKnown(locale)) {
                problems.add(new Problem(doc.keyMark(pointer), unknownLocale(locale)));
            }
            checkEmail(doc, pointer + "/feedbackEmail", problems);
            limits.at(TextLimits.Place.BETA_APP_LOCALIZATION).forEach((key, limit) ->
                    checkLength(doc, YamlDocument.child(pointer, key), limit, problems));
            checkUrl(doc, pointer + "/marketingUrl", problems);
            checkUrl(doc, pointer + "/privacyPolicyUrl", problems);
        });
        checkEmail(doc, "/review/contactEmail", problems);
        checkBetaBuilds(doc, problems);
        JsonNode password = root.path("review").path("demoAccountPassword");
        if (password.isString() && !secrets.looksLikeReference(password.asString())) {
            problems.add(doc.problemAt("/review/demoAccountPassword", "review.demoAccountPassword must be a secret"
                    + " reference, not the password itself; use ${env:ASC_DEMO_PASSWORD} (or ${file:PATH})"));
        }
        return problems;
    }

    /** testflight.yaml builds: each build named once, known locales, What to Test within Apple's limit. */
    private void checkBetaBuilds(YamlDocument doc, List<Problem> problems) {
        JsonNode groupList = doc.root().path("groups");
        for (int g = 0; g < groupList.size(); g++) {
            JsonNode named = groupList.get(g).path("builds");
            Map<String, Integer> first = new HashMap<>();
            for (int b = 0; b < named.size(); b++) {
                if (named.get(b).isString() && first.putIfAbsent(named.get(b).asString(), b) != null) {
                    problems.add(doc.problemAt("/groups/" + g + "/builds/" + b, "build '" + named.get(b).asString()
                            + "' is listed twice in the builds of group '" + groupList.get(g).path("name").asString() + "'"));
                }
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        JsonNode builds = doc.root().path("builds");
        for (int i = 0; i < builds.size(); i++) {
            String pointer = "/builds/" + i;
            JsonNode build = builds.get(i).path("build");
            if (build.isString() && seen.putIfAbsent(build.asString(), i) != null) {
                problems.add(doc.problemAt(pointer + "/build", "build '" + build.asString() + "' is listed twice"
                        + " under builds (first as builds[" + seen.get(build.asString()) + "]); list each build once"));
            }
            builds.get(i).path("localizations").propertyNames().forEach(locale -> {
                String at = YamlDocument.child(pointer + "/localizations", locale);
                if (!AscLocales.isKnown(locale)) {
                    problems.add(new Problem(doc.keyMark(at), unknownLocale(locale)));
                }
                limits.limitOf(TextLimits.Place.BETA_BUILD_LOCALIZATION, "whatsNew").ifPresent(limit -> {
                    JsonNode text = doc.root().at(at + "/whatsNew");
                    if (text.isString() && TextLimits.length(text.asString()) > limit) {
                        problems.add(doc.problemAt(at + "/whatsNew", "What to Test (whatsNew) of build '"
                                + build.asString() + "' in " + locale + " is " + TextLimits.length(text.asString())
                                + " characters; Apple allows at most " + limit));
                    }
                });
            });
        }
    }

    /**
     * categories: ids from Apple's list ({@link AppCategories}), a category (not a subcategory) in primary and
     * secondary, and each subcategory under the category it belongs to, declared in the same block, since Apple
     * checks a subcategory against the category of its slot. Ids of the wrong shape are left to the schema.
     */
    private static void checkCategories(YamlDocument doc, List<Problem> problems) {
        JsonNode categories = doc.root().path("categories");
        for (String slot : List.of("primary", "secondary")) {
            String category = categoryId(categories.path(slot));
            String pointer = "/categories/" + slot;
            if (category == null && categories.path(slot).isString()) {
                continue; // the schema reports the id's shape; its subcategories cannot be judged against it
            }
            if (category != null && !AppCategories.isCategory(category)) {
                problems.add(doc.problemAt(pointer, AppCategories.parentOf(category)
                        .map(parent -> "categories." + slot + " '" + category + "' is a subcategory of " + parent
                                + "; write " + slot + ": " + parent + " and " + slot + "SubcategoryOne: " + category)
                        .orElseGet(() -> "categories." + slot + " '" + category + "' is not an App Store category"
                                + AppCategories.closestCategory(category).map(c -> " (did you mean '" + c + "'?)")
                                .orElseGet(() -> "; the categories are " + String.join(", ", AppCategories.categories())))));
                continue;
            }
            for (String subSlot : List.of(slot + "SubcategoryOne", slot + "SubcategoryTwo")) {
                String sub = categoryId(categories.path(subSlot));
                if (sub != null) {
                    subcategoryProblem(slot, category, subSlot, sub)
                            .ifPresent(message -> problems.add(doc.problemAt("/categories/" + subSlot, message)));
                }
            }
        }
    }

    private static java.util.Optional<String> subcategoryProblem(String slot, String category, String subSlot, String sub) {
        String where = "categories." + subSlot + " '" + sub + "'";
        java.util.Optional<String> parent = AppCategories.parentOf(sub);
        if (parent.isEmpty()) {
            return java.util.Optional.of(where + (AppCategories.isCategory(sub) ? " is a category, not a subcategory"
                    : " is not an App Store subcategory" + AppCategories.closestSubcategory(sub, category)
                    .map(c -> " (did you mean '" + c + "'?)").orElse("")));
        }
        if (category == null) {
            return java.util.Optional.of(where + " needs its category in categories." + slot + " (" + parent.get()
                    + "): a subcategory is checked against the category of its slot");
        }
        if (AppCategories.subcategoriesOf(category).isEmpty()) {
            return java.util.Optional.of(where + ": categories." + slot + " " + category + " has no subcategories"
                    + " (only " + String.join(" and ", AppCategories.categories().stream()
                    .filter(c -> !AppCategories.subcategoriesOf(c).isEmpty()).toList()) + " have them); remove "
                    + subSlot);
        }
        if (!parent.get().equals(category)) {
            return java.util.Optional.of(where + " belongs to " + parent.get() + ", not to categories." + slot + " "
                    + category + AppCategories.closestSubcategory(sub, category)
                    .map(c -> " (did you mean '" + c + "'?)").orElse(""));
        }
        return java.util.Optional.empty();
    }

    /** A category id as written, or null when absent, null, or not of the shape the schema requires. */
    private static String categoryId(JsonNode value) {
        return value.isString() && value.asString().matches("[A-Z][A-Z0-9_]*") ? value.asString() : null;
    }

    static String unknownLocale(String code) {
        return "'" + code + "' is not a locale App Store Connect accepts"
                + AscLocales.closest(code).map(c -> " (did you mean " + c + "?)").orElse("");
    }

    private void checkKeywords(YamlDocument doc, List<Problem> problems) {
        JsonNode keywords = doc.root().path("keywords");
        if (!keywords.isArray() && !keywords.isString()) {
            return;
        }
        List<String> items = Keywords.items(keywords);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            // A list item has its own mark; items of a comma-separated string share the string's.
            String pointer = keywords.isArray() ? "/keywords/" + i : "/keywords";
            String item = items.get(i);
            if (keywords.isArray() && !keywords.get(i).isString()) {
                continue; // the schema reports the type
            }
            if (item.isEmpty()) {
                problems.add(doc.problemAt(pointer, "keyword " + (i + 1) + " is empty"));
            } else if (keywords.isArray() && item.contains(",")) {
                problems.add(doc.problemAt(pointer, "keyword '" + item + "' contains a comma; Apple separates"
                        + " keywords with commas, so write it as separate list items"));
            } else {
                Integer first = seen.putIfAbsent(item.toLowerCase(Locale.ROOT), i);
                if (first != null) {
                    problems.add(doc.problemAt(pointer, "keyword '" + item + "' is listed twice"));
                }
            }
        }
        int length = TextLimits.length(Keywords.join(keywords));
        limits.limitOf(TextLimits.Place.LOCALE_VERSION, Keywords.KEY).filter(limit -> length > limit).ifPresent(limit ->
                problems.add(doc.problemAt("/keywords", "keywords are " + length + " characters when joined with"
                        + " commas; Apple allows at most " + limit)));
    }

    private static void checkLength(YamlDocument doc, String pointer, int limit, List<Problem> problems) {
        JsonNode value = doc.root().at(pointer);
        if (value.isString() && TextLimits.length(value.asString()) > limit) {
            problems.add(doc.problemAt(pointer, YamlDocument.readable(pointer) + " is "
                    + TextLimits.length(value.asString()) + " characters; Apple allows at most " + limit));
        }
    }

    private static void checkUrl(YamlDocument doc, String pointer, List<Problem> problems) {
        JsonNode value = doc.root().at(pointer);
        if (value.isString() && !isWebUrl(value.asString())) {
            problems.add(doc.problemAt(pointer, YamlDocument.readable(pointer) + " '" + value.asString()
                    + "' is not an absolute http(s) URL like https://example.com/support"));
        }
    }

    static boolean isWebUrl(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void checkEmail(YamlDocument doc, String pointer, List<Problem> problems) {
        JsonNode value = doc.root().at(pointer);
        if (value.isString() && !EMAIL.matcher(value.asString()).matches()) {
            problems.add(doc.problemAt(pointer, YamlDocument.readable(pointer) + " '" + value.asString()
                    + "' is not an email address"));
        }
    }

    /** Every string that looks like {@code ${...}} must be a valid reference that resolves. */
    private List<Problem> checkSecretReferences(YamlDocument doc) {
        List<Problem> problems = new ArrayList<>();
        walk(doc.root(), "", (pointer, text) -> {
            if (!secrets.looksLikeReference(text)) {
                return;
            }
            if (!secrets.isReference(text)) {
                problems.add(doc.problemAt(pointer, "'" + text + "' is not a secret reference;"
                        + " write ${env:NAME} or ${file:PATH}"));
                return;
            }
            String key = pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
            if (!SensitiveFields.isSensitive(key)) {
                // Anything resolved here would be published as the app's text, and the plan could not show it.
                problems.add(doc.problemAt(pointer, "a secret reference is allowed only in "
                        + String.join(", ", SensitiveFields.names()) + "; " + YamlDocument.readable(pointer)
                        + " is published as written, so write the text itself"));
                return;
            }
            try {
                secrets.resolve(text);
            } catch (SecretResolver.UnresolvedSecretException e) {
                problems.add(doc.problemAt(pointer, e.getMessage()));
            }
        });
        return problems;
    }

    private interface StringVisitor {
        void visit(String pointer, String text);
    }

    private static void walk(JsonNode node, String pointer, StringVisitor visitor) {
        if (node.isString()) {
            visitor.visit(pointer, node.asString());
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, visitor);
            }
        } else if (node.isObject()) {
            node.properties().forEach(e -> walk(e.getValue(), YamlDocument.child(pointer, e.getKey()), visitor));
        }
    }
}
