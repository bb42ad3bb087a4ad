package dev.ascctl.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code ascctl build archive}: writes ExportOptions.plist, runs {@code xcodebuild archive}, then
 * {@code xcodebuild -exportArchive}, and finds the .ipa (or .pkg) it exported. Each run's full output is kept in
 * {@code <out>/logs/archive.log} and {@code export.log}; the listener gets short progress lines.
 * <pre>{@code
 * new XcodeArchive(project, outDir, tools).plan()          // the commands (--dry-run, or no xcodebuild)
 * new XcodeArchive(project, outDir, tools).run(progress)   // the exported .ipa
 * }</pre>
 *
 * @param project what to build
 * @param out     where the archive, ExportOptions.plist, logs and the .ipa go (created)
 * @param tools   runs xcodebuild
 */
public record XcodeArchive(Project project, Path out, ExternalCommand tools) {
    /**
     * What to build, from app.yaml's {@code xcode:} key and the command's options.
     *
     * @param workspace     the .xcworkspace, or null
     * @param project       the .xcodeproj when there is no workspace, or null
     * @param scheme        the scheme to archive
     * @param configuration the build configuration (Release when not given)
     * @param platform      Apple's platform of the store (IOS, MAC_OS, TV_OS, VISION_OS): the generic destination
     * @param exportOptions the ExportOptions.plist
     */
    public record Project(Path workspace, Path project, String scheme, String configuration, String platform,
                          ExportOptions exportOptions) {
        public Project {
            if ((workspace == null) == (project == null)) {
                throw new IllegalArgumentException("give a workspace or a project (xcode.workspace or xcode.project in"
                        + " app.yaml, or --workspace/--project)");
            }
            if (scheme == null || scheme.isBlank()) {
                throw new IllegalArgumentException("give the scheme to archive (xcode.scheme in app.yaml, or --scheme)");
            }
            configuration = configuration == null ? "Release" : configuration;
            platform = platform == null ? "IOS" : platform;
            Objects.requireNonNull(exportOptions, "exportOptions");
        }

        /** xcodebuild's generic destination for the platform, e.g. {@code generic/platform=iOS}. */
        String destination() {
            return "generic/platform=" + Map.of("IOS", "iOS", "MAC_OS", "macOS", "TV_OS", "tvOS", "VISION_OS",
                    "visionOS").getOrDefault(platform, "iOS");
        }

        /** {@code -workspace W} or {@code -project P}. */
        List<String> source() {
            return workspace != null ? List.of("-workspace", workspace.toString())
                    : List.of("-project", project.toString());
        }
    }

    /** The two commands, exactly as they run. */
    public List<List<String>> commands() {
        List<String> archive = new ArrayList<>(List.of("xcodebuild", "archive"));
        archive.addAll(project.source());
        archive.addAll(List.of("-scheme", project.scheme(), "-configuration", project.configuration(),
                "-destination", project.destination(), "-archivePath", archivePath().toString()));
        List<String> export = List.of("xcodebuild", "-exportArchive", "-archivePath", archivePath().toString(),
                "-exportPath", exportPath().toString(), "-exportOptionsPlist", optionsPlist().toString());
        return List.of(List.copyOf(archive), export);
    }

    public Path archivePath() {
        return out.resolve(project.scheme() + ".xcarchive");
    }

    public Path exportPath() {
        return out.resolve("export");
    }

    public Path optionsPlist() {
        return out.resolve("ExportOptions.plist");
    }

    public Path log(String step) {
        return out.resolve("logs").resolve(step + ".log");
    }

    /** Writes ExportOptions.plist (also for a dry run, so it can be looked at). */
    public Path writeOptions() {
        try {
            Files.createDirectories(out);
            Files.writeString(optionsPlist(), project.exportOptions().toXml());
            return optionsPlist();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + optionsPlist(), e);
        }
    }

    /**
     * Archives and exports; returns the exported .ipa or .pkg.
     *
     * @throws IllegalStateException naming the step, its exit code, the log and its last error line, when a step fails
     */
    public Path run(Consumer<String> progress) {
        writeOptions();
        List<List<String>> commands = commands();
        String[] steps = {"archive", "export"};
        for (int i = 0; i < commands.size(); i++) {
            Progress lines = new Progress(steps[i], progress);
            progress.accept((i == 0 ? "Archiving " + project.scheme() + " (" + project.configuration() + ")"
                    : "Exporting " + archivePath().getFileName()) + "; full log: " + log(steps[i]));
            int exit = tools.run(commands.get(i), out, log(steps[i]), lines);
            if (exit != 0) {
                throw new IllegalStateException("xcodebuild " + steps[i] + " failed (exit " + exit + ")"
                        + (lines.lastError == null ? "" : ": " + lines.lastError) + "; see " + log(steps[i]));
            }
            lines.done();
        }
        if (!project.exportOptions().exports()) {
            throw new IllegalStateException("exportOptions.destination is upload: Xcode uploaded the build itself and"
                    + " wrote no .ipa");
        }
        try (Stream<Path> files = Files.list(exportPath())) {
            return files.filter(f -> f.toString().endsWith(".ipa") || f.toString().endsWith(".pkg"))
                    .max(Comparator.comparing(f -> f.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("xcodebuild -exportArchive wrote no .ipa or .pkg in "
                            + exportPath()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + exportPath(), e);
        }
    }

    /**
     * Short progress from xcodebuild's long output: errors as they come, a count of build steps every 50, and the
     * closing {@code ** ARCHIVE SUCCEEDED **} line; everything else stays in the log.
     */
    private static final class Progress implements Consumer<String> {
        private static final List<String> STEPS = List.of("CompileSwift ", "CompileC ", "Ld ", "CodeSign ",
                "CompileAssetCatalog ", "CompileStoryboard ", "ProcessInfoPlistFile ", "SwiftCompile ",
                "SwiftEmitModule ", "CopySwiftLibs ", "ProcessProductPackaging ");
        private final String step;
        private final Consumer<String> progress;
        private int count;
        private int warnings;
        private String lastError;

        Progress(String step, Consumer<String> progress) {
            this.step = step;
            this.progress = progress;
        }

        @Override
        public void accept(String line) {
            if (line.contains("error:")) {
                lastError = line.strip();
                progress.accept("  " + lastError);
            } else if (line.contains("warning:")) {
                warnings++;
            } else if (line.startsWith("** ") && line.endsWith(" **")) {
                progress.accept("  " + line);
            } else if (STEPS.stream().anyMatch(line::startsWith) && ++count % 50 == 0) {
                progress.accept("  " + step + ": " + count + " build steps");
            }
        }

        void done() {
            progress.accept("  " + step + ": done, " + count + " build steps, " + warnings + " warning"
                    + (warnings == 1 ? "" : "s"));
        }
    }
}
