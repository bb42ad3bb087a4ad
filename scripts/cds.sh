#!/usr/bin/env sh
# Start-up class-data archive (AppCDS) for ascctl's jar: one training run (dev.ascctl.cli.StartupTraining: --help,
# validate and a plan against an in-process sandbox) lists the classes it loads, and a static dump (-Xshare:dump)
# writes them, the JDK's included, to <jar dir>/ascctl.jsa; bin/ascctl passes it to java when it is newer than the
# jar. Run again whenever the jar changes or moves (the archive holds the jar's path): make build and make install do.
# Static, not a dynamic archive (-XX:ArchiveClassesAtExit): Java 17 leaves classes of class-file version 49 out of a
# dynamic archive, and picocli 4.7 is compiled as Java 5 (49), so its ~170 classes were read from the jar and
# verified at every start; a static dump archives them (measured: plan --help 250 -> 200 ms CPU).
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
# The training and dumping JVMs must see the jar exactly as the launcher does (the classpath is checked when the
# archive is used), and the dump uses the launcher's heap settings (compressed pointers must match, else the JVM
# quietly ignores the archive).
if java -XX:DumpLoadedClassList="$logs/classes.lst" -Dascctl.home="$home" \
      -cp "$jar" dev.ascctl.cli.StartupTraining >"$logs/out.log" 2>&1 \
    && java -XX:+UseSerialGC -Xmx1g -Xshare:dump -XX:SharedClassListFile="$logs/classes.lst" -XX:SharedArchiveFile="$jsa" \
      -Xlog:cds=warning:file="$logs/cds.log" -cp "$jar" >>"$logs/out.log" 2>&1 \
    && [ -f "$jsa" ]; then
  echo "cds: wrote $jsa ($(du -k "$jsa" | cut -f1) KB)"
else
  # Not fatal: ascctl runs without the archive, only starts slower.
  rm -f "$jsa"
  echo "cds: no archive written (ascctl still works, starts slower):" >&2
  cat "$logs/out.log" >&2
  [ -f "$logs/cds.log" ] && grep -v 'Skipping ' "$logs/cds.log" | tail -20 >&2
fi
