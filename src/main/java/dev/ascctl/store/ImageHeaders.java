package dev.ascctl.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Pixel dimensions from the first bytes of a PNG or JPEG file, without decoding the image (so checking
 * 3,900 screenshots reads a few kilobytes each). PNG: width and height are the first fields of the IHDR chunk,
 * which must come first (PNG spec, 11.2.2). JPEG: the dimensions are in the first start-of-frame segment
 * (ITU T.81, B.2.2).
 */
public final class ImageHeaders {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int JPEG_SCAN_LIMIT = 1 << 20;

    /** Width and height in pixels. */
    public record Dimensions(int width, int height) {
        @Override
        public String toString() {
            return width + "x" + height;
        }
    }

    private ImageHeaders() {
    }

    /** The dimensions of a PNG or JPEG file; empty when the file is neither (or its header is cut). */
    public static Optional<Dimensions> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(24);
            if (head.length >= 24 && startsWith(head, PNG_SIGNATURE)
                    && head[12] == 'I' && head[13] == 'H' && head[14] == 'D' && head[15] == 'R') {
                return Optional.of(new Dimensions(int32(head, 16), int32(head, 20)));
            }
            if (head.length >= 4 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8) {
                return jpeg(file);
            }
            return Optional.empty();
        }
    }

    private static Optional<Dimensions> jpeg(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] data = in.readNBytes(JPEG_SCAN_LIMIT);
            int i = 2;
            while (i + 9 < data.length) {
                if ((data[i] & 0xff) != 0xff) {
                    return Optional.empty();
                }
                int marker = data[i + 1] & 0xff;
                if (marker == 0xff) {
                    i++; // fill byte
                    continue;
                }
                int length = ((data[i + 2] & 0xff) << 8) | (data[i + 3] & 0xff);
                boolean startOfFrame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8
                        && marker != 0xcc;
                if (startOfFrame) {
                    int height = ((data[i + 5] & 0xff) << 8) | (data[i + 6] & 0xff);
                    int width = ((data[i + 7] & 0xff) << 8) | (data[i + 8] & 0xff);
                    return Optional.of(new Dimensions(width, height));
                }
                i += 2 + length;
            }
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int int32(byte[] b, int at) {
        return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }
}
