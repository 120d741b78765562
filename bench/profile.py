#!/usr/bin/env python3
"""A CPU profile of planpress from `perf record`, with Swift's names.

    perf record -e cpu-clock -F 499 -g -o perf.data .build/release/planpress build …
    python3 bench/profile.py perf.data .build/release/planpress [TOP [FOCUS]]

prints the TOP functions (default 40) by samples in the function itself ("self") and by samples
anywhere under it ("inclusive"); with FOCUS, only the samples whose stack holds a function whose
name contains FOCUS (`parsePlans`, `sitePages` …). `perf report` does not read planpress's symbols
(its DWARF 5 debug information), so the addresses are looked up here in `nm`'s table and named
with `swift-demangle`. Needs perf (Debian: linux-perf), binutils and the Swift toolchain.

Python 3.11 standard library only.
"""
import bisect, collections, subprocess, sys, re
data, binary = sys.argv[1], sys.argv[2]
top = int(sys.argv[3]) if len(sys.argv) > 3 else 40
focus = sys.argv[4] if len(sys.argv) > 4 else None
name = binary.rsplit('/', 1)[-1]
nm = subprocess.run(['nm', '-n', binary], capture_output=True, text=True).stdout.splitlines()
addrs, syms = [], []
for line in nm:
    p = line.split()
    if len(p) == 3 and p[1] in 'tTwW':
        addrs.append(int(p[0], 16)); syms.append(p[2])
cache = {}
def dem(names):
    todo = [n for n in names if n not in cache]
    if todo:
        out = subprocess.run(['swift-demangle', '--simplified', '--compact'], input='\n'.join(todo), capture_output=True, text=True).stdout.splitlines()
        for a, b in zip(todo, out): cache[a] = b
    return [cache[n] for n in names]
samples = []
cur = []
out = subprocess.run(['perf', 'script', '-i', data, '-F', 'comm,tid,ip,sym,dso'], capture_output=True, text=True).stdout
for line in out.splitlines():
    if not line.strip():
        if cur: samples.append(cur); cur = []
        continue
    if not line.startswith('\t') and not line.startswith(' '):
        if cur: samples.append(cur); cur = []
        continue
    m = re.match(r'\s*([0-9a-f]+) (.*) \((.*)\)$', line)
    if not m: continue
    ip, sym, dso = m.groups()
    if dso.endswith(name) and (sym.startswith('[unknown]') or sym.startswith('0x')):
        a = int(ip, 16)
        i = bisect.bisect_right(addrs, a) - 1
        sym = syms[i] if i >= 0 else '?'
    sym = re.sub(r'\+0x[0-9a-f]+$', '', sym)
    cur.append(sym)
if cur: samples.append(cur)
allsyms = {s for st in samples for s in st}
lst = sorted(allsyms); d = dem(lst); names = dict(zip(lst, d))
if focus:
    samples = [s for s in samples if any(focus in names[x] for x in s)]
n = len(samples)
selfc = collections.Counter(names[s[0]] for s in samples if s)
inc = collections.Counter()
for s in samples:
    for f in {names[x] for x in s}: inc[f] += 1
def short(t, w=150): return t if len(t) <= w else t[:w] + '…'
print(f'{n} samples')
print('--- self ---')
for f, c in selfc.most_common(top): print(f'{100*c/n:6.2f}%  {short(f)}')
print('--- inclusive ---')
for f, c in inc.most_common(top): print(f'{100*c/n:6.2f}%  {short(f)}')
