package dev.ascctl.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IgnoreRulesTest {
    @Test
    void aStarMatchesOneSegment() {
        IgnoreRules rules = new IgnoreRules(List.of("apps.*.locales.*.promotionalText"));
        assertThat(rules.ignores("apps.notes.locales.de-DE", "promotionalText")).isTrue();
        assertThat(rules.ignores("apps.notes.locales.de-DE", "description")).isFalse();
        assertThat(rules.ignores("apps.notes.version", "promotionalText")).isFalse();
    }

    @Test
    void aDoubleStarMatchesAnyDepthAndLiteralsMustMatch() {
        IgnoreRules rules = new IgnoreRules(List.of("apps.notes.**", "apps.*.review.notes"));
        assertThat(rules.ignores("apps.notes.locales.ja", "name")).isTrue();
        assertThat(rules.ignores("apps.other.locales.ja", "name")).isFalse();
        assertThat(rules.ignores("apps.other.review", "notes")).isTrue();
        assertThat(IgnoreRules.none().ignores("apps.notes", "primaryLocale")).isFalse();
    }
}
