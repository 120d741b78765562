#!/bin/sh
# Big and hostile sources, built with the release binary: each must end with a clear message or a
# correct page, within a time limit, and no raw markup may reach the output.
#   Tests/Whole/hostile.sh PLANPRESS
set -u
planpress=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0

# A content folder with the real site.yml, data files and one county holding the given plan.
site_with() {   # site_with NAME < plan text
    rm -rf "$work/$1"; mkdir -p "$work/$1/content/testlan"
    cp content/site.yml content/themes.yml "$work/$1/content/"
    printf -- '- name: Arbetsförmedlingen\n  kind: myndighet\n  scope: nationell\n' > "$work/$1/content/organisations.yml"
    printf -- '---\nname: Testlän\n---\n' > "$work/$1/content/testlan/_index.md"
    cat > "$work/$1/content/testlan/plan.md"
}

front='---\ntitle: Stor plan\nkind: handlingsplan\npublisher: Länsstyrelsen\nperiod: 2020–2022\n---\n\n## Mål: Stort\n\nTema: arbete\n\n'

# expect NAME WANT(ok|error) PATTERN: build with a 120 s limit; WANT says the exit status,
# PATTERN must appear in the messages.
expect() {
    start=$(date +%s.%N)
    timeout 120 "$planpress" build --content "$work/$1/content" --output "$work/$1/public" >"$work/$1.log" 2>&1
    status=$?
    seconds=$(echo "$(date +%s.%N) - $start" | bc)
    ok=yes
    case "$2:$status" in ok:0|error:1) ;; *) ok=no ;; esac
    grep -q -- "$3" "$work/$1.log" || ok=no
    if [ -d "$work/$1/public" ] && grep -rlE '<script>alert|<iframe|javascript:' "$work/$1/public" --include='*.html' >/dev/null; then ok=no; fi
    if [ $ok = yes ]; then passed=$((passed + 1)); echo "ok   $1 (exit $status, ${seconds}s)"
    else failed=$((failed + 1)); echo "FAIL $1 (exit $status, ${seconds}s)"; tail -5 "$work/$1.log"; fi
}

# 100,000 activities in one plan.
{ printf '%b' "$front"; printf '| Aktivitet | Ansvar |\n| --- | --- |\n'

  seq 1 100000 | sed 's/.*/| Aktivitet nummer & för fler jobb. | Arbetsförmedlingen |/'; } | site_with many-activities
expect many-activities ok "Skrev"

# A 50 MB plan: the limit is 64 MB, so it is read, parsed and built.
{ printf '%b' "$front"; yes 'Ett långt stycke text om integration och etablering i länet, upprepat för att bli stort. ' \
  | head -c 52000000; printf '\n'; } | site_with fifty-megabytes
expect fifty-megabytes ok "Skrev"

# Over the size limit: refused with a message.
{ printf '%b' "$front"; head -c 70000000 /dev/zero | tr '\0' 'a'; } | site_with too-large
expect too-large error "gränsen är 64 MB"

# Lists nested 10,000 deep.
{ printf '%b' "$front"; i=0; line=""; while [ $i -lt 10000 ]; do line="$line- "; i=$((i + 1)); done; printf '%snivå\n' "$line"; } \
  | site_with deep-lists
expect deep-lists error "nästlad för djupt"

# Raw HTML, script links and unterminated HTML: a safe page and a warning.
printf '%b' "$front"'<script>alert(1)</script>\n\nText [klick](javascript:alert(1)) <iframe src="x"></iframe> <div\n' \
  | site_with raw-html
expect raw-html ok "HTML i texten visas inte"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
