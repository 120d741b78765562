#!/usr/bin/env python3
"""Check that every plan page and its large-print copy offer "Beställ planen i ett annat format".

    python3 Tests/SiteChecks/request_check.py PUBLIC_DIR

A plan's folder is one with storstil/index.html. On both pages the link must be a mailto: with
one address and a subject that, percent-decoded, names the plan's title (its <h1>) and its
address (the folder path, or an absolute URL ending in it). Stdlib only. Prints each problem
and exits 1 on any.
"""
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

LINK_TEXT = "Beställ planen i ett annat format"


class Page(HTMLParser):
    """The <h1> text and every link's href and text."""

    def __init__(self):
        super().__init__()
        self.h1, self.links, self._in_h1, self._href, self._text = "", [], False, None, ""

    def handle_starttag(self, tag, attrs):
        if tag == "h1":
            self._in_h1 = True
        elif tag == "a":
            self._href, self._text = dict(attrs).get("href"), ""

    def handle_endtag(self, tag):
        if tag == "h1":
            self._in_h1 = False
        elif tag == "a" and self._href is not None:
            self.links.append((self._href, self._text.strip()))
            self._href = None

    def handle_data(self, data):
        if self._in_h1:
            self.h1 += data
        if self._href is not None:
            self._text += data


def problems(page_path, folder):
    page = Page()
    page.feed(page_path.read_text(encoding="utf-8"))
    hrefs = [href for href, text in page.links if text == LINK_TEXT]
    if len(hrefs) != 1:
        return [f"{len(hrefs)} links “{LINK_TEXT}”, want 1"]
    url = urlsplit(hrefs[0])
    if url.scheme != "mailto" or "@" not in unquote(url.path) or "," in unquote(url.path):
        return [f"not a mailto: to one address: {hrefs[0]}"]
    subjects = parse_qs(url.query).get("subject", [])
    if len(subjects) != 1:
        return [f"no subject: {hrefs[0]}"]
    subject, title = subjects[0], " ".join(page.h1.split())
    found = []
    if title not in subject:
        found.append(f"subject “{subject}” lacks the title “{title}”")
    if folder + "/" not in subject:
        found.append(f"subject “{subject}” lacks the address {folder}/")
    return found


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    public = Path(sys.argv[1])
    failures, pages = 0, 0
    for large_print in sorted(public.glob("*/*/storstil/index.html")):
        folder = large_print.parent.parent
        for page_path in (folder / "index.html", large_print):
            pages += 1
            for problem in problems(page_path, folder.relative_to(public).as_posix()):
                failures += 1
                print(f"{page_path.relative_to(public)}: {problem}")
    if pages == 0:
        print("no plan pages found")
        failures += 1
    print(f"request_check: {pages} pages, {failures} missing")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
