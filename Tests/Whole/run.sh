#!/bin/sh
# Whole-site tests that need the release binary: the real content builds and passes
# `planpress check`, two builds are byte-identical, and the site passes the accessibility,
# HTML, EPUB and link checks in a real browser (Tests/SiteChecks/run.sh); the example county's
# lättläst page is linked both ways; each plan's PDF is tagged, has an outline and every activity.
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

echo "== lättläst: the example county's plan and its lättläst page link each other"
venv=${SITECHECKS_VENV:-$(pwd)/.venv-sitechecks}
sh Tests/SiteChecks/install-tools.sh "$venv"
$planpress check --content examples/content
$planpress build --content examples/content --output "$work/example" >/dev/null
plan=exempellan/handlingsplan-integration-2024-2026-reviderad-2025
grep -q '<a href="lattlast/index.html">' "$work/example/$plan/index.html" \
    || { echo "the plan page does not link its lättläst page"; exit 1; }
grep -q '<a href="../lattlast/index.html">' "$work/example/$plan/storstil/index.html" \
    || { echo "the large-print page does not link the lättläst page"; exit 1; }
grep -q '<a href="../index.html">' "$work/example/$plan/lattlast/index.html" \
    || { echo "the lättläst page does not link its plan"; exit 1; }
grep -q '<p class="easy-read-label">Lättläst</p>' "$work/example/$plan/lattlast/index.html" \
    || { echo "the lättläst page is not marked as such"; exit 1; }
grep -q "<a href=\"$plan/lattlast/index.html\">" "$work/example/index.html" \
    || { echo "the home page does not link the lättläst page"; exit 1; }
grep -q "$plan/lattlast/" "$work/example/sitemap.xml" || { echo "the sitemap lacks the lättläst page"; exit 1; }
python3 Tests/SiteChecks/link_check.py "$work/example"
# vnu and axe see the example site with the real one, at the end (one browser session).

echo "== the PDF format: tagged, with an outline and every activity, the same bytes twice"
$planpress build --content content --output "$work/pdf-first" --formats all,pdf
$planpress build --content content --output "$work/pdf-second" --formats all,pdf
diff -r "$work/pdf-first" "$work/pdf-second" >/dev/null \
    || { echo "Two builds with PDFs differ"; diff -r "$work/pdf-first" "$work/pdf-second" | head; exit 1; }
"$venv/bin/python" Tests/SiteChecks/pdf_check.py "$work/pdf-first"
grep -q '\.pdf">Utskrift i storstil (PDF, A4, [0-9]' "$work/pdf-first/dalarna/vagen-in-2015-2020/index.html" \
    || { echo "the plan page does not list its PDF with its size"; exit 1; }
echo "== the PDF format without Chromium: one warning, everything else builds"
PLANPRESS_CHROMIUM=/nonexistent $planpress build --content content --output "$work/no-pdf" --formats all,pdf \
    2>"$work/no-pdf.log"
[ "$(grep -c 'PDF skapades inte' "$work/no-pdf.log")" = 1 ] || { echo "no single message about the PDF"; exit 1; }
[ -z "$(find "$work/no-pdf" -name '*.pdf')" ] && [ -n "$(find "$work/no-pdf" -name '*.epub')" ] \
    || { echo "without Chromium the other formats should build and no PDF"; exit 1; }
echo "== the DCAT-AP-SE catalogue of the site under a base URL: rdflib parses it, pyshacl finds every mandatory property"
"$venv/bin/python" Tests/SiteChecks/dcat_check.py "$work/subpath/public"
echo "== without a base URL there is no catalogue, and the build says why"
test ! -e "$work/first/datasets/dcat" || { echo "datasets/dcat written without a baseURL"; exit 1; }
$planpress build --content content --output "$work/nobase" | grep -q '^datasets/dcat .*baseURL' \
    || { echo "the build did not say why datasets/dcat was skipped"; exit 1; }

echo "== big and hostile sources"
sh Tests/Whole/hostile.sh $planpress

echo "== benchmark smoke test (N = 100; it asserts no times)"
BENCH_SIZES=100 BENCH_RUNS=3 BENCH_BUILD=0 BENCH_OUT="$work/bench" BENCH_REPORT_DIR="$work/bench-report" sh bench/run.sh
test -s "$work/bench-report/results.md"

echo "== whole-site checks: the real site, with the example site in exempel/ (one browser session for both)"
cp -r "$work/first" "$work/checked"
cp -r "$work/example" "$work/checked/exempel"
sh Tests/SiteChecks/run.sh "$work/checked"
