#!/usr/bin/env python3
"""1,000 reports as workbooks against the same 1,000 reports as YAML, in one run.

usage: Benchmarks/workbooks.py [--files 1000] [--runs 5] [--gsz .build/release/gsz]

Writes the corpus once into .build-bench/workbooks/: each report YAML (services drawn from
the samples, ids made unique) and its twin workbook, written by Tools/workbook/yaml_to_xlsx.py
(openpyxl) with shuffled columns and date cells. Then times `gsz check --jobs 1 --format json`
over each folder, the runs interleaved so machine noise falls on both alike, and prints the
medians and their ratio. Both folders must give the same verdicts (checked before timing).
"""
import argparse, glob, json, os, random, statistics, subprocess, sys, time

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, ".build-bench", "workbooks")
sys.path.insert(0, os.path.join(ROOT, "Tools", "workbook"))
import yaml_to_xlsx  # noqa: E402


def corpus(count):
    yaml_dir, xlsx_dir = os.path.join(WORK, f"yaml-{count}"), os.path.join(WORK, f"xlsx-{count}")
    if os.path.isdir(xlsx_dir) and len(os.listdir(xlsx_dir)) == count:
        return yaml_dir, xlsx_dir
    os.makedirs(yaml_dir, exist_ok=True)
    os.makedirs(xlsx_dir, exist_ok=True)
    pool = []
    for path in sorted(glob.glob(os.path.join(ROOT, "Samples", "*.yaml"))):
        if path.endswith("errors.yaml"):
            continue
        with open(path, encoding="utf-8") as handle:
            sample = yaml.load(handle, Loader=yaml.BaseLoader)
        # Reports only: the discussion, monitoring and competition samples have no services.
        if "services" in sample:
            pool.append(sample)
    rng = random.Random(12)
    for index in range(count):
        base = pool[index % len(pool)]
        services = []
        for number in range(rng.randint(2, 6)):
            service = dict(rng.choice([s for p in pool for s in p["services"]]))
            service["id"] = f"S{number + 1}"
            services.append(service)
        report = {"report": base["report"], "services": services}
        name = f"report-{index:04d}"
        with open(os.path.join(yaml_dir, name + ".yaml"), "w", encoding="utf-8") as handle:
            yaml.safe_dump(report, handle, allow_unicode=True, sort_keys=False)
        yaml_to_xlsx.write(report, os.path.join(xlsx_dir, name + ".xlsx"), seed=index, dates="cells")
    return yaml_dir, xlsx_dir


def verdicts(gsz, folder):
    run = subprocess.run([gsz, "check", folder, "--jobs", "1", "--format", "json"], capture_output=True)
    return [(os.path.splitext(os.path.basename(f["path"]))[0], f["verdict"]) for f in json.loads(run.stdout)["files"]]


def timed(gsz, folder):
    start = time.perf_counter()
    subprocess.run([gsz, "check", folder, "--jobs", "1", "--format", "json"], stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--gsz", default=os.path.join(ROOT, ".build", "release", "gsz"))
    args = parser.parse_args()
    yaml_dir, xlsx_dir = corpus(args.files)
    if verdicts(args.gsz, yaml_dir) != verdicts(args.gsz, xlsx_dir):
        sys.exit("the workbooks' verdicts differ from their YAML twins'")
    times = {"yaml": [], "xlsx": []}
    for _ in range(args.runs):
        times["yaml"].append(timed(args.gsz, yaml_dir))
        times["xlsx"].append(timed(args.gsz, xlsx_dir))
    yaml_median, xlsx_median = statistics.median(times["yaml"]), statistics.median(times["xlsx"])
    print(f"{args.files} reports, gsz check --jobs 1, median of {args.runs} runs")
    print(f"  YAML       {yaml_median * 1000:8.1f} ms  ({yaml_median / args.files * 1e6:6.1f} µs a report)")
    print(f"  workbooks  {xlsx_median * 1000:8.1f} ms  ({xlsx_median / args.files * 1e6:6.1f} µs a report)")
    print(f"  ratio      {xlsx_median / yaml_median:8.2f}×  (aim: within 3×)")


if __name__ == "__main__":
    main()
