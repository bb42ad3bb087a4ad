package dev.ascctl.adoption.fastlane;

import dev.ascctl.adoption.StoreContent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.StringNode;

/**
 * Converts a fastlane deliver folder into the store layout, and says what it could not convert.
 * <pre>
 * fastlane/Deliverfile                         app_identifier, app_version, copyright, categories, automatic_release
 * fastlane/metadata/en-US/description.txt      → locales/en-US.yaml description (name, keywords, release_notes, ...)
 * fastlane/metadata/copyright.txt               → app.yaml version.copyright
 * fastlane/metadata/primary_category.txt        → app.yaml categories.primary (as Apple's id, see FastlaneCategories)
 * fastlane/metadata/review_information/*.txt    → app.yaml review (the demo password becomes ${env:ASC_DEMO_PASSWORD})
 * fastlane/rating_config.json                   → app.yaml ageRating
 * fastlane/screenshots/en-US/*.png              → screenshots/en-US/DISPLAY_TYPE/*.png (type from pixel size)
 * </pre>
 * The file names and their Apple attributes are deliver's own (its upload_metadata.rb value maps).
 */
public final class DeliverConverter {
    /** deliver's per-locale files → Apple attribute, appInfoLocalization first, then appStoreVersionLocalization. */
    private static final Map<String, String> LOCALE_FILES = linked(
            "name", "name", "subtitle", "subtitle", "privacy_url", "privacyPolicyUrl",
            "apple_tv_privacy_policy", "privacyPolicyText",
            "description", "description", "keywords", "keywords", "promotional_text", "promotionalText",
            "release_notes", "whatsNew", "marketing_url", "marketingUrl", "support_url", "supportUrl");
    /** deliver's app-wide category files → the store's categories keys. */
    private static final Map<String, String> CATEGORY_FILES = linked(
            "primary_category", "primary", "primary_first_sub_category", "primarySubcategoryOne",
            "primary_second_sub_category", "primarySubcategoryTwo", "secondary_category", "secondary",
            "secondary_first_sub_category", "secondarySubcategoryOne",
            "secondary_second_sub_category", "secondarySubcategoryTwo");
    /** deliver's review_information files → appStoreReviewDetails attributes. */
    private static final Map<String, String> REVIEW_FILES = linked(
            "first_name", "contactFirstName", "last_name", "contactLastName", "phone_number", "contactPhone",
            "email_address", "contactEmail", "demo_user", "demoAccountName", "demo_password", "demoAccountPassword",
            "notes", "notes");
    /** Deliverfile options this converter understands; every other option is reported as not converted. */
    private static final Set<String> DELIVERFILE_OPTIONS = Set.of("app_identifier", "app_version", "copyright",
            "automatic_release", "phased_release", "platform", "app_rating_config_path", "metadata_path",
            "screenshots_path", "primary_category", "secondary_category", "primary_first_sub_category",
            "primary_second_sub_category", "secondary_first_sub_category", "secondary_second_sub_category");
    private static final String PASSWORD_REFERENCE = "${env:ASC_DEMO_PASSWORD}";
    /** deliver's folders inside metadata/ that are not locales. */
    private static final Set<String> NOT_LOCALES = Set.of("review_information", "trade_representative_contact_information",
            "default");

    private final Path dir;
    private final String label;
    private final String platform;
    private final List<String> skipped = new ArrayList<>();

    /**
     * @param dir      the fastlane folder (the one holding Deliverfile and metadata/) or the project above it
     * @param label    the app folder name, or null for the bundle id's last part
     * @param platform IOS, MAC_OS, ..., or null for the Deliverfile's (default IOS)
     */
    public DeliverConverter(Path dir, String label, String platform) {
        this.dir = Files.isDirectory(dir.resolve("fastlane")) ? dir.resolve("fastlane") : dir;
        this.label = label;
        this.platform = platform;
    }

    /** The store content; throws IllegalArgumentException when the folder names no bundle id. */
    public StoreContent convert() {
        Deliverfile deliverfile = Deliverfile.read(dir.resolve("Deliverfile"));
        Deliverfile appfile = Deliverfile.read(dir.resolve("Appfile"));
        String bundleId = deliverfile.get("app_identifier") != null ? deliverfile.get("app_identifier")
                : appfile.get("app_identifier");
        if (bundleId == null) {
            throw new IllegalArgumentException("no app_identifier in " + dir.resolve("Deliverfile") + " or "
                    + dir.resolve("Appfile") + "; the store needs the app's bundle id");
        }
        String appLabel = label != null ? label : bundleId.substring(bundleId.lastIndexOf('.') + 1);
        Path metadata = dir.resolve(deliverfile.values().getOrDefault("metadata_path", "metadata"));
        Path screenshots = dir.resolve(deliverfile.values().getOrDefault("screenshots_path", "screenshots"));
        Path app = Path.of("apps", appLabel);
        StoreContent content = new StoreContent();

        TreeMap<String, Map<String, JsonNode>> locales = locales(metadata);
        String primaryLocale = locales.containsKey("en-US") ? "en-US" : locales.isEmpty() ? "en-US" : locales.firstKey();
        Map<String, JsonNode> top = new LinkedHashMap<>();
        top.put("bundleId", StringNode.valueOf(bundleId));
        top.put("platform", StringNode.valueOf(platform != null ? platform : platformOf(deliverfile.get("platform"))));
        top.put("primaryLocale", StringNode.valueOf(primaryLocale));
        content.put(app.resolve("app.yaml"), List.of(), top);
        content.note("primaryLocale is set to " + primaryLocale + ": deliver does not record the primary locale;"
                + " correct it in app.yaml if App Store Connect has another.");

        Map<String, JsonNode> categories = categories(metadata, deliverfile);
        if (!categories.isEmpty()) {
            content.put(app.resolve("app.yaml"), List.of("categories"), categories);
        }
        ageRating(deliverfile).ifPresent(rating -> content.put(app.resolve("app.yaml"), List.of("ageRating"), rating));
        Map<String, JsonNode> version = version(metadata, deliverfile);
        if (!version.isEmpty()) {
            content.put(app.resolve("app.yaml"), List.of("version"), version);
        }
        Map<String, JsonNode> review = review(metadata.resolve("review_information"), content);
        if (!review.isEmpty()) {
            content.put(app.resolve("app.yaml"), List.of("review"), review);
        }
        locales.forEach((locale, values) -> content.put(app.resolve("locales").resolve(locale + ".yaml"), List.of(), values));
        screenshots(screenshots, app, content);

        for (String option : deliverfile.values().keySet()) {
            if (!DELIVERFILE_OPTIONS.contains(option)) {
                skipped.add("Deliverfile option '" + option + "': not part of the store (it is a run option or"
                        + " managed elsewhere)");
            }
        }
        deliverfile.unreadable().forEach(line -> skipped.add("Deliverfile line '" + line + "': not a simple value"));
        skipped.forEach(s -> content.note("Not converted: " + s));
        return content;
    }

    /** One attribute map per locale folder, with metadata/default/ filling keys a locale leaves out. */
    private TreeMap<String, Map<String, JsonNode>> locales(Path metadata) {
        TreeMap<String, Map<String, JsonNode>> out = new TreeMap<>();
        Map<String, JsonNode> defaults = Files.isDirectory(metadata.resolve("default"))
                ? localeTexts(metadata.resolve("default")) : Map.of();
        for (Path folder : children(metadata)) {
            String name = folder.getFileName().toString();
            if (!Files.isDirectory(folder) || NOT_LOCALES.contains(name)) {
                continue;
            }
            if (!dev.ascctl.store.AscLocales.isKnown(name)) {
                skipped.add("metadata/" + name + "/: not an App Store Connect locale");
                continue;
            }
            Map<String, JsonNode> values = localeTexts(folder);
            defaults.forEach(values::putIfAbsent);
            Map<String, JsonNode> ordered = new LinkedHashMap<>();
            LOCALE_FILES.values().forEach(key -> {
                if (values.containsKey(key)) {
                    ordered.put(key, values.get(key));
                }
            });
            out.put(name, ordered);
        }
        if (metadata.resolve("trade_representative_contact_information").toFile().isDirectory()) {
            skipped.add("metadata/trade_representative_contact_information/: Apple's API 4.4.1 has no such attributes");
        }
        return out;
    }

    private Map<String, JsonNode> localeTexts(Path folder) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (Path file : children(folder)) {
            String stem = stem(file);
            String key = LOCALE_FILES.get(stem);
            if (key == null) {
                skipped.add(dir.relativize(file) + ": deliver file not known to ascctl");
                continue;
            }
            text(file).ifPresent(text -> values.put(key, key.equals("keywords") ? keywords(text) : StringNode.valueOf(text)));
        }
        return values;
    }

    /**
     * Each category file (or Deliverfile option) as Apple's id; a name that matches no id is reported as not
     * converted and left out, so the store never carries an id Apple would refuse at apply.
     */
    private Map<String, JsonNode> categories(Path metadata, Deliverfile deliverfile) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        Map<String, String> converted = new LinkedHashMap<>();
        CATEGORY_FILES.forEach((file, key) -> {
            java.util.Optional<String> fromFile = text(metadata.resolve(file + ".txt"));
            String value = fromFile.orElse(deliverfile.get(file));
            if (value == null || value.isBlank()) {
                return;
            }
            boolean subcategory = key.contains("Subcategory");
            String category = subcategory ? converted.get(key.startsWith("primary") ? "primary" : "secondary") : null;
            java.util.Optional<String> id = subcategory ? FastlaneCategories.subcategory(value, category)
                    : FastlaneCategories.category(value);
            if (id.isPresent()) {
                converted.put(key, id.get());
                out.put(key, StringNode.valueOf(id.get()));
            } else {
                String source = fromFile.isPresent() ? dir.relativize(metadata.resolve(file + ".txt")).toString()
                        : "Deliverfile option " + file;
                skipped.add(source + " '" + value.strip() + "': not an App Store " + (subcategory ? "subcategory"
                        : "category") + " ascctl knows; write Apple's id (e.g. " + (subcategory ? "GAMES_PUZZLE"
                        : "HEALTH_AND_FITNESS") + ") as categories." + key + " in app.yaml");
            }
        });
        return out;
    }

    private java.util.Optional<Map<String, JsonNode>> ageRating(Deliverfile deliverfile) {
        String path = deliverfile.get("app_rating_config_path");
        if (path == null) {
            return java.util.Optional.empty();
        }
        // fastlane resolves it from where fastlane runs: the project folder, or the fastlane folder itself.
        Path file = Stream.of(dir.resolve(path), dir.getParent() == null ? null : dir.getParent().resolve(path))
                .filter(p -> p != null && Files.isRegularFile(p)).findFirst().orElse(null);
        if (file == null) {
            skipped.add("app_rating_config_path '" + path + "': file not found");
            return java.util.Optional.empty();
        }
        try {
            JsonNode config = JsonMapper.builder().build().readTree(file.toFile());
            return java.util.Optional.of(AgeRatingConfig.convert(config, ageRatingKeys(), skipped));
        } catch (tools.jackson.core.JacksonException e) {
            skipped.add(path + ": not valid JSON (" + e.getOriginalMessage() + ")");
            return java.util.Optional.empty();
        }
    }

    private Map<String, JsonNode> version(Path metadata, Deliverfile deliverfile) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        if (deliverfile.get("app_version") != null) {
            out.put("versionString", StringNode.valueOf(deliverfile.get("app_version")));
        } else {
            skipped.add("the version: the Deliverfile has no app_version; version-level text (description,"
                    + " keywords, ...) needs version.versionString in app.yaml, and validate points at it until it is set");
        }
        String copyright = text(metadata.resolve("copyright.txt")).orElse(deliverfile.get("copyright"));
        if (copyright != null) {
            out.put("copyright", StringNode.valueOf(copyright));
        }
        String automatic = deliverfile.get("automatic_release");
        if (automatic != null) {
            out.put("releaseType", StringNode.valueOf(Boolean.parseBoolean(automatic) ? "AFTER_APPROVAL" : "MANUAL"));
        }
        if (deliverfile.get("phased_release") != null) {
            out.put("phasedRelease", BooleanNode.valueOf(Boolean.parseBoolean(deliverfile.get("phased_release"))));
        }
        return out;
    }

    private Map<String, JsonNode> review(Path folder, StoreContent content) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        REVIEW_FILES.forEach((file, key) -> text(folder.resolve(file + ".txt")).ifPresent(value -> {
            if (key.equals("demoAccountPassword")) {
                out.put(key, StringNode.valueOf(PASSWORD_REFERENCE));
                content.note("review.demoAccountPassword is written as " + PASSWORD_REFERENCE + ", never as the"
                        + " password in demo_password.txt: set ASC_DEMO_PASSWORD before you run plan, and delete"
                        + " demo_password.txt from git.");
            } else {
                out.put(key, StringNode.valueOf(value));
            }
        }));
        if (out.containsKey("demoAccountName")) {
            // deliver marks the demo account as required whenever a demo user is given.
            out.put("demoAccountRequired", BooleanNode.TRUE);
        }
        return out;
    }

    /** Screenshots per locale into display-type folders; a size Apple does not take is reported. */
    private void screenshots(Path root, Path app, StoreContent content) {
        for (Path folder : children(root)) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            String locale = folder.getFileName().toString();
            for (Path image : children(folder)) {
                String name = image.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                if (!(lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg"))) {
                    continue;
                }
                var type = ScreenshotSizes.displayType(image);
                if (type.isEmpty()) {
                    skipped.add("screenshots/" + locale + "/" + name + ": its pixel size is not a size Apple takes");
                    continue;
                }
                // The store orders screenshots by file name, as deliver does, so names are kept as they are.
                content.copy(app.resolve("screenshots").resolve(locale).resolve(type.get()).resolve(name), image);
            }
        }
    }

    private static String platformOf(String deliverPlatform) {
        if (deliverPlatform == null) {
            return "IOS";
        }
        return switch (deliverPlatform) {
            case "osx" -> "MAC_OS";
            case "appletvos" -> "TV_OS";
            case "xros", "visionos" -> "VISION_OS";
            default -> "IOS";
        };
    }

    private static JsonNode keywords(String text) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (String k : text.split(",")) {
            if (!k.strip().isEmpty()) {
                list.add(k.strip());
            }
        }
        return list;
    }

    /** A deliver text file's content as deliver sends it: stripped; empty files are not managed. */
    private static java.util.Optional<String> text(Path file) {
        if (!Files.isRegularFile(file)) {
            return java.util.Optional.empty();
        }
        try {
            String text = Files.readString(file).strip();
            return text.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> children(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** The ageRating keys of the store schema, so a key Apple dropped is reported instead of failing validate. */
    private static Set<String> ageRatingKeys() {
        try (InputStream in = DeliverConverter.class.getResourceAsStream("/schema/app.schema.json")) {
            JsonNode schema = JsonMapper.builder().build().readTree(in);
            return new LinkedHashSet<>(schema.at("/properties/ageRating/properties").propertyNames());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> linked(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return out;
    }
}
