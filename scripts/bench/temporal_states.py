#!/usr/bin/env python3
"""Counts the search states of temporal betweenness for a few sampled sources.

    python3 scripts/bench/temporal_states.py .bench-data/temporal-100k.seed42.json certain 4

A Python port of the layered search of `TemporalPathSearch.accumulate`
(Sources/ActorGraph/Time/TemporalBetweenness.swift) that only counts, per source:
the (node, key) states kept, the edges of the shortest-path DAG, and the arc
scans (one `extend` per out-arc of each state: the work that dominates). It
projects the dataset as the default options do (undirected, every interaction,
both arcs of each pair carrying the interaction's days; undated interactions are
left out, as they are on no time-respecting path). Sources are sampled with random.Random(1). A diagnostic for
BENCHMARKS.md (run 7), not a test: it is not checked against the Swift code.
"""
import bisect, collections, datetime as dt, itertools, json, random, sys, calendar

def span(text, end=False):
    p = text.split('-')
    y = int(p[0])
    if len(p) == 1: d = dt.date(y, 12, 31) if end else dt.date(y, 1, 1)
    elif len(p) == 2:
        m = int(p[1]); d = dt.date(y, m, calendar.monthrange(y, m)[1]) if end else dt.date(y, m, 1)
    else: d = dt.date(y, int(p[1]), int(p[2]))
    return d.toordinal()

if len(sys.argv) != 4 or sys.argv[2] not in ("certain", "possible") or not sys.argv[3].isdigit():
    sys.exit("usage: temporal_states.py DATASET certain|possible SAMPLES")
with open(sys.argv[1]) as f:
    doc = json.load(f)
order = sys.argv[2]; samples = int(sys.argv[3])
arcs = collections.defaultdict(list)
for i in doc['interactions']:
    if 'date' not in i:
        continue  # undated: on no time-respecting path
    f = span(i['date']); l = span(i.get('endDate', i['date']), end=True)
    for a, b in itertools.combinations(i['participants'], 2):
        arcs[(a, b)].append((f, l)); arcs[(b, a)].append((f, l))
out = collections.defaultdict(list)
for (a, b), cs in arcs.items():
    cs.sort()
    firsts = [c[0] for c in cs]
    sml = [0] * len(cs); m = 10**9
    for i in range(len(cs) - 1, -1, -1): m = min(m, cs[i][1]); sml[i] = m
    bylast = sorted(cs, key=lambda c: (c[1], c[0])); lasts = [c[1] for c in bylast]
    smf = [0] * len(cs); m = 10**9
    for i in range(len(cs) - 1, -1, -1): m = min(m, bylast[i][0]); smf[i] = m
    out[a].append((b, firsts, sml, lasts, smf))
nodes = sorted(out)
NEG = -10**9
def extend(key, arc):
    _, firsts, sml, lasts, smf = arc
    if order == 'certain':
        i = bisect.bisect_right(firsts, key); return sml[i] if i < len(firsts) else None
    i = bisect.bisect_left(lasts, key); return max(key, smf[i]) if i < len(lasts) else None
rng = random.Random(1)
tot_states = tot_scans = tot_edges = 0
for s in rng.sample(nodes, samples):
    minkey = {s: NEG}; frontier = [(s, NEG)]; states = 1; scans = edges = 0
    while frontier:
        layer = {}
        for v, key in frontier:
            for arc in out[v]:
                scans += 1
                w = arc[0]; nk = extend(key, arc)
                if nk is None or nk >= minkey.get(w, 10**9): continue
                edges += 1; layer[(w, nk)] = 1
        for (w, k) in layer:
            if k < minkey.get(w, 10**9): minkey[w] = k
        states += len(layer); frontier = list(layer)
    print(f"source {s}: reached {len(minkey)} nodes, {states} states, {edges} DAG edges, {scans} arc scans", flush=True)
    tot_states += states; tot_scans += scans; tot_edges += edges
print(f"mean over {samples} sources: {tot_states/samples:.0f} states, {tot_edges/samples:.0f} DAG edges, {tot_scans/samples:.0f} arc scans; nodes {len(nodes)}, arcs {sum(len(v) for v in out.values())}")
