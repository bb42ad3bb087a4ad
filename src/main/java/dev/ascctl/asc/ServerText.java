package dev.ascctl.asc;

/**
 * Text a server (or any other untrusted source) wrote, made safe to echo on a terminal or in a CI log: control
 * characters (escape sequences, carriage returns, bidirectional overrides) are dropped or replaced by a space, and
 * long text is cut. A hostile or broken server otherwise rewrites the user's terminal or floods the log (issue 21
 * saw 200 KB of error text and raw ESC sequences echoed).
 */
public final class ServerText {
    /** Longer than any error text Apple sends (a few hundred characters), short enough for one log line. */
    public static final int MAX_CHARS = 500;

    private ServerText() {
    }

    /** {@code text} without control characters and cut to {@link #MAX_CHARS}; null stays null. */
    public static String clean(String text) {
        return clean(text, MAX_CHARS);
    }

    public static String clean(String text, int maxChars) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxChars + 16));
        int kept = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (kept >= maxChars) {
                out.append("… (").append(text.length() - i + Character.charCount(cp)).append(" more characters cut)");
                return out.toString();
            }
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                out.append(' ');
            } else if (!unsafe(cp)) {
                out.appendCodePoint(cp);
            } else {
                continue;
            }
            kept++;
        }
        return out.toString();
    }

    /** C0/C1 controls, DEL, and the bidirectional overrides and isolates that reorder what a terminal shows. */
    private static boolean unsafe(int cp) {
        return Character.isISOControl(cp) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0x200E || cp == 0x200F || cp == 0x061C;
    }
}
