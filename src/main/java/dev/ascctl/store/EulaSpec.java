package dev.ascctl.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * The app's custom end-user license agreement as app.yaml declares it, with its reading and its rules in one place.
 * <pre>
 * eula: {agreementText: "This licence ...", territories: [USA, GBR]}   # CUSTOM
 * eula: null                                                         # APPLE_STANDARD: delete the custom one
 * (no eula key)                                                      # UNMANAGED: left as it is
 * </pre>
 * An explicit null deletes, although deleting is otherwise only done under {@code policy.prune}: null is the
 * user's written choice of Apple's standard agreement, which in Apple's model is the absence of a custom one, so
 * there is no other way to say it; a key merely left out stays unmanaged.
 *
 * @param choice        which of the three the YAML says
 * @param agreementText the text, for {@code CUSTOM} only
 * @param territories   Apple's territory codes, sorted, for {@code CUSTOM} only (empty otherwise)
 * @param mark          where the {@code eula} key is written, or null when unmanaged
 */
public record EulaSpec(Choice choice, String agreementText, SortedSet<String> territories, Mark mark) {
    // No length limit is checked: Apple's spec declares no maxLength on agreementText and App Store Connect Help
    // ("Provide a custom license agreement") states none; real EULAs are long, so a guessed limit would refuse valid
    // stores. Apple strips HTML from the text (same page), which the plan shows as written.

    public enum Choice { UNMANAGED, APPLE_STANDARD, CUSTOM }

    private static final EulaSpec UNMANAGED = new EulaSpec(Choice.UNMANAGED, null, new TreeSet<>(), null);

    public EulaSpec {
        Objects.requireNonNull(choice, "choice");
        territories = Collections.unmodifiableSortedSet(new TreeSet<>(territories));
        boolean custom = choice == Choice.CUSTOM;
        if (custom != (agreementText != null) || custom == territories.isEmpty()) {
            throw new IllegalArgumentException("a custom EULA has text and territories, the others have neither");
        }
        if ((choice == Choice.UNMANAGED) != (mark == null)) {
            throw new IllegalArgumentException("a managed EULA has a mark, an unmanaged one none");
        }
    }

    public static EulaSpec unmanaged() {
        return UNMANAGED;
    }

    /** The {@code eula} key of app.yaml, which the schema and {@link #problems} have checked. */
    static EulaSpec read(YamlDocument appFile) {
        JsonNode eula = appFile.root().get("eula");
        if (eula == null) {
            return UNMANAGED;
        }
        if (eula.isNull()) {
            return new EulaSpec(Choice.APPLE_STANDARD, null, new TreeSet<>(), appFile.keyMark("/eula"));
        }
        SortedSet<String> territories = new TreeSet<>();
        eula.path("territories").forEach(t -> territories.add(t.asString()));
        return new EulaSpec(Choice.CUSTOM, eula.get("agreementText").asString(), territories, appFile.keyMark("/eula"));
    }

    /** Apple's territory codes; values of the wrong type are left to the schema. */
    static List<Problem> problems(YamlDocument appFile) {
        List<Problem> problems = new ArrayList<>();
        JsonNode eula = appFile.root().path("eula");
        JsonNode territories = eula.path("territories");
        for (int i = 0; i < territories.size(); i++) {
            JsonNode code = territories.get(i);
            if (code.isString() && !TerritoryCodes.isKnown(code.asString())) {
                problems.add(appFile.problemAt("/eula/territories/" + i, "territory '" + code.asString()
                        + "' is not one of Apple's territory codes (ISO 3166-1 alpha-3, e.g. USA, GBR, DEU)"));
            }
        }
        return problems;
    }
}
