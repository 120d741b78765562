#!/usr/bin/env python3
"""One very large plan, for measuring how PlanPress scales with the size of a single file.

    python3 bench/bigplan.py activities A OUT_DIR   one plan, one area, one table of A activities
    python3 bench/bigplan.py bytes B OUT_DIR        one plan of at least B bytes: the bodies of
                                                    the benchmark's synthetic plans, one after
                                                    the other (areas, tables, prose, glossaries)

Both write OUT_DIR/content/ (site.yml, themes.yml, organisations.yml, the 21 county folders
with their `_index.md`, and the one plan `stockholm/stor-plan.md`), from the same pool of
organisations and the same sentences as bench/generate.py, deterministically.
`planpress build --content OUT_DIR/content` then shows whether the cost of a plan is
proportional to its size (issue 8).

Python 3.11 standard library only.
"""

from __future__ import annotations

import os
import random
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate as g  # noqa: E402

MARKER = ".planpress-bench-bigplan"

FRONT_MATTER = """---
title: Stor plan för integration och etablering
kind: handlingsplan
publisher: Länsstyrelsen i Stockholms län
period: 2020–2023
adopted: 2020-02-14
summary: En mycket stor plan, för att mäta hur byggtiden växer med storleken på en plan.
county: stockholm
---
"""


def activities_body(count: int, national, counties) -> str:
    rng = random.Random("planpress-bench-bigplan-activities")
    local = counties["stockholm"]
    actors = [local["lst"], local["region"]] + local["munis"][:4] + national[:12]
    lines = [
        "",
        "## Förord",
        "",
        "En plan med väldigt många aktiviteter i en och samma tabell.",
        "",
        "## Mål: Fler nyanlända i arbete",
        "",
        "Tema: arbete",
        "",
        "Syfte: Att fler nyanlända kvinnor och män kommer i arbete.",
        "",
        "| Aktivitet | Ansvar | Samverkansparter |",
        "| --- | --- | --- |",
    ]
    for i in range(1, count + 1):
        objs = g.ACTIVITY_OBJECTS[rng.choice(sorted(g.ACTIVITY_OBJECTS))]
        act = f"{rng.choice(g.ACTIVITY_VERBS)} {rng.choice(objs)} (nummer {i})."
        resp = rng.choice(actors).name
        partners = ", ".join(o.name for o in rng.sample(actors, rng.randint(1, 3)))
        lines.append(f"| {act} | {resp} | {partners} |")
    return "\n".join(lines) + "\n"


def bytes_body(size: int, national, counties, themes) -> str:
    county = next(c for c in g.COUNTIES if c[0] == "stockholm")
    parts: list[str] = []
    total = 0
    index = 0
    while total < size:
        _name, text = g.plan(index, county, national, counties, themes)
        # Drop the front matter: everything up to the second `---` line.
        body = text.split("\n---\n", 1)[1]
        parts.append(body)
        total += len(body.encode("utf-8"))
        index += 1
    return "\n".join(parts)


def main(argv: list[str]) -> int:
    if len(argv) != 4 or argv[1] not in ("activities", "bytes") or not argv[2].isdigit():
        print(__doc__, file=sys.stderr)
        return 2
    mode, amount, out_dir = argv[1], int(argv[2]), argv[3]
    content = g.fresh_content(out_dir, MARKER, "bigplan.py")
    if content is None:
        return 1
    os.makedirs(os.path.join(content, "stockholm"))
    national, counties = g.build_pool()
    themes = g.theme_ids(g.REAL_THEMES)
    shutil.copyfile(g.SITE_TEMPLATE, os.path.join(content, "site.yml"))
    shutil.copyfile(g.REAL_THEMES, os.path.join(content, "themes.yml"))
    with open(os.path.join(content, "organisations.yml"), "w", encoding="utf-8") as f:
        f.write(g.organisations_yml(national, counties))
    # Every county of the pool has its folder, as in the benchmark's corpus; only one has a plan.
    for slug, name, short, _seat, _munis in g.COUNTIES:
        os.makedirs(os.path.join(content, slug), exist_ok=True)
        with open(os.path.join(content, slug, "_index.md"), "w", encoding="utf-8") as f:
            f.write(f"---\nname: {name}\nshortName: {short}\n---\n\nPlaner i {name}.\n")
    if mode == "activities":
        body = activities_body(amount, national, counties)
    else:
        body = bytes_body(amount, national, counties, themes)
    text = FRONT_MATTER + body
    with open(os.path.join(content, "stockholm", "stor-plan.md"), "w", encoding="utf-8") as f:
        f.write(text)
    print(f"one plan of {len(text.encode('utf-8'))} bytes in {content}/stockholm/stor-plan.md")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
