#!/bin/sh
# Whole-site tests that need the release binary: the real content builds and passes
# `planpress check`, two builds are byte-identical, and the site passes the accessibility,
# HTML, EPUB and link checks in a real browser (Tests/SiteChecks/run.sh).
set -eu
cd "$(dirname "$0")/../.."
planpress=.build/release/planpress
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== planpress check on content/"
$planpress check --content content

echo "== two builds, byte for byte"
$planpress build --content content --output "$work/first"
$planpress build --content content --output "$work/second"
diff -r "$work/first" "$work/second" >/dev/null || { echo "Two builds of the same content differ"; diff -r "$work/first" "$work/second" | head; exit 1; }
echo "identical: $(find "$work/first" -type f | wc -l | tr -d ' ') files"

echo "== whole-site checks"
sh Tests/SiteChecks/run.sh "$work/first"
