package dev.ascctl.store;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One beta tester of testflight.yaml, keyed by email (compared in lower case, as Apple does).
 *
 * <pre>{@code
 * - {email: jane@example.com, firstName: Jane, lastName: Doe, groups: [QA, Friends]}
 * }</pre>
 *
 * @param email      the tester's email, lower-cased
 * @param attributes {@code firstName} / {@code lastName} as written
 * @param groups     names of the groups of the same file the tester belongs to
 * @param mark       where the email is written
 */
public record BetaTesterSpec(String email, Attributes attributes, List<String> groups, Mark mark) {
    public BetaTesterSpec {
        if (email == null || !email.contains("@")) {
            throw new IllegalArgumentException("a beta tester needs an email: " + email);
        }
        email = email.toLowerCase(Locale.ROOT);
        Objects.requireNonNull(attributes, "attributes");
        groups = List.copyOf(groups);
        Objects.requireNonNull(mark, "mark");
    }
}
