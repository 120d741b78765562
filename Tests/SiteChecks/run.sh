#!/bin/sh
# Whole-site checks of a generated site: axe + reflow + keyboard, vnu, EPUBs, internal links,
# and the "Beställ planen i ett annat format" link on every plan page.
#   Tests/SiteChecks/run.sh PUBLIC_DIR
# Installs what is missing first (install-tools.sh; venv in $SITECHECKS_VENV or
# <repo>/.venv-sitechecks), then runs every check even after a failure so that all problems
# are reported, and ends with a summary line and "N passed, N failed" (the five checks).
set -u

[ $# -eq 1 ] && [ -d "$1" ] || { echo "usage: $0 PUBLIC_DIR" >&2; exit 2; }
public=$1
here=$(cd "$(dirname "$0")" && pwd)
venv=${SITECHECKS_VENV:-$(cd "$here/../.." && pwd)/.venv-sitechecks}

"$here/install-tools.sh" "$venv" || { echo "install-tools.sh failed"; exit 2; }

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
passed=0 failed=0
for check in axe vnu epub link request; do
    echo "== ${check}_check"
    # Output goes to the terminal (live) and to a file we read the check's last line from;
    # the exit status travels through a file because sh has no PIPESTATUS.
    { "$venv/bin/python" "$here/${check}_check.py" "$public"; echo $? >"$out/$check.rc"; } 2>&1 \
        | tee "$out/$check"
    if [ "$(cat "$out/$check.rc")" = 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done

# Each check ends with e.g. "vnu_check: 42 pages, 0 errors"; take the number before WORD
# from that line, "?" if the check died before printing it.
count() {   # count CHECK WORD
    grep "^${1}_check: " "$out/$1" | tail -n 1 | sed -n "s/.* \([0-9][0-9]*\) $2.*/\1/p" | grep . || echo "?"
}
pages=$(find "$public" -name '*.html' -type f | wc -l | tr -d ' ')
echo "$pages pages: $(count axe violations) axe violations, $(count vnu errors) vnu errors;" \
     "$(count epub EPUBs) EPUBs: $(count epub errors) errors;" \
     "$(count link links) links: $(count link broken) broken;" \
     "$(count request pages) plan pages: $(count request missing) without the request link"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
