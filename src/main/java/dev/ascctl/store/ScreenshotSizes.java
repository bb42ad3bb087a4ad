package dev.ascctl.store;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The pixel sizes Apple accepts per screenshot display type, portrait and landscape. Not in the OpenAPI spec;
 * source: [docs] App Store Connect Help, "Screenshot specifications"
 * (developer.apple.com/help/app-store-connect/reference/screenshot-specifications), as published in 2025.
 * Apple maps several device sizes onto one display type (e.g. APP_IPHONE_67 holds the 6.7" and 6.9" sizes).
 * iMessage display types take the sizes of the matching app display type. Mac and Apple TV screenshots are
 * landscape only, Apple Watch portrait only.
 */
public final class ScreenshotSizes {
    private static final Map<String, List<String>> PORTRAIT_AND_LANDSCAPE = Map.ofEntries(
            Map.entry("APP_IPHONE_67", List.of("1290x2796", "1320x2868", "1260x2736")),
            Map.entry("APP_IPHONE_65", List.of("1242x2688", "1284x2778")),
            Map.entry("APP_IPHONE_61", List.of("1179x2556", "1206x2622", "1170x2532", "1125x2436", "1080x2340")),
            Map.entry("APP_IPHONE_58", List.of("1125x2436", "1170x2532", "1080x2340")),
            Map.entry("APP_IPHONE_55", List.of("1242x2208")),
            Map.entry("APP_IPHONE_47", List.of("750x1334")),
            Map.entry("APP_IPHONE_40", List.of("640x1096", "640x1136")),
            Map.entry("APP_IPHONE_35", List.of("640x920", "640x960")),
            Map.entry("APP_IPAD_PRO_3GEN_129", List.of("2064x2752", "2048x2732")),
            Map.entry("APP_IPAD_PRO_129", List.of("2048x2732")),
            Map.entry("APP_IPAD_PRO_3GEN_11", List.of("1488x2266", "1668x2420", "1668x2388", "1640x2360")),
            Map.entry("APP_IPAD_105", List.of("1668x2224")),
            Map.entry("APP_IPAD_97", List.of("1536x2048", "1536x2008", "768x1024", "768x1004")),
            Map.entry("APP_APPLE_VISION_PRO", List.of("3840x2160")));
    private static final Map<String, List<String>> ONE_ORIENTATION = Map.ofEntries(
            Map.entry("APP_DESKTOP", List.of("1280x800", "1440x900", "2560x1600", "2880x1800")),
            Map.entry("APP_APPLE_TV", List.of("1920x1080", "3840x2160")),
            Map.entry("APP_WATCH_ULTRA", List.of("410x502", "422x514")),
            Map.entry("APP_WATCH_SERIES_10", List.of("416x496")),
            Map.entry("APP_WATCH_SERIES_7", List.of("396x484")),
            Map.entry("APP_WATCH_SERIES_4", List.of("368x448")),
            Map.entry("APP_WATCH_SERIES_3", List.of("312x390")));

    private ScreenshotSizes() {
    }

    /** Every accepted size of a display type, as {@code WIDTHxHEIGHT}. */
    public static Set<String> accepted(String displayType) {
        String appType = displayType.startsWith("IMESSAGE_") ? displayType.substring("IMESSAGE_".length()) : displayType;
        Set<String> out = new TreeSet<>();
        List<String> both = PORTRAIT_AND_LANDSCAPE.get(appType);
        if (both != null) {
            for (String size : both) {
                out.add(size);
                String[] wh = size.split("x");
                out.add(wh[1] + "x" + wh[0]);
            }
        }
        out.addAll(ONE_ORIENTATION.getOrDefault(appType, List.of()));
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no sizes known for display type " + displayType);
        }
        return out;
    }

    public static boolean accepts(String displayType, ImageHeaders.Dimensions size) {
        return accepted(displayType).contains(size.toString());
    }

    /** For messages: {@code 1290x2796, 2796x1290, ...}. */
    public static String describe(String displayType) {
        return accepted(displayType).stream().collect(Collectors.joining(", "));
    }
}
