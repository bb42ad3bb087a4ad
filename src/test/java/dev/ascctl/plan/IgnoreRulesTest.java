package dev.ascctl.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.resource.StorePaths;
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

    @Test
    void segmentsWithDotsAreOneSegmentAndNamedEscaped() {
        // Issue 21, finding 7: a dot inside a folder name, product id or email must not shift the segments.
        String dotted = "apps." + StorePaths.segment("my.app") + ".locales.de-DE";
        IgnoreRules any = new IgnoreRules(List.of("apps.*.locales.*.promotionalText"));
        assertThat(any.ignores(dotted, "promotionalText")).isTrue();
        assertThat(new IgnoreRules(List.of("apps.my\\.app.**")).ignores(dotted, "name")).isTrue();
        assertThat(new IgnoreRules(List.of("apps.my.app.**")).ignores(dotted, "name")).isFalse();
        String product = "apps.notes.purchases.inAppPurchases." + StorePaths.segment("com.example.pro")
                + ".localizations.en-US";
        assertThat(new IgnoreRules(List.of("apps.*.purchases.inAppPurchases.*.localizations.*.description"))
                .ignores(product, "description")).isTrue();
        assertThat(new IgnoreRules(List.of("apps.*.purchases.*.com*.**")).ignores(product, "name")).isTrue();
    }
}
