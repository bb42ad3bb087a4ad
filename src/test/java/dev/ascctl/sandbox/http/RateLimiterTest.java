package dev.ascctl.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-03T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void eachKeyHasItsOwnRollingHour() {
        RateLimiter limiter = new RateLimiter(2, clock);
        assertThat(limiter.tryAcquire("KEY1")).contains("user-hour-lim:2;user-hour-rem:1;");
        assertThat(limiter.tryAcquire("KEY1")).contains("user-hour-lim:2;user-hour-rem:0;");
        assertThat(limiter.tryAcquire("KEY1")).isEmpty();
        assertThat(limiter.header("KEY1")).isEqualTo("user-hour-lim:2;user-hour-rem:0;");
        // Another key is not charged for the first one's requests.
        assertThat(limiter.tryAcquire("KEY2")).contains("user-hour-lim:2;user-hour-rem:1;");

        now.set(now.get().plus(Duration.ofMinutes(61)));
        assertThat(limiter.header("KEY1")).isEqualTo("user-hour-lim:2;user-hour-rem:2;");
        assertThat(limiter.tryAcquire("KEY1")).contains("user-hour-lim:2;user-hour-rem:1;");
    }
}
