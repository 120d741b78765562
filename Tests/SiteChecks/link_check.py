#!/usr/bin/env python3
"""Check every internal link of a generated site on disk, fast (stdlib only).

    python3 Tests/SiteChecks/link_check.py PUBLIC_DIR

For every .html page, every href/src/srcset/poster that is internal (relative or root-relative)
must name an existing file: a link to a directory is broken even when the directory has an
index.html, because the site must also work opened from disk (file://), where a directory link
shows a directory listing. A #fragment must match an id (or <a name>) in the target page.
http(s):, mailto:, tel: and data: are skipped; javascript: and other schemes are failures.
Prints `page: broken link HREF (reason)` and exits 1 on any broken link.
"""
import os
import posixpath
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

EXTERNAL_SCHEMES = {"http", "https", "mailto", "tel", "data"}
URL_ATTRS = {"href", "src", "poster"}


class Page(HTMLParser):
    """Collects the ids/anchor names and the URL attributes of one page."""

    def __init__(self):
        super().__init__()   # convert_charrefs=True: attribute values arrive unescaped
        self.ids, self.urls = set(), []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (name == "name" and tag == "a"):
                self.ids.add(value)
            elif name in URL_ATTRS:
                self.urls.append(value)
            elif name == "srcset":   # "a.png 1x, b.png 2x"
                self.urls += [c.split()[0] for c in value.split(",") if c.strip()]

    handle_startendtag = handle_starttag


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__)
    root = Path(argv[1]).resolve()
    if not root.is_dir():
        sys.exit(f"link_check: {argv[1]} is not a directory")

    # One walk gives exact-case file and directory sets (also right on case-insensitive disks).
    files, dirs = set(), {""}
    for d, dnames, fnames in os.walk(root):
        rel = Path(d).relative_to(root).as_posix()
        rel = "" if rel == "." else rel + "/"
        dirs.update(rel + n for n in dnames)
        files.update(rel + n for n in fnames)
    pages = sorted(f for f in files if f.endswith(".html"))

    parsed = {}
    for rel in pages:
        p = Page()
        p.feed((root / rel).read_text(encoding="utf-8", errors="replace"))
        p.close()
        parsed[rel] = p

    checked = broken = 0
    for rel in pages:
        for url in parsed[rel].urls:
            reason = check(url.strip(), rel, files, dirs, parsed)
            if reason == "external":
                continue
            checked += 1
            if reason:
                broken += 1
                print(f"{rel}: broken link {url} ({reason})")

    if not pages:
        print(f"link_check: no .html files in {argv[1]}")
    print(f"link_check: {len(pages)} pages, {checked} links, {broken} broken")
    return 1 if broken or not pages else 0


def check(url, page, files, dirs, parsed):
    """Returns None if fine, "external" to skip, else the reason the link is broken."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme in EXTERNAL_SCHEMES or (not scheme and parts.netloc):   # incl. //host/x
        return "external"
    if scheme:
        return f"{scheme}: URL not allowed"
    # Resolve the path like a browser would, but on disk: "" is this page, "/x" is the site root.
    path = unquote(parts.path)
    target = page
    if path:
        base = "" if path.startswith("/") else posixpath.dirname(page)
        target = posixpath.normpath(posixpath.join(base, path.lstrip("/")))
        if target == ".." or target.startswith("../"):
            return "outside the site"
        if target == ".":
            target = ""
        if target in dirs:
            return "link to a directory: name index.html explicitly"
        if target not in files or path.endswith("/"):
            return "no such file"
    # The HTML spec lets "#" and "#top" scroll to the top without a target element.
    frag = unquote(parts.fragment)
    if frag and frag.lower() != "top" and target in parsed:
        if frag not in parsed[target].ids and parts.fragment not in parsed[target].ids:
            return f"no id \"{frag}\" in {target}"
    return None


if __name__ == "__main__":
    sys.exit(main(sys.argv))
