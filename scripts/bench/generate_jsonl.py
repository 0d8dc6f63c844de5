#!/usr/bin/env python3
"""Writes a large generated ActorGraph dataset as JSON Lines, streaming.

    python3 scripts/bench/generate_jsonl.py N_ACTORS N_INTERACTIONS SEED OUT.jsonl

For the scale benchmarks (BENCHMARKS.md "JSON Lines at scale", Guides/Scale.md):
10,000,000 interactions among 100,000 actors is

    python3 scripts/bench/generate_jsonl.py 100000 10000000 42 .bench-data/events-10m.jsonl

The file is written line by line (memory does not grow with N_INTERACTIONS), the
same arguments give the same bytes (random.Random(SEED), no clock), and it passes
`actorgraph validate`. Format: one `{"type":"actor",...}` line per actor (ids a0..,
kinds person 80 %, institution 15 %, country 5 %, a country code each), then one
`{"type":"interaction",...}` line per interaction: id e0.., kind among meeting, call,
visit, talks, message, briefing; 2 participants (75 %), 3 (15 %) or 4-8 (10 %)
drawn with a Zipf-like weight (a few actors are in many interactions); an initiator
(the first participant) for 60 %; a date from 2000 to 2025 at day (70 %), month
(20 %) or year (10 %) precision; a track, a status and one source.
"""
import bisect
import json
import random
import sys

KINDS = ["meeting", "call", "visit", "talks", "message", "briefing"]
TRACKS = ["official", "track1.5", "track2"]
STATUSES = ["confirmed", "reported", "denied", "planned"]
COUNTRIES = ["US", "RU", "UA", "CN", "DE", "FR", "GB", "TR", "IR", "SA", "EG", "QA", "IL", "IN", "JP", "BR", "ZA", "NG", "KP", "KR"]


def main(argv):
    if len(argv) != 5:
        print(__doc__, file=sys.stderr)
        return 2
    n_actors, n_interactions, seed, out = int(argv[1]), int(argv[2]), int(argv[3]), argv[4]
    rng = random.Random(seed)
    # Zipf-like weights: actor k drawn with weight 1 / (k + 10).
    cumulative = []
    total = 0.0
    for k in range(n_actors):
        total += 1.0 / (k + 10)
        cumulative.append(total)

    def draw():
        return bisect.bisect_left(cumulative, rng.random() * total)

    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for k in range(n_actors):
            r = rng.random()
            kind = "person" if r < 0.8 else ("institution" if r < 0.95 else "country")
            record = {"type": "actor", "id": f"a{k}", "kind": kind, "name": f"Actor {k}",
                      "country": COUNTRIES[k % len(COUNTRIES)]}
            f.write(json.dumps(record, separators=(",", ":")) + "\n")
        for i in range(n_interactions):
            r = rng.random()
            size = 2 if r < 0.75 else (3 if r < 0.9 else rng.randint(4, 8))
            members = []
            while len(members) < size:
                a = draw()
                if a not in members:
                    members.append(a)
            year = rng.randint(2000, 2025)
            p = rng.random()
            if p < 0.7:
                date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            elif p < 0.9:
                date = f"{year}-{rng.randint(1, 12):02d}"
            else:
                date = str(year)
            record = {"type": "interaction", "id": f"e{i}", "kind": KINDS[rng.randrange(len(KINDS))],
                      "participants": [f"a{m}" for m in members]}
            if rng.random() < 0.6:
                record["initiator"] = f"a{members[0]}"
            record["date"] = date
            record["track"] = TRACKS[rng.randrange(len(TRACKS))]
            record["status"] = STATUSES[rng.randrange(len(STATUSES))]
            record["sources"] = [{"document": f"doc{i // 1000}.txt", "paragraphs": [i % 1000 + 1]}]
            f.write(json.dumps(record, separators=(",", ":")) + "\n")
            if i and i % 1_000_000 == 0 and sys.stderr.isatty():
                print(f"{i:,} interactions", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
