package dev.ascctl.store;

import dev.ascctl.vocabulary.Vocabulary;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The desired state of one app, from {@code apps/<label>/app.yaml} and its locale files, with store
 * defaults already filled in where the app leaves a key out.
 *
 * <pre>{@code
 * bundleId: com.example.notes
 * platform: IOS
 * primaryLocale: en-US
 * contentRightsDeclaration: DOES_NOT_USE_THIRD_PARTY_CONTENT   # app
 * categories: {primary: PRODUCTIVITY, secondary: UTILITIES}     # categories
 * ageRating: {violenceCartoonOrFantasy: NONE, gambling: false}  # ageRating
 * version: {versionString: "2.4.0", releaseType: AFTER_APPROVAL} # version
 * review: {contactEmail: ada@example.com}                       # review
 * }</pre>
 *
 * <p>{@code categories} keeps the YAML keys; they map to Apple's appInfos relationships as
 * {@code primary -> primaryCategory}, {@code secondary -> secondaryCategory}, and the four
 * subcategory keys ({@code primarySubcategoryOne}, ...) to the relationships of the same name.
 *
 * @param label         the app folder name, used only to find files
 * @param dir           the app folder
 * @param mark          where the bundle id is written
 * @param platform      IOS, MAC_OS, TV_OS or VISION_OS
 * @param primaryLocale a locale that has a file in {@code locales}
 * @param locales       locale code to its text, sorted by code
 * @param sections      the app.yaml keys that kinds own ({@link StoreSection}), as written
 */
public record AppSpec(String label, Path dir, Mark mark, String bundleId, String platform, String primaryLocale,
                      Attributes app, Attributes categories, Attributes ageRating, Attributes version,
                      Attributes review, SortedMap<String, LocaleSpec> locales, MediaSpec media,
                      TestFlightSpec testFlight, PurchasesSpec purchases, SectionValues sections) {

    /** An app that writes no key a kind owns ({@link StoreSection}). */
    public AppSpec(String label, Path dir, Mark mark, String bundleId, String platform, String primaryLocale,
                   Attributes app, Attributes categories, Attributes ageRating, Attributes version,
                   Attributes review, SortedMap<String, LocaleSpec> locales, MediaSpec media,
                   TestFlightSpec testFlight, PurchasesSpec purchases) {
        this(label, dir, mark, bundleId, platform, primaryLocale, app, categories, ageRating, version, review, locales,
                media, testFlight, purchases, SectionValues.none());
    }

    /** An app with no media, TestFlight or purchases declared. */
    public AppSpec(String label, Path dir, Mark mark, String bundleId, String platform, String primaryLocale,
                   Attributes app, Attributes categories, Attributes ageRating, Attributes version,
                   Attributes review, SortedMap<String, LocaleSpec> locales) {
        this(label, dir, mark, bundleId, platform, primaryLocale, app, categories, ageRating, version, review, locales,
                MediaSpec.none(), TestFlightSpec.none(), PurchasesSpec.none());
    }

    /** Apple's Platform enum values an App Store version can have. */
    public static final Set<String> PLATFORMS = Vocabulary.get().enumSet("Platform");

    /** Maps a {@code categories} YAML key to Apple's appInfos relationship name. */
    public static String categoryRelationship(String yamlKey) {
        return switch (yamlKey) {
            case "primary" -> "primaryCategory";
            case "secondary" -> "secondaryCategory";
            case "primarySubcategoryOne", "primarySubcategoryTwo",
                 "secondarySubcategoryOne", "secondarySubcategoryTwo" -> yamlKey;
            default -> throw new IllegalArgumentException("not a category key: " + yamlKey);
        };
    }

    public AppSpec {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("label must not be blank");
        }
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(mark, "mark");
        if (bundleId == null || bundleId.isBlank()) {
            throw new IllegalArgumentException("bundleId must not be blank");
        }
        if (!PLATFORMS.contains(platform)) {
            throw new IllegalArgumentException("unknown platform " + platform);
        }
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(ageRating, "ageRating");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(testFlight, "testFlight");
        Objects.requireNonNull(purchases, "purchases");
        Objects.requireNonNull(sections, "sections");
        if (!locales.containsKey(primaryLocale)) {
            throw new IllegalArgumentException("primaryLocale " + primaryLocale + " has no locale file");
        }
        locales.forEach((code, spec) -> {
            if (!code.equals(spec.locale())) {
                throw new IllegalArgumentException("locale key " + code + " holds " + spec.locale());
            }
        });
        locales = Collections.unmodifiableSortedMap(new TreeMap<>(locales));
    }

    /** The value of a kind-owned app.yaml key ({@link StoreSection}), when the app writes it. */
    public java.util.Optional<SectionInput> section(String key) {
        return sections.find(key);
    }

    /**
     * The files of a kind's own folder ({@link StoreSection#ownFolder}, e.g. {@code events/<name>.yaml}) by name,
     * sorted; empty when the app has no such folder.
     */
    public SortedMap<String, SectionInput> sectionFiles(String key) {
        return sections.files(key);
    }
}
