#!/usr/bin/env python3
"""Checks examples/resumes against its sources, with nothing but Python 3:

* every source has its output file and a manifest row, and nothing else is in examples/resumes;
* every file is under 100 KB;
* contact data is fictional: e-mail addresses only on example.* domains, phone numbers only in the
  ranges reserved for fiction (NANP 555-0100..555-0199, UK 07700 900xxx);
* the scanned PDF carries no font (so no text layer) and every other PDF does.

  python3 examples/generator/check_examples.py
"""
import csv
import pathlib
import re
import sys
import zlib

HERE = pathlib.Path(__file__).resolve().parent
RESUMES = HERE.parent / "resumes"
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
PHONE = re.compile(r"(?:\+\d{1,3}[\s-]?)?(?:\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]?\d{4}|\+44 7700 \d{6}")
FICTIONAL_PHONE = re.compile(r"555[\s.-]?01\d\d$|\+44 7700 900\d{3}$")


def pdf_objects(data):
    """The PDF's bytes plus its inflated streams (PDFBox packs objects into compressed object streams)."""
    parts = [data]
    for match in re.finditer(rb"stream\r?\n", data):
        end = data.find(b"endstream", match.end())
        try:
            parts.append(zlib.decompress(data[match.end():end]))
        except zlib.error:
            pass
    return b"".join(parts)


def main():
    problems = []
    sources = sorted((HERE / "sources").glob("*.txt"))
    manifest = {row["file"]: row for row in csv.DictReader(open(RESUMES.parent / "resumes-manifest.csv", encoding="utf-8"))}
    outputs = set()
    for source in sources:
        text = source.read_text(encoding="utf-8")
        header = dict(line.split(":", 1) for line in text.split("\n---\n", 1)[0].splitlines() if ":" in line)
        output = header["output"].strip()
        outputs.add(output)
        if not (RESUMES / output).is_file():
            problems.append(f"{source.name}: {output} was not generated")
        if output not in manifest:
            problems.append(f"{source.name}: {output} has no manifest row")
        for domain in EMAIL.findall(text):
            if domain.split(".")[0] != "example":
                problems.append(f"{source.name}: e-mail domain {domain} is not a reserved example domain")
        for phone in PHONE.findall(text):
            if not FICTIONAL_PHONE.search(phone):
                problems.append(f"{source.name}: phone {phone} is not in a range reserved for fiction")
    extra = {p.name for p in RESUMES.iterdir()} - outputs - {"manifest.csv"}
    if extra:
        problems.append(f"files without a source: {sorted(extra)}")
    for path in RESUMES.iterdir():
        if path.stat().st_size >= 100 * 1024:
            problems.append(f"{path.name} is {path.stat().st_size} bytes (limit 100 KB)")
    for name, row in manifest.items():
        if not name.endswith(".pdf") or not (RESUMES / name).is_file():
            continue
        has_font = b"/Font" in pdf_objects((RESUMES / name).read_bytes())
        scanned = row["layout"] == "scanned-image"
        if scanned and has_font:
            problems.append(f"{name} should be an image-only scan but has fonts")
        if not scanned and not has_font:
            problems.append(f"{name} has no fonts, so no text layer")
        if scanned != (row["expected_parse"] == "NO_TEXT"):
            problems.append(f"{name}: expected_parse {row['expected_parse']} does not fit layout {row['layout']}")
    for line in problems:
        print("FAIL " + line)
    print(f"{len(sources)} sources, {len(manifest)} manifest rows: {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
