#!/usr/bin/env python3
"""Compare two built sites file by file, for a change that should not change the output.

    python3 bench/compare_sites.py OLD_DIR NEW_DIR [--blank-lines]

EPUBs are compared member by member (the zip's own bytes carry no meaning of their own).
With --blank-lines, lines that are empty are ignored in HTML, XHTML and XML files (the
Mustache templates, until they were replaced, left one wherever an optional part was absent). Prints each differing
file with its first differing lines; exits 1 when any file differs.
Python 3.11 standard library only.
"""
import difflib, os, sys, zipfile

def files(root):
    found = {}
    for folder, _, names in os.walk(root):
        for name in names:
            path = os.path.join(folder, name)
            found[os.path.relpath(path, root)] = path
    return found

def members(path):
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}

def normalised(name, data, blank):
    if blank and name.endswith(('.html', '.xhtml', '.xml', '.opf', '.ncx', '.atom')):
        return b"\n".join(line for line in data.split(b"\n") if line.strip())
    return data

def compare(name, old, new, blank, problems):
    old, new = normalised(name, old, blank), normalised(name, new, blank)
    if old == new:
        return
    diff = difflib.unified_diff(old.decode('utf-8', 'replace').splitlines(),
                                new.decode('utf-8', 'replace').splitlines(), 'old/' + name, 'new/' + name, n=1, lineterm='')
    problems.append((name, list(diff)[:16]))

def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    blank = '--blank-lines' in sys.argv
    old, new = files(args[0]), files(args[1])
    problems = []
    for name in sorted(set(old) | set(new)):
        if name not in old or name not in new:
            problems.append((name, ['only in ' + ('old' if name in old else 'new')]))
            continue
        if name.endswith('.epub'):
            a, b = members(old[name]), members(new[name])
            for member in sorted(set(a) | set(b)):
                if member not in a or member not in b:
                    problems.append((name + ':' + member, ['only in one']))
                else:
                    compare(name + ':' + member, a[member], b[member], blank, problems)
        else:
            with open(old[name], 'rb') as f1, open(new[name], 'rb') as f2:
                compare(name, f1.read(), f2.read(), blank, problems)
    for name, lines in problems[:40]:
        print('\n'.join(lines) if lines and lines[0].startswith('---') else name + ': ' + ' '.join(lines))
    print(f"{len(problems)} differing of {len(set(old) | set(new))} files")
    sys.exit(1 if problems else 0)

main()
