#!/bin/sh
# The PlanPress benchmark (issue 8): `make bench`, or `sh bench/run.sh` from anywhere.
#
# For every N in BENCH_SIZES it generates the synthetic corpus (bench/generate.py) and
# measures, on the same files:
#   planpress build --formats html     full site, HTML only, into an empty folder
#   planpress build --formats all      full site with every alternate format
#   hugo                               the minimal layout in bench/hugo/
#   cmark-gfm                          the floor: parse and render the Markdown, one thread
#   rebuilds                           PlanPress and Hugo again, unchanged and after one plan changed;
#                                      PlanPress after one organisation renamed in organisations.yml
# Wall time with hyperfine, peak memory with /usr/bin/time -v. It ends by writing
# bench/results.md and bench/chart.svg (bench/report.py).
#
# Settings (environment):
#   BENCH_SIZES       the sizes N                      (default "100 1000 10000")
#   BENCH_RUNS        hyperfine runs per measurement   (default 5; at least 3)
#   BENCH_LARGE       from this N on, BENCH_LARGE_RUNS runs and no warm-up (default 10000)
#   BENCH_LARGE_RUNS  runs at the large sizes          (default 1)
#   BENCH_OUT         generated corpora, sites and raw numbers (default bench/out; not in git)
#   BENCH_REPORT_DIR  where results.md and chart.svg go (default bench/)
#   BENCH_BUILD       0: never run `swift build` for a missing planpress binary
#   BENCH_BIG         single large plans to measure as well, MODE:AMOUNT (bench/bigplan.py):
#                     "activities:100000 bytes:50000000" measures one plan of 100,000 activities
#                     and one of 50 MB (default none; one run each)
#   PLANPRESS         the binary                       (default .build/release/planpress)
#
# CI runs it with BENCH_SIZES=100 as a smoke test: it must run and write its table; no
# time is asserted.
set -eu

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
cd "$ROOT"

SIZES=${BENCH_SIZES:-"100 1000 10000"}
RUNS=${BENCH_RUNS:-5}
LARGE=${BENCH_LARGE:-10000}
LARGE_RUNS=${BENCH_LARGE_RUNS:-1}
OUT=${BENCH_OUT:-$BENCH/out}
REPORT_DIR=${BENCH_REPORT_DIR:-$BENCH}
PLANPRESS=${PLANPRESS:-$ROOT/.build/release/planpress}
mkdir -p "$OUT" "$REPORT_DIR"
OUT=$(cd "$OUT" && pwd)
RAW=$OUT/raw
# Hugo's resource and cache folders stay under bench/out/, out of bench/hugo/.
HUGO_RESOURCEDIR=$OUT/hugo-resources
export HUGO_RESOURCEDIR

say() { printf '%s\n' "bench: $*"; }

# --- Tools: Debian packages, with apt-get when run as root --------------------------------
missing=""
command -v hyperfine >/dev/null 2>&1 || missing="$missing hyperfine"
command -v hugo >/dev/null 2>&1 || missing="$missing hugo"
command -v cmark-gfm >/dev/null 2>&1 || missing="$missing cmark-gfm"
[ -x /usr/bin/time ] || missing="$missing time"
command -v python3 >/dev/null 2>&1 || missing="$missing python3"
if [ -n "$missing" ]; then
    if [ "$(id -u)" -eq 0 ]; then
        say "installing$missing"
        apt-get -o DPkg::Lock::Timeout=900 update -qq
        DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y -qq $missing
    else
        say "missing:$missing. Run as root:"
        echo "  sudo apt-get update && sudo apt-get install -y$missing"
        exit 1
    fi
fi

# --- PlanPress --------------------------------------------------------------------------
planpress_missing=""
if [ ! -x "$PLANPRESS" ] && [ "${BENCH_BUILD:-1}" != 0 ] && command -v swift >/dev/null 2>&1; then
    say "building planpress: swift build -c release --product planpress"
    swift build -c release --product planpress || say "swift build failed"
fi
if [ ! -x "$PLANPRESS" ]; then
    planpress_missing="no planpress binary at ${PLANPRESS#"$ROOT"/} (build it with \`make build\` or \`swift build -c release\`); only Hugo and the floor were measured."
    echo "" >&2
    echo "bench: *** PlanPress NOT MEASURED: $planpress_missing ***" >&2
    echo "" >&2
fi

# --- Machine and versions ----------------------------------------------------------------
rm -rf "$RAW"
mkdir -p "$RAW"
{
    printf 'cpu\t%s\n' "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
    printf 'cores\t%s\n' "$(nproc)"
    printf 'memory\t%s\n' "$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
    printf 'os\t%s\n' "$(. /etc/os-release 2>/dev/null && echo "${PRETTY_NAME:-?}")"
    printf 'kernel\t%s\n' "$(uname -r)"
    printf 'date\t%s\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
    printf 'load-start\t%s\n' "$(cut -d ' ' -f 1-3 /proc/loadavg)"
    printf 'hugo\t%s\n' "$(hugo version 2>/dev/null | head -n 1)"
    printf 'cmark-gfm\t%s\n' "$(cmark-gfm --version 2>/dev/null | head -n 1)"
    printf 'hyperfine\t%s\n' "$(hyperfine --version | head -n 1)"
    printf 'time\t%s\n' "$(dpkg-query -W -f='GNU time ${Version}' time 2>/dev/null || echo 'GNU time')"
    printf 'python\t%s\n' "$(python3 --version 2>&1)"
    if [ -n "$planpress_missing" ]; then
        printf 'planpress\tnot measured\n'
        printf 'planpress-missing\t%s\n' "$planpress_missing"
    else
        v=$("$PLANPRESS" --version 2>/dev/null | head -n 1 || true)
        printf 'planpress\t%s (%s)\n' "${v:-version unknown}" "${PLANPRESS#"$ROOT"/}"
    fi
} > "$RAW/machine.tsv"
load=$(cut -d ' ' -f 1 /proc/loadavg)
if awk -v l="$load" -v c="$(nproc)" 'BEGIN { exit !(l > c / 2) }'; then
    say "note: load average $load on $(nproc) cores; other work on this machine will show in the times"
fi

# --- Measuring ---------------------------------------------------------------------------
# measure ID PREPARE COMMAND: hyperfine into $DIR/ID.json, then one more run (after PREPARE)
# under /usr/bin/time -v for the peak memory into $DIR/ID.mem. A failure is written to
# $DIR/ID.fail and does not stop the benchmark.
measure() {
    id=$1 prepare=$2 cmd=$3
    say "N=$N $id"
    set -- --runs "$runs" --style basic --export-json "$DIR/$id.json" --command-name "$id"
    [ "$warmup" -gt 0 ] && set -- "$@" --warmup "$warmup"
    [ -n "$prepare" ] && set -- "$@" --prepare "$prepare"
    if ! hyperfine "$@" "$cmd" > "$DIR/$id.log" 2>&1; then
        cat "$DIR/$id.log"
        { tail -n 20 "$DIR/$id.log"; echo "--- the command itself:"; sh -c "$cmd" 2>&1 | tail -n 30; } \
            > "$DIR/$id.fail" 2>&1 || true
        rm -f "$DIR/$id.json"
        say "N=$N $id FAILED (kept going)"
        return 0
    fi
    sed -n 's/^ *Time (\(.*\)/  time (\1/p; s/^ *Range (\(.*\)/  range (\1/p' "$DIR/$id.log"
    [ -n "$prepare" ] && sh -c "$prepare"
    if /usr/bin/time -v -o "$DIR/$id.time" sh -c "$cmd" > /dev/null 2>&1; then
        kb=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$DIR/$id.time")
        if [ -n "$kb" ]; then
            echo "$kb" > "$DIR/$id.mem"
            say "  peak memory $((kb / 1024)) MiB"
        fi
    fi
}

# count FOLDER ID: how many files and bytes a build wrote.
count() {
    [ -d "$1" ] || return 0
    find "$1" -type f -printf '%s\n' | awk '{ n++; b += $1 } END { printf "%d %d\n", n, b }' \
        > "$DIR/$2.files"
}

FLOOR_EXT="--extension table --extension strikethrough --extension autolink --extension tagfilter --extension tasklist"

for N in $SIZES; do
    DIR=$RAW/$N
    WORK=$OUT/$N
    mkdir -p "$DIR" "$WORK"
    if [ "$N" -ge "$LARGE" ]; then runs=$LARGE_RUNS; warmup=0; else runs=$RUNS; warmup=1; fi

    say "N=$N: generating the corpus"
    python3 "$BENCH/generate.py" "$N" "$WORK"
    C=$WORK/content
    find "$C" -name '*.md' ! -name '_index.md' -printf '%s\n' \
        | awk '{ n++; b += $1 } END { printf "%d %d\n", n, b }' > "$DIR/corpus"

    # The plan that changes: the first plan of the first county; the changed text has one
    # more sentence in its foreword. PREP_ONE swaps between the two before every run.
    PLAN=$(find "$C/stockholm" -name '*.md' ! -name '_index.md' | LC_ALL=C sort | head -n 1)
    cp "$PLAN" "$WORK/changed-plan.orig"
    awk 'done != 1 && seen == 1 && NF > 0 { $0 = $0 " Texten är ändrad för mätningen."; done = 1 }
         /^## Förord/ { seen = 1 } { print }' "$WORK/changed-plan.orig" > "$WORK/changed-plan.mod"
    PREP_ONE="if cmp -s '$PLAN' '$WORK/changed-plan.orig'; then cp '$WORK/changed-plan.mod' '$PLAN'; else cp '$WORK/changed-plan.orig' '$PLAN'; fi"
    RESTORE="cp '$WORK/changed-plan.orig' '$PLAN'"
    # The organisation renamed in organisations.yml (its old name kept as an alias, so the plans
    # still name it): PREP_ORG swaps between the two files before every run.
    ORGS=$C/organisations.yml
    cp "$ORGS" "$WORK/organisations.orig"
    awk '/^- name: Boverket$/ && !done { print "- name: Statens boverk"; print "  aliases: [Boverket]"; done = 1; next }
         { print }' "$WORK/organisations.orig" > "$WORK/organisations.mod"
    PREP_ORG="if cmp -s '$ORGS' '$WORK/organisations.orig'; then cp '$WORK/organisations.mod' '$ORGS'; else cp '$WORK/organisations.orig' '$ORGS'; fi"

    if [ -z "$planpress_missing" ]; then
        S=$WORK/planpress-html
        measure planpress-html "rm -rf '$S'" "'$PLANPRESS' build --content '$C' --output '$S' --formats html"
        count "$S" planpress-html
        measure planpress-rebuild "" "'$PLANPRESS' build --content '$C' --output '$S' --formats html"
        measure planpress-rebuild-one "$PREP_ONE" "'$PLANPRESS' build --content '$C' --output '$S' --formats html"
        sh -c "$RESTORE"
        measure planpress-rebuild-org "$PREP_ORG" "'$PLANPRESS' build --content '$C' --output '$S' --formats html"
        cp "$WORK/organisations.orig" "$ORGS"
        S=$WORK/planpress-all
        measure planpress-all "rm -rf '$S'" "'$PLANPRESS' build --content '$C' --output '$S' --formats all"
        count "$S" planpress-all
        rm -rf "$S"
    fi

    S=$WORK/hugo
    HUGO="hugo --quiet --noBuildLock --source '$BENCH/hugo' --contentDir '$C' --destination '$S' --cacheDir '$OUT/hugo-cache'"
    measure hugo "rm -rf '$S'" "$HUGO"
    count "$S" hugo
    measure hugo-rebuild "" "$HUGO"
    measure hugo-rebuild-one "$PREP_ONE" "$HUGO"
    sh -c "$RESTORE"

    measure floor "" "cd '$C' && find . -name '*.md' ! -name '_index.md' | LC_ALL=C sort | xargs -n 100 cmark-gfm $FLOOR_EXT > '$WORK/floor.html'"
    printf '1 %s\n' "$(stat -c %s "$WORK/floor.html" 2>/dev/null || echo 0)" > "$DIR/floor.files"
done

# --- Single large plans: is the cost of one plan proportional to its size? ----------------
for big in ${BENCH_BIG:-}; do
    mode=${big%%:*} amount=${big#*:}
    N=$big
    DIR=$RAW/big-$mode-$amount
    WORK=$OUT/big-$mode-$amount
    mkdir -p "$DIR" "$WORK"
    runs=1 warmup=0
    say "$big: generating the plan"
    python3 "$BENCH/bigplan.py" "$mode" "$amount" "$WORK" | tee "$DIR/plan"
    C=$WORK/content
    if [ -z "$planpress_missing" ]; then
        for formats in html all; do
            S=$WORK/planpress-$formats
            measure planpress-$formats "rm -rf '$S'" "'$PLANPRESS' build --content '$C' --output '$S' --formats $formats"
            count "$S" planpress-$formats
            rm -rf "$S"
        done
    fi
    S=$WORK/hugo
    measure hugo "rm -rf '$S'" "hugo --quiet --noBuildLock --source '$BENCH/hugo' --contentDir '$C' --destination '$S' --cacheDir '$OUT/hugo-cache'"
    count "$S" hugo
    rm -rf "$S"
    measure floor "" "cmark-gfm $FLOOR_EXT '$C/stockholm/stor-plan.md' > '$WORK/floor.html'"
done

printf 'load-end\t%s\n' "$(cut -d ' ' -f 1-3 /proc/loadavg)" >> "$RAW/machine.tsv"
python3 "$BENCH/report.py" "$RAW" "$REPORT_DIR/results.md" "$REPORT_DIR/chart.svg"
if [ -n "$planpress_missing" ]; then
    echo "bench: *** PlanPress NOT MEASURED: $planpress_missing ***" >&2
fi
# A command that failed is in the table; it also fails the run (CI's smoke test).
failed=$(cd "$RAW" && find . -name '*.fail' | sed 's|^\./||; s|\.fail$||' | LC_ALL=C sort | tr '\n' ' ')
if [ -n "$failed" ]; then
    echo "bench: FAILED: $failed(N/measurement; see $REPORT_DIR/results.md)" >&2
    exit 1
fi
