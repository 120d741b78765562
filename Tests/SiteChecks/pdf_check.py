#!/usr/bin/env python3
"""Each plan's PDF (build --formats all,pdf): tagged, with an outline, A4, and carrying every
activity of the plan as its JSON file has it.

    pdf_check.py SITE_FOLDER

Tagged: poppler's pdfinfo says "Tagged: yes" and pypdf finds /MarkInfo /Marked true and a
/StructTreeRoot. Outline: pypdf's outline (the PDF's bookmarks) is not empty. Text: poppler's
pdftotext -raw (text in content order, so a table cell stays whole), with all white space as one space (lines wrap and table cells break differently in
print), holds each activity's text likewise folded. Exit 1 with every problem listed."""
import json
import re
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader


def fold(text):
    # Soft hyphens and white space differ between the page and the print; words do not.
    return re.sub(r"\s+", " ", text.replace("\u00ad", "")).strip()


def activities(node):
    """Every activity's text in a plan's JSON, wherever the sections nest it."""
    if isinstance(node, dict):
        if str(node.get("id", "")).startswith("aktivitet-") and isinstance(node.get("text"), str):
            yield node["text"]
        for value in node.values():
            yield from activities(value)
    elif isinstance(node, list):
        for value in node:
            yield from activities(value)


def check(site):
    problems, checked, activity_count = [], 0, 0
    for plan_json in sorted(site.glob("*/*/*.json")):
        plan = json.loads(plan_json.read_text(encoding="utf-8"))
        if "sections" not in plan:
            continue
        pdf = plan_json.with_suffix(".pdf")
        if not pdf.is_file():
            problems.append(f"{pdf}: missing")
            continue
        checked += 1
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        if not re.search(r"^Tagged:\s+yes$", info, re.M):
            problems.append(f"{pdf}: pdfinfo does not say Tagged: yes")
        if not re.search(r"^Page size:.*\(A4\)$", info, re.M):
            problems.append(f"{pdf}: not A4")
        reader = PdfReader(str(pdf))
        root = reader.trailer["/Root"]
        if not root.get("/MarkInfo", {}).get("/Marked") or "/StructTreeRoot" not in root:
            problems.append(f"{pdf}: no /MarkInfo /Marked true or no /StructTreeRoot")
        if root.get("/Lang") != plan.get("language", "sv"):
            problems.append(f"{pdf}: /Lang is {root.get('/Lang')!r}, the plan's language is {plan.get('language')!r}")
        if not reader.outline:
            problems.append(f"{pdf}: no outline (bookmarks)")
        text = fold(subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"],
                                   capture_output=True, text=True, check=True).stdout)
        for activity in activities(plan):
            activity_count += 1
            if fold(activity) not in text:
                problems.append(f"{pdf}: the activity \"{activity[:70]}\" is not in the text")
    if checked == 0:
        problems.append(f"{site}: no plan with a PDF")
    for problem in problems:
        print(problem)
    print(f"pdf_check: {checked} PDFs, {activity_count} activities, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(check(Path(sys.argv[1])))
