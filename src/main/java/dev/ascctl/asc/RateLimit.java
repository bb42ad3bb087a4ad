package dev.ascctl.asc;

import java.util.Optional;

/**
 * The {@code X-Rate-Limit} header Apple sends on every response (documented in "Identifying Rate
 * Limits", not declared in the spec): {@code user-hour-lim:3600;user-hour-rem:500;}.
 *
 * @param limit     requests allowed per rolling hour for this key
 * @param remaining requests left in the current hour
 */
public record RateLimit(int limit, int remaining) {
    public RateLimit {
        if (limit < 0 || remaining < 0) {
            throw new IllegalArgumentException("rate limit values must not be negative");
        }
    }

    /** Parses the header; empty when it is absent or carries neither value. */
    public static Optional<RateLimit> parse(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        Integer limit = null;
        Integer remaining = null;
        for (String part : header.split(";")) {
            String[] kv = part.strip().split(":", 2);
            if (kv.length != 2) {
                continue;
            }
            try {
                int value = Integer.parseInt(kv[1].strip());
                switch (kv[0].strip()) {
                    case "user-hour-lim" -> limit = value;
                    case "user-hour-rem" -> remaining = value;
                    default -> { } // other windows may appear; ignore them
                }
            } catch (NumberFormatException ignored) {
                // a malformed part must not break a successful response
            }
        }
        if (limit == null && remaining == null) {
            return Optional.empty();
        }
        return Optional.of(new RateLimit(limit == null ? 0 : limit, remaining == null ? 0 : remaining));
    }

    @Override
    public String toString() {
        return remaining + "/" + limit + " requests left this hour";
    }
}
