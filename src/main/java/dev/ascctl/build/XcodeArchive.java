package dev.ascctl.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * {@code ascctl build archive}: writes ExportOptions.plist, runs {@code xcodebuild archive}, then
 * {@code xcodebuild -exportArchive}, and finds the .ipa (or .pkg) it exported. Each run's full output is kept in
 * {@code <out>/logs/archive.log} and {@code export.log}; the listener gets short progress lines.
 * <pre>{@code
 * new XcodeArchive(project, outDir, tools).plan()          // the commands (--dry-run, or no xcodebuild)
 * new XcodeArchive(project, outDir, tools).run(progress)   // the exported .ipa
 * new XcodeArchive(project, outDir, tools, Signing.withApiKey(keyId, issuerId, pem)).run(progress)   // CI signing
 * }</pre>
 *
 * @param project what to build
 * @param out     where the archive, ExportOptions.plist, logs and the .ipa go (created)
 * @param tools   runs xcodebuild
 * @param signing whether xcodebuild may talk to Apple's developer site for signing, and with which API key
 */
public record XcodeArchive(Project project, Path out, ExternalCommand tools, Signing signing) {
    /** What a command shows in place of the key file's path (--dry-run): the project's mask for secrets. */
    static final String KEY_PATH_SHOWN = "(sensitive value)";

    public XcodeArchive {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(tools, "tools");
        signing = signing == null ? Signing.NONE : signing;
    }

    /** Signs as the Mac's logged-in Xcode does, never asking Apple's developer site for profiles. */
    public XcodeArchive(Project project, Path out, ExternalCommand tools) {
        this(project, out, tools, Signing.NONE);
    }

    /**
     * How xcodebuild signs on a CI machine where no one is logged in to Xcode: {@code -allowProvisioningUpdates} lets it
     * create and download certificates and profiles (automatic signing) or download missing profiles (manual); with an
     * App Store Connect API key it signs in to Apple with that key ({@code -authenticationKeyPath},
     * {@code -authenticationKeyID}, {@code -authenticationKeyIssuerID}) instead of an account added in Xcode. The
     * key's PEM is written to a file only the user can read for the run and deleted after it; commands shown
     * (--dry-run) carry {@link #KEY_PATH_SHOWN} in place of its path, and nothing prints the key itself.
     *
     * @param allowProvisioningUpdates whether to pass {@code -allowProvisioningUpdates} (a write to the team's
     *                                 certificates and profiles, so only when asked)
     * @param keyId                    the API key's id, or null to use the Mac's logged-in Xcode account
     * @param issuerId                 the key's issuer id; null exactly when keyId is
     * @param privateKeyPem            the key's PEM text, asked for only when the run writes the key file
     */
    public record Signing(boolean allowProvisioningUpdates, String keyId, String issuerId,
                         Supplier<String> privateKeyPem) {
        public static final Signing NONE = new Signing(false, null, null, null);

        public Signing {
            if ((keyId == null) != (issuerId == null) || (keyId == null) != (privateKeyPem == null)) {
                throw new IllegalArgumentException("an API key for xcodebuild needs its key id, issuer id and private"
                        + " key together");
            }
            if (keyId != null && !allowProvisioningUpdates) {
                throw new IllegalArgumentException("xcodebuild uses an API key only with -allowProvisioningUpdates");
            }
        }

        /** {@code -allowProvisioningUpdates} signed in with the API key. */
        public static Signing withApiKey(String keyId, String issuerId, Supplier<String> privateKeyPem) {
            return new Signing(true, keyId, issuerId, privateKeyPem);
        }

        /** {@code -allowProvisioningUpdates} with the account logged in to Xcode on this Mac. */
        public static Signing withXcodeAccount() {
            return new Signing(true, null, null, null);
        }

        boolean hasKey() {
            return keyId != null;
        }

        /** The arguments both xcodebuild commands get; {@code keyPath} is the key file's path, or what is shown. */
        List<String> arguments(String keyPath) {
            if (!allowProvisioningUpdates) {
                return List.of();
            }
            if (!hasKey()) {
                return List.of("-allowProvisioningUpdates");
            }
            return List.of("-allowProvisioningUpdates", "-authenticationKeyPath", keyPath, "-authenticationKeyID",
                    keyId, "-authenticationKeyIssuerID", issuerId);
        }

        @Override
        public String toString() {
            return "Signing[allowProvisioningUpdates=" + allowProvisioningUpdates + ", keyId=" + keyId + "]";
        }
    }
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

    /** The two commands as they run, with the API key file's path shown as {@link #KEY_PATH_SHOWN}. */
    public List<List<String>> commands() {
        return commands(KEY_PATH_SHOWN);
    }

    private List<List<String>> commands(String keyPath) {
        List<String> archive = new ArrayList<>(List.of("xcodebuild", "archive"));
        archive.addAll(project.source());
        archive.addAll(List.of("-scheme", project.scheme(), "-configuration", project.configuration(),
                "-destination", project.destination(), "-archivePath", archivePath().toString()));
        archive.addAll(signing.arguments(keyPath));
        List<String> export = new ArrayList<>(List.of("xcodebuild", "-exportArchive", "-archivePath",
                archivePath().toString(), "-exportPath", exportPath().toString(), "-exportOptionsPlist",
                optionsPlist().toString()));
        export.addAll(signing.arguments(keyPath));
        return List.of(List.copyOf(archive), List.copyOf(export));
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
        if (!signing.hasKey()) {
            return run(commands(KEY_PATH_SHOWN), progress);
        }
        Path keyDir = null;
        try {
            // A folder and file only the user can read, so other accounts on a shared CI host never see the key.
            keyDir = Files.createTempDirectory("ascctl-xcode-key", PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
            Path key = Files.createFile(keyDir.resolve("AuthKey_" + signing.keyId() + ".p8"),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(key, signing.privateKeyPem().get());
            return run(commands(key.toString()), progress);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the API key file for xcodebuild", e);
        } finally {
            deleteKey(keyDir);
        }
    }

    /** Removes the key file and its folder, whatever the run did. */
    private static void deleteKey(Path keyDir) {
        if (keyDir == null) {
            return;
        }
        try (Stream<Path> files = Files.list(keyDir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(keyDir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the API key file written for xcodebuild in " + keyDir, e);
        }
    }

    private Path run(List<List<String>> commands, Consumer<String> progress) {
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
