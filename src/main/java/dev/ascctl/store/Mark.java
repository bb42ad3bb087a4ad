package dev.ascctl.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A position in a store file, 1-based, used to point users at the exact spot of a problem.
 *
 * <pre>{@code
 * # apps/notes/locales/de-DE.yaml
 * name: Notizen Pro          # the value's mark is apps/notes/locales/de-DE.yaml:1:7
 * }</pre>
 *
 * @param file   the file, as resolved against the store directory the user gave
 * @param line   1-based line
 * @param column 1-based column, counted in code points
 */
public record Mark(Path file, int line, int column) {

    public Mark {
        Objects.requireNonNull(file, "file");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based, got " + line + ":" + column);
        }
    }

    /** The start of a file, for problems that concern the whole file. */
    public static Mark startOf(Path file) {
        return new Mark(file, 1, 1);
    }

    @Override
    public String toString() {
        // The file name is the user's, but a folder name can come from anyone who opens a pull request.
        return Printable.of(file) + ":" + line + ":" + column;
    }
}
