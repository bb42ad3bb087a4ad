package dev.ascctl.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Desired state of the beta side of one app: {@code apps/<label>/testflight.yaml}.
 *
 * <pre>{@code
 * groups:
 *   - {name: QA, isInternalGroup: false, publicLinkEnabled: true, publicLinkLimit: 100, feedbackEnabled: true}
 * testers:
 *   - {email: jane@example.com, firstName: Jane, lastName: Doe, groups: [QA]}
 * localizations:
 *   en-US: {description: Notes Pro beta, feedbackEmail: beta@example.com}
 * review: {contactEmail: ada@example.com, demoAccountPassword: ${env:ASC_DEMO_PASSWORD}}
 * builds:
 *   - {build: "245", localizations: {en-US: {whatsNew: Try the new sync.}}, submitForReview: true}
 * }</pre>
 *
 * @param groups           beta groups in file order, names unique
 * @param testers          beta testers in file order, emails unique (case-insensitively)
 * @param localizations    betaAppLocalization attributes by locale
 * @param review           betaAppReviewDetail attributes
 * @param pruneBetaTesters {@code policy.prune.betaTesters}: testers missing here leave groups and the app
 * @param builds           build entries ("What to Test", beta review), build keys unique
 * @param pruneGroupBuilds {@code policy.prune.betaGroupBuilds}: builds a group lists no more leave the group
 */
public record TestFlightSpec(List<BetaGroupSpec> groups, List<BetaTesterSpec> testers,
                             SortedMap<String, Attributes> localizations, Attributes review, boolean pruneBetaTesters,
                             List<BetaBuildSpec> builds, boolean pruneGroupBuilds) {
    private static final TestFlightSpec NONE = new TestFlightSpec(List.of(), List.of(), new TreeMap<>(),
            Attributes.empty(), false, List.of(), false);

    public TestFlightSpec {
        groups = List.copyOf(groups);
        testers = List.copyOf(testers);
        localizations = Collections.unmodifiableSortedMap(new TreeMap<>(localizations));
        Objects.requireNonNull(review, "review");
        builds = List.copyOf(builds);
        if (builds.stream().map(BetaBuildSpec::build).distinct().count() != builds.size()) {
            throw new IllegalArgumentException("a build is listed twice under builds");
        }
        List<String> names = new ArrayList<>();
        for (BetaGroupSpec g : groups) {
            if (names.contains(g.name())) {
                throw new IllegalArgumentException("beta group '" + g.name() + "' is declared twice");
            }
            names.add(g.name());
        }
        List<String> emails = new ArrayList<>();
        for (BetaTesterSpec t : testers) {
            if (emails.contains(t.email())) {
                throw new IllegalArgumentException("beta tester '" + t.email() + "' is declared twice");
            }
            emails.add(t.email());
            for (String group : t.groups()) {
                if (!names.contains(group)) {
                    throw new IllegalArgumentException(t.email() + ": unknown beta group '" + group + "'");
                }
            }
        }
    }

    /** Nothing declared. */
    public static TestFlightSpec none() {
        return NONE;
    }

    /** True when testflight.yaml declares nothing (no beta reads are needed). */
    public boolean isEmpty() {
        return groups.isEmpty() && testers.isEmpty() && localizations.isEmpty() && review.isEmpty() && builds.isEmpty();
    }

    /** Every build the file names (in groups and under builds), in file order, each once. */
    public List<String> buildsNamed() {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        groups.forEach(g -> out.addAll(g.builds()));
        builds.forEach(b -> out.add(b.build()));
        return List.copyOf(out);
    }

    /** The emails of the testers that list {@code group}, in file order. */
    public List<String> membersOf(String group) {
        return testers.stream().filter(t -> t.groups().contains(group)).map(BetaTesterSpec::email).toList();
    }
}
