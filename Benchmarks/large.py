#!/usr/bin/env python3
"""Reports as large as gsz reads, in many shapes, each checked in every format: time and memory.

usage: Benchmarks/large.py [--runs 3] [--gsz .build/release/gsz] [--formats json,text,...]

Writes into .build-bench/large/, once, files of up to 16 MiB (the input limit) made from the
lectures of Benchmarks/lectures.py: valid; an error in every service; a warning in every
service; an unknown key in every service; every service with one id; CRLF line ends; an anchor;
the same report as JSON (ASCII escapes, as Python writes it, and indented UTF-8); one 8 MiB
string; and a workbook whose services sheet is just under the 16 MiB part limit (openpyxl).
Then runs `gsz check FILE --format F` for each, `--runs` times, and prints the slowest wall
time and the largest peak memory of each shape and format against the targets of
docs/robustness.md: under 1 s and 200 MB.
"""
import argparse, json, os, re, subprocess, sys, time

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, ".build-bench", "large")
LIMIT = 16 * 1024 * 1024
FORMATS = ["json", "text", "markdown", "junit", "sarif", "github", "csv", "html", "xlsx"]


def cut(data):
    """`data` up to the input limit, ended where a service starts."""
    if len(data) <= LIMIT:
        return data
    data = data[:LIMIT]
    return data[:data.rfind(b"\n  - id:") + 1]


def as_json(document, **options):
    """The report as JSON, services dropped from the end until it fits."""
    document = dict(document)
    while True:
        text = json.dumps(document, **options).encode()
        if len(text) <= LIMIT:
            return text
        document["services"] = document["services"][:len(document["services"]) * 97 // 100]


def shapes():
    """Name → path of each shape, written if missing."""
    os.makedirs(WORK, exist_ok=True)
    lectures = os.path.join(WORK, "lectures.yaml")
    if not os.path.exists(lectures):
        subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "lectures.py"), lectures], check=True)
    text = ""
    makers = {
        "valid.yaml": lambda: text.encode(),
        "errors.yaml": lambda: cut(text.replace("participants: ", "participants: x").encode()),
        "warnings.yaml": lambda: text.replace("date: 2026-", "date: 2025-").encode(),
        "unknown-keys.yaml": lambda: text.replace("    hours:", "    hourz:").encode(),
        "one-id.yaml": lambda: re.sub(r"id: L\d+", "id: L1", text).encode(),
        "crlf.yaml": lambda: cut(text.replace("\n", "\r\n").encode()),
        "anchor.yaml": lambda: cut(text.replace("    provider:\n", "    provider: &p\n", 1).encode()),
        "ascii.json": lambda: as_json(yaml.load(text, Loader=yaml.BaseLoader)),
        "indented.json": lambda: as_json(yaml.load(text, Loader=yaml.BaseLoader), ensure_ascii=False, indent=1),
        "long-string.yaml": lambda: text[:text.index("  - id: L3\n")].replace(
            "project: Лекции для волонтёров", "project: \"" + "я" * (LIMIT // 4) + "\"").encode(),
    }
    paths = {}
    for name, make in makers.items():
        path = os.path.join(WORK, name)
        if not os.path.exists(path):
            if not text:
                with open(lectures, encoding="utf-8") as handle:
                    text = handle.read()
            with open(path, "wb") as handle:
                handle.write(make())
        paths[name] = path
    workbook = os.path.join(WORK, "workbook.xlsx")
    if not os.path.exists(workbook):
        half = os.path.join(WORK, "half.yaml")
        subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "lectures.py"), half, "--bytes", "8600000"],
                       check=True, stdout=subprocess.DEVNULL)
        subprocess.run([sys.executable, os.path.join(ROOT, "Tools", "workbook", "yaml_to_xlsx.py"), half, workbook],
                       check=True)
    paths["workbook.xlsx"] = workbook
    return paths


def measure(command):
    """Wall seconds and peak resident megabytes of one run (its exit status is the verdict's)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return seconds, usage.ru_maxrss / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--gsz", default=os.path.join(ROOT, ".build", "release", "gsz"))
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--write-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.write_only:
        shapes()
        return
    # Written by a process of its own: a child's peak memory counts what it shares with its
    # parent when forked, and this one grows to a gigabyte reading the lectures as YAML.
    subprocess.run([sys.executable, os.path.abspath(__file__), "--write-only"], check=True)
    formats = args.formats.split(",")
    paths = shapes()
    print(f"{'shape':<18}{'MB':>6}  " + "  ".join(f"{f:>12}" for f in formats))
    worst_time, worst_memory = 0.0, 0.0
    for name, path in paths.items():
        cells = []
        for form in formats:
            runs = [measure([args.gsz, "check", path, "--format", form]) for _ in range(args.runs)]
            seconds, megabytes = max(r[0] for r in runs), max(r[1] for r in runs)
            worst_time, worst_memory = max(worst_time, seconds), max(worst_memory, megabytes)
            cells.append(f"{seconds:5.2f}s {megabytes:4.0f}M")
        print(f"{name:<18}{os.path.getsize(path) / 1e6:>6.1f}  " + "  ".join(f"{c:>12}" for c in cells))
    verdict = "ok" if worst_time < 1 and worst_memory < 200 else "MISSED"
    print(f"slowest run {worst_time:.2f} s, largest peak {worst_memory:.0f} MB (targets: under 1 s and 200 MB: {verdict})")


if __name__ == "__main__":
    main()
