package dev.ascctl.sandbox.jsonapi;

import dev.ascctl.sandbox.jsonapi.Errors;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque paging cursor: the next offset, base64url-encoded. Apple's cursors look similar
 * ({@code AQ}, {@code Ag} for offsets 1 and 2), and clients must treat them as opaque either way.
 */
public final class Cursor {
    private Cursor() {
    }

    public static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("o" + offset).getBytes(StandardCharsets.UTF_8));
    }

    public static int decode(String cursor) {
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!s.startsWith("o")) {
                throw new IllegalArgumentException(s);
            }
            int offset = Integer.parseInt(s.substring(1));
            if (offset < 0) {
                throw new IllegalArgumentException(s);
            }
            return offset;
        } catch (IllegalArgumentException e) {
            throw Errors.invalidParameter("cursor", "'" + cursor + "' is not a valid cursor for this request");
        }
    }
}
