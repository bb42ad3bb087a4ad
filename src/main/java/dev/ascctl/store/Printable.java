package dev.ascctl.store;

/**
 * Text from a file name or a file's content, made safe to echo on a terminal: a folder named
 * {@code "\u001b]0;pwned\u0007"} must not retitle the reviewer's terminal or hide the rest of a message.
 * Control and invisible formatting characters (C0, DEL, C1, bidi overrides) become {@code ?}, so the
 * reader still sees that something was there; long text is cut.
 */
public final class Printable {
    /** Longest echoed text: a file name or a value in a message is never longer in a real store. */
    static final int MAX_LENGTH = 300;

    private Printable() {
    }

    public static String of(Object value) {
        return of(String.valueOf(value), Integer.MAX_VALUE);
    }

    /** At most {@code max} characters of {@code text}, cleaned; a cut says how much was left out. */
    public static String of(String text, int max) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 16);
        int shown = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (shown == max) {
                out.append("… (").append(text.codePointCount(i - Character.charCount(cp), text.length()))
                        .append(" more characters)");
                break;
            }
            out.appendCodePoint(isUnsafe(cp) ? '?' : cp);
            shown++;
        }
        return out.toString();
    }

    /** A value quoted in a problem message: cleaned and cut to {@link #MAX_LENGTH}. */
    static String quoted(String text) {
        return of(text, MAX_LENGTH);
    }

    private static boolean isUnsafe(int cp) {
        int type = Character.getType(cp);
        // Other format characters stay: the zero-width joiner is part of emoji that app names use.
        boolean bidi = cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069 || cp == 0x200E || cp == 0x200F
                || cp == 0x061C;
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || bidi;
    }
}
