package dev.ascctl.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksum that makes a saved plan one document: {@code plan --out} writes the SHA-256 of the file's own
 * bytes (with the checksum's digits as zeros) as its first field, and {@code show} and {@code apply} check it on
 * the bytes they then parse. A value edited, a DELETE added, the fingerprints removed or a secret reference
 * injected by hand changes the bytes, so the file is refused before anything is shown or sent; and as both
 * commands parse the same checked bytes, what {@code show} renders is what {@code apply} executes.
 *
 * <p>A checksum is not a signature: whoever can write the file can compute a new one. It makes edits loud (a
 * plan is changed only by planning again), while the stale check and the secret-reference rules still hold for
 * any plan that passes it.
 */
final class PlanSeal {
    static final String PREFIX = "{\n  \"checksum\" : \"sha256:";
    private static final String ZEROS = "0".repeat(64);

    private PlanSeal() {
    }

    /** {@code json} (an object) with its checksum as the first field. */
    static String seal(String json) {
        if (!json.startsWith("{")) {
            throw new IllegalArgumentException("a plan file is a JSON object");
        }
        String blank = PREFIX + ZEROS + "\"," + json.substring(1);
        return PREFIX + sha256(blank) + blank.substring(PREFIX.length() + ZEROS.length());
    }

    /**
     * The text, if its checksum matches its bytes.
     *
     * @throws IllegalArgumentException naming the file and what to do, when it is unsealed or edited
     */
    static String verify(String name, String text) {
        String again = " Run 'ascctl plan --out " + name + "' again; a saved plan is changed only by planning again.";
        int end = PREFIX.length() + ZEROS.length();
        if (!text.startsWith(PREFIX) || text.length() < end + 2 || !text.startsWith("\",", end)) {
            throw new IllegalArgumentException(name + " carries no checksum: it was saved by an older ascctl or"
                    + " edited." + again);
        }
        String recorded = text.substring(PREFIX.length(), end);
        String blank = PREFIX + ZEROS + text.substring(end);
        if (!MessageDigest.isEqual(recorded.getBytes(StandardCharsets.US_ASCII),
                sha256(blank).getBytes(StandardCharsets.US_ASCII))) {
            throw new IllegalArgumentException(name + " was edited after it was saved (its checksum does not match"
                    + " its content); nothing was shown or applied." + again);
        }
        return text;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
