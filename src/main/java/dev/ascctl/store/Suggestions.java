package dev.ascctl.store;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?" by edit distance, for misspelt keys, enum values and locales. */
final class Suggestions {

    private Suggestions() {}

    /** The candidate nearest to {@code wrong}, if it is near enough to be a plausible typo. */
    static Optional<String> closest(String wrong, Collection<String> candidates) {
        String w = wrong.toLowerCase(Locale.ROOT);
        // A third of the word may be wrong (at least 2 edits): "subtitel" -> "subtitle", not "x" -> "name".
        int allowed = Math.max(2, w.length() / 3);
        return candidates.stream()
                .min(Comparator.comparingInt((String c) -> distance(c.toLowerCase(Locale.ROOT), w)).thenComparing(c -> c))
                .filter(c -> distance(c.toLowerCase(Locale.ROOT), w) <= allowed);
    }

    /** Optimal string alignment distance: Levenshtein plus adjacent transpositions ("tilte" -> "title" is 1). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
