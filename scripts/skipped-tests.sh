#!/usr/bin/env sh
# Lists the tests of the last `make test` that were skipped, grouped by reason (read from the reports of Surefire,
# the unit tests, and Failsafe, the end-to-end *IT tests, plain and in variant mode, the latter marked [variants]).
# Failsafe names a class run once per sandbox mode (SandboxModes) "Class[1]" (plain) and "Class[2]" (variant mode),
# in the order `make test` gives the modes; an older run kept variant mode in failsafe-reports-variants.
#   scripts/skipped-tests.sh [--tests] [REPORTS_DIR...]   --tests lists every test, not only each class's count
# Exit 0; prints nothing when no test was skipped.
set -eu
per_test=false
if [ "${1:-}" = "--tests" ]; then per_test=true; shift; fi
[ $# -gt 0 ] || set -- target/surefire-reports target/failsafe-reports target/failsafe-reports-variants
files=
for reports in "$@"; do
  for file in "$reports"/TEST-*.xml; do
    [ -e "$file" ] && files="$files $file"
  done
done
[ -n "$files" ] || exit 0
# Report paths hold no spaces (target/...-reports/TEST-<class>.xml), so word splitting is safe here.
# shellcheck disable=SC2086
set -- $files
# One "reason<TAB>class<TAB>test" line per skipped test. The reason is the message attribute when there is one
# (@Disabled), else the first line of the abort's text after "SomeException: ".
awk '
  /<testcase / {
    cls = $0; sub(/.*classname="/, "", cls); sub(/".*/, "", cls)
    mode = ""
    if (match(cls, /\[[0-9]+\]$/)) { mode = substr(cls, RSTART + 1, RLENGTH - 2); cls = substr(cls, 1, RSTART - 1) }
    if (FILENAME ~ /failsafe-reports-variants/ || mode + 0 >= 2) cls = cls "[variants]"
    name = $0; sub(/.*[ \t]name="/, "", name); sub(/".*/, "", name)
  }
  /<skipped/ {
    reason = ""
    if ($0 ~ /message="/) { reason = $0; sub(/.*message="/, "", reason); sub(/".*/, "", reason) }
    else if ($0 ~ /CDATA\[/) { reason = $0; sub(/.*CDATA\[/, "", reason); sub(/^[A-Za-z0-9_.$]*: /, "", reason); sub(/]]>.*/, "", reason) }
    if (reason == "") reason = "(no reason given)"
    gsub(/&quot;/, "\"", reason); gsub(/&apos;/, "\047", reason); gsub(/&lt;/, "<", reason); gsub(/&gt;/, ">", reason); gsub(/&amp;/, "\\&", reason)
    print reason "\t" cls "\t" name
  }' "$@" | sort > "${TMPDIR:-/tmp}/ascctl-skipped.$$"
list="${TMPDIR:-/tmp}/ascctl-skipped.$$"
trap 'rm -f "$list"' EXIT
total=$(wc -l < "$list" | tr -d ' ')
[ "$total" -gt 0 ] || exit 0
echo "skipped tests: $total"
cut -f1 "$list" | uniq -c | sort -rn | while read -r count reason; do
  echo "- $count skipped: $reason"
  if $per_test; then
    awk -F'\t' -v r="$reason" '$1 == r { print "    " $2 "." $3 }' "$list"
  else
    awk -F'\t' -v r="$reason" '$1 == r { print $2 }' "$list" | uniq -c | sort -rn \
      | awk '{ printf "    %s (%d)\n", $2, $1 }'
  fi
done
