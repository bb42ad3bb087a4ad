package dev.ascctl.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.cli.CliRunner;
import dev.ascctl.plist.PropertyList;
import dev.ascctl.plist.TestArchives;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ascctl build archive} against a fake {@code xcodebuild} on the PATH (issue 15 scope 3): the exact commands,
 * short progress with the full log in a file, the exported .ipa; ExportOptions.plist checked against the keys and
 * value types Apple documents for {@code xcodebuild -exportOptionsPlist}; --dry-run and a machine without xcodebuild
 * print the commands and run nothing; a failing xcodebuild names its error and log.
 */
class XcodeArchiveTest {
    /**
     * The keys {@code xcodebuild -help} documents for -exportOptionsPlist (Xcode 15/16), with their types: String,
     * Bool or Dictionary.
     */
    static final Map<String, Class<?>> DOCUMENTED = Map.ofEntries(Map.entry("compileBitcode", Boolean.class),
            Map.entry("destination", String.class), Map.entry("distributionBundleIdentifier", String.class),
            Map.entry("embedOnDemandResourcesAssetPacksInBundle", Boolean.class),
            Map.entry("generateAppStoreInformation", Boolean.class), Map.entry("iCloudContainerEnvironment", String.class),
            Map.entry("installerSigningCertificate", String.class),
            Map.entry("manageAppVersionAndBuildNumber", Boolean.class), Map.entry("manifest", Map.class),
            Map.entry("method", String.class), Map.entry("onDemandInstallCapable", Boolean.class),
            Map.entry("onDemandResourcesAssetPacksBaseURL", String.class), Map.entry("provisioningProfiles", Map.class),
            Map.entry("signingCertificate", String.class), Map.entry("signingStyle", String.class),
            Map.entry("stripSwiftSymbols", Boolean.class), Map.entry("teamID", String.class),
            Map.entry("testFlightInternalTestingOnly", Boolean.class), Map.entry("thinning", String.class),
            Map.entry("uploadBitcode", Boolean.class), Map.entry("uploadSymbols", Boolean.class));
    static final List<String> METHODS = List.of("app-store-connect", "release-testing", "enterprise", "debugging",
            "developer-id", "mac-application", "validation", "app-store", "ad-hoc", "package", "development");

    @TempDir
    Path temp;
    Path store;
    Path calls;
    CliRunner cli;

    @BeforeEach
    void setUp() throws Exception {
        store = temp.resolve("repo/appstore");
        Files.createDirectories(store.resolve("apps/notes/locales"));
        Files.writeString(store.resolve("apps/notes/app.yaml"), """
                bundleId: com.example.notes
                primaryLocale: en-US
                xcode:
                  workspace: ../Notes.xcworkspace
                  scheme: Notes
                  exportOptions:
                    teamID: ABCDE12345
                    provisioningProfiles: {com.example.notes: Notes App Store}
                """);
        Files.writeString(store.resolve("apps/notes/locales/en-US.yaml"), "{}\n");
        Path bin = FakeXcode.install(temp.resolve("bin"));
        calls = temp.resolve("calls.log");
        Path ipa = TestArchives.ipa(temp.resolve("made/Notes.ipa"), "com.example.notes", "2.5.0", "246", false, 0);
        cli = new CliRunner().workDir(temp.resolve("repo"))
                .env("PATH", bin + ":" + System.getenv("PATH"))
                .env("FAKE_XCODE_LOG", calls.toString()).env("FAKE_XCODE_IPA", ipa.toString());
    }

    private List<String> expectedCommands() {
        Path repo = temp.resolve("repo");
        Path out = repo.resolve("build");
        return List.of("xcodebuild archive -workspace " + repo.resolve("Notes.xcworkspace") + " -scheme Notes"
                        + " -configuration Release -destination generic/platform=iOS -archivePath "
                        + out.resolve("Notes.xcarchive"),
                "xcodebuild -exportArchive -archivePath " + out.resolve("Notes.xcarchive") + " -exportPath "
                        + out.resolve("export") + " -exportOptionsPlist " + out.resolve("ExportOptions.plist"));
    }

    @Test
    void archivesThenExportsWithShortProgressAndTheFullLogInAFile() throws Exception {
        var result = cli.run("build", "archive", "--store", "appstore");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(FakeXcode.calls(calls)).containsExactlyElementsOf(expectedCommands());
        Path out = temp.resolve("repo/build");
        assertThat(result.out()).contains("Archiving Notes (Release); full log: " + out.resolve("logs/archive.log"),
                "  archive: 50 build steps", "  archive: 100 build steps", "  ** ARCHIVE SUCCEEDED **",
                "  archive: done, 120 build steps, 1 warning", "  ** EXPORT SUCCEEDED **",
                "Archived: " + out.resolve("export/Notes.ipa"));
        assertThat(result.outLines().size()).as("short: the 120 compile lines stay in the log").isLessThan(20);
        assertThat(Files.readAllLines(out.resolve("logs/archive.log"))).hasSize(122)
                .contains("CompileSwift normal arm64 /src/Notes/File7.swift");
        assertThat(out.resolve("export/Notes.ipa")).exists();
    }

    @Test
    void exportOptionsPlistHasOnlyDocumentedKeysWithTheirTypesAndTheStoresValues() throws Exception {
        assertThat(cli.run("build", "archive", "--store", "appstore", "--dry-run").exitCode()).isZero();
        Map<String, Object> plist = PropertyList.parseDictionary(Files.readAllBytes(
                temp.resolve("repo/build/ExportOptions.plist")));
        assertThat(plist).containsExactly(Map.entry("method", "app-store-connect"), Map.entry("teamID", "ABCDE12345"),
                Map.entry("signingStyle", "automatic"), Map.entry("uploadSymbols", true),
                Map.entry("destination", "export"),
                Map.entry("provisioningProfiles", Map.of("com.example.notes", "Notes App Store")));
        plist.forEach((key, value) -> {
            assertThat(DOCUMENTED).as("documented key").containsKey(key);
            assertThat(value).as(key).isInstanceOf(DOCUMENTED.get(key));
        });
        assertThat(METHODS).contains((String) plist.get("method"));
        assertThat(List.of("automatic", "manual")).contains((String) plist.get("signingStyle"));
        assertThat(List.of("export", "upload")).contains((String) plist.get("destination"));
    }

    @Test
    void dryRunPrintsTheExactCommandsAndRunsNothing() throws Exception {
        var result = cli.run("build", "archive", "--store", "appstore", "--dry-run", "--configuration", "Beta");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Dry run", expectedCommands().get(0).replace("Release", "Beta"),
                expectedCommands().get(1));
        assertThat(FakeXcode.calls(calls)).isEmpty();
    }

    @Test
    void withoutXcodebuildItPrintsTheCommandsAndFails() throws Exception {
        var result = cli.env("PATH", temp.resolve("empty").toString()).run("build", "archive", "--store", "appstore");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("xcodebuild was not found on the PATH", expectedCommands().get(0));
    }

    @Test
    void aFailingArchiveNamesTheErrorAndTheLog() throws Exception {
        var result = cli.env("FAKE_XCODE_FAIL", "archive").run("build", "archive", "--store", "appstore");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("  /src/Notes/NotesApp.swift:3:9: error: cannot find 'Widget' in scope");
        assertThat(result.err()).contains("xcodebuild archive failed (exit 65): /src/Notes/NotesApp.swift:3:9: error:"
                + " cannot find 'Widget' in scope; see " + temp.resolve("repo/build/logs/archive.log"));
        assertThat(FakeXcode.calls(calls)).hasSize(1);
    }

    @Test
    void optionsOverrideAppYamlAndAProjectIsPassedAsProject() throws Exception {
        var result = cli.run("build", "archive", "--store", "appstore", "--dry-run", "--project", "App/Notes.xcodeproj",
                "--scheme", "Notes Pro");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("xcodebuild archive -project " + temp.resolve("repo/App/Notes.xcodeproj")
                + " -scheme 'Notes Pro'");
    }

    /**
     * CI signing (no one logged in to Xcode): both commands get -allowProvisioningUpdates and the configured API key,
     * written to a file only the user can read (mode 600 in a 700 folder) for the run and deleted after; the key's PEM
     * and the file's path are printed nowhere.
     */
    @Test
    void allowProvisioningUpdatesSignsInWithTheConfiguredApiKeyWrittenPrivatelyForTheRunOnly() throws Exception {
        String pem = Files.readString(CliRunner.REPO.resolve("config/sandbox/AuthKey_SANDBOX001.p8"));
        Path keys = temp.resolve("keys.log");
        var result = cli.env("ASC_KEY_ID", "2X9R4HXF34").env("ASC_ISSUER_ID", "57246542-96fe-1a63-e053-0824d011072a")
                .env("ASC_PRIVATE_KEY", pem).env("FAKE_XCODE_KEYS", keys.toString())
                .run("build", "archive", "--store", "appstore", "--allow-provisioning-updates");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        List<String> made = FakeXcode.calls(calls);
        assertThat(made).hasSize(2);
        String keyPath = null;
        for (int i = 0; i < 2; i++) {
            String call = made.get(i);
            assertThat(call).startsWith(expectedCommands().get(i) + " -allowProvisioningUpdates -authenticationKeyPath ")
                    .endsWith(" -authenticationKeyID 2X9R4HXF34 -authenticationKeyIssuerID"
                            + " 57246542-96fe-1a63-e053-0824d011072a");
            String path = call.substring((expectedCommands().get(i) + " -allowProvisioningUpdates"
                    + " -authenticationKeyPath ").length(), call.indexOf(" -authenticationKeyID"));
            assertThat(path).endsWith("/AuthKey_2X9R4HXF34.p8");
            assertThat(keyPath == null || keyPath.equals(path)).as("one key file for both steps").isTrue();
            keyPath = path;
        }
        assertThat(Files.readAllLines(keys)).as("mode, folder mode, name, first line (the fake never logs the key)")
                .containsExactly("600 700 AuthKey_2X9R4HXF34.p8 -----BEGIN PRIVATE KEY-----",
                        "600 700 AuthKey_2X9R4HXF34.p8 -----BEGIN PRIVATE KEY-----");
        assertThat(Path.of(keyPath)).as("deleted after the run").doesNotExist();
        assertThat(Path.of(keyPath).getParent()).doesNotExist();
        String secretLine = pem.lines().filter(l -> !l.startsWith("-----")).findFirst().orElseThrow();
        assertThat(result.all()).doesNotContain(secretLine).doesNotContain(keyPath).contains("Archived: ");
        Path logs = temp.resolve("repo/build/logs");
        assertThat(Files.readString(logs.resolve("archive.log")) + Files.readString(logs.resolve("export.log")))
                .doesNotContain(secretLine);
    }

    @Test
    void aFailedSignedArchiveStillDeletesTheKeyFile() throws Exception {
        String pem = Files.readString(CliRunner.REPO.resolve("config/sandbox/AuthKey_SANDBOX001.p8"));
        var result = cli.env("ASC_KEY_ID", "2X9R4HXF34").env("ASC_ISSUER_ID", "57246542-96fe-1a63-e053-0824d011072a")
                .env("ASC_PRIVATE_KEY", pem).env("FAKE_XCODE_FAIL", "archive")
                .run("build", "archive", "--store", "appstore", "--allow-provisioning-updates");
        assertThat(result.exitCode()).isEqualTo(1);
        String call = FakeXcode.calls(calls).get(0);
        String path = call.substring(call.indexOf("-authenticationKeyPath ") + "-authenticationKeyPath ".length(),
                call.indexOf(" -authenticationKeyID"));
        assertThat(Path.of(path)).doesNotExist();
        assertThat(Path.of(path).getParent()).doesNotExist();
    }

    @Test
    void dryRunShowsTheSigningArgumentsWithTheKeyFileRedacted() throws Exception {
        String pem = Files.readString(CliRunner.REPO.resolve("config/sandbox/AuthKey_SANDBOX001.p8"));
        var result = cli.env("ASC_KEY_ID", "2X9R4HXF34").env("ASC_ISSUER_ID", "57246542-96fe-1a63-e053-0824d011072a")
                .env("ASC_PRIVATE_KEY", pem)
                .run("build", "archive", "--store", "appstore", "--allow-provisioning-updates", "--dry-run");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        String signing = " -allowProvisioningUpdates -authenticationKeyPath '(sensitive value)' -authenticationKeyID"
                + " 2X9R4HXF34 -authenticationKeyIssuerID 57246542-96fe-1a63-e053-0824d011072a";
        assertThat(result.out()).contains(expectedCommands().get(0) + signing, expectedCommands().get(1) + signing);
        assertThat(result.all()).doesNotContain(pem.lines().skip(1).findFirst().orElseThrow());
        assertThat(FakeXcode.calls(calls)).isEmpty();
    }

    @Test
    void allowProvisioningUpdatesWithoutAnApiKeyFailsBeforeXcodebuildRuns() throws Exception {
        var result = cli.run("build", "archive", "--store", "appstore", "--allow-provisioning-updates");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("--allow-provisioning-updates signs in to Apple with the App Store Connect"
                + " API key: No App Store Connect key id found");
        assertThat(FakeXcode.calls(calls)).isEmpty();
    }
}
