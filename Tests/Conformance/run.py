#!/usr/bin/env python3
"""Conformance of gsz's documents judged by rules (contract §8–§11) with readings written apart.

usage: python3 Tests/Conformance/run.py PATH/TO/gsz

Each module generates documents, works out what the contract says they must get, runs
`gsz check --format json` over them, and counts the documents whose findings, dates,
grounds or winners differ. kzcal.py is an independent reading of §8 (Kazakhstan's days off
2024–2027); `gsz calendar` must agree with it day by day. Exits 1 on any difference."""
import datetime as dt, json, os, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kzcal, discussion, monitoring, competition

def calendar(gsz):
    bad = 0
    for year in range(2024, 2028):
        out = json.loads(subprocess.run([gsz, "calendar", str(year), "--format", "json"], capture_output=True, text=True, check=True).stdout)
        days = [dt.date(year, 1, 1) + dt.timedelta(i) for i in range(366)]
        expected = sum(1 for d in days if d.year == year and kzcal.working(d))
        if out["working_days"] != expected:
            bad += 1
            print(f"calendar {year}: {out['working_days']} working days, expected {expected}")
    return 4, bad

def main():
    gsz = sys.argv[1]
    total = failed = 0
    for name, check in [("calendar", calendar), ("discussion", discussion.main), ("monitoring", monitoring.main),
                        ("competition", competition.main)]:
        cases, bad = check(gsz)
        print(f"{name}: {cases} cases, {bad} differ")
        total += cases
        failed += bad
    print(f"{total - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)

if __name__ == "__main__":
    main()
