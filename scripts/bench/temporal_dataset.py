#!/usr/bin/env python3
"""Writes the dataset of the temporal benchmark: a seeded, deterministic dataset JSON.

    python3 scripts/bench/temporal_dataset.py                 # .bench-data/temporal-100k.seed42.json
    python3 scripts/bench/temporal_dataset.py --seed 7 --actors 1000 --interactions 10000 --out /tmp/t.json

The same arguments give the same bytes on every run (Python's random.Random with
a fixed seed, no set or dict iteration of unordered data, no clock); the script
prints the file's SHA-256 so runs can be compared. The format is that of
seeds/backchannel.json (Guides/DataModel.md); the file passes
`actorgraph validate`.

What it holds (defaults):

- 10,000 actors, all persons (`p00000` ...), each with a country from eight codes
  (US, RU, UA, CN, TR, QA, SA, EG; not uniform: a few large groups and some small
  ones), so brokerage has groups.
- 100,000 interactions dated 2015-01-01 ... 2024-12-31, generated in date order
  (so the network grows over time):
  - participants: 2 (85 %), 3 (9 %), 4 (4 %), 5 (2 %), distinct. Actors enter
    in id order: each participant is, with probability 0.05 (or while fewer
    actors than the interaction needs have entered), the next new actor; else,
    with probability 0.8, drawn from an urn with one ball per earlier
    participation (preferential attachment: busy actors get busier, so the early
    ones become hubs; the largest degree is 3,495, the median 8), else uniformly
    among the actors entered so far. All 10,000 have entered by early 2024;
  - date precision: day 40 %, month 35 %, year 25 % (the day drawn uniformly over
    the ten years, then reported to that precision);
  - endDate on 10 %: at the same precision, 1-6 days, 1-3 months or 1 year later
    (never after 2024);
  - initiator on 50 %: one of the participants;
  - kind, track, status and disclosure drawn uniformly.

Nothing here depends on networkx or any other package.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

KINDS = ["meeting", "call", "visit", "talks", "summit", "briefing", "message"]
TRACKS = ["official", "track1.5", "track2"]
STATUSES = ["confirmed", "reported", "denied", "planned"]
DISCLOSURES = ["secret", "unannounced", "public"]
# Country codes and their weights: a few large groups, some small.
COUNTRIES = ["US", "RU", "UA", "CN", "TR", "QA", "SA", "EG"]
COUNTRY_WEIGHTS = [25, 20, 15, 12, 10, 7, 6, 5]
SIZES = [2, 3, 4, 5]
SIZE_WEIGHTS = [85, 9, 4, 2]
PRECISIONS = ["day", "month", "year"]
PRECISION_WEIGHTS = [40, 35, 25]
FIRST_YEAR, LAST_YEAR = 2015, 2024
NEW_ACTOR = 0.05
PREFERENTIAL = 0.8
END_DATE_SHARE = 0.10
INITIATOR_SHARE = 0.50


def default_path(seed: int, interactions: int) -> Path:
    size = f"{interactions // 1000}k" if interactions % 1000 == 0 else str(interactions)
    return ROOT / ".bench-data" / f"temporal-{size}.seed{seed}.json"


def date_text(day: dt.date, precision: str) -> str:
    if precision == "day":
        return day.isoformat()
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.year:04d}"


def end_date(day: dt.date, precision: str, rng: random.Random, last: dt.date) -> str | None:
    """A later date at the same precision, or None when it would pass `last`."""
    if precision == "day":
        end = day + dt.timedelta(days=rng.randint(1, 6))
        return end.isoformat() if end <= last else None
    if precision == "month":
        months = day.year * 12 + (day.month - 1) + rng.randint(1, 3)
        year, month = divmod(months, 12)
        return f"{year:04d}-{month + 1:02d}" if year <= last.year else None
    return f"{day.year + 1:04d}" if day.year + 1 <= last.year else None


def generate(actors: int, interactions: int, seed: int) -> dict:
    rng = random.Random(seed)
    ids = [f"p{i:05d}" for i in range(actors)]
    countries = rng.choices(COUNTRIES, weights=COUNTRY_WEIGHTS, k=actors)
    actor_list = [
        {"id": actor_id, "kind": "person", "name": f"Person {i}", "country": country}
        for i, (actor_id, country) in enumerate(zip(ids, countries))
    ]

    first = dt.date(FIRST_YEAR, 1, 1)
    last = dt.date(LAST_YEAR, 12, 31)
    span = (last - first).days
    days = sorted(rng.randint(0, span) for _ in range(interactions))

    arrived = 0  # actors p00000 ... enter in order, the first time they are drawn as new
    urn: list[int] = []  # one ball per participation so far
    interaction_list = []
    for k, offset in enumerate(days):
        size = rng.choices(SIZES, weights=SIZE_WEIGHTS)[0]
        members: list[int] = []
        while len(members) < size:
            if arrived < actors and (arrived < size or rng.random() < NEW_ACTOR):
                pick = arrived
                arrived += 1
            elif rng.random() < PREFERENTIAL:
                pick = urn[rng.randrange(len(urn))]
            else:
                pick = rng.randrange(arrived)
            if pick not in members:
                members.append(pick)
        urn.extend(members)
        day = first + dt.timedelta(days=offset)
        precision = rng.choices(PRECISIONS, weights=PRECISION_WEIGHTS)[0]
        participants = [ids[m] for m in members]
        interaction = {
            "id": f"t{k:06d}",
            "kind": rng.choice(KINDS),
            "participants": participants,
        }
        if rng.random() < INITIATOR_SHARE:
            interaction["initiator"] = rng.choice(participants)
        interaction["date"] = date_text(day, precision)
        if rng.random() < END_DATE_SHARE:
            end = end_date(day, precision, rng, last)
            if end is not None:
                interaction["endDate"] = end
        interaction["track"] = rng.choice(TRACKS)
        interaction["disclosure"] = rng.choice(DISCLOSURES)
        interaction["status"] = rng.choice(STATUSES)
        interaction_list.append(interaction)
    return {"actors": actor_list, "interactions": interaction_list}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--actors", type=int, default=10_000)
    parser.add_argument("--interactions", type=int, default=100_000)
    parser.add_argument("--out", type=Path, help="default: .bench-data/temporal-100k.seed42.json (by size and seed)")
    parser.add_argument("--force", action="store_true", help="write even when the file exists")
    args = parser.parse_args(argv)
    if args.actors < 5 or args.interactions < 1:
        parser.error("--actors must be at least 5 and --interactions at least 1")
    path = args.out or default_path(args.seed, args.interactions)
    if path.exists() and not args.force:
        print(f"{path} exists (use --force to rewrite); sha256 {hashlib.sha256(path.read_bytes()).hexdigest()}")
        return 0
    document = generate(args.actors, args.interactions, args.seed)
    text = json.dumps(document, indent=1, ensure_ascii=False) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    interactions = document["interactions"]
    print(f"wrote {path}: {len(document['actors'])} actors, {len(interactions)} interactions, "
          f"{sum(len(i['participants']) for i in interactions)} participations; sha256 {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
