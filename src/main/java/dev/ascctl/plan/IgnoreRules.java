package dev.ascctl.plan;

import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code policy.ignore} patterns such as {@code apps.*.locales.*.promotionalText}: dotted store paths where
 * {@code *} matches one segment and {@code **} any number. An ignored field is never reported nor applied.
 */
public final class IgnoreRules {
    private final List<Pattern> patterns;

    public IgnoreRules(List<String> globs) {
        this.patterns = globs.stream().map(IgnoreRules::compile).toList();
    }

    public static IgnoreRules none() {
        return new IgnoreRules(List.of());
    }

    public boolean ignores(String storePath, String attribute) {
        String path = storePath + "." + attribute;
        return patterns.stream().anyMatch(p -> p.matcher(path).matches());
    }

    private static Pattern compile(String glob) {
        StringBuilder regex = new StringBuilder();
        String[] segments = glob.split("\\.", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                regex.append("\\.");
            }
            String s = segments[i];
            if (s.equals("**")) {
                regex.append(".*");
            } else {
                regex.append(Pattern.quote(s).replace("*", "\\E[^.]*\\Q"));
            }
        }
        // Locale segments contain dots? They don't (de-DE, zh-Hans); labels are folder names without dots.
        return Pattern.compile(regex.toString());
    }
}
