package dev.ascctl.asc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerTextTest {
    @Test
    void dropsEscapeSequencesBellsAndBidiOverridesAndFoldsLineBreaks() {
        assertThat(ServerText.clean("\u001b[2Jred\u0007 \u202Eevil\u202C\r\nnext\u009b")).isEqualTo("[2Jred evil  next");
    }

    @Test
    void cutsLongTextAndSaysHowMuchWasCut() {
        String cut = ServerText.clean("a".repeat(ServerText.MAX_CHARS + 200));
        assertThat(cut).startsWith("a".repeat(ServerText.MAX_CHARS)).endsWith("(200 more characters cut)");
    }

    @Test
    void keepsOrdinaryTextWhole() {
        assertThat(ServerText.clean("Die Beschreibung ist zu lang — 日本語 ✓")).isEqualTo("Die Beschreibung ist zu lang — 日本語 ✓");
        assertThat(ServerText.clean(null)).isNull();
    }
}
