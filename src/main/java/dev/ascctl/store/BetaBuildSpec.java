package dev.ascctl.store;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One build entry of testflight.yaml: the build's "What to Test" per locale and whether it goes to Beta App Review.
 *
 * <pre>{@code
 * builds:
 *   - build: "245"                 # the build number (CFBundleVersion), or latest = the newest valid build
 *     localizations:
 *       en-US: {whatsNew: "Try the new sync."}
 *     submitForReview: true        # submit it for Beta App Review (once; Apple has no cancel)
 * }</pre>
 *
 * @param build           the build number or {@code latest}
 * @param localizations   betaBuildLocalization attributes ({@code whatsNew}) by locale
 * @param submitForReview whether the build is to be submitted for Beta App Review
 * @param mark            where the build is named
 */
public record BetaBuildSpec(String build, SortedMap<String, Attributes> localizations, boolean submitForReview,
                            Mark mark) {
    /** The key naming the newest VALID, unexpired build of the app. */
    public static final String LATEST = "latest";

    public BetaBuildSpec {
        if (build == null || build.isBlank()) {
            throw new IllegalArgumentException("a build entry needs a build number or 'latest'");
        }
        localizations = Collections.unmodifiableSortedMap(new TreeMap<>(localizations));
        Objects.requireNonNull(mark, "mark");
    }
}
