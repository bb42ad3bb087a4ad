package dev.ascctl.asc;

import java.time.Duration;

/**
 * How long and how much ascctl waits for and reads from a server, so that no server (broken, slow or hostile) can
 * make a command hang or exhaust memory (issue 21 items 9 and 13).
 *
 * @param connect      TCP (and TLS) connect timeout
 * @param headers      how long one request may wait for the response's status line and headers
 * @param idle         how long a response body may send nothing before the request counts as failed
 * @param deadline     how long one command may talk to servers in total, retries and waits included
 * @param maxBodyBytes the largest response body read; Apple's largest pages (200 resources with includes) are a
 *                     few MB, so a much larger body is a broken or hostile server
 */
public record NetworkBounds(Duration connect, Duration headers, Duration idle, Duration deadline, long maxBodyBytes) {
    public static final long MIB = 1024 * 1024;

    public NetworkBounds {
        requirePositive(connect, "connect");
        requirePositive(headers, "headers");
        requirePositive(idle, "idle");
        requirePositive(deadline, "deadline");
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("maxBodyBytes must be at least 1 KiB");
        }
    }

    /** 10 s connect, 60 s to the headers, 30 s of silence in a body, 30 minutes per command, 16 MiB per body. */
    public static NetworkBounds defaults() {
        return new NetworkBounds(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(30),
                Duration.ofMinutes(30), 16 * MIB);
    }

    public NetworkBounds withConnect(Duration value) {
        return new NetworkBounds(value, headers, idle, deadline, maxBodyBytes);
    }

    public NetworkBounds withHeaders(Duration value) {
        return new NetworkBounds(connect, value, idle, deadline, maxBodyBytes);
    }

    public NetworkBounds withIdle(Duration value) {
        return new NetworkBounds(connect, headers, value, deadline, maxBodyBytes);
    }

    public NetworkBounds withDeadline(Duration value) {
        return new NetworkBounds(connect, headers, idle, value, maxBodyBytes);
    }

    public NetworkBounds withMaxBodyBytes(long value) {
        return new NetworkBounds(connect, headers, idle, deadline, value);
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration");
        }
    }
}
