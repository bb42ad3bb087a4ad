package dev.ascctl.plan;

import dev.ascctl.resource.StorePaths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code policy.ignore} patterns such as {@code apps.*.locales.*.promotionalText}: dotted store paths where
 * {@code *} matches one segment (or, beside other text, any part of one) and {@code **} any number of segments.
 * An ignored field is never reported nor applied. Paths and patterns are compared segment by segment (see
 * {@link StorePaths}), so an app folder named {@code my.app} is one segment; a pattern names it as {@code my\.app}.
 */
public final class IgnoreRules {
    private final List<List<Pattern>> patterns;

    public IgnoreRules(List<String> globs) {
        this.patterns = globs.stream().map(IgnoreRules::compile).toList();
    }

    public static IgnoreRules none() {
        return new IgnoreRules(List.of());
    }

    public boolean ignores(String storePath, String attribute) {
        List<String> path = new ArrayList<>(StorePaths.split(storePath));
        path.add(attribute);
        return patterns.stream().anyMatch(p -> matches(p, 0, path, 0));
    }

    /** Segment-wise glob match; {@code null} in a pattern stands for {@code **}. */
    private static boolean matches(List<Pattern> pattern, int p, List<String> path, int s) {
        if (p == pattern.size()) {
            return s == path.size();
        }
        if (pattern.get(p) == null) {
            for (int k = s; k <= path.size(); k++) {
                if (matches(pattern, p + 1, path, k)) {
                    return true;
                }
            }
            return false;
        }
        return s < path.size() && pattern.get(p).matcher(path.get(s)).matches()
                && matches(pattern, p + 1, path, s + 1);
    }

    private static List<Pattern> compile(String glob) {
        List<Pattern> out = new ArrayList<>();
        for (String segment : StorePaths.split(glob)) {
            if (segment.equals("**")) {
                out.add(null);
            } else {
                out.add(Pattern.compile(Pattern.quote(segment).replace("*", "\\E.*\\Q")));
            }
        }
        return out;
    }
}
