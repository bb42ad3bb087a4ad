package dev.ascctl.resource;

import java.util.Objects;

/**
 * Something the store cannot finish through Apple's API and a person still has to do in App Store Connect,
 * detected from the live state (and what the YAML will set). Plan lists these at its end as a checklist; apply
 * never acts on them.
 *
 * @param address the object the step concerns, or the app's address for an app-wide step
 * @param step    what to do, one sentence, e.g. "answer the 12 unanswered age rating questions, or set them under
 *                ageRating in app.yaml"
 * @param where   where in App Store Connect, e.g. "App Store Connect → App Information → Age Rating"
 */
public record ManualStep(Address address, String step, String where) {
    public ManualStep {
        Objects.requireNonNull(address, "address");
        if (step == null || step.isBlank()) {
            throw new IllegalArgumentException("a manual step needs its text");
        }
        if (where == null || where.isBlank()) {
            throw new IllegalArgumentException("a manual step needs the place in App Store Connect");
        }
    }
}
