"""Contract §11 on 120 generated monitoring logs: a finding per project and ended quarter,
one per half-year whose due date has come, levels worked out here from the contract's words."""
import datetime as dt, json, os, random, subprocess, sys, tempfile
D = dt.date
def iso(d): return d.isoformat()
def quarters(a, b):
    y, q = a.year, (a.month - 1) // 3 + 1
    while True:
        start = D(y, 3*(q-1)+1, 1)
        end = (D(y+1,1,1) if q == 4 else D(y, 3*q+1, 1)) - dt.timedelta(1)
        if start > b: return
        yield y, q, start, end
        y, q = (y+1, 1) if q == 4 else (y, q+1)

def expected(as_of, projects, reports):
    f = {}
    for pid, a, b, visits in projects:
        for y, q, s, e in quarters(a, b):
            if e > as_of: continue
            ok = any(s <= v <= e and a <= v <= b for v in visits)
            f[("monitoring.quarterly", f"{pid} {y}-Q{q}")] = "meets" if ok else "noncompliant"
    halves = set()
    for pid, a, b, _ in projects:
        for y in range(a.year, b.year + 1):
            for h, (s, e, due) in {1: (D(y,1,1), D(y,6,30), D(y,6,5)), 2: (D(y,7,1), D(y,12,31), D(y,12,5))}.items():
                if s <= b and a <= e and due <= as_of: halves.add((y, h, due))
    for y, h, due in halves:
        sub = [d for (hh, yy, d) in reports if hh == h and yy == y]
        f[("monitoring.report", (y, h))] = "meets" if sub and min(sub) <= due else "noncompliant"
    return f

def doc(as_of, projects, reports):
    lines = ["monitoring:", "  body: ГУ «Управление»", f"  as_of: {iso(as_of)}", "projects:"]
    for pid, a, b, visits in projects:
        lines += [f"  - id: {pid}", "    title: Проект", "    ngo: {name: ОФ «Болашақ», bin: \"180540012343\"}",
                  f"    period: {{from: {iso(a)}, to: {iso(b)}}}", "    visits: [" + ", ".join(map(iso, visits)) + "]"]
    lines.append("reports:" if reports else "reports: []")
    for h, y, d in reports: lines.append(f"  - {{half: {h}, year: {y}, submitted: {iso(d)}}}")
    return "\n".join(lines) + "\n"

def main(gsz):
    random.seed(11)
    cases = []
    for _ in range(120):
        as_of = D(2025,1,1) + dt.timedelta(random.randrange(0, 700))
        projects = []
        for k in range(random.randint(1, 3)):
            a = D(2024,6,1) + dt.timedelta(random.randrange(0, 600)); b = a + dt.timedelta(random.randrange(20, 500))
            visits = sorted({a + dt.timedelta(random.randrange(-20, (b-a).days + 20)) for _ in range(random.randint(0, 6))})
            projects.append((f"P{k+1}", a, b, visits))
        reports = []
        for y in (2024, 2025, 2026):
            for h, due in ((1, D(y,6,5)), (2, D(y,12,5))):
                if random.random() < 0.7: reports.append((h, y, due + dt.timedelta(random.choice([-10, -1, 0, 0, 1, 3]))))
        cases.append((doc(as_of, projects, reports), expected(as_of, projects, reports)))
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, (t, _) in enumerate(cases):
            p = os.path.join(tmp, f"m{i:03}.yaml"); open(p, "w").write(t); paths.append(p)
        out = json.loads(subprocess.run([gsz, "check", "--format", "json", "--lang", "en", *paths], capture_output=True, text=True).stdout)
        for (t, exp), file in zip(cases, out["files"]):
            if file["verdict"] == "error":
                bad += 1; print("ERROR", file["errors"][:2]); continue
            got_q = {f["item"]: f["level"] for f in file["findings"] if f["rule"] == "monitoring.quarterly"}
            exp_q = {item: lvl for (rule, item), lvl in exp.items() if rule == "monitoring.quarterly"}
            got_r = [f for f in file["findings"] if f["rule"] == "monitoring.report"]
            exp_r = {item: lvl for (rule, item), lvl in exp.items() if rule == "monitoring.report"}
            got_r_by_due = {f.get("due"): f["level"] for f in got_r}
            exp_r_by_due = {iso(D(y, 6 if h == 1 else 12, 5)): lvl for (y, h), lvl in exp_r.items()}
            if got_q != exp_q or got_r_by_due != exp_r_by_due:
                bad += 1
                if bad <= 6:
                    print("---", t)
                    for k in sorted(set(got_q) | set(exp_q)):
                        if got_q.get(k) != exp_q.get(k): print("  Q", k, "got", got_q.get(k), "expected", exp_q.get(k))
                    for k in sorted(set(got_r_by_due) | set(exp_r_by_due)):
                        if got_r_by_due.get(k) != exp_r_by_due.get(k): print("  R", k, "got", got_r_by_due.get(k), "expected", exp_r_by_due.get(k))
    return len(cases), bad
