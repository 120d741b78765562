#!/usr/bin/env python3
"""Preview latency (issue 5): the time from saving one plan to the reload event.

    python3 bench/latency/measure.py [--saves 10] [--sizes seed,1000]

For each site it starts `planpress serve` on a free loopback port, opens the event stream
that the plan's page opens in a browser tab (/_planpress/events?page=/county/plan/), then
saves the plan --saves times, each time with a changed sentence, and measures from just
before the save to the arrival of `event: reload`, and then to the page serving the new
sentence. It prints the median, minimum and maximum, and the times the server itself
reported: until the plan's pages were published (the tab reloads then) and until the whole
site was (home page, county pages, the pages joined across counties, sitemap …).

Sites: `seed` is a copy of content/; a number N is N synthetic plans from
bench/generate.py (skipped with a note if that script is missing). Both are copies, so the
measurement edits nothing in the repository.

Environment:
    PLANPRESS       the binary (default .build/release/planpress; built if missing)
    LATENCY_BUILD   0: never run `swift build` for a missing binary

Python 3.11 standard library only.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SEED_PLAN = os.path.join("dalarna", "vagen-in-2015-2020.md")
START_TIMEOUT = 900  # seconds; the first in-memory build of 1,000 plans in a debug binary is slow
EVENT_TIMEOUT = 30
# The server's line once the whole site is up to date after a save.
WHOLE_SITE = re.compile(r"(?:hela webbplatsen på|Uppdaterat på) (\d+) ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--saves", type=int, default=10)
    parser.add_argument("--sizes", default="seed,1000", help="comma-separated: seed and/or plan counts")
    args = parser.parse_args()

    planpress = binary()
    print(f"planpress: {planpress}")
    results = []
    for size in args.sizes.split(","):
        size = size.strip()
        with tempfile.TemporaryDirectory(prefix="planpress-latency-") as work:
            content = prepare(size, work)
            if content is None:
                continue
            results.append((size, measure(planpress, content, args.saves)))

    print()
    print("| site | plans | saves | save → reload: median | min | max "
          "| server: plan's pages (median) | server: whole site (median) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for size, (latencies, plan_steps, site_steps, plans) in results:
        print(f"| {'seed (content/)' if size == 'seed' else 'synthetic'} | {plans} | {len(latencies)} "
              f"| {ms(statistics.median(latencies))} | {ms(min(latencies))} | {ms(max(latencies))} "
              f"| {median_ms(plan_steps)} | {median_ms(site_steps)} |")
    return 0


def binary() -> str:
    path = os.environ.get("PLANPRESS", os.path.join(ROOT, ".build", "release", "planpress"))
    if not os.path.exists(path):
        if os.environ.get("LATENCY_BUILD") == "0":
            sys.exit(f"{path} is missing; build it with `make build` or set PLANPRESS")
        subprocess.run(["swift", "build", "-c", "release", "--product", "planpress"], cwd=ROOT, check=True)
    return path


def prepare(size: str, work: str) -> str | None:
    """A private copy of the site to edit: content/ (or a synthetic corpus)."""
    content = os.path.join(work, "content")
    if size == "seed":
        shutil.copytree(os.path.join(ROOT, "content"), content)
        return content
    generator = os.path.join(ROOT, "bench", "generate.py")
    if not os.path.exists(generator):
        print(f"{generator} is missing: skipping the synthetic site of {size} plans")
        return None
    subprocess.run([sys.executable, generator, size, work], check=True, stdout=subprocess.DEVNULL)
    return content


def plan_files(content: str) -> list[str]:
    found = []
    for county in sorted(os.listdir(content)):
        folder = os.path.join(content, county)
        if os.path.isdir(folder) and not county.startswith("."):
            found += [os.path.join(county, name) for name in sorted(os.listdir(folder))
                      if name.endswith(".md") and name != "_index.md"]
    return found


def measure(planpress: str, content: str, saves: int):
    plans = plan_files(content)
    plan = SEED_PLAN if SEED_PLAN in plans else plans[len(plans) // 2]
    port = free_port()
    server = subprocess.Popen(
        [planpress, "serve", "--content", content, "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1)
    output: list[str] = []
    listening = threading.Event()

    def read_output():
        for line in server.stdout:
            output.append(line.rstrip("\n"))
            if line.startswith("Förhandsvisning:"):
                listening.set()

    threading.Thread(target=read_output, daemon=True).start()
    try:
        started = time.perf_counter()
        if not listening.wait(START_TIMEOUT):
            sys.exit("the server did not start:\n" + "\n".join(output))
        print(f"\n{len(plans)} plans: server ready in {time.perf_counter() - started:.1f} s; saving {plan}")
        page = "/" + plan[:-3] + "/"
        events = EventStream(port, page)
        path = os.path.join(content, plan)
        original = open(path, encoding="utf-8").read()
        latencies = []
        for save in range(1, saves + 1):
            time.sleep(0.3)  # let the previous reload settle, as between two saves by hand
            sentence = f"Mätning {save}: den här meningen ändras vid varje sparning."
            seen = events.count()
            lines_before_last = len(output)
            before = time.perf_counter()
            with open(path, "w", encoding="utf-8") as file:
                file.write(original + f"\n{sentence}\n")
            events.wait_for_reload(after=seen, timeout=EVENT_TIMEOUT)
            latencies.append(time.perf_counter() - before)
            # What the reloading tab gets must be the saved text.
            if sentence not in fetch(f"http://127.0.0.1:{port}{page}"):
                sys.exit(f"save {save}: the page does not show the saved sentence after the reload event")
            print(f"  save {save:2}: {ms(latencies[-1])}")
        events.close()
        # The whole site catches up after the last save (seconds on a large site).
        deadline = time.perf_counter() + START_TIMEOUT
        while not any(WHOLE_SITE.search(line) for line in output[lines_before_last:]):
            if time.perf_counter() > deadline:
                sys.exit("the whole site was not rebuilt after the last save")
            time.sleep(0.1)
        plan_steps = [int(m.group(1)) for line in output
                      if (m := re.search(r"Planens sidor uppdaterade på (\d+) ms", line))]
        site_steps = [int(m.group(1)) for line in output if (m := WHOLE_SITE.search(line))]
        return latencies, plan_steps, site_steps, len(plans)
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()


class EventStream:
    """The /_planpress/events connection, read on a thread; counts `event: reload` lines."""

    def __init__(self, port: int, page: str):
        self.socket = socket.create_connection(("127.0.0.1", port), timeout=EVENT_TIMEOUT)
        target = "/_planpress/events?page=" + urllib.parse.quote(page, safe="")
        self.socket.sendall(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            "Accept: text/event-stream\r\n\r\n".encode())
        self.socket.settimeout(None)
        self.reloads = 0
        self.changed = threading.Condition()
        self.connected = threading.Event()
        threading.Thread(target=self._read, daemon=True).start()
        if not self.connected.wait(EVENT_TIMEOUT):
            sys.exit("the event stream did not open")

    def _read(self):
        received = b""
        try:
            while chunk := self.socket.recv(65536):
                received += chunk
                if b": PlanPress" in received:
                    self.connected.set()
                with self.changed:
                    self.reloads = received.count(b"event: reload")
                    self.changed.notify_all()
        except OSError:
            pass

    def count(self) -> int:
        with self.changed:
            return self.reloads

    def wait_for_reload(self, after: int, timeout: float):
        with self.changed:
            if not self.changed.wait_for(lambda: self.reloads > after, timeout):
                sys.exit("no reload event arrived")

    def close(self):
        self.socket.close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=EVENT_TIMEOUT) as response:
        return response.read().decode("utf-8")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def median_ms(values: list[int]) -> str:
    return f"{statistics.median(values):.0f} ms" if values else "–"


if __name__ == "__main__":
    sys.exit(main())
