"""Contract §10 on 150 generated competitions: the commission's rules, the deadlines in
working days, admission per application, score rows, each topic's ground and winner, all
worked out here from the contract's words (a score row lacking a criterion breaks score.range)."""
import datetime as dt, json, os, random, subprocess, sys, tempfile
from collections import Counter
sys.path.insert(0, os.path.dirname(__file__))
import kzcal
D = dt.date
RANGES = {"capacity": (1, 5), "staff": (1, 3), "focus": (1, 7), "results": (1, 5), "budget": (1, 5)}

def gen(rnd):
    budget = D(2026,1,5) + dt.timedelta(rnd.randrange(0, 60))
    plan = kzcal.nth_after(budget, 20) + dt.timedelta(rnd.choice([-5, 0, 0, 1]))
    deadline = D(2026,3,10) + dt.timedelta(rnd.randrange(0, 40))
    dtime = rnd.choice(["18:00", "12:30"])
    notified = kzcal.nth_after(deadline, 3) + dt.timedelta(rnd.choice([-1, 0, 0, 1]))
    ev_from = notified + dt.timedelta(rnd.randrange(1, 5))
    ev_to = ev_from + dt.timedelta(rnd.choice([10, 18, 20, 21, 22, 25]))
    size = rnd.choice([5, 7, 9, 10, 11, 13, 14, 15])
    members = []
    roles = ["chair", "deputy"] + ["member"] * (size - 2)
    if rnd.random() < 0.1: roles[1] = "member"
    op_count = rnd.choice([size * 3 // 10, size * 3 // 10 + 1, 1])
    for i, role in enumerate(roles):
        members.append(dict(name=f"M{i}", role=role, proposed_by="operator" if i < op_count else "ngo",
                            operator_staff=rnd.random() < 0.05, conflicts=[]))
    members.append(dict(name="Sec", role="secretary", proposed_by=None, operator_staff=rnd.random() < 0.5, conflicts=[]))
    if rnd.random() < 0.1: members.append(dict(name="Extra", role="member", proposed_by="ngo", operator_staff=False, conflicts=[]))
    topics = ["T1", "T2"][: rnd.randint(1, 2)]
    apps = []
    n = 0
    for t in topics:
        for _ in range(rnd.choice([0, 1, 2, 3, 3, 4])):
            n += 1
            aid = f"A{n}"
            sub = D.fromordinal(deadline.toordinal() + rnd.choice([-2, 0, 0, 1]))
            stime = rnd.choice(["09:00", "17:59", "18:00", "18:01"])
            langs = rnd.choice([["kk"], ["ru"], ["kk", "ru"], ["en"], ["ru", "en"]])
            rows = []
            for m in rnd.sample(members, k=min(len(members), rnd.randint(0, 5))):
                row = {"member": m["name"]}
                for c, (lo, hi) in RANGES.items():
                    v = rnd.randint(lo, hi)
                    if rnd.random() < 0.03: v = hi + 1
                    if rnd.random() < 0.02: v = 3.5
                    if rnd.random() < 0.02: continue
                    row[c] = v
                rows.append(row)
            if rows and rnd.random() < 0.1:
                next(m for m in members if m["name"] == rows[0]["member"])["conflicts"].append(aid)
            apps.append(dict(id=aid, topic=t, submitted=f"{sub.isoformat()} {stime}", langs=langs,
                             db=rnd.random() > 0.05, admitted=rnd.random() > 0.25, scores=rows))
    return dict(budget=budget, plan=plan, deadline=f"{deadline.isoformat()} {dtime}", dl_date=deadline, notified=notified,
                ev=(ev_from, ev_to), members=members, topics=topics, apps=apps)

def yaml(c):
    L = ["competition:", "  operator: НАО «Оператор»", f"  budget_approved: {c['budget']}", f"  plan_approved: {c['plan']}",
         "  announcement:", "    published: 2026-02-20", f"    deadline: \"{c['deadline']}\"", "    documents: [заявка, устав]",
         "    project_terms: {from: 2026-05-01, to: 2026-12-15}", f"  experts_notified: {c['notified']}",
         f"  evaluation: {{from: {c['ev'][0]}, to: {c['ev'][1]}}}", "  topics:"]
    L += [f"    - {{id: {t}, title: Тема {t}}}" for t in c["topics"]]
    L.append("commission:")
    for m in c["members"]:
        s = f"  - {{name: {m['name']}, role: {m['role']}"
        if m["proposed_by"]: s += f", proposed_by: {m['proposed_by']}"
        s += f", operator_staff: {str(m['operator_staff']).lower()}"
        if m["conflicts"]: s += f", conflicts: [{', '.join(m['conflicts'])}]"
        L.append(s + "}")
    L.append("applications:" if c["apps"] else "applications: []")
    for a in c["apps"]:
        L += [f"  - id: {a['id']}", f"    topic: {a['topic']}", "    ngo: {name: ОФ «Болашақ», bin: \"180540012343\"}",
              f"    submitted: \"{a['submitted']}\"", f"    languages: [{', '.join(a['langs'])}]",
              f"    in_ngo_database: {str(a['db']).lower()}", f"    admitted: {str(a['admitted']).lower()}"]
        L.append("    scores:" if a["scores"] else "    scores: []")
        for r in a["scores"]:
            L.append("      - {" + ", ".join(f"{k}: {v}" for k, v in r.items()) + "}")
    return "\n".join(L) + "\n"

def expected(c):
    F = Counter(); items = {}
    F["plan.deadline", "meets" if c["plan"] <= kzcal.nth_after(c["budget"], 20) else "noncompliant"] += 1
    F["announcement.contents", "meets"] += 1
    ms = [m for m in c["members"] if m["role"] != "secretary"]
    F["commission.size", "meets" if len(c["members"]) <= 15 else "noncompliant"] += 1
    F["commission.odd", "meets" if len(ms) % 2 == 1 else "noncompliant"] += 1
    roles = Counter(m["role"] for m in c["members"])
    F["commission.roles", "meets" if roles["chair"] == 1 and roles["deputy"] == 1 and roles["secretary"] == 1 else "noncompliant"] += 1
    op = sum(1 for m in ms if m["proposed_by"] == "operator")
    F["commission.shares", "meets" if 10 * op <= 3 * len(ms) else "noncompliant"] += 1
    F["commission.operator_staff", "meets" if not any(m["operator_staff"] for m in ms) else "noncompliant"] += 1
    F["experts.notified", "meets" if c["notified"] <= kzcal.nth_after(c["dl_date"], 3) else "noncompliant"] += 1
    F["evaluation.length", "meets" if kzcal.between(*c["ev"]) <= 15 else "noncompliant"] += 1
    byname = {m["name"]: m for m in c["members"]}
    scores = {}
    for a in c["apps"]:
        if a["admitted"]:
            ok = a["submitted"] <= c["deadline"] and set(a["langs"]) <= {"kk", "ru"} and a["db"]
            items[a["id"]] = "meets" if ok else "noncompliant"
        else:
            items[a["id"]] = "meets"
        totals = []
        for r in a["scores"]:
            rng = all(c_ in r and isinstance(r[c_], int) and lo <= r[c_] <= hi for c_, (lo, hi) in RANGES.items())
            m = byname[r["member"]]
            mem = m["role"] != "secretary" and a["id"] not in m["conflicts"]
            F["score.range", "meets" if rng else "noncompliant"] += 1
            F["score.member", "meets" if mem else "noncompliant"] += 1
            if rng and mem: totals.append(sum(r[k] for k in RANGES))
        scores[a["id"]] = sum(totals) / len(totals) if totals else None
    topics = {}
    for t in c["topics"]:
        apps = [a for a in c["apps"] if a["topic"] == t]
        adm = [a for a in apps if a["admitted"]]
        if not apps: g = 1
        elif len(apps) == 1: g = 2
        elif len(adm) == 1: g = 3
        elif not adm: g = 4
        else:
            best = max((scores[a["id"]] or 0) for a in adm)
            g = None if best > 12.5 else 5
        winner = None
        if g is None:
            ranked = sorted(adm, key=lambda a: -(scores[a["id"]] or 0))
            winner = ranked[0]["id"]
        topics[t] = (g, winner)
    return F, items, topics

def main(gsz):
    rnd = random.Random(5)
    cases = [gen(rnd) for _ in range(150)]
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, c in enumerate(cases):
            p = os.path.join(tmp, f"k{i:03}.yaml"); open(p, "w").write(yaml(c)); paths.append(p)
        out = json.loads(subprocess.run([gsz, "check", "--format", "json", "--lang", "en", *paths], capture_output=True, text=True).stdout)
        for c, file, p in zip(cases, out["files"], paths):
            F, items, topics = expected(c)
            if file["verdict"] == "error":
                bad += 1; print("ERROR", p, file["errors"][:3]); continue
            got = Counter((f["rule"], f["level"]) for f in file["findings"] if f["rule"] != "application.admission")
            got_items = {f["item"]: f["level"] for f in file["findings"] if f["rule"] == "application.admission"}
            got_topics = {t["id"]: (t["ground"], t["winner"]) for t in file["topics"]}
            problems = []
            if got != F: problems.append(("findings", sorted((got - F).items()), sorted((F - got).items())))
            if got_items != items: problems.append(("admission", got_items, items))
            if got_topics != topics: problems.append(("topics", got_topics, topics))
            if problems:
                bad += 1
                if bad <= 5: print("---", p, problems)
    return len(cases), bad
