#!/usr/bin/env bash
# Wall time of `make test` here and at a baseline commit (default c758bce), one after the other on this machine, and
# their ratio (issue 20: at most 0.6). The baseline runs in a fresh detached worktree under DIR (default
# target/measure-test-time). Both checkouts are compiled first, untimed, so the figures are the tests' and not javac's.
#   scripts/measure-test-time.sh [DIR] [BASELINE_COMMIT]
# Logs: DIR/current.log and DIR/baseline.log. Run it on an idle machine: the load average is printed with the figures.
# A run whose tests fail still prints its time, marked FAILED (its later phases may not have run: compare with care);
# MAVEN_OPTS=-Dmaven.test.failure.ignore=true lets every phase run to its end.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-$here/target/measure-test-time}
baseline=${2:-c758bce}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
# Apple's spec and the recorded responses: the baseline's worktree has no ../shared beside it.
if [ -z "${ASC_SHARED:-}" ] && [ -d "$here/../shared" ]; then
  export ASC_SHARED="$here/../shared"
fi

base="$dir/baseline-$baseline"
# An older checkout finds the shared folder only at ../shared (ASC_SHARED came later): give it one beside it.
if [ -n "${ASC_SHARED:-}" ]; then
  ln -sfn "$(cd "$ASC_SHARED" && pwd)" "$dir/shared"
fi
if [ -e "$base" ]; then
  git -C "$here" worktree remove --force "$base" 2>/dev/null || rm -rf "$base"
fi
git -C "$here" worktree prune
git -C "$here" worktree add --detach -q "$base" "$baseline"
trap 'git -C "$here" worktree remove --force "$base" >/dev/null 2>&1 || true' EXIT

for checkout in "$here" "$base"; do
  echo "measure: compiling $checkout (untimed)"
  (cd "$checkout" && mvn -B -q test-compile >/dev/null)
done

# Prints "WALL USER SYS" (seconds) of `make test` in $1, its output in $2; returns make's exit code.
timed() {
  local start end status=0
  start=$(date +%s.%N)
  (cd "$1" && make test) >"$2" 2>&1 || status=$?
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f\n", e - s }'
  return $status
}

load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime; }

echo "measure: load average before: $(load)"
status=0
echo "measure: make test in $here"
current=$(timed "$here" "$dir/current.log") || { status=1; echo "measure: make test FAILED here, see $dir/current.log" >&2; }
echo "measure: make test in $base"
old=$(timed "$base" "$dir/baseline.log") || { status=1; echo "measure: make test FAILED at $baseline, see $dir/baseline.log" >&2; }
echo "measure: load average after: $(load)"
awk -v c="$current" -v b="$old" -v name="$baseline" 'BEGIN {
  printf "make test wall time: this checkout %.1f s, %s %.1f s, ratio %.2f\n", c, name, b, c / b }'
exit $status
