package dev.ascctl.sandbox;

import java.time.Duration;
import java.util.Objects;

/** What the sandbox does instead of (or before) answering a request matched by a {@link FaultInjector} rule. */
public sealed interface Fault {
    /** Answer {@code status} with an Apple-shaped error of {@code code}, with Retry-After when {@code retryAfterSeconds} is set. */
    record Status(int status, String code, Integer retryAfterSeconds) implements Fault {
        public Status {
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("fault status must be 4xx or 5xx");
            }
            Objects.requireNonNull(code, "code");
        }
    }

    /** Close the connection without any response. */
    record Reset() implements Fault {
    }

    /** Wait, then answer normally (long enough and a client times out). */
    record Delay(Duration delay) implements Fault {
        public Delay {
            Objects.requireNonNull(delay, "delay");
        }
    }

    /** Handle the request, then send 200 with the body cut in half (invalid JSON). */
    record MalformedBody() implements Fault {
    }

    static Fault status(int status, String code) {
        return new Status(status, code, null);
    }

    static Fault status(int status, String code, int retryAfterSeconds) {
        return new Status(status, code, retryAfterSeconds);
    }

    static Fault reset() {
        return new Reset();
    }

    static Fault delay(Duration delay) {
        return new Delay(delay);
    }

    static Fault malformedBody() {
        return new MalformedBody();
    }
}
