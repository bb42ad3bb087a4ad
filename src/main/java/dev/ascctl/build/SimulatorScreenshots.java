package dev.ascctl.build;

import dev.ascctl.store.ImageHeaders;
import dev.ascctl.store.ScreenshotSizes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ascctl screenshots capture}: for each simulator and locale, boots the simulator, sets Apple's marketing status
 * bar (9:41, full signal, full battery), runs the UI-test scheme in that language and region, exports the screenshots
 * the tests attached ({@code XCTAttachment}, kept always) from the result bundle, and files them under
 * {@code screenshots/<locale>/<DISPLAY_TYPE>/} by pixel size, named after the attachment (stable from run to run).
 * Each folder it fills is replaced, so it holds exactly what the tests took; identical pixels keep identical files,
 * so the plan shows only the screenshots that changed.
 * <pre>{@code
 * new SimulatorScreenshots(run, tools).commands()      // for --dry-run
 * new SimulatorScreenshots(run, tools).capture(lines)  // the files written
 * }</pre>
 *
 * @param run   what to capture and where
 * @param tools runs xcrun and xcodebuild
 */
public record SimulatorScreenshots(Run run, ExternalCommand tools) {
    /**
     * Display types tried for a pixel size, newest devices first: where Apple accepts one size for several types
     * (1125x2436 for 6.1" and 5.8"), the newer type wins, as App Store Connect lists it first.
     */
    static final List<String> DISPLAY_TYPES = List.of("APP_IPHONE_67", "APP_IPHONE_65", "APP_IPHONE_61", "APP_IPHONE_58",
            "APP_IPHONE_55", "APP_IPHONE_47", "APP_IPHONE_40", "APP_IPHONE_35", "APP_IPAD_PRO_3GEN_129",
            "APP_IPAD_PRO_129", "APP_IPAD_PRO_3GEN_11", "APP_IPAD_105", "APP_IPAD_97", "APP_APPLE_VISION_PRO",
            "APP_DESKTOP", "APP_APPLE_TV", "APP_WATCH_ULTRA", "APP_WATCH_SERIES_10", "APP_WATCH_SERIES_7",
            "APP_WATCH_SERIES_4", "APP_WATCH_SERIES_3");
    /** xcresulttool's suggested names end with {@code _<index>_<UUID>}; the rest is the attachment's own name. */
    private static final Pattern SUFFIX = Pattern.compile("_\\d+_[0-9A-Fa-f-]{36}$");

    /**
     * What to capture.
     *
     * @param source   {@code -workspace W} or {@code -project P}
     * @param scheme   the UI-test scheme
     * @param platform Apple's platform (IOS, TV_OS, VISION_OS): the simulator kind
     * @param devices  simulator names, e.g. "iPhone 16 Pro Max"
     * @param locales  store locales, e.g. de-DE
     * @param appDir   the app's store folder; images go to its {@code screenshots/}
     * @param work     where result bundles, exported attachments and logs go
     */
    public record Run(List<String> source, String scheme, String platform, List<String> devices, List<String> locales,
                      Path appDir, Path work) {
        public Run {
            source = List.copyOf(source);
            devices = List.copyOf(devices);
            locales = List.copyOf(locales);
            if (scheme == null || scheme.isBlank()) {
                throw new IllegalArgumentException("give the UI-test scheme (xcode.uiTestScheme in app.yaml, or --scheme)");
            }
            if (devices.isEmpty()) {
                throw new IllegalArgumentException("give the simulators (xcode.screenshotDevices in app.yaml, or"
                        + " --device)");
            }
            if (locales.isEmpty()) {
                throw new IllegalArgumentException("give at least one locale");
            }
        }
    }

    /** A store locale as xcodebuild's -testLanguage and -testRegion: de-DE → de, DE; zh-Hans → zh-Hans, none. */
    static String[] languageAndRegion(String locale) {
        String[] parts = locale.split("-");
        if (parts.length == 2 && parts[1].matches("[A-Z]{2}")) {
            return new String[] {parts[0], parts[1]};
        }
        return new String[] {locale, null};
    }

    private Path bundle(String locale, String device) {
        return run.work().resolve("xcresults").resolve(locale).resolve(device + ".xcresult");
    }

    private Path exported(String locale, String device) {
        return run.work().resolve("attachments").resolve(locale).resolve(device);
    }

    /** The commands for one simulator and locale, in order. */
    public List<List<String>> commands(String device, String locale) {
        String[] lr = languageAndRegion(locale);
        List<String> test = new ArrayList<>(List.of("xcodebuild", "test"));
        test.addAll(run.source());
        test.addAll(List.of("-scheme", run.scheme(), "-destination", "platform=" + simulator() + ",name=" + device,
                "-testLanguage", lr[0]));
        if (lr[1] != null) {
            test.addAll(List.of("-testRegion", lr[1]));
        }
        test.addAll(List.of("-resultBundlePath", bundle(locale, device).toString()));
        return List.of(
                List.of("xcrun", "simctl", "bootstatus", device, "-b"),
                List.of("xcrun", "simctl", "status_bar", device, "override", "--time", "9:41", "--dataNetwork", "wifi",
                        "--wifiMode", "active", "--wifiBars", "3", "--cellularMode", "active", "--cellularBars", "4",
                        "--batteryState", "charged", "--batteryLevel", "100"),
                List.copyOf(test),
                List.of("xcrun", "xcresulttool", "export", "attachments", "--path", bundle(locale, device).toString(),
                        "--output-path", exported(locale, device).toString()),
                List.of("xcrun", "simctl", "status_bar", device, "clear"));
    }

    /** Every command of the run: each locale on each simulator. */
    public List<List<String>> commands() {
        List<List<String>> out = new ArrayList<>();
        for (String device : run.devices()) {
            for (String locale : run.locales()) {
                out.addAll(commands(device, locale));
            }
        }
        return out;
    }

    private String simulator() {
        return Map.of("TV_OS", "tvOS Simulator", "VISION_OS", "visionOS Simulator").getOrDefault(run.platform(),
                "iOS Simulator");
    }

    /**
     * Runs every command and files the images; returns the files written, by folder.
     *
     * @throws IllegalStateException naming the command, its exit code and log when one fails, or an image whose size
     *                               is no display type's
     */
    public Map<Path, List<Path>> capture(Consumer<String> progress) {
        Map<Path, List<Path>> written = new TreeMap<>();
        int n = 0;
        for (String device : run.devices()) {
            for (String locale : run.locales()) {
                progress.accept("Capturing " + locale + " on " + device);
                deleteTree(bundle(locale, device)); // xcodebuild refuses an existing result bundle
                deleteTree(exported(locale, device));
                for (List<String> command : commands(device, locale)) {
                    Path log = run.work().resolve("logs").resolve((++n) + "-" + command.get(1) + ".log");
                    int exit = tools.run(command, run.work(), log, line -> {
                        if (line.contains("error:") || (line.startsWith("** ") && line.endsWith(" **"))) {
                            progress.accept("  " + line.strip());
                        }
                    });
                    if (exit != 0) {
                        throw new IllegalStateException(ExternalCommand.shown(command) + " failed (exit " + exit
                                + "); see " + log);
                    }
                }
                file(locale, device, written);
            }
        }
        written.forEach((dir, files) -> progress.accept("  " + run.appDir().relativize(dir) + ": " + files.size()
                + " screenshot" + (files.size() == 1 ? "" : "s")));
        return written;
    }

    /** Files the exported PNGs of one run by pixel size, replacing what the folders held. */
    private void file(String locale, String device, Map<Path, List<Path>> written) {
        Map<String, Path> images = named(exported(locale, device));
        if (images.isEmpty()) {
            throw new IllegalStateException("the UI tests of " + run.scheme() + " attached no screenshot on " + device
                    + " (" + locale + "); attach each with XCTAttachment(screenshot:), lifetime .keepAlways");
        }
        Map<Path, Map<String, Path>> byFolder = new LinkedHashMap<>();
        for (Map.Entry<String, Path> image : images.entrySet()) {
            ImageHeaders.Dimensions size = dimensions(image.getValue());
            String type = DISPLAY_TYPES.stream().filter(t -> ScreenshotSizes.accepts(t, size)).findFirst()
                    .orElseThrow(() -> new IllegalStateException(image.getKey() + " from " + device + " is " + size
                            + ", which is no screenshot size App Store Connect accepts"));
            Path folder = run.appDir().resolve("screenshots").resolve(locale).resolve(type);
            byFolder.computeIfAbsent(folder, f -> new TreeMap<>()).put(image.getKey(), image.getValue());
        }
        try {
            for (Map.Entry<Path, Map<String, Path>> e : byFolder.entrySet()) {
                Path folder = e.getKey();
                if (!written.containsKey(folder) && Files.isDirectory(folder)) {
                    try (Stream<Path> old = Files.list(folder)) {
                        for (Path f : old.filter(p -> p.toString().endsWith(".png")).toList()) {
                            Files.delete(f);
                        }
                    }
                }
                Files.createDirectories(folder);
                for (Map.Entry<String, Path> image : e.getValue().entrySet()) {
                    Path target = folder.resolve(image.getKey() + ".png");
                    Files.copy(image.getValue(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    written.computeIfAbsent(folder, f -> new ArrayList<>()).add(target);
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("could not file the screenshots of " + device + " (" + locale + ")", ex);
        }
    }

    /**
     * The exported PNGs by stable name: the attachment's name from xcresulttool's manifest.json (without its
     * {@code _<index>_<UUID>} suffix), else the file's own name.
     */
    static Map<String, Path> named(Path dir) {
        Map<String, Path> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        Map<String, String> suggested = new LinkedHashMap<>();
        Path manifest = dir.resolve("manifest.json");
        if (Files.isRegularFile(manifest)) {
            JsonNode tests = JsonMapper.builder().build().readTree(manifest.toFile());
            for (JsonNode test : tests) {
                for (JsonNode a : test.path("attachments")) {
                    suggested.put(a.path("exportedFileName").asString(""), a.path("suggestedHumanReadableName")
                            .asString(""));
                }
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                    .endsWith(".png")).sorted(Comparator.naturalOrder()).toList()) {
                String file = f.getFileName().toString();
                String name = Optional.ofNullable(suggested.get(file)).filter(s -> !s.isBlank()).orElse(file);
                name = SUFFIX.matcher(name.replaceFirst("(?i)\\.png$", "")).replaceFirst("")
                        .replaceAll("[^A-Za-z0-9._-]+", "-");
                out.put(name, f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + dir, e);
        }
        return out;
    }

    private static ImageHeaders.Dimensions dimensions(Path png) {
        try {
            return ImageHeaders.read(png).orElseThrow(() -> new IllegalStateException(png + " is not a PNG or JPEG"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + png, e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove " + dir, e);
        }
    }
}
