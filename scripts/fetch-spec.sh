#!/usr/bin/env sh
# make spec: downloads Apple's published App Store Connect OpenAPI spec into .spec/openapi.json (git-ignored),
# where the tests find it when no ../shared folder is beside the project. Needs curl, unzip and internet.
# ASC_SPEC_URL overrides where it is downloaded from (a mirror, or file:///path/to.zip).
set -eu
url=${ASC_SPEC_URL:-https://developer.apple.com/sample-code/app-store-connect/app-store-connect-openapi-specification.zip}
tested_version=4.4.1
cd "$(dirname "$0")/.."
for tool in curl unzip; do
  command -v "$tool" >/dev/null 2>&1 || { echo "make spec: $tool is needed" >&2; exit 1; }
done
mkdir -p .spec
work=$(mktemp -d .spec/download.XXXXXX)
trap 'rm -rf "$work"' EXIT INT TERM

echo "downloading Apple's OpenAPI spec from $url ..."
curl -fL --retry 3 --connect-timeout 20 -sS -o "$work/spec.zip" "$url"
if ! names=$(unzip -Z1 "$work/spec.zip" 2>/dev/null); then
  echo "make spec: what $url returned is not a zip file" >&2
  exit 1
fi
# The zip holds one JSON file (openapi.oas.json in 4.x); take it whatever its name.
json=$(printf '%s\n' "$names" | grep -v '^__MACOSX/' | grep -i '\.json$' | head -n 1 || true)
if [ -z "$json" ]; then
  echo "make spec: no .json file in the zip from $url" >&2
  exit 1
fi
unzip -p "$work/spec.zip" "$json" > "$work/openapi.json"
if ! grep -q '"openapi"' "$work/openapi.json" || ! grep -q '"paths"' "$work/openapi.json"; then
  echo "make spec: $json in the zip is not an OpenAPI document" >&2
  exit 1
fi
mv "$work/openapi.json" .spec/openapi.json

version=$(grep -o '"version" *: *"[^"]*"' .spec/openapi.json | head -n 1 | sed 's/.*: *"//; s/"$//')
echo "Apple's OpenAPI spec $version -> .spec/openapi.json (the tests use it when ../shared is absent)"
if [ "$version" != "$tested_version" ]; then
  echo "note: the conformance tests were written against $tested_version; a newer spec may show new differences"
fi
