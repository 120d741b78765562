#!/usr/bin/env python3
"""Run axe-core, a 320 px reflow probe and keyboard basics on every page of a generated site.

    .venv-sitechecks/bin/python Tests/SiteChecks/axe_check.py PUBLIC_DIR

Serves PUBLIC_DIR on 127.0.0.1 (ephemeral port) and loads every .html file in one headless
Debian Chromium (selenium 4.51.0, chromedriver from apt). Per page:
  * axe-core 4.12.1 with the tags below;
  * reflow (WCAG 1.4.10): at a 320 CSS px viewport the page must not scroll sideways;
  * skip-link-first-tab (2.4.1): the first Tab focuses an <a href="#id"> whose target is <main> or inside it;
  * focus-visible (2.4.7): the focused links (the first two Tab stops) show an outline or a
    box-shadow and are on screen.
Each failure prints `page: rule (impact): selector — help`; exit 1 on any failure.
CHROMIUM, CHROMEDRIVER and AXE_CORE_JS override the binaries and the axe-core script.
"""
import functools
import http.server
import importlib.util
import json
import os
import shutil
import sys
import threading
from pathlib import Path
from urllib.parse import quote

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
DESKTOP, NARROW = (1280, 900), (320, 800)

# Shared JS helper: a short, readable CSS selector for an element.
SELECTOR_JS = """
function sel(el) {
  const parts = [];
  for (; el && el.nodeType === 1 && parts.length < 4; el = el.parentElement) {
    if (el.id) { parts.unshift('#' + CSS.escape(el.id)); break; }
    let s = el.localName + (el.classList.length ? '.' + CSS.escape(el.classList[0]) : '');
    const sibs = el.parentElement ? [...el.parentElement.children].filter(c => c.localName === el.localName) : [];
    if (sibs.length > 1) s += ':nth-of-type(' + (sibs.indexOf(el) + 1) + ')';
    parts.unshift(s);
  }
  return parts.join(' > ');
}
"""

# Reflow: only fail on the document scrolling sideways; then name the culprit: among the
# overflowing elements (own box or own content past the right edge, not inside a clipping
# scroll container), the deepest ones, and of those the one reaching furthest right.
REFLOW_JS = SELECTOR_JS + """
const doc = document.scrollingElement || document.documentElement;
const vw = doc.clientWidth;
if (doc.scrollWidth <= vw + 1) return null;
const over = [];
(function walk(el) {
  for (const c of el.children) {
    const r = c.getBoundingClientRect(), st = getComputedStyle(c);
    const right = Math.max(r.right, st.overflowX === 'visible' ? r.left + c.scrollWidth : r.right);
    if (right > vw + 1) over.push([c, right]);
    if (st.overflowX === 'visible') walk(c);   // hidden/auto/scroll/clip contain their content
  }
})(document.body || document.documentElement);
const leaves = over.filter(([e]) => !over.some(([o]) => o !== e && e.contains(o)));
leaves.sort((a, b) => b[1] - a[1]);
const [el, right] = leaves[0] || [document.documentElement, doc.scrollWidth];
return {scrollWidth: doc.scrollWidth, clientWidth: vw, selector: sel(el), right: Math.round(right)};
"""

# Keyboard: describe the focused element after a real Tab key press.
FOCUS_JS = SELECTOR_JS + """
const el = document.activeElement;
if (!el || el === document.body || el === document.documentElement) return null;
const st = getComputedStyle(el), r = el.getBoundingClientRect();
const href = el.localName === 'a' ? (el.getAttribute('href') || '') : '';
let target = null, inMain = false;
if (href.startsWith('#') && href.length > 1) {
  let id = href.slice(1);
  try { id = decodeURIComponent(id); } catch (e) {}
  target = document.getElementById(id);
  inMain = !!(target && target.closest('main'));
}
return {
  selector: sel(el), tag: el.localName, href: href,
  targetFound: !!target, targetInMain: inMain,
  outline: st.outlineStyle !== 'none' && parseFloat(st.outlineWidth) > 0
           && !/^(transparent|rgba\(.*, 0\))$/.test(st.outlineColor),
  shadow: st.boxShadow !== 'none',
  onScreen: r.width >= 1 && r.height >= 1 && r.right > 0 && r.bottom > 0
            && r.left < innerWidth && r.top < innerHeight,
};
"""

AXE_RUN_JS = """
const done = arguments[arguments.length - 1];
if (typeof axe === 'undefined') return done({error: 'axe-core was not injected'});
axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
   .then(r => done(r.violations), e => done({error: String(e)}));
"""


def axe_source():
    """axe.min.js from AXE_CORE_JS, else from the installed axe_playwright_python package.
    find_spec locates the package without importing it (that would need playwright)."""
    if os.environ.get("AXE_CORE_JS"):
        return Path(os.environ["AXE_CORE_JS"]).read_text(encoding="utf-8")
    spec = importlib.util.find_spec("axe_playwright_python")
    for loc in (spec.submodule_search_locations or []) if spec else []:
        for js in sorted(Path(loc).rglob("axe.min.js")):
            return js.read_text(encoding="utf-8")
    sys.exit("axe_check: axe.min.js not found; run Tests/SiteChecks/install-tools.sh")


def serve(root):
    """Serve root on 127.0.0.1 on a free port, in a daemon thread; returns the server."""
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass
    handler = functools.partial(Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def browser(axe_js):
    opts = webdriver.ChromeOptions()
    # Explicit binary and driver paths keep Selenium Manager from trying to download them.
    opts.binary_location = os.environ.get("CHROMIUM") or shutil.which("chromium") or ""
    driver_path = os.environ.get("CHROMEDRIVER") or shutil.which("chromedriver")
    if not opts.binary_location or not driver_path:
        sys.exit("axe_check: chromium/chromedriver not found; run Tests/SiteChecks/install-tools.sh")
    # --no-sandbox: Chromium refuses to run as root otherwise (CI containers).
    # --hide-scrollbars: the viewport is then exactly the width we set.
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"):
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service(driver_path), options=opts)
    driver.set_script_timeout(120)
    # Inject axe-core into every document at load: sent to the browser once instead of per
    # page (saves ~0.05 s a page). Static pages have no scripts of their own that could clash.
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": axe_js})
    return driver


def viewport(driver, size):
    # CDP sets the exact CSS viewport; window sizes include browser chrome and have minimums.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": size[0], "height": size[1], "deviceScaleFactor": 1, "mobile": False})


def check_page(driver, url):
    """Returns a list of (rule, impact, selector, help) failures for one page."""
    failures = []
    viewport(driver, DESKTOP)
    driver.get(url)

    # Keyboard first, on the fresh page, so nothing has moved the focus yet.
    for stop in (1, 2):
        ActionChains(driver).send_keys(Keys.TAB).perform()   # a real key press, so :focus-visible applies
        f = driver.execute_script(FOCUS_JS)
        if stop == 1 and not (f and f["tag"] == "a" and f["targetInMain"]):
            where = f["selector"] if f else "body"
            why = ("nothing focusable" if not f else
                   f"it focused <{f['tag']}> {f['href']!r}" if not (f["tag"] == "a" and f["href"].startswith("#")) else
                   f"no element has the id of {f['href']}" if not f["targetFound"] else
                   f"its target {f['href']} is not <main> or inside it")
            # Named apart from axe's own best-practice rule "skip-link" (target exists).
            failures.append(("skip-link-first-tab", "serious", where,
                             f"First Tab must focus a skip link <a href=\"#id\"> to <main> ({why})"))
        if f and f["tag"] == "a":
            if not (f["outline"] or f["shadow"]):
                failures.append(("focus-visible", "serious", f["selector"],
                                 "Focused link has no visible focus indicator (outline or box-shadow)"))
            elif not f["onScreen"]:
                failures.append(("focus-visible", "serious", f["selector"],
                                 "Focused link is off screen or has no size"))

    driver.execute_script("document.activeElement && document.activeElement.blur()")
    violations = driver.execute_async_script(AXE_RUN_JS, TAGS)
    if isinstance(violations, dict):
        failures.append(("axe-error", "critical", "document", violations["error"]))
        violations = []
    for v in violations:
        for node in v["nodes"]:
            selector = " ".join(json.dumps(t) if not isinstance(t, str) else t for t in node["target"])
            failures.append((v["id"], node.get("impact") or v.get("impact"), selector, v["help"]))

    viewport(driver, NARROW)
    r = driver.execute_script(REFLOW_JS)
    if r:
        failures.append(("reflow", "serious", r["selector"],
                         f"Page scrolls sideways at {NARROW[0]} CSS px (scrollWidth {r['scrollWidth']} > "
                         f"{r['clientWidth']}); this element reaches {r['right']} px"))
    return failures


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__)
    root = Path(argv[1]).resolve()
    if not root.is_dir():
        sys.exit(f"axe_check: {argv[1]} is not a directory")
    pages = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.html"))
    if not pages:
        print(f"axe_check: no .html files in {argv[1]}\naxe_check: 0 pages, 0 violations")
        return 1
    server = serve(root)
    driver = browser(axe_source())
    total, by_rule, failed_pages = 0, {}, 0
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        for page in pages:
            failures = check_page(driver, base + quote(page))
            failed_pages += bool(failures)
            for rule, impact, selector, help_ in failures:
                print(f"{page}: {rule} ({impact}): {selector} — {help_}")
                by_rule[rule] = by_rule.get(rule, 0) + 1
            total += len(failures)
    finally:
        driver.quit()
        server.shutdown()
    if by_rule:
        print("by rule: " + ", ".join(f"{k} {v}" for k, v in sorted(by_rule.items())))
    print(f"axe_check: {len(pages)} pages ({failed_pages} failing), {total} violations")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
