package dev.ascctl.examples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Draws the media of {@code examples/store} (screenshots at Apple's pixel sizes, the in-app purchase's review
 * screenshot) and the old screenshot the notes seed starts with, and copies the example preview video, so the
 * committed files can be made again from this source:
 * <pre>
 * mvn -B -q -o test-compile &amp;&amp; java -cp target/test-classes dev.ascctl.examples.ExampleMedia [REPO_ROOT]
 * </pre>
 * Each picture is a mock app screen: a headline, a subline and a card of list items, in a 4-colour palette with
 * text from a built-in 5x7 pixel font. No system font and no image library is involved, so the pixels are the same
 * on every machine, and a 2-bit palette PNG of 1290x2796 stays a few kilobytes. ExampleStoreTest checks that the
 * committed files hold exactly these pixels.
 */
public final class ExampleMedia {
    /** The 30-second preview every example uses: the smallest valid MPEG-4 file the project's tests use. */
    public static final Path PREVIEW_SOURCE = Path.of("examples/sandbox/media/weather-tour.mp4");
    public static final Path PREVIEW = Path.of("examples/store/apps/notes/previews/en-US/IPHONE_67/01-tour.mp4");

    private static final int[] BLUE = {0x1f3a5f, 0xffffff, 0x2b2b2b, 0xf2b134};
    private static final int[] GREEN = {0x1d5c4b, 0xffffff, 0x2b2b2b, 0xf2b134};
    private static final int[] GRAY = {0x5a5a5a, 0xffffff, 0x2b2b2b, 0xbdbdbd};
    private static final String NOTES = "examples/store/apps/notes/";

    /** Every picture, by its path from the repository root. */
    public static final List<Picture> PICTURES = List.of(
            new Picture(NOTES + "screenshots/en-US/APP_IPHONE_67/01-lists.png", 1290, 2796, BLUE,
                    "THINK IN LISTS", "NOTES PRO", List.of("+GROCERIES", "+BOOK CLUB", "-TRIP TO KYOTO", "-TAXES")),
            new Picture(NOTES + "screenshots/en-US/APP_IPHONE_67/02-search.png", 1290, 2796, GREEN,
                    "FIND ANY NOTE", "IN A SECOND", List.of("KYOTO", "-TRIP TO KYOTO", "-KYOTO TEMPLES")),
            new Picture(NOTES + "screenshots/en-US/APP_IPAD_PRO_3GEN_129/01-lists.png", 2064, 2752, BLUE,
                    "THINK IN LISTS", "ON YOUR IPAD", List.of("+GROCERIES", "+BOOK CLUB", "-TRIP TO KYOTO")),
            new Picture(NOTES + "screenshots/de-DE/APP_IPHONE_67/01-lists.png", 1290, 2796, BLUE,
                    "DENK IN LISTEN", "NOTIZEN PRO", List.of("+EINKAUF", "+LESEKREIS", "-REISE NACH KYOTO")),
            new Picture(NOTES + "review/pro.png", 1290, 2796, BLUE,
                    "NOTES PRO", "ONE PRICE. FOREVER.", List.of("+WIDGETS", "+DAILY JOURNAL", "+TAGS AND PINS")),
            new Picture("examples/sandbox/media/notes-2.3-lists.png", 1290, 2796, GRAY,
                    "NOTES PRO 2.3", "LAST RELEASE", List.of("-GROCERIES", "-BOOK CLUB")));

    private ExampleMedia() {
    }

    /** Writes every picture and the preview under {@code root} (default: the current folder). */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "");
        for (Picture picture : PICTURES) {
            Path file = root.resolve(picture.path());
            Files.createDirectories(file.getParent());
            Files.write(file, picture.png());
            System.out.println("wrote " + file + " (" + Files.size(file) + " bytes)");
        }
        Path preview = root.resolve(PREVIEW);
        Files.createDirectories(preview.getParent());
        Files.copy(root.resolve(PREVIEW_SOURCE), preview, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.println("wrote " + preview + " (" + Files.size(preview) + " bytes)");
    }

    /**
     * One mock screen. {@code palette}: background, card, text, accent. An item starting with {@code +} has a
     * ticked box, {@code -} an empty one; any other item is a search field.
     */
    public record Picture(String path, int width, int height, int[] palette, String headline, String subline,
                          List<String> items) {
        public Picture {
            if (palette.length != 4) {
                throw new IllegalArgumentException("a 2-bit PNG has 4 colours, not " + palette.length);
            }
            items = List.copyOf(items);
        }

        /** The palette index of every pixel, row by row. */
        public byte[] pixels() {
            Canvas c = new Canvas(width, height);
            c.fill(0, 0, width, height, 0);
            int unit = width / 130; // 9 px on an iPhone 6.7" screenshot
            int margin = unit * 10;
            int headlineScale = Math.min(unit * 2, (width - 2 * margin) / (6 * headline.length()));
            int y = unit * 30;
            c.centered(headline, y, headlineScale, 1);
            y += 9 * headlineScale;
            c.centered(subline, y, unit, 3);
            y += unit * 20;
            c.fill(margin, y, width - margin, height - unit * 20, 1);
            int row = unit * 22;
            int x = margin + unit * 6;
            y += unit * 10;
            for (String item : items) {
                int box = unit * 8;
                if (item.startsWith("+") || item.startsWith("-")) {
                    c.fill(x, y, x + box, y + box, item.startsWith("+") ? 3 : 2);
                    if (item.startsWith("-")) {
                        c.fill(x + unit, y + unit, x + box - unit, y + box - unit, 1);
                    }
                    c.text(item.substring(1), x + box + unit * 4, y + unit / 2, unit, 2);
                } else {
                    c.fill(x, y - unit * 2, width - x, y + box + unit * 2, 2);
                    c.fill(x + unit, y - unit, width - x - unit, y + box + unit, 1);
                    c.text(item, x + unit * 4, y + unit / 2, unit, 2);
                }
                y += row;
            }
            return c.pixels;
        }

        /** Filter byte 0 (none) then the packed 2-bit indexes of each row: the data the PNG compresses. */
        public byte[] scanlines() {
            byte[] pixels = pixels();
            int rowBytes = (width + 3) / 4;
            byte[] out = new byte[height * (1 + rowBytes)];
            for (int y = 0; y < height; y++) {
                int at = y * (1 + rowBytes) + 1;
                for (int x = 0; x < width; x++) {
                    out[at + x / 4] |= (byte) (pixels[y * width + x] << (6 - 2 * (x % 4)));
                }
            }
            return out;
        }

        /** The PNG's PLTE chunk data: three bytes per colour. */
        public byte[] plte() {
            byte[] out = new byte[12];
            for (int i = 0; i < 4; i++) {
                out[3 * i] = (byte) (palette[i] >> 16);
                out[3 * i + 1] = (byte) (palette[i] >> 8);
                out[3 * i + 2] = (byte) palette[i];
            }
            return out;
        }

        /** A 2-bit palette PNG (colour type 3). */
        public byte[] png() {
            try {
                ByteArrayOutputStream compressed = new ByteArrayOutputStream();
                try (DeflaterOutputStream z = new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_COMPRESSION))) {
                    z.write(scanlines());
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
                chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                        .put((byte) 2).put((byte) 3).put((byte) 0).put((byte) 0).put((byte) 0).array());
                chunk(out, "PLTE", plte());
                chunk(out, "IDAT", compressed.toByteArray());
                chunk(out, "IEND", new byte[0]);
                return out.toByteArray();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Picture p && path.equals(p.path) && width == p.width && height == p.height
                    && Arrays.equals(palette, p.palette) && headline.equals(p.headline) && subline.equals(p.subline)
                    && items.equals(p.items);
        }

        @Override
        public int hashCode() {
            return path.hashCode();
        }

        @Override
        public String toString() {
            return path + " (" + width + "x" + height + ")";
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.write(typeBytes);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** Palette indexes and the few drawing operations the screens need. */
    private static final class Canvas {
        final int width;
        final int height;
        final byte[] pixels;

        Canvas(int width, int height) {
            this.width = width;
            this.height = height;
            this.pixels = new byte[width * height];
        }

        /** Fills {@code [x0, x1) x [y0, y1)}, clipped to the canvas. */
        void fill(int x0, int y0, int x1, int y1, int colour) {
            for (int y = Math.max(0, y0); y < Math.min(height, y1); y++) {
                Arrays.fill(pixels, y * width + Math.max(0, x0), y * width + Math.min(width, x1), (byte) colour);
            }
        }

        void centered(String text, int y, int scale, int colour) {
            text(text, (width - 6 * scale * text.length() + scale) / 2, y, scale, colour);
        }

        /** Each glyph is 5x7 cells of {@code scale} pixels, one cell apart. */
        void text(String text, int x, int y, int scale, int colour) {
            for (char ch : text.toCharArray()) {
                String[] glyph = FONT.get(ch);
                if (glyph == null) {
                    throw new IllegalArgumentException("no glyph for '" + ch + "' in the example font");
                }
                for (int row = 0; row < 7; row++) {
                    for (int col = 0; col < 5; col++) {
                        if (glyph[row].charAt(col) == '#') {
                            int px = x + col * scale;
                            int py = y + row * scale;
                            fill(px, py, px + scale, py + scale, colour);
                        }
                    }
                }
                x += 6 * scale;
            }
        }
    }

    private static String[] g(String rows) {
        String[] out = rows.split(" ");
        if (out.length != 7) {
            throw new IllegalStateException("a glyph has 7 rows: " + rows);
        }
        return out;
    }

    /** A 5x7 pixel font: capitals, digits and a few signs. */
    private static final Map<Character, String[]> FONT = Map.ofEntries(
            Map.entry('A', g(".###. #...# #...# ##### #...# #...# #...#")),
            Map.entry('B', g("####. #...# #...# ####. #...# #...# ####.")),
            Map.entry('C', g(".###. #...# #.... #.... #.... #...# .###.")),
            Map.entry('D', g("####. #...# #...# #...# #...# #...# ####.")),
            Map.entry('E', g("##### #.... #.... ####. #.... #.... #####")),
            Map.entry('F', g("##### #.... #.... ####. #.... #.... #....")),
            Map.entry('G', g(".###. #...# #.... #.### #...# #...# .####")),
            Map.entry('H', g("#...# #...# #...# ##### #...# #...# #...#")),
            Map.entry('I', g(".###. ..#.. ..#.. ..#.. ..#.. ..#.. .###.")),
            Map.entry('J', g("..### ...#. ...#. ...#. ...#. #..#. .##..")),
            Map.entry('K', g("#...# #..#. #.#.. ##... #.#.. #..#. #...#")),
            Map.entry('L', g("#.... #.... #.... #.... #.... #.... #####")),
            Map.entry('M', g("#...# ##.## #.#.# #.#.# #...# #...# #...#")),
            Map.entry('N', g("#...# #...# ##..# #.#.# #..## #...# #...#")),
            Map.entry('O', g(".###. #...# #...# #...# #...# #...# .###.")),
            Map.entry('P', g("####. #...# #...# ####. #.... #.... #....")),
            Map.entry('Q', g(".###. #...# #...# #...# #.#.# #..#. .##.#")),
            Map.entry('R', g("####. #...# #...# ####. #.#.. #..#. #...#")),
            Map.entry('S', g(".#### #.... #.... .###. ....# ....# ####.")),
            Map.entry('T', g("##### ..#.. ..#.. ..#.. ..#.. ..#.. ..#..")),
            Map.entry('U', g("#...# #...# #...# #...# #...# #...# .###.")),
            Map.entry('V', g("#...# #...# #...# #...# #...# .#.#. ..#..")),
            Map.entry('W', g("#...# #...# #...# #.#.# #.#.# #.#.# .#.#.")),
            Map.entry('X', g("#...# #...# .#.#. ..#.. .#.#. #...# #...#")),
            Map.entry('Y', g("#...# #...# .#.#. ..#.. ..#.. ..#.. ..#..")),
            Map.entry('Z', g("##### ....# ...#. ..#.. .#... #.... #####")),
            Map.entry('0', g(".###. #...# #..## #.#.# ##..# #...# .###.")),
            Map.entry('1', g("..#.. .##.. ..#.. ..#.. ..#.. ..#.. .###.")),
            Map.entry('2', g(".###. #...# ....# ...#. ..#.. .#... #####")),
            Map.entry('3', g("####. ....# ....# .###. ....# ....# ####.")),
            Map.entry('4', g("...#. ..##. .#.#. #..#. ##### ...#. ...#.")),
            Map.entry('5', g("##### #.... ####. ....# ....# #...# .###.")),
            Map.entry('6', g("..##. .#... #.... ####. #...# #...# .###.")),
            Map.entry('7', g("##### ....# ...#. ..#.. .#... .#... .#...")),
            Map.entry('8', g(".###. #...# #...# .###. #...# #...# .###.")),
            Map.entry('9', g(".###. #...# #...# .#### ....# ...#. .##..")),
            Map.entry(' ', g("..... ..... ..... ..... ..... ..... .....")),
            Map.entry('.', g("..... ..... ..... ..... ..... .##.. .##..")),
            Map.entry('-', g("..... ..... ..... ##### ..... ..... .....")),
            Map.entry('!', g("..#.. ..#.. ..#.. ..#.. ..#.. ..... ..#..")),
            Map.entry('?', g(".###. #...# ....# ...#. ..#.. ..... ..#..")),
            Map.entry(':', g("..... .##.. .##.. ..... .##.. .##.. .....")),
            Map.entry('+', g("..... ..#.. ..#.. ##### ..#.. ..#.. .....")));
}
