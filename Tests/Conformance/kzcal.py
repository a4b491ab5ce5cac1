"""An independent reading of contract §8: Kazakhstan's days off 2024–2027."""
import datetime as dt
D = dt.date
def holidays(y):
    h = [(1,1),(1,2),(3,8),(3,21),(3,22),(3,23),(5,1),(5,7),(5,9),(7,6),(10,25),(12,16)]
    if y <= 2025: h.append((8,30))
    if y >= 2027: h.append((3,15))
    return sorted(D(y,m,d) for m,d in h)
KURBAN = {2024: D(2024,6,16), 2025: D(2025,6,6), 2026: D(2026,5,27), 2027: D(2027,5,16)}
WORKED = {D(2024,5,4), D(2025,1,5)}
TRANSFER_OFF = {D(2024,5,8), D(2025,1,3)}
def days_off(y):
    off = {}
    for h in holidays(y): off[h] = 'holiday'
    off[D(y,1,7)] = 'jan7'; off[KURBAN[y]] = 'kurban'
    for t in TRANSFER_OFF:
        if t.year == y: off[t] = 'transfer'
    # art. 5: each holiday on a weekend moves to the next free working day after it (after the run)
    moved = []
    hs = holidays(y)
    for h in hs:
        if h.weekday() >= 5:
            moved.append(h)
    def is_off(d):
        return d in off or (d.weekday() >= 5 and d not in WORKED)
    for h in moved:
        d = h + dt.timedelta(1)
        while is_off(d): d += dt.timedelta(1)
        off[d] = 'moved from %s' % h
    return off
ALL = {}
for y in range(2024, 2028): ALL.update(days_off(y))
def working(d):
    assert 2024 <= d.year <= 2027, d
    if d in WORKED: return True
    return d.weekday() < 5 and d not in ALL
def nth_after(d, n):
    k = 0
    while k < n:
        d += dt.timedelta(1)
        if working(d): k += 1
    return d
def between(a, b):
    return sum(1 for i in range((b-a).days+1) if working(a+dt.timedelta(i)))
if __name__ == '__main__':
    for y in range(2024, 2028):
        print(y, between(D(y,1,1), D(y,12,31)), sorted((d.isoformat(), why) for d, why in ALL.items() if d.year == y and d.weekday() < 5))
