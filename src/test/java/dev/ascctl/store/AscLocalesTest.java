package dev.ascctl.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AscLocalesTest {

    @Test
    void knowsAppleLocalesIncludingTheOnesAdded2026() {
        assertThat(AscLocales.all()).hasSize(50).contains("ar-SA", "zh-Hans", "no", "en-US", "bn-BD", "ur-PK");
        assertThat(AscLocales.isKnown("de")).isFalse();
        assertThat(AscLocales.isKnown("en_US")).isFalse();
    }

    @Test
    void suggestsTheClosestAcceptedCode() {
        assertThat(AscLocales.closest("de")).contains("de-DE");
        assertThat(AscLocales.closest("en")).contains("en-US");
        assertThat(AscLocales.closest("en_GB")).contains("en-GB");
        assertThat(AscLocales.closest("ja-JP")).contains("ja");
        assertThat(AscLocales.closest("zh")).contains("zh-Hans");
        assertThat(AscLocales.closest("pt")).contains("pt-PT");
        assertThat(AscLocales.closest("qqqqqq")).isEmpty();
    }

    @Test
    void suggestionsNeedAPlausibleTypo() {
        assertThat(Suggestions.closest("subtitel", java.util.List.of("name", "subtitle"))).contains("subtitle");
        assertThat(Suggestions.closest("x", java.util.List.of("name", "subtitle"))).isEmpty();
        assertThat(Suggestions.distance("tilte", "title")).isEqualTo(1);
    }
}
