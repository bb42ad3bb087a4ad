package dev.ascctl.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/**
 * Valid PNG files of any size, fast (one gray level per file, so each seed gives other bytes and another MD5),
 * and fake videos with an ISO media {@code ftyp} box.
 */
public final class TestImages {
    private TestImages() {
    }

    /** A gray PNG of {@code width x height}; {@code seed} picks the gray level, so different seeds differ. */
    public static byte[] png(int width, int height, int seed) {
        try {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            try (DeflaterOutputStream z = new DeflaterOutputStream(raw)) {
                byte[] row = new byte[1 + width]; // filter byte + one gray byte per pixel
                java.util.Arrays.fill(row, 1, row.length, (byte) (seed * 37));
                row[1] = (byte) seed; // the first pixel makes seeds 7 apart differ too
                for (int y = 0; y < height; y++) {
                    z.write(row);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 0)
                    .put((byte) 0).put((byte) 0).put((byte) 0).array());
            chunk(out, "IDAT", raw.toByteArray());
            chunk(out, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path writePng(Path file, int width, int height, int seed) {
        return write(file, png(width, height, seed));
    }

    /** An MP4-looking file of {@code size} bytes: an {@code ftyp} box, then bytes derived from {@code seed}. */
    public static byte[] video(int size, int seed) {
        byte[] out = new byte[size];
        new java.util.Random(seed).nextBytes(out);
        byte[] head = {0, 0, 0, 20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm'};
        System.arraycopy(head, 0, out, 0, Math.min(head.length, size));
        return out;
    }

    public static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
}
