#!/usr/bin/env sh
# The jar of another commit for make bench's start-up columns: built once from git into target/baseline-COMMIT/
# (its own launcher beside it), then reused. Prints the jar's path; prints nothing, and says why on stderr, when the
# commit is not in this clone (e.g. a shallow CI checkout) or does not build, so the bench still runs without it.
# Usage: scripts/baseline-jar.sh COMMIT
set -e
commit=$1
[ -n "$commit" ] || exit 0
here=$(cd "$(dirname "$0")/.." && pwd)
dir=$here/target/baseline-$commit
if [ ! -f "$dir/target/ascctl.jar" ]; then
  if ! git -C "$here" cat-file -e "$commit^{commit}" 2>/dev/null; then
    echo "bench: commit $commit is not in this clone; start-up figures without a baseline column" >&2
    exit 0
  fi
  echo "bench: building the baseline $commit into $dir (once)..." >&2
  rm -rf "$dir"
  mkdir -p "$dir"
  git -C "$here" archive "$commit" | tar -x -C "$dir"
  if ! (cd "$dir" && ${MVN:-mvn -B -q} -DskipTests package >&2); then
    echo "bench: the baseline $commit did not build; start-up figures without a baseline column" >&2
    exit 0
  fi
fi
echo "$dir/target/ascctl.jar"
