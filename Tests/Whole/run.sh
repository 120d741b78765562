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

echo "== the fictional example county (examples/content/): check clean, and built for the site checks"
$planpress check --content examples/content | tee "$work/example-check"
grep -q '^0 fel, 0 varningar;' "$work/example-check" || { echo "examples/content is not clean"; exit 1; }
$planpress build --content examples/content --output "$work/example"

echo "== two builds, byte for byte"
$planpress build --content content --output "$work/first"
$planpress build --content content --output "$work/second"
diff -r "$work/first" "$work/second" >/dev/null || { echo "Two builds of the same content differ"; diff -r "$work/first" "$work/second" | head; exit 1; }
echo "identical: $(find "$work/first" -type f | wc -l | tr -d ' ') files"

echo "== the binary alone: a build from a folder outside the repository"
binary=$(pwd)/$planpress
mkdir -p "$work/elsewhere"
cp -r content "$work/elsewhere/innehall"
(cd "$work/elsewhere" && "$binary" build --content innehall --output webbplats >/dev/null)
test -s "$work/elsewhere/webbplats/index.html" && test -s "$work/elsewhere/webbplats/assets/style.css" \
    || { echo "the binary did not build a whole site outside the repository"; exit 1; }
diff -r "$work/first" "$work/elsewhere/webbplats" >/dev/null \
    || { echo "a build outside the repository differs from one inside"; exit 1; }
echo "outside the repository: the same site"

echo "== a site under a sub-path: every internal link still resolves"
mkdir -p "$work/subpath"
cp -r content "$work/subpath/content"
sed -i 's|^# baseURL: .*|baseURL: https://www.example.se/vasternorrland/planer/|' "$work/subpath/content/site.yml"
grep -q '^baseURL: ' "$work/subpath/content/site.yml"
$planpress build --content "$work/subpath/content" --output "$work/subpath/public"
grep -q 'href="https://www.example.se/vasternorrland/planer/' "$work/subpath/public/index.html" \
    || { echo "no canonical address under the sub-path"; exit 1; }
python3 Tests/SiteChecks/link_check.py "$work/subpath/public"

echo "== big and hostile sources"
sh Tests/Whole/hostile.sh $planpress

echo "== benchmark smoke test (N = 100; it asserts no times)"
BENCH_SIZES=100 BENCH_RUNS=3 BENCH_BUILD=0 BENCH_OUT="$work/bench" BENCH_REPORT_DIR="$work/bench-report" sh bench/run.sh
test -s "$work/bench-report/results.md"

echo "== whole-site checks: the real site, with the example site in exempel/ (one browser session for both)"
cp -r "$work/first" "$work/checked"
cp -r "$work/example" "$work/checked/exempel"
sh Tests/SiteChecks/run.sh "$work/checked"
