package dev.ascctl.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReviewWindowTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void spansAndDates() {
        assertThat(ReviewWindow.since("7d", clock)).isEqualTo(Instant.parse("2026-11-26T12:00:00Z"));
        assertThat(ReviewWindow.since("24h", clock)).isEqualTo(Instant.parse("2026-12-02T12:00:00Z"));
        assertThat(ReviewWindow.since("2w", clock)).isEqualTo(Instant.parse("2026-11-19T12:00:00Z"));
        assertThat(ReviewWindow.since("2026-11-01", clock)).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
    }

    @Test
    void nonsenseAndTheFutureAreRefused() {
        assertThatThrownBy(() -> ReviewWindow.since("a week", clock)).hasMessageContaining("neither a date");
        assertThatThrownBy(() -> ReviewWindow.since("2027-01-01", clock)).hasMessageContaining("in the future");
    }
}
