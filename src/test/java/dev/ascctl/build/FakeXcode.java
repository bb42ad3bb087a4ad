package dev.ascctl.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * Fake {@code xcodebuild} and {@code xcrun} for tests, written as shell scripts into a folder that a test puts first
 * on the PATH (ascctl's CLI context passes its environment to the tools). Each call appends its command line to
 * {@code $FAKE_XCODE_LOG}. The fakes check what a real run needs and fail like Xcode when it is missing:
 * <ul>
 *   <li>{@code xcodebuild archive}: needs -archivePath and -scheme; prints 120 compile steps, a warning and
 *   {@code ** ARCHIVE SUCCEEDED **}, and makes the .xcarchive folder; with {@code FAKE_XCODE_FAIL=archive} prints an
 *   error and exits 65.</li>
 *   <li>{@code xcodebuild -exportArchive}: needs the archive and the options plist; copies {@code $FAKE_XCODE_IPA}
 *   to {@code <exportPath>/Notes.ipa}.</li>
 *   <li>API key sign-in (either action): {@code -authenticationKeyPath} needs {@code -authenticationKeyID},
 *   {@code -authenticationKeyIssuerID} and {@code -allowProvisioningUpdates}, and a readable .p8 holding a PEM private
 *   key, as xcodebuild refuses otherwise; the key file's mode and first line go to {@code $FAKE_XCODE_KEYS} (never
 *   its key material).</li>
 *   <li>{@code xcodebuild test}: needs -scheme and a -resultBundlePath that does not exist yet, which it makes.</li>
 *   <li>{@code xcrun xcresulttool export attachments --path R --output-path O}: copies the PNGs of
 *   {@code $FAKE_XCODE_SHOTS/<device>} (the device is R's name) to O as A1.png, A2.png ... with a manifest.json naming
 *   each as xcresulttool does ({@code <name>_0_<UUID>.png}).</li>
 *   <li>{@code xcrun simctl ...}: logged only; exits 0.</li>
 * </ul>
 */
public final class FakeXcode {
    private FakeXcode() {
    }

    /** Writes the fakes into {@code dir} and returns it (the folder to put first on the PATH). */
    public static Path install(Path dir) throws IOException {
        Files.createDirectories(dir);
        write(dir.resolve("xcodebuild"), """
                #!/bin/sh
                printf '%s\\n' "xcodebuild $*" >> "$FAKE_XCODE_LOG"
                action=; archivePath=; exportPath=; plist=; scheme=; result=; keyPath=; keyId=; issuer=; allow=
                while [ $# -gt 0 ]; do
                  case "$1" in
                    -authenticationKeyPath) keyPath=$2; shift ;;
                    -authenticationKeyID) keyId=$2; shift ;;
                    -authenticationKeyIssuerID) issuer=$2; shift ;;
                    -allowProvisioningUpdates) allow=1 ;;
                    -archivePath) archivePath=$2; shift ;;
                    -exportPath) exportPath=$2; shift ;;
                    -exportOptionsPlist) plist=$2; shift ;;
                    -scheme) scheme=$2; shift ;;
                    -resultBundlePath) result=$2; shift ;;
                    archive) action=archive ;;
                    -exportArchive) action=export ;;
                    test) action=test ;;
                  esac
                  shift
                done
                if [ -n "$keyPath$keyId$issuer" ]; then
                  [ -n "$keyPath" ] && [ -n "$keyId" ] && [ -n "$issuer" ] || { echo "xcodebuild: error: -authenticationKeyPath, -authenticationKeyID and -authenticationKeyIssuerID go together"; exit 64; }
                  [ -n "$allow" ] || { echo "xcodebuild: error: authentication keys are used with -allowProvisioningUpdates"; exit 64; }
                  [ -r "$keyPath" ] || { echo "xcodebuild: error: no authentication key at $keyPath"; exit 64; }
                  grep -q -- "-----BEGIN PRIVATE KEY-----" "$keyPath" || { echo "xcodebuild: error: $keyPath is not a private key"; exit 64; }
                  [ -n "$FAKE_XCODE_KEYS" ] && echo "$(stat -c %a "$keyPath") $(stat -c %a "$(dirname "$keyPath")") $(basename "$keyPath") $(head -n 1 "$keyPath")" >> "$FAKE_XCODE_KEYS"
                fi
                case $action in
                  archive)
                    [ -n "$archivePath" ] && [ -n "$scheme" ] || { echo "xcodebuild: error: archive needs -archivePath and -scheme"; exit 64; }
                    if [ "$FAKE_XCODE_FAIL" = archive ]; then
                      echo "/src/Notes/NotesApp.swift:3:9: error: cannot find 'Widget' in scope"
                      echo "** ARCHIVE FAILED **"
                      exit 65
                    fi
                    i=0
                    while [ $i -lt 120 ]; do echo "CompileSwift normal arm64 /src/Notes/File$i.swift"; i=$((i+1)); done
                    echo "/src/Notes/NotesApp.swift:9:5: warning: initialization of 'x' was never used"
                    mkdir -p "$archivePath/Products/Applications/Notes.app"
                    echo "** ARCHIVE SUCCEEDED **" ;;
                  export)
                    [ -d "$archivePath" ] || { echo "xcodebuild: error: archive not found at path '$archivePath'"; exit 66; }
                    [ -f "$plist" ] || { echo "xcodebuild: error: the file \\"$plist\\" couldn't be opened"; exit 67; }
                    mkdir -p "$exportPath" && cp "$FAKE_XCODE_IPA" "$exportPath/Notes.ipa"
                    echo "** EXPORT SUCCEEDED **" ;;
                  test)
                    [ -n "$scheme" ] && [ -n "$result" ] || { echo "xcodebuild: error: test needs -scheme and -resultBundlePath"; exit 64; }
                    [ -e "$result" ] && { echo "xcodebuild: error: Existing file at -resultBundlePath \"$result\""; exit 70; }
                    mkdir -p "$result"
                    echo "Test Suite 'All tests' passed"
                    echo "** TEST SUCCEEDED **" ;;
                  *) echo "xcodebuild: error: no action"; exit 64 ;;
                esac
                """);
        write(dir.resolve("xcrun"), """
                #!/bin/sh
                printf '%s\\n' "xcrun $*" >> "$FAKE_XCODE_LOG"
                if [ "$1" = xcresulttool ]; then
                  while [ $# -gt 0 ]; do
                    case "$1" in --path) path=$2; shift ;; --output-path) out=$2; shift ;; esac
                    shift
                  done
                  [ -d "$path" ] || { echo "error: no result bundle at $path"; exit 1; }
                  device=$(basename "$path" .xcresult)
                  mkdir -p "$out"
                  printf '[{"testIdentifier": "NotesUITests/testScreenshots()", "attachments": [' > "$out/manifest.json"
                  i=0; sep=
                  for f in "$FAKE_XCODE_SHOTS/$device"/*.png; do
                    [ -f "$f" ] || continue
                    i=$((i+1)); cp "$f" "$out/A$i.png"
                    printf '%s{"exportedFileName": "A%s.png", "suggestedHumanReadableName": "%s_0_0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0.png"}' "$sep" "$i" "$(basename "$f" .png)" >> "$out/manifest.json"
                    sep=,
                  done
                  printf ']}]' >> "$out/manifest.json"
                fi
                exit 0
                """);
        return dir;
    }

    /** The command lines the fakes were called with, in order. */
    public static List<String> calls(Path log) throws IOException {
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    private static void write(Path file, String script) throws IOException {
        Files.writeString(file, script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
