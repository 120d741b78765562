#!/usr/bin/env python3
"""Turns the raw measurements of bench/run.sh into bench/results.md and bench/chart.svg.

    python3 bench/report.py RAW_DIR RESULTS_MD CHART_SVG

RAW_DIR holds, for every size N and measurement ID, what run.sh wrote:
    N/ID.json    hyperfine's --export-json (wall time of every run)
    N/ID.mem     peak resident set size in KiB, from /usr/bin/time -v
    N/ID.fail    instead of the two above, when the command failed (the tail of its output)
    N/ID.files   number of files and bytes the build wrote ("FILES BYTES")
    N/corpus     "PLANS BYTES" of the generated corpus
and RAW_DIR/machine.tsv holds "key<TAB>value" lines (machine and versions).

Python 3.11 standard library only.
"""

from __future__ import annotations

import html
import json
import math
import os
import sys

# (id, label, what it is). The order is the order of the table.
MEASUREMENTS = [
    ("planpress-html", "PlanPress, HTML", "`planpress build --formats html` into an empty folder"),
    ("planpress-all", "PlanPress, all formats", "`planpress build --formats all` into an empty folder"),
    ("hugo", "Hugo", "`hugo` with the minimal layout in bench/hugo/, into an empty folder"),
    ("floor", "cmark-gfm (floor)", "Debian's `cmark-gfm` CLI, GFM extensions, one thread, HTML only"),
    ("planpress-rebuild", "PlanPress, rebuild unchanged", "`planpress build --formats html` again, nothing changed"),
    ("planpress-rebuild-one", "PlanPress, rebuild, one plan changed", "`planpress build --formats html` after one plan changed"),
    ("planpress-rebuild-org", "PlanPress, rebuild, one organisation renamed", "`planpress build --formats html` after one organisation was renamed in `organisations.yml` (the plans' files are kept; the joined pages are made again)"),
    ("hugo-rebuild", "Hugo, rebuild unchanged", "`hugo` again into the same folder, nothing changed"),
    ("hugo-rebuild-one", "Hugo, rebuild, one plan changed", "`hugo` again after one plan changed"),
]
LABEL = {m[0]: m[1] for m in MEASUREMENTS}
# The chart: one line per tool (full builds).
SERIES = [
    ("planpress-html", "PlanPress (HTML)", "#0072B2", "circle", ""),
    ("planpress-all", "PlanPress (all formats)", "#CC79A7", "square", ""),
    ("hugo", "Hugo", "#D55E00", "triangle", ""),
    ("floor", "cmark-gfm floor", "#000000", "diamond", "6 4"),
]


def load(raw: str):
    sizes = sorted(int(d) for d in os.listdir(raw) if d.isdigit())
    data: dict[int, dict[str, dict]] = {}
    corpus: dict[int, tuple[int, int]] = {}
    for n in sizes:
        d = os.path.join(raw, str(n))
        data[n] = {}
        try:
            with open(os.path.join(d, "corpus")) as f:
                p, b = f.read().split()
                corpus[n] = (int(p), int(b))
        except (OSError, ValueError):
            pass
        for mid, *_ in MEASUREMENTS:
            entry: dict = {}
            fail = os.path.join(d, mid + ".fail")
            js = os.path.join(d, mid + ".json")
            if os.path.exists(fail):
                with open(fail, encoding="utf-8", errors="replace") as f:
                    entry["fail"] = f.read().strip()
            elif os.path.exists(js):
                with open(js) as f:
                    r = json.load(f)["results"][0]
                entry.update(median=r["median"], min=r["min"], runs=len(r["times"]))
                try:
                    with open(os.path.join(d, mid + ".mem")) as f:
                        entry["mem_kb"] = int(f.read().strip())
                except (OSError, ValueError):
                    pass
                try:
                    with open(os.path.join(d, mid + ".files")) as f:
                        files, nbytes = f.read().split()
                        entry["files"], entry["bytes"] = int(files), int(nbytes)
                except (OSError, ValueError):
                    pass
            if entry:
                data[n][mid] = entry
    # Single large plans (BENCH_BIG): RAW_DIR/big-MODE-AMOUNT/ID.json …, and "plan" with the
    # line bigplan.py printed.
    big: dict[str, dict] = {}
    for name in sorted(d for d in os.listdir(raw) if d.startswith("big-")):
        d = os.path.join(raw, name)
        entry: dict = {"measurements": {}}
        try:
            with open(os.path.join(d, "plan"), encoding="utf-8") as f:
                entry["plan"] = f.read().strip()
        except OSError:
            pass
        for mid in ("planpress-html", "planpress-all", "hugo", "floor"):
            js = os.path.join(d, mid + ".json")
            if os.path.exists(os.path.join(d, mid + ".fail")):
                entry["measurements"][mid] = {"fail": True}
            elif os.path.exists(js):
                with open(js) as f:
                    r = json.load(f)["results"][0]
                e = {"median": r["median"]}
                try:
                    with open(os.path.join(d, mid + ".mem")) as f:
                        e["mem_kb"] = int(f.read().strip())
                except (OSError, ValueError):
                    pass
                entry["measurements"][mid] = e
        big[name] = entry
    machine = {}
    machine["_big"] = big
    try:
        with open(os.path.join(raw, "machine.tsv"), encoding="utf-8") as f:
            for line in f:
                if "\t" in line:
                    k, v = line.rstrip("\n").split("\t", 1)
                    machine[k] = v
    except OSError:
        pass
    return sizes, data, corpus, machine


def fmt_time(s: float) -> str:
    if s < 1:
        return f"{s * 1000:.0f} ms"
    if s < 10:
        return f"{s:.2f} s"
    return f"{s:.1f} s"


def fmt_mem(kb: int) -> str:
    mib = kb / 1024
    return f"{mib:.0f} MiB" if mib < 1024 else f"{mib / 1024:.2f} GiB"


def fmt_bytes(b: int) -> str:
    return f"{b / 1048576:.1f} MiB" if b >= 1048576 else f"{b / 1024:.0f} KiB"


def fmt_n(n: int) -> str:
    return f"{n:,}"


def ratio(a, b) -> str:
    if a is None or b is None or b == 0:
        return "—"
    return f"{a / b:.2f}×"


def get(data, n, mid, key):
    return data.get(n, {}).get(mid, {}).get(key)


def markdown(sizes, data, corpus, machine, chart_name: str) -> str:
    m = machine
    out = ["# PlanPress benchmark", ""]
    out.append("Written by `bench/run.sh` (`make bench`); every number below comes from one run "
               "of it on one machine.")
    out.append("")
    out.append(f"- **Machine:** {m.get('cpu', '?')}, {m.get('cores', '?')} cores, "
               f"{m.get('memory', '?')} RAM; {m.get('os', '?')}, Linux {m.get('kernel', '?')}")
    out.append(f"- **Measured:** {m.get('date', '?')}; load average {m.get('load-start', '?')} "
               f"at the start, {m.get('load-end', '?')} at the end (1, 5, 15 minutes)")
    out.append(f"- **PlanPress:** {m.get('planpress', 'not measured')}")
    out.append(f"- **Hugo:** {m.get('hugo', '?')}")
    out.append(f"- **cmark-gfm:** {m.get('cmark-gfm', '?')}")
    out.append(f"- **hyperfine:** {m.get('hyperfine', '?')}; **GNU time:** {m.get('time', '?')}; "
               f"**Python:** {m.get('python', '?')}")
    out.append("")
    out.append("The corpus is synthetic: `python3 bench/generate.py N DIR` writes N plans in "
               "PlanPress's content format over Sweden's 21 counties (3–6 areas, activity tables of "
               "8–20 rows, glossary, signatories, prose; 8–30 KB each), with a shared pool of "
               "organisations. The same N always gives the same files, and Hugo reads exactly "
               "the files PlanPress reads.")
    out.append("")
    out.append("| N | plans | Markdown |")
    out.append("| ---: | ---: | ---: |")
    for n in sizes:
        if n in corpus:
            out.append(f"| {fmt_n(n)} | {fmt_n(corpus[n][0])} | {fmt_bytes(corpus[n][1])} |")
    out.append("")
    out.append(f"![Build time and peak memory against N, log scales]({chart_name})")
    out.append("")
    out.append("## Ratios")
    out.append("")
    out.append("Median wall time and peak memory of `planpress build` divided by those of Hugo "
               "and of the cmark-gfm floor, for the same files. Below 1× PlanPress is faster "
               "(or smaller).")
    out.append("")
    out.append("| N | HTML: time vs Hugo | HTML: time vs floor | all formats: time vs Hugo "
               "| HTML: memory vs Hugo | HTML: memory vs floor |")
    out.append("| ---: | ---: | ---: | ---: | ---: | ---: |")
    for n in sizes:
        t = lambda mid: get(data, n, mid, "median")
        k = lambda mid: get(data, n, mid, "mem_kb")
        out.append(f"| {fmt_n(n)} | {ratio(t('planpress-html'), t('hugo'))} "
                   f"| {ratio(t('planpress-html'), t('floor'))} "
                   f"| {ratio(t('planpress-all'), t('hugo'))} "
                   f"| {ratio(k('planpress-html'), k('hugo'))} "
                   f"| {ratio(k('planpress-html'), k('floor'))} |")
    out.append("")
    out.append("## All measurements")
    out.append("")
    out.append("| N | what | median | min | runs | peak memory | files written |")
    out.append("| ---: | --- | ---: | ---: | ---: | ---: | ---: |")
    for n in sizes:
        for mid, label, _ in MEASUREMENTS:
            e = data[n].get(mid)
            if e is None:
                out.append(f"| {fmt_n(n)} | {label} | not measured | | | | |")
            elif "fail" in e:
                out.append(f"| {fmt_n(n)} | {label} | failed (see below) | | | | |")
            else:
                mem = fmt_mem(e["mem_kb"]) if "mem_kb" in e else "—"
                files = (f"{fmt_n(e['files'])} ({fmt_bytes(e['bytes'])})"
                         if "files" in e else "")
                out.append(f"| {fmt_n(n)} | {label} | {fmt_time(e['median'])} "
                           f"| {fmt_time(e['min'])} | {e['runs']} | {mem} | {files} |")
    fails = [(n, mid, e["fail"]) for n in sizes for mid, e in data[n].items() if "fail" in e]
    if fails:
        out += ["", "### Failures", ""]
        for n, mid, text in fails:
            out += [f"N = {fmt_n(n)}, {LABEL[mid]}:", "", "```", text[-1500:], "```", ""]
    big = m.get("_big") or {}
    if big:
        out += ["", "## Single large plans", "",
                "One plan alone (`BENCH_BIG`, `bench/bigplan.py`): one table of many activities, or the "
                "bodies of many synthetic plans one after the other. Wall time of one run, and peak "
                "memory; the cost should grow with the plan's size and no faster.", "",
                "| plan | PlanPress, HTML | PlanPress, all formats | Hugo | cmark-gfm (floor) |",
                "| --- | ---: | ---: | ---: | ---: |"]
        for name, entry in big.items():
            cells = []
            for mid in ("planpress-html", "planpress-all", "hugo", "floor"):
                e = entry["measurements"].get(mid)
                if e is None:
                    cells.append("not measured")
                elif "fail" in e:
                    cells.append("failed")
                else:
                    mem = f", {fmt_mem(e['mem_kb'])}" if "mem_kb" in e else ""
                    cells.append(f"{fmt_time(e['median'])}{mem}")
            mode, _, amount = name[len("big-"):].partition("-")
            what = (f"{int(amount):,} activities" if mode == "activities"
                    else f"{int(amount) / 1e6:g} MB of plan text")
            plan = entry.get("plan", "")
            size = ""
            if plan.startswith("one plan of "):
                size = f" ({fmt_bytes(int(plan.split()[3]))})"
            out.append(f"| {what}{size} | " + " | ".join(cells) + " |")
    if m.get("planpress-missing"):
        out += ["", f"**PlanPress was not measured:** {m['planpress-missing']}"]
    out += ["", "## How it is measured", ""]
    for mid, label, what in MEASUREMENTS:
        out.append(f"- **{label}:** {what}.")
    out += [
        "",
        "Wall time is hyperfine's median and minimum over the runs shown (after one warm-up "
        "run below the large size; one run is allowed at the large size); a full build starts "
        "each run from an empty output folder (hyperfine `--prepare`). Peak memory is the "
        "\"Maximum resident set size\" of `/usr/bin/time -v` in one more run of the same "
        "command in the same state. The changed plan alternates between its original text "
        "and one with a sentence added to its foreword, so every run rebuilds after a real "
        "change. Hugo has no persistent incremental build, so its rebuilds are full builds "
        "into an existing folder. The floor renders every plan (front matter included, as "
        "Markdown) with `cmark-gfm --extension table --extension strikethrough --extension "
        "autolink --extension tagfilter --extension tasklist`, a hundred files per process "
        "through `xargs`, one process at a time, into one HTML file: no templates, no "
        "joins, no site; it is what parsing and rendering the Markdown alone costs.",
        "",
        "Hugo uses every core it finds; PlanPress as it is built; the floor one.",
        "",
    ]
    return "\n".join(out)


# --------------------------------------------------------------------------------------
# The chart
# --------------------------------------------------------------------------------------

def log_range(values: list[float]) -> tuple[float, float]:
    lo = math.floor(math.log10(min(values)))
    hi = math.ceil(math.log10(max(values)))
    if hi - lo < 1:
        lo, hi = lo - 0.5, hi + 0.5
    return lo, hi


def tick_label(v: float, unit: str) -> str:
    if unit == "s":
        if v < 1:
            return f"{v * 1000:g} ms"
        return f"{v:g} s"
    if unit == "MiB":
        return f"{v:g} MiB" if v < 1024 else f"{v / 1024:g} GiB"
    return f"{int(v):,}"


def marker(shape: str, x: float, y: float, color: str) -> str:
    r = 4.5
    if shape == "circle":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r}" fill="{color}"/>'
    if shape == "square":
        return (f'<rect x="{x - r:.1f}" y="{y - r:.1f}" width="{2 * r}" height="{2 * r}" '
                f'fill="{color}"/>')
    if shape == "triangle":
        return (f'<polygon points="{x:.1f},{y - r - 1:.1f} {x - r - 1:.1f},{y + r:.1f} '
                f'{x + r + 1:.1f},{y + r:.1f}" fill="{color}"/>')
    return (f'<polygon points="{x:.1f},{y - r - 1:.1f} {x + r + 1:.1f},{y:.1f} '
            f'{x:.1f},{y + r + 1:.1f} {x - r - 1:.1f},{y:.1f}" fill="{color}"/>')


def panel(ox, oy, w, h, title, unit, sizes, points, parts):
    """One log-log panel at (ox, oy), plot area w × h. points: {series id: [(n, value)]}."""
    values = [v for pts in points.values() for _, v in pts]
    if not values:
        values = [1.0]
    xlo, xhi = log_range([float(n) for n in sizes])
    ylo, yhi = log_range(values)
    X = lambda n: ox + (math.log10(n) - xlo) / (xhi - xlo) * w
    Y = lambda v: oy + h - (math.log10(v) - ylo) / (yhi - ylo) * h
    parts.append(f'<text x="{ox + w / 2:.1f}" y="{oy - 14}" text-anchor="middle" '
                 f'font-weight="bold">{html.escape(title)}</text>')
    parts.append(f'<rect x="{ox}" y="{oy}" width="{w}" height="{h}" fill="none" stroke="#767676"/>')
    for e in range(math.floor(ylo), math.ceil(yhi)):
        for k in (2, 5):
            v = k * 10.0 ** e
            if ylo < math.log10(v) < yhi:
                parts.append(f'<line x1="{ox}" y1="{Y(v):.1f}" x2="{ox + w}" y2="{Y(v):.1f}" '
                             f'stroke="#ececec"/>')
    for e in range(math.ceil(ylo), math.floor(yhi) + 1):
        y = Y(10 ** e)
        parts.append(f'<line x1="{ox}" y1="{y:.1f}" x2="{ox + w}" y2="{y:.1f}" stroke="#d0d0d0"/>')
        parts.append(f'<text x="{ox - 6}" y="{y + 4:.1f}" text-anchor="end">'
                     f'{html.escape(tick_label(10.0 ** e, unit))}</text>')
    for e in range(math.ceil(xlo), math.floor(xhi) + 1):
        x = X(10 ** e)
        parts.append(f'<line x1="{x:.1f}" y1="{oy}" x2="{x:.1f}" y2="{oy + h}" stroke="#d0d0d0"/>')
        parts.append(f'<text x="{x:.1f}" y="{oy + h + 18}" text-anchor="middle">'
                     f'{tick_label(10 ** e, "")}</text>')
    parts.append(f'<text x="{ox + w / 2:.1f}" y="{oy + h + 40}" text-anchor="middle">'
                 f'N (plans, log scale)</text>')
    axis = "median wall time" if unit == "s" else "peak resident memory"
    parts.append(f'<text transform="translate({ox - 62},{oy + h / 2:.1f}) rotate(-90)" '
                 f'text-anchor="middle">{axis} (log scale)</text>')
    for sid, _label, color, shape, dash in SERIES:
        pts = points.get(sid, [])
        if len(pts) > 1:
            d = " ".join(f"{X(n):.1f},{Y(v):.1f}" for n, v in pts)
            extra = f' stroke-dasharray="{dash}"' if dash else ""
            parts.append(f'<polyline points="{d}" fill="none" stroke="{color}" '
                         f'stroke-width="2"{extra}/>')
        for n, v in pts:
            parts.append(marker(shape, X(n), Y(v), color))


def chart(sizes, data) -> str:
    W, H = 980, 500
    pw, ph = 340, 300
    parts: list[str] = []
    time_pts = {s[0]: [(n, data[n][s[0]]["median"]) for n in sizes
                       if "median" in data[n].get(s[0], {})] for s in SERIES}
    mem_pts = {s[0]: [(n, data[n][s[0]]["mem_kb"] / 1024) for n in sizes
                      if "mem_kb" in data[n].get(s[0], {})] for s in SERIES}
    panel(100, 60, pw, ph, "Build time", "s", sizes, time_pts, parts)
    panel(580, 60, pw, ph, "Peak memory", "MiB", sizes, mem_pts, parts)
    # Legend under both panels.
    for i, (sid, label, color, shape, dash) in enumerate(SERIES):
        lx, ly = 100 + 480 * (i % 2), H - 50 + 26 * (i // 2)
        measured = bool(time_pts.get(sid))
        extra = f' stroke-dasharray="{dash}"' if dash else ""
        parts.append(f'<line x1="{lx}" y1="{ly}" x2="{lx + 28}" y2="{ly}" stroke="{color}" '
                     f'stroke-width="2"{extra}/>')
        parts.append(marker(shape, lx + 14, ly, color))
        text = label + ("" if measured else " (not measured)")
        parts.append(f'<text x="{lx + 34}" y="{ly + 4}">{html.escape(text)}</text>')
    # Text alternative: every number in the chart.
    desc = []
    for n in sizes:
        bits = []
        for sid, label, *_ in SERIES:
            e = data[n].get(sid, {})
            if "median" in e:
                mem = f", {fmt_mem(e['mem_kb'])}" if "mem_kb" in e else ""
                bits.append(f"{label} {fmt_time(e['median'])}{mem}")
        desc.append(f"N = {fmt_n(n)}: " + ("; ".join(bits) if bits else "no measurements") + ".")
    desc_text = ("Two log-log panels: median build time and peak memory against the number "
                 "of plans N, one line per tool. " + " ".join(desc))
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" '
            f'viewBox="0 0 {W} {H}" role="img" aria-labelledby="chart-title chart-desc" '
            f'font-family="DejaVu Sans, Verdana, sans-serif" font-size="13" fill="#1a1a1a">\n'
            f'<title id="chart-title">PlanPress benchmark: build time and peak memory against N'
            f'</title>\n<desc id="chart-desc">{html.escape(desc_text)}</desc>\n'
            f'<rect width="{W}" height="{H}" fill="#ffffff"/>\n'
            f'<text x="{W / 2}" y="24" text-anchor="middle" font-size="16" font-weight="bold">'
            f'PlanPress, Hugo and the cmark-gfm floor: build time and peak memory</text>\n')
    return head + "\n".join(parts) + "\n</svg>\n"


def main(argv: list[str]) -> int:
    if len(argv) != 4:
        print("usage: report.py RAW_DIR RESULTS_MD CHART_SVG", file=sys.stderr)
        return 2
    raw, md_path, svg_path = argv[1:]
    sizes, data, corpus, machine = load(raw)
    if not sizes:
        print(f"no measurements in {raw}", file=sys.stderr)
        return 1
    chart_name = os.path.relpath(svg_path, os.path.dirname(os.path.abspath(md_path)))
    with open(md_path, "w", encoding="utf-8") as f:
        f.write(markdown(sizes, data, corpus, machine, chart_name))
    with open(svg_path, "w", encoding="utf-8") as f:
        f.write(chart(sizes, data))
    print(f"wrote {md_path} and {svg_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
