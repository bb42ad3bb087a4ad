package dev.ascctl.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SensitiveTest {
    @Test
    void printsAsMaskAndRevealsOnlyOnRequest() {
        Sensitive s = Sensitive.of("hunter2");

        assertThat(s).hasToString("(sensitive value)");
        assertThat(String.valueOf(s)).doesNotContain("hunter2");
        assertThat(s.reveal()).isEqualTo("hunter2");
        assertThat(s).isEqualTo(Sensitive.of("hunter2")).isNotEqualTo(Sensitive.of("hunter3"));
    }
}
