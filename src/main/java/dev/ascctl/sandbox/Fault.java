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

    /**
     * Handle the request for real (a POST creates its object), then lose the answer: send
     * {@code inner} instead, a {@link Status} (e.g. 500) or a {@link Reset}. This is the "POST whose
     * response was lost" case a client must survive by re-reading, never by blindly retrying.
     */
    record AfterProcessing(Fault inner) implements Fault {
        public AfterProcessing {
            Objects.requireNonNull(inner, "inner");
            if (!(inner instanceof Status) && !(inner instanceof Reset)) {
                throw new IllegalArgumentException("after processing, only a status or a reset can replace the answer");
            }
        }
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

    /** E.g. {@code Fault.afterProcessing(Fault.status(500, "INTERNAL_ERROR"))} or {@code afterProcessing(reset())}. */
    static Fault afterProcessing(Fault inner) {
        return new AfterProcessing(inner);
    }
}
