package dev.ascctl.adoption.fastlane;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.StringNode;

/**
 * deliver's app rating config JSON ({@code app_rating_config_path}) as the store's {@code ageRating}. deliver
 * takes two shapes: Apple's API attribute names (kept as they are), and the legacy iTunes Connect keys with 0/1/2
 * levels that fastlane's spaceship maps to the API names (its {@code LEGACY_AGE_RATING_ITC_MAP}); both are read.
 */
final class AgeRatingConfig {
    /** Legacy iTunes Connect key → Apple attribute (spaceship AgeRatingDeclaration LEGACY maps). */
    private static final Map<String, String> LEGACY = Map.ofEntries(
            Map.entry("CARTOON_FANTASY_VIOLENCE", "violenceCartoonOrFantasy"),
            Map.entry("REALISTIC_VIOLENCE", "violenceRealistic"),
            Map.entry("PROLONGED_GRAPHIC_SADISTIC_REALISTIC_VIOLENCE", "violenceRealisticProlongedGraphicOrSadistic"),
            Map.entry("PROFANITY_CRUDE_HUMOR", "profanityOrCrudeHumor"),
            Map.entry("MATURE_SUGGESTIVE", "matureOrSuggestiveThemes"),
            Map.entry("HORROR", "horrorOrFearThemes"),
            Map.entry("MEDICAL_TREATMENT_INFO", "medicalOrTreatmentInformation"),
            Map.entry("ALCOHOL_TOBACCO_DRUGS", "alcoholTobaccoOrDrugUseOrReferences"),
            Map.entry("GAMBLING", "gamblingSimulated"),
            Map.entry("SEXUAL_CONTENT_NUDITY", "sexualContentOrNudity"),
            Map.entry("GRAPHIC_SEXUAL_CONTENT_NUDITY", "sexualContentGraphicAndNudity"),
            Map.entry("UNRESTRICTED_WEB_ACCESS", "unrestrictedWebAccess"));
    /** Legacy keys whose 0/1 is a yes/no answer rather than a level. */
    private static final Set<String> LEGACY_BOOLEANS = Set.of("UNRESTRICTED_WEB_ACCESS");
    /** Levels 0, 1, 2 of the legacy form. */
    private static final List<String> LEVELS = List.of("NONE", "INFREQUENT_OR_MILD", "FREQUENT_OR_INTENSE");

    private AgeRatingConfig() {
    }

    /**
     * @param known   the ageRating keys the store schema accepts
     * @param skipped receives one line per key that could not be converted
     */
    static Map<String, JsonNode> convert(JsonNode config, Set<String> known, List<String> skipped) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        config.properties().forEach(e -> {
            String key = e.getKey();
            JsonNode value = e.getValue();
            if (known.contains(key)) {
                out.put(key, value);
            } else if (LEGACY.containsKey(key) && value.isIntegralNumber()
                    && value.intValue() >= 0 && value.intValue() < LEVELS.size()) {
                out.put(LEGACY.get(key), LEGACY_BOOLEANS.contains(key)
                        ? BooleanNode.valueOf(value.intValue() != 0)
                        : StringNode.valueOf(LEVELS.get(value.intValue())));
            } else {
                skipped.add("age rating '" + key + "' (" + value + "): Apple's API 4.4.1 has no such question");
            }
        });
        return out;
    }
}
