"""Contract §9, the three deadline rules of a public discussion, on 150 generated documents.

Expected levels and dates come from kzcal.py, a reading of §8 written apart from gsz, so a
wrong day off or an off-by-one in "the N-th working day after" fails here."""
import datetime as dt, json, os, random, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(__file__))
import kzcal
D = dt.date
def iso(d): return d.isoformat()

def doc(posted, closed, considered=None, published=None, topics=None, comments=None, totals=None):
    lines = ["discussion:", "  body: ГУ «Управление»", f"  posted: {iso(posted)}", f"  closed: {iso(closed)}"]
    if considered: lines.append(f"  considered: {iso(considered)}")
    if published: lines.append(f"  report_published: {iso(published)}")
    lines.append("topics:")
    for t in topics or [dict(no=1, title="T", funding=100, justification="j", target_group="g", expected_result="r")]:
        lines.append(f"  - no: {t['no']}")
        for k in ("title", "funding", "justification", "target_group", "expected_result"):
            if k in t: lines.append(f"    {k}: {t[k]}")
    if comments is not None:
        lines.append("comments:" if comments else "comments: []")
        for c in comments:
            lines.append(f"  - topic: {c.get('topic', 1)}")
            lines.append("    author: ОО «А»")
            lines.append("    summary: s")
            lines.append(f"    decision: {c['decision']}")
            if c.get('reason'): lines.append(f"    reason: {c['reason']}")
    if totals is not None:
        lines.append(f"totals: {{accepted: {totals[0]}, rejected: {totals[1]}}}")
    return "\n".join(lines) + "\n"

def expected(posted, closed, considered, published, comments, totals):
    f = {}
    due = kzcal.nth_after(posted, 10)
    f["discussion.length"] = ("meets" if closed >= due else "noncompliant", iso(due), iso(closed))
    due3 = kzcal.nth_after(closed, 3)
    if considered is None: f["discussion.considered"] = ("missing", iso(due3), None)
    else: f["discussion.considered"] = ("meets" if closed < considered <= due3 else "noncompliant", iso(due3), iso(considered))
    if published is None or considered is None: lvl = "missing"
    else: lvl = "meets" if published >= considered else "noncompliant"
    f["discussion.report"] = (lvl, None, None)
    return f

def run(gsz, cases):
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, (text, _) in enumerate(cases):
            p = os.path.join(tmp, f"c{i:03}.yaml"); open(p, "w").write(text); paths.append(p)
        out = json.loads(subprocess.run([gsz, "check", "--format", "json", "--lang", "en", *paths], capture_output=True, text=True).stdout)
        for (text, exp), file in zip(cases, out["files"]):
            got = {f["rule"]: f for f in file.get("findings", [])}
            for rule, (level, due, actual) in exp.items():
                g = got.get(rule)
                problems = []
                if g is None: problems.append("absent")
                else:
                    if g["level"] != level: problems.append(f"level {g['level']} != {level}")
                    if due is not None and g.get("due") != due: problems.append(f"due {g.get('due')} != {due}")
                    if actual is not None and g.get("actual") != actual: problems.append(f"actual {g.get('actual')} != {actual}")
                if problems:
                    bad += 1
                    if bad <= 12: print(rule, problems, "\n", text, file.get("errors"))
    return len(cases), bad

def main(gsz):
    random.seed(7)
    cases = []
    for _ in range(150):
        posted = D(2025,1,1) + dt.timedelta(random.randrange(0, 700))
        due = kzcal.nth_after(posted, 10)
        closed = due + dt.timedelta(random.choice([-3, -2, -1, 0, 0, 1, 2]))
        if closed < posted: closed = posted
        due3 = kzcal.nth_after(closed, 3)
        considered = random.choice([None, closed, closed + dt.timedelta(1), due3, due3 + dt.timedelta(1), due3 - dt.timedelta(1)])
        published = None if considered is None else random.choice([None, considered, considered - dt.timedelta(1), considered + dt.timedelta(2)])
        if published and published.year > 2027: published = None
        if considered and considered.year > 2027: considered = None
        text = doc(posted, closed, considered, published)
        cases.append((text, expected(posted, closed, considered, published, None, None)))
    return run(gsz, cases)
