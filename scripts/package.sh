#!/usr/bin/env sh
# Lays out an ascctl home (the same layout for `make install` and `make dist`):
#   bin/ascctl            the launcher (finds lib/ascctl.jar through any symlink to it)
#   lib/ascctl.jar        the shaded jar
#   schema/*.schema.json  the store's JSON Schemas, for editors
#   config/ascctl.yaml    the sandbox profile; config/sandbox/ its demo key (only the local simulator trusts it)
# Never copies config/credentials.local.yaml: that file holds the user's secrets.
#
#   scripts/package.sh home    DIR JAR            lay out a home in DIR (existing files replaced, others kept)
#   scripts/package.sh install PREFIX JAR         home in PREFIX/lib/ascctl, PREFIX/bin/ascctl links to its launcher
#   scripts/package.sh dist    VERSION JAR OUTDIR OUTDIR/ascctl-VERSION.tar.gz holding ascctl-VERSION/ (a home)
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)

usage() {
  sed -n 's/^#   //p' "$0" >&2
  exit 1
}

lay_out_home() { # DIR JAR
  dir=$1
  jar=$2
  [ -f "$jar" ] || { echo "package.sh: $jar is missing; run 'make build' first" >&2; exit 1; }
  mkdir -p "$dir/bin" "$dir/lib" "$dir/schema" "$dir/config/sandbox"
  cp "$src/bin/ascctl" "$dir/bin/ascctl"
  chmod 755 "$dir/bin/ascctl"
  cp "$jar" "$dir/lib/ascctl.jar"
  cp "$src"/schema/*.schema.json "$dir/schema/"
  cp "$src/config/ascctl.yaml" "$dir/config/ascctl.yaml"
  cp "$src/config/sandbox/AuthKey_SANDBOX001.p8" "$src/config/sandbox/AuthKey_SANDBOX001.pub.pem" "$dir/config/sandbox/"
}

[ $# -ge 1 ] || usage
command=$1
shift
case $command in
  home)
    [ $# -eq 2 ] || usage
    lay_out_home "$1" "$2"
    ;;
  install)
    [ $# -eq 2 ] || usage
    [ -n "$1" ] || { echo "package.sh: PREFIX is empty" >&2; exit 1; }
    prefix=$(mkdir -p "$1" && cd "$1" && pwd)
    lay_out_home "$prefix/lib/ascctl" "$2"
    mkdir -p "$prefix/bin"
    ln -sfn ../lib/ascctl/bin/ascctl "$prefix/bin/ascctl"
    echo "installed ascctl in $prefix/lib/ascctl; $prefix/bin/ascctl links to its launcher"
    case ":${PATH:-}:" in
      *":$prefix/bin:"*) ;;
      *) echo "add $prefix/bin to PATH to run 'ascctl' from any folder" ;;
    esac
    ;;
  dist)
    [ $# -eq 3 ] || usage
    version=$1
    out=$(mkdir -p "$3" && cd "$3" && pwd)
    stage=$(mktemp -d)
    trap 'rm -rf "$stage"' EXIT
    lay_out_home "$stage/ascctl-$version" "$2"
    # No build machine user names in the archive where tar allows it (GNU tar); any tar otherwise.
    tar -C "$stage" -czf "$out/ascctl-$version.tar.gz" --owner=0 --group=0 --numeric-owner "ascctl-$version" 2>/dev/null \
      || tar -C "$stage" -czf "$out/ascctl-$version.tar.gz" "ascctl-$version"
    (cd "$out" && sha256sum "ascctl-$version.tar.gz" > "ascctl-$version.tar.gz.sha256" 2>/dev/null \
      || shasum -a 256 "ascctl-$version.tar.gz" > "ascctl-$version.tar.gz.sha256")
    echo "built $out/ascctl-$version.tar.gz"
    cat "$out/ascctl-$version.tar.gz.sha256"
    ;;
  *)
    usage
    ;;
esac
