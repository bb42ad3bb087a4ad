package dev.ascctl.adoption.fastlane;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Apple's screenshot display type of an image, from its pixel size, as deliver detects it (deliver keeps no
 * display type in its folders). Sizes from Apple's "Screenshot specifications" (App Store Connect Help), portrait;
 * landscape is the same size turned.
 */
final class ScreenshotSizes {
    private static final Map<String, String> BY_SIZE = Map.ofEntries(
            Map.entry("1320x2868", "APP_IPHONE_67"), Map.entry("1290x2796", "APP_IPHONE_67"),
            Map.entry("1260x2736", "APP_IPHONE_67"),
            Map.entry("1284x2778", "APP_IPHONE_65"), Map.entry("1242x2688", "APP_IPHONE_65"),
            Map.entry("1206x2622", "APP_IPHONE_61"), Map.entry("1179x2556", "APP_IPHONE_61"),
            Map.entry("1170x2532", "APP_IPHONE_58"), Map.entry("1125x2436", "APP_IPHONE_58"),
            Map.entry("1080x2340", "APP_IPHONE_58"),
            Map.entry("1242x2208", "APP_IPHONE_55"),
            Map.entry("750x1334", "APP_IPHONE_47"),
            Map.entry("640x1136", "APP_IPHONE_40"),
            Map.entry("2064x2752", "APP_IPAD_PRO_3GEN_129"), Map.entry("2048x2732", "APP_IPAD_PRO_3GEN_129"),
            Map.entry("1668x2420", "APP_IPAD_PRO_3GEN_11"), Map.entry("1668x2388", "APP_IPAD_PRO_3GEN_11"),
            Map.entry("1640x2360", "APP_IPAD_PRO_3GEN_11"), Map.entry("1488x2266", "APP_IPAD_PRO_3GEN_11"),
            Map.entry("1668x2224", "APP_IPAD_105"),
            Map.entry("1536x2048", "APP_IPAD_97"),
            Map.entry("800x1280", "APP_DESKTOP"), Map.entry("900x1440", "APP_DESKTOP"),
            Map.entry("1600x2560", "APP_DESKTOP"), Map.entry("1800x2880", "APP_DESKTOP"),
            Map.entry("1080x1920", "APP_APPLE_TV"), Map.entry("2160x3840", "APP_APPLE_TV"));

    private ScreenshotSizes() {
    }

    /** The display type, or empty when the size is not one Apple takes (or the file is not an image). */
    static Optional<String> displayType(Path image) {
        return size(image).map(s -> BY_SIZE.get(Math.min(s[0], s[1]) + "x" + Math.max(s[0], s[1])));
    }

    /** Width and height from the image header, without decoding the pixels. */
    static Optional<int[]> size(Path image) {
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            if (in == null) {
                return Optional.empty();
            }
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return Optional.of(new int[] {reader.getWidth(0), reader.getHeight(0)});
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
