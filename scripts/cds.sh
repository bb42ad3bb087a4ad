#!/usr/bin/env sh
# Start-up class-data archive (AppCDS) for ascctl's jar: one training run (dev.ascctl.cli.StartupTraining: --help,
# validate and a plan against an in-process sandbox) with -XX:ArchiveClassesAtExit writes <jar dir>/ascctl.jsa;
# bin/ascctl passes it to java when it is newer than the jar. Run again whenever the jar changes or moves (the
# archive holds the jar's path): make build and make install do.
# Usage: scripts/cds.sh [JAR [ASCCTL_HOME]]   (defaults: target/ascctl.jar and this checkout)
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
jar=${1:-$here/target/ascctl.jar}
home=${2:-$here}
jsa="$(dirname "$jar")/ascctl.jsa"
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
rm -f "$jsa"
echo "cds: training run for the start-up archive $jsa"
# The training JVM must see the jar exactly as the launcher does (the classpath is checked when the archive is used).
if java -XX:ArchiveClassesAtExit="$jsa" -Xlog:cds=warning:file="$logs/cds.log" -Dascctl.home="$home" \
    -cp "$jar" dev.ascctl.cli.StartupTraining >"$logs/out.log" 2>&1 && [ -f "$jsa" ]; then
  echo "cds: wrote $jsa ($(du -k "$jsa" | cut -f1) KB)"
else
  # Not fatal: ascctl runs without the archive, only starts slower.
  rm -f "$jsa"
  echo "cds: no archive written (ascctl still works, starts slower):" >&2
  cat "$logs/out.log" >&2
  grep -v 'not supported by CDS\|Skipping ' "$logs/cds.log" | tail -20 >&2
fi
