#!/usr/bin/env python3
"""Checks that scripts/spark/project.py projects exactly as ActorGraph does.

    python3 scripts/spark/check_projection.py --binary .build/debug/actorgraph
    python3 scripts/spark/check_projection.py --binary PATH --generated 20000      # a smaller generated dataset
    python3 scripts/spark/check_projection.py --binary PATH --skip-generated      # seed and edge cases only

Datasets: the seed (seeds/backchannel.json); an edge-case dataset written here
(ids, names and custom kinds with commas, quotes, backslashes and a newline,
custom kinds sorting after the known ones, partial dates of every precision on
one tie, endDates, a leap day, undated interactions, interactions over the
200-participant limit with and without an initiator, one of exactly 200, an
isolate, an initiator that --actor-kinds removes, multi-party sums); and a
generated dataset of N interactions (--generated, default 100000) among 5000
actors (scripts/report/generate_dataset.py 5000 N 42).

For each dataset and option set, project.py (run in-process on one Spark
session, local[2]) writes vertices.csv and edges.csv, and they are compared
with ActorGraph's own output, every field of every row in order:

  * `actorgraph convert DATASET ref.csv [--directed]` is the reference for the
    default projection and --directed (the whole edge and node tables,
    byte for byte after the header).
  * `convert` has no selection or weighting options, so for --from/--to,
    --certain, --windows/--window, --kinds, --tracks, --statuses,
    --actor-kinds and --large-meetings omit the reference is `convert` run on
    the dataset with the interactions (and actors) that ActorGraph's rules
    leave out removed here (ProjectionOptions.includes, Interaction.lies,
    the actor filter, the size limit); for --weighting multi-party the weights
    are each tie's interactions' 1/(k-1) added in dataset order, for binary 1.0.
  * Those rules are then checked against ActorGraph itself: `actorgraph scores
    DATASET --only degree,strength --weighted --include-isolates --format csv`
    with the same options must give every node the degree and strength (the
    exact double, summed in ActorGraph's neighbour order) that project.py's
    ties give, `actorgraph timeline` the same per window, and, on the seed and
    the generated dataset, `actorgraph render --dot-only` the same set of ties.
    --large-meetings clique has no convert reference: it is checked by scores
    and render alone.

Also: Parquet input (interactions.parquet with actors.parquet beside it), a
directory of several JSON Lines files, --format both (the Parquet tables equal
the CSV ones) and the command line itself (a subprocess) on the seed.

Prints `spark projection: N ties equal over K cases` and exits 0, or prints the
first differences and exits 1. Prints `SKIP: ...` and exits 0 when `java` is
missing; installs pyspark through scripts/ensure-pyspark.sh when it is missing.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

import jsonl_from_dataset  # noqa: E402

LIMIT = 200


def say(message: str) -> None:
    print(message, flush=True)


# ---------------------------------------------------------------------------
# Environment


def ensure_environment() -> None:
    """SKIP (exit 0) without Java 17+; pyspark installed by scripts/ensure-pyspark.sh when missing."""
    if shutil.which("java") is None:
        say("SKIP: java not found; the Spark projection check needs Java 17 or later (apt-get install openjdk-17-jre-headless)")
        sys.exit(0)
    result = subprocess.run(["bash", str(ROOT / "scripts" / "ensure-pyspark.sh")], capture_output=True, text=True, check=False)
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        say(f"check_projection: scripts/ensure-pyspark.sh failed:\n{output}")
        sys.exit(1)
    if "SKIP:" in output:
        say(output[output.index("SKIP:"):].splitlines()[0])
        sys.exit(0)
    if output:
        say(output)
    try:
        import pyspark  # noqa: F401
    except ImportError:
        if os.environ.get("CHECK_PROJECTION_REEXEC"):
            say("check_projection: pyspark was installed but cannot be imported")
            sys.exit(1)
        # A fresh interpreter sees the new site-packages (a --user install may create them).
        os.environ["CHECK_PROJECTION_REEXEC"] = "1"
        os.execv(sys.executable, [sys.executable] + sys.argv)


# ---------------------------------------------------------------------------
# ActorGraph's rules, transcribed, to make the reference datasets for convert


def date_span(text: str) -> tuple[int, int]:
    parts = [int(p) for p in text.split("-")]
    year = parts[0]
    month = parts[1] if len(parts) > 1 else None
    day = parts[2] if len(parts) > 2 else None
    first = dt.date(year, month or 1, day or 1).toordinal()
    last_month = month or 12
    if day is None:
        next_month = dt.date(year + (last_month == 12), last_month % 12 + 1, 1) if year < 9999 or last_month < 12 else None
        last = (next_month.toordinal() - 1) if next_month else dt.date(9999, 12, 31).toordinal()
    else:
        last = dt.date(year, month, day).toordinal()
    return first, last


def interval(interaction: dict) -> tuple[int, int] | None:
    """Interaction.interval (Sources/ActorGraph/Model/DayInterval.swift)."""
    if "date" not in interaction:
        return None
    first, last = date_span(interaction["date"])
    if "endDate" in interaction:
        last = max(last, date_span(interaction["endDate"])[1])
    return first, last


def includes(interaction: dict, options: dict) -> bool:
    """ProjectionOptions.includes and Interaction.lies(from:to:match:)."""
    for key, field in (("kinds", "kind"), ("tracks", "track"), ("statuses", "status"), ("disclosures", "disclosure")):
        if options.get(key) is not None and interaction.get(field) not in options[key]:
            return False
    start, end = options.get("from"), options.get("to")
    if start is None and end is None:
        return True
    span = interval(interaction)
    if span is None:
        return False
    lower = date_span(start)[0] if start else -(10**9)
    upper = date_span(end)[1] if end else 10**9
    if options.get("certain"):
        return span[0] >= lower and span[1] <= upper
    return span[1] >= lower and span[0] <= upper


def reference_dataset(dataset: dict, options: dict) -> dict:
    """The dataset whose plain projection (convert) is the projection with `options`."""
    kinds = options.get("actor_kinds")
    actors = dataset["actors"]
    if kinds is not None:
        actors = [{k: v for k, v in a.items() if k not in ("affiliations", "parent")} for a in actors if a["kind"] in kinds]
    kept = {a["id"] for a in actors}
    interactions = []
    for interaction in dataset["interactions"]:
        if not includes(interaction, options):
            continue
        members = []
        for participant in interaction["participants"]:
            if participant in kept and participant not in members:
                members.append(participant)
        if len(members) < 2:
            continue
        if len(members) > LIMIT and options.get("large") == "omit":
            continue
        copy = dict(interaction, participants=members)
        if copy.get("initiator") not in members:
            copy.pop("initiator", None)
        interactions.append(copy)
    return {"actors": actors, "interactions": interactions}


def split_list(text: str) -> list[str]:
    """AttributeText.split for the "," separator."""
    if text == "":
        return []
    elements, current, escaped = [], [], False
    for char in text:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == ",":
            elements.append("".join(current))
            current = []
        else:
            current.append(char)
    elements.append("".join(current))
    return elements


# ---------------------------------------------------------------------------
# Tables


def read_csv(path: Path) -> tuple[list[str], list[list[str]], bytes]:
    data = path.read_bytes()
    rows = list(csv.reader(data.decode("utf-8").splitlines(keepends=True)))
    body = data.split(b"\r\n", 1)[1] if b"\r\n" in data else b""
    return rows[0], rows[1:], body


class Checker:
    def __init__(self, binary: str, work: Path):
        self.binary = binary
        self.work = work
        self.cases = 0
        self.ties = 0
        self.failures: list[str] = []

    def run_binary(self, *arguments: str, stdout=None) -> str:
        result = subprocess.run([self.binary, *arguments], capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"actorgraph {' '.join(arguments)} failed ({result.returncode}): {result.stderr.strip()}")
        return result.stdout

    def convert(self, dataset: dict, name: str, directed: bool) -> tuple[list[list[str]], list[list[str]], bytes, bytes]:
        path = self.work / f"{name}.json"
        path.write_text(json.dumps(dataset, ensure_ascii=False), encoding="utf-8")
        out = self.work / f"{name}-ref.csv"
        self.run_binary("convert", str(path), str(out), *(["--directed"] if directed else []))
        header, edges, edge_bytes = read_csv(out)
        node_header, nodes, node_bytes = read_csv(self.work / f"{name}-ref-nodes.csv")
        assert header[:2] == ["source", "target"] and node_header[0] == "id", (header, node_header)
        return edges, nodes, edge_bytes, node_bytes

    def fail(self, case: str, message: str) -> None:
        self.failures.append(f"{case}: {message}")
        if len(self.failures) <= 30:
            say(f"  DIFFERENCE {case}: {message}")

    def compare_tables(self, case: str, folder: Path, ref_edges, ref_nodes, ref_edge_bytes=None, ref_node_bytes=None) -> list:
        header, edges, edge_bytes = read_csv(folder / "edges.csv")
        node_header, nodes, node_bytes = read_csv(folder / "vertices.csv")
        if header != ["src", "dst", "weight", "kinds", "tracks", "statuses", "firstDate", "lastDate", "interactions", "count"]:
            self.fail(case, f"edges.csv header {header}")
        if node_header != ["id", "name", "kind", "country", "aliases"]:
            self.fail(case, f"vertices.csv header {node_header}")
        before = len(self.failures)
        ref_pairs = {(r[0], r[1]) for r in ref_edges}
        our_pairs = {(r[0], r[1]) for r in edges}
        if ref_pairs != our_pairs:
            missing = sorted(ref_pairs - our_pairs)[:3]
            extra = sorted(our_pairs - ref_pairs)[:3]
            self.fail(case, f"tie sets differ: {len(ref_pairs - our_pairs)} missing (e.g. {missing}), "
                      f"{len(our_pairs - ref_pairs)} extra (e.g. {extra})")
        if len(edges) != len(ref_edges):
            self.fail(case, f"{len(edges)} ties, ActorGraph {len(ref_edges)}")
        names = ["src", "dst", "weight", "kinds", "tracks", "statuses", "firstDate", "lastDate", "interactions", "count"]
        shown = 0
        for position, (ours, theirs) in enumerate(zip(edges, ref_edges)):
            if ours != theirs:
                fields = [f"{n}: {a!r} vs ActorGraph {b!r}" for n, a, b in zip(names, ours, theirs) if a != b]
                if shown < 3:
                    self.fail(case, f"edge row {position + 1}: " + "; ".join(fields))
                shown += 1
        if shown > 3:
            self.fail(case, f"{shown} edge rows differ in all")
        if [n[0] for n in nodes] != [n[0] for n in ref_nodes]:
            self.fail(case, f"vertex ids differ ({len(nodes)} vs ActorGraph {len(ref_nodes)})")
        elif nodes != ref_nodes:
            bad = next(i for i, (a, b) in enumerate(zip(nodes, ref_nodes)) if a != b)
            self.fail(case, f"vertex row {bad + 1}: {nodes[bad]!r} vs ActorGraph {ref_nodes[bad]!r}")
        if len(self.failures) == before:
            if ref_edge_bytes is not None and edge_bytes != ref_edge_bytes:
                self.fail(case, "edges.csv bytes differ from convert's though every field is equal")
            if ref_node_bytes is not None and node_bytes != ref_node_bytes:
                self.fail(case, "vertices.csv bytes differ from convert's though every field is equal")
        self.ties += len(edges)
        return edges

    # Swift cross-checks of the selection rules -------------------------------

    @staticmethod
    def node_scores(node_ids: list[str], edges: list[list[str]], directed: bool) -> dict:
        """Degree and strength as CompactGraph computes them (neighbours by node index)."""
        index = {node: i for i, node in enumerate(node_ids)}
        out_rows: dict[int, list] = {i: [] for i in range(len(node_ids))}
        in_rows: dict[int, list] = {i: [] for i in range(len(node_ids))}
        for row in edges:
            s, t, w = index[row[0]], index[row[1]], float(row[2])
            out_rows[s].append((t, w))
            (in_rows if directed else out_rows)[t].append((s, w))
        result = {}
        for node, i in index.items():
            def total(row):
                value = 0.0
                for _, w in sorted(row):
                    value += w
                return value
            if directed:
                result[node] = (len(out_rows[i]) + len(in_rows[i]), total(out_rows[i]) + total(in_rows[i]))
            else:
                result[node] = (len(out_rows[i]), total(out_rows[i]))
        return result

    def compare_scores(self, case: str, expected: dict, text: str, window_column: bool = False, window=None):
        rows = list(csv.DictReader(text.splitlines()))
        if window_column:
            rows = [r for r in rows if r["firstDay"] + ".." + r["lastDay"] == window]
        got = {r["id"]: (int(r["degree"]), float(r["strength"]) if r["strength"] else 0.0) for r in rows}
        if set(got) != set(expected):
            self.fail(case, f"scores: node sets differ ({len(got)} vs {len(expected)}; "
                      f"e.g. {sorted(set(got) ^ set(expected))[:3]})")
            return
        bad = [n for n in got if got[n] != expected[n]]
        if bad:
            n = bad[0]
            self.fail(case, f"scores: {len(bad)} nodes differ, e.g. {n}: ActorGraph degree/strength {got[n]} vs Spark {expected[n]}")

    def scores(self, case: str, dataset_path: Path, flags: list[str], node_ids, edges, directed: bool) -> None:
        text = self.run_binary("scores", str(dataset_path), "--only", "degree,strength", "--weighted",
                               "--include-isolates", "--format", "csv", *flags)
        self.compare_scores(case, self.node_scores(node_ids, edges, directed), text)

    def render(self, case: str, dataset_path: Path, flags: list[str], edges, directed: bool) -> None:
        out = self.work / "check.dot"
        self.run_binary("render", str(dataset_path), "--no-affiliations", "--dot-only", "--format", "dot",
                        "--no-legend", "-o", str(out), "--quiet", *flags)
        import re

        arrow = "->" if directed else "--"
        pattern = re.compile(r'^\t"([^"\\]*)" ' + re.escape(arrow) + r' "([^"\\]*)"')
        found = set()
        for line in out.read_text(encoding="utf-8").splitlines():
            match = pattern.match(line)
            if match and '"style"="invis"' not in line:  # layout helpers and the legend's lines
                found.add((match.group(1), match.group(2)))
        ours = {(r[0], r[1]) for r in edges}
        if not directed:
            # Without isolates the diagram numbers the actors by first contact, so an
            # undirected tie may be drawn the other way round.
            found = {tuple(sorted(pair)) for pair in found}
            ours = {tuple(sorted(pair)) for pair in ours}
        if found != ours:
            self.fail(case, f"render: ActorGraph draws {len(found)} ties, Spark has {len(ours)}; "
                      f"e.g. {sorted(found ^ ours)[:3]}")


# ---------------------------------------------------------------------------
# Datasets


def edge_case_dataset() -> dict:
    actors = [
        {"id": "z-last", "kind": "person", "name": "Zed", "country": "US"},
        {"id": "a,comma", "kind": "institution", "name": 'Ministry "A", Inc.', "aliases": ["x|y", "back\\slash", "وزارة"], "country": "RU"},
        {"id": 'q"uote', "kind": "person", "name": "Line1\nLine2", "aliases": []},
        {"id": "c", "kind": "country", "name": "France", "aliases": ["France", "فرنسا"], "country": "FR"},
        {"id": "iso", "kind": "person", "name": "Isolated", "country": "DE"},
        {"id": "b", "kind": "person", "name": "Bee", "aliases": ["B."], "country": "GB"},
    ]
    for i in range(260):
        actors.append({"id": f"p{i:03d}", "kind": "institution" if i % 3 == 2 else "person", "name": f"P {i}", "country": "EG"})
    p = [f"p{i:03d}" for i in range(260)]
    interactions = [
        {"id": "e01", "kind": "meeting", "participants": ["b", "a,comma"], "date": "2023", "track": "official", "status": "confirmed"},
        {"id": "e02", "kind": "custom,kind", "participants": ["a,comma", "b"], "date": "2023-06-15", "endDate": "2023-07",
         "status": "reported", "track": "track2"},
        {"id": "e03", "kind": "back\\channel", "participants": ["c", 'q"uote', "a,comma"], "initiator": 'q"uote',
         "date": "2024-02", "disclosure": "secret", "track": "track1.5"},
        {"id": "e04", "kind": "call", "participants": ["a,comma", "b"], "status": "planned"},
        {"id": 'x,"y"\\z', "kind": "message", "participants": ["b", "c"], "date": "2022-12-31", "endDate": "2023-01-01",
         "status": "denied", "disclosure": "public"},
        {"id": "e06", "kind": "talks", "participants": ["b", "a,comma"], "date": "2023-01", "track": "official"},
        {"id": "e07", "kind": "visit", "participants": ["a,comma", "b"], "date": "2023-01-01", "initiator": "b"},
        {"id": "e08", "kind": "Zeta", "participants": ["b", "a,comma", "c", 'q"uote'], "date": "2021", "initiator": "c"},
        {"id": "e09", "kind": "alpha", "participants": ["a,comma", "b", "c", 'q"uote', "z-last", "p000", "p001"],
         "date": "2020-02-29", "track": "official"},
        {"id": "e10", "kind": "meeting", "participants": ["z-last", "b"], "date": "2019-12", "endDate": "2020-01-15"},
        {"id": "e11", "kind": "summit", "participants": p[:250], "initiator": "p010", "date": "2022-05", "track": "official"},
        {"id": "e12", "kind": "summit", "participants": p[:230], "date": "2022-06"},
        {"id": "e13", "kind": "summit", "participants": p[:199] + ["b"], "initiator": "p005", "date": "2021-03"},
        {"id": "e14a", "kind": "talks", "participants": ["b", "c", "z-last"], "date": "2018-05-05"},
        {"id": "e14b", "kind": "talks", "participants": ["c", "b", "p002", "p003"], "date": "2018-06"},
        {"id": "e14c", "kind": "talks", "participants": ["b", "c", "p004", "p005", "p006", "p007", "p008"], "date": "2018"},
        {"id": "e15", "kind": "call", "participants": ["b", "a,comma"], "date": "2024", "status": "confirmed"},
        {"id": "e16a", "kind": "meeting", "participants": ["z-last", "c"], "date": "2024-12-31"},
        {"id": "e16b", "kind": "meeting", "participants": ["c", "z-last"], "date": "2024"},
        {"id": "e16c", "kind": "call", "participants": ["z-last", "c"], "date": "2024-01-01"},
        {"id": "e17", "kind": "meeting", "participants": ['q"uote', "z-last", "c"], "date": "2018"},
        {"id": "e18", "kind": "briefing", "participants": ["a,comma", "b", "z-last"], "initiator": "a,comma", "date": "2022",
         "status": "planned"},
        {"id": "e19", "kind": "call", "participants": ["p011", "p012"], "date": "2016-02-29", "endDate": "2016-03"},
        {"id": "e20", "kind": "meeting", "participants": ["p012", "p011", "p013"], "date": "2025-11", "endDate": "2026-01"},
    ]
    return {"actors": actors, "interactions": interactions}


# ---------------------------------------------------------------------------
# Cases


class Case:
    def __init__(self, name: str, flags: list[str], options: dict | None = None, directed=False, weighting="count",
                 convert=True, swift=True):
        self.name, self.flags, self.options = name, flags, options or {}
        self.directed, self.weighting, self.convert, self.swift = directed, weighting, convert, swift


def cases_for(kind: str) -> list[Case]:
    if kind == "seed":
        window = {"from": "2022", "to": "2023-04"}
    elif kind == "edge":
        window = {"from": "2023-01", "to": "2023-06"}
    else:
        window = {"from": "2018-07", "to": "2020"}
    cases = [
        Case("default", []),
        Case("--directed", ["--directed"], directed=True),
        Case("--weighting multi-party", ["--weighting", "multi-party"], weighting="multi-party"),
        Case("--weighting binary", ["--weighting", "binary"], weighting="binary"),
        Case(f"--from {window['from']} --to {window['to']}", ["--from", window["from"], "--to", window["to"]], window),
        Case("--kinds meeting,call", ["--kinds", "meeting,call"], {"kinds": ["meeting", "call"]}),
        Case("--tracks track1.5,track2", ["--tracks", "track1.5,track2"], {"tracks": ["track1.5", "track2"]}),
        Case("--actor-kinds person", ["--actor-kinds", "person"], {"actor_kinds": ["person"]}),
        Case("--directed --weighting multi-party --from 2016 --to 2023-06 --statuses confirmed,reported",
             ["--directed", "--weighting", "multi-party", "--from", "2016", "--to", "2023-06", "--statuses", "confirmed,reported"],
             {"from": "2016", "to": "2023-06", "statuses": ["confirmed", "reported"]}, directed=True, weighting="multi-party"),
    ]
    if kind != "generated":
        cases += [
            Case(f"--from {window['from']} --to {window['to']} --certain",
                 ["--from", window["from"], "--to", window["to"], "--certain"], dict(window, certain=True)),
            Case("--disclosures secret,public --actor-kinds person,country --weighting multi-party",
                 ["--disclosures", "secret,public", "--actor-kinds", "person,country", "--weighting", "multi-party"],
                 {"disclosures": ["secret", "public"], "actor_kinds": ["person", "country"]}, weighting="multi-party"),
        ]
    if kind == "edge":
        cases += [
            Case("--large-meetings omit", ["--large-meetings", "omit"], {"large": "omit"}),
            Case("--large-meetings clique", ["--large-meetings", "clique"], convert=False),
            Case("--large-meetings clique --directed --actor-kinds person",
                 ["--large-meetings", "clique", "--directed", "--actor-kinds", "person"], directed=True, convert=False),
        ]
    return cases


def window_cases(kind: str) -> list[tuple[str, list[str], bool]]:
    if kind == "generated":
        return [("--windows 2016,2019-03..2019-09,2024-02-29", ["--windows", "2016,2019-03..2019-09,2024-02-29"], False)]
    if kind == "edge":
        return [("--windows 2018,2022-12-31..2023-01,2024 --certain", ["--windows", "2018,2022-12-31..2023-01,2024", "--certain"], False),
                ("--window 1y --step 6m --directed", ["--window", "1y", "--step", "6m", "--directed"], True)]
    return [("--window 1y --step 6m", ["--window", "1y", "--step", "6m"], False),
            ("--expanding --window 2y --step 1y --weighting multi-party",
             ["--expanding", "--window", "2y", "--step", "1y", "--weighting", "multi-party"], False)]


def options_of(flags: list[str]) -> dict:
    """Reference options from project.py flags (windows aside)."""
    import project

    args = project.parse_arguments(["in", "out", *flags])
    options = {"certain": args.certain, "kinds": args.kinds, "tracks": args.tracks, "statuses": args.statuses,
               "disclosures": args.disclosures, "actor_kinds": args.actor_kinds, "large": args.large_meetings}
    return options


def run_project(spark, flags: list[str], source: Path, out: Path) -> float:
    import project

    if out.exists():
        shutil.rmtree(out)
    started = time.monotonic()
    args = project.parse_arguments([str(source), str(out), *flags])
    project.run(spark, args)
    return time.monotonic() - started


def check_dataset(checker: Checker, spark, kind: str, dataset: dict, dataset_path: Path) -> dict:
    jsonl = checker.work / f"{kind}.jsonl"
    with open(jsonl, "w", encoding="utf-8", newline="\n") as handle:
        for record in jsonl_from_dataset.records(dataset):
            handle.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
    results = {}
    for case in cases_for(kind):
        label = f"{kind} {case.name}"
        out = checker.work / f"out-{kind}"
        seconds = run_project(spark, case.flags, jsonl, out)
        before = len(checker.failures)
        options = dict(case.options, large=case.options.get("large", "star"))
        plain = not any(k in options for k in ("from", "to", "kinds", "tracks", "statuses", "disclosures", "actor_kinds")) \
            and options["large"] == "star"
        reference = dataset if plain else reference_dataset(dataset, options)
        if case.convert:
            ref_edges, ref_nodes, edge_bytes, node_bytes = checker.convert(reference, f"ref-{kind}", case.directed)
            exact_bytes = case.weighting == "count"
            if case.weighting != "count":
                participants = {i["id"]: i["participants"] for i in reference["interactions"]}
                for row in ref_edges:
                    if case.weighting == "binary":
                        row[2] = "1.0"
                    else:
                        total = 0.0
                        for interaction in split_list(row[8]):
                            total += 1 / (len(participants[interaction]) - 1)
                        row[2] = repr(total)
            edges = checker.compare_tables(label, out, ref_edges, ref_nodes, edge_bytes if exact_bytes else None, node_bytes)
        else:
            _, edges, _ = read_csv(out / "edges.csv")
            checker.ties += len(edges)
        node_ids = [r[0] for r in read_csv(out / "vertices.csv")[1]]
        if case.swift and case.flags:
            # ActorGraph's own selection and weighting: degree and strength of every node.
            checker.scores(label, dataset_path, case.flags, node_ids, edges, case.directed)
            if (not plain or not case.convert) and kind != "edge":
                # ... and the set of ties it draws (ids without quotes: not the edge cases).
                checker.render(label, dataset_path, case.flags, edges, case.directed)
        checker.cases += 1
        results[case.name] = out
        say(f"  {'ok  ' if len(checker.failures) == before else 'FAIL'} {label}: {len(edges)} ties ({seconds:.1f} s)")
        if not case.flags:
            keep = checker.work / f"default-{kind}"
            if keep.exists():
                shutil.rmtree(keep)
            shutil.copytree(out, keep)
    for name, flags, directed in window_cases(kind):
        label = f"{kind} {name}"
        out = checker.work / f"out-{kind}-windows"
        seconds = run_project(spark, flags, jsonl, out)
        before = len(checker.failures)
        import project

        args = project.parse_arguments([str(jsonl), str(out), *flags])
        folders = sorted(p.name for p in out.iterdir() if p.is_dir())
        if args.windows is not None:
            expected = [w.name for w in args.windows]
            if sorted(expected) != folders:
                checker.fail(label, f"window folders {folders}, expected {sorted(expected)}")
        timeline = checker.run_binary(
            "timeline", str(dataset_path), *flags, "--only", "degree,strength",
            "--weighted", "--include-isolates", "--format", "csv")
        timeline_windows = sorted({r["firstDay"] + ".." + r["lastDay"] for r in csv.DictReader(timeline.splitlines())})
        def long_name(folder: str) -> str:
            window = project.parse_windows(folder)[0]
            start = project.PartialDate.of_day_number(window.first)
            end = project.PartialDate.of_day_number(window.last)
            return f"{start}..{end}"
        if sorted(long_name(f) for f in folders) != timeline_windows:
            checker.fail(label, f"windows {folders[:4]}... differ from timeline's {timeline_windows[:4]}...")
        weighting = args.weighting
        for folder in folders:
            window = project.parse_windows(folder)[0]
            options = options_of(flags)
            options.update({"from": str(window.start), "to": str(window.end)})
            reference = reference_dataset(dataset, options)
            ref_edges, ref_nodes, edge_bytes, node_bytes = checker.convert(reference, f"ref-{kind}-w", directed)
            if weighting == "multi-party":
                participants = {i["id"]: i["participants"] for i in reference["interactions"]}
                for row in ref_edges:
                    total = 0.0
                    for interaction in split_list(row[8]):
                        total += 1 / (len(participants[interaction]) - 1)
                    row[2] = repr(total)
            edges = checker.compare_tables(f"{label} [{folder}]", out / folder, ref_edges, ref_nodes,
                                           edge_bytes if weighting == "count" else None, node_bytes)
            node_ids = [r[0] for r in read_csv(out / folder / "vertices.csv")[1]]
            checker.compare_scores(f"{label} [{folder}]", checker.node_scores(node_ids, edges, directed), timeline,
                                   window_column=True, window=long_name(folder))
        checker.cases += 1
        say(f"  {'ok  ' if len(checker.failures) == before else 'FAIL'} {label}: {len(folders)} windows ({seconds:.1f} s)")
    return results


def check_inputs(checker: Checker, spark, kind: str, dataset: dict) -> None:
    """Parquet input, a directory of JSON Lines files, --format both: the same tables as the default."""
    default = checker.work / f"default-{kind}"
    _, ref_edges, ref_edge_bytes = read_csv(default / "edges.csv")
    _, ref_nodes, ref_node_bytes = read_csv(default / "vertices.csv")
    jsonl = checker.work / f"{kind}.jsonl"

    # Several JSON Lines files: dataset order is the files' path order, then their lines.
    lines = jsonl.read_text(encoding="utf-8").splitlines(keepends=True)
    folder = checker.work / f"{kind}-parts"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    cuts = [0, len(dataset["actors"]) // 2, len(dataset["actors"]) + len(dataset["interactions"]) // 3, len(lines)]
    for n in range(3):
        (folder / f"part-{n}.jsonl").write_text("".join(lines[cuts[n]:cuts[n + 1]]), encoding="utf-8")
    out = checker.work / f"out-{kind}-parts"
    run_project(spark, [], folder, out)
    before = len(checker.failures)
    checker.compare_tables(f"{kind} JSON Lines in 3 files", out, ref_edges, ref_nodes, ref_edge_bytes, ref_node_bytes)
    checker.cases += 1
    say(f"  {'ok  ' if len(checker.failures) == before else 'FAIL'} {kind} JSON Lines in 3 files")

    # Parquet: interactions.parquet with actors.parquet beside it.
    from pyspark.sql import functions as F

    records = spark.read.json(str(jsonl))
    base = checker.work / f"{kind}-parquet"
    if base.exists():
        shutil.rmtree(base)
    records.filter(F.col("type") == "interaction").drop("type").coalesce(1).write.parquet(str(base / "interactions.parquet"))
    records.filter(F.col("type") == "actor").drop("type").coalesce(1).write.parquet(str(base / "actors.parquet"))
    out = checker.work / f"out-{kind}-parquet"
    run_project(spark, ["--format", "both"], base / "interactions.parquet", out)
    before = len(checker.failures)
    checker.compare_tables(f"{kind} Parquet input", out, ref_edges, ref_nodes, ref_edge_bytes, ref_node_bytes)
    edges = spark.read.parquet(str(out / "edges.parquet")).orderBy("src", "dst").collect()
    by_pair = {(r[0], r[1]): r for r in ref_edges}
    for row in edges:
        ref = by_pair.get((row["src"], row["dst"]))
        if ref is None or repr(row["weight"]) != ref[2] or str(row["count"]) != ref[9] \
                or row["interactions"] != split_list(ref[8]) or (row["firstDate"] or "") != ref[6] \
                or (row["lastDate"] or "") != ref[7] or row["kinds"] != split_list(ref[3]):
            checker.fail(f"{kind} --format both", f"edges.parquet row {row} differs from {ref}")
            break
    if len(edges) != len(ref_edges):
        checker.fail(f"{kind} --format both", f"edges.parquet has {len(edges)} rows, edges.csv {len(ref_edges)}")
    vertices = [r["id"] for r in spark.read.parquet(str(out / "vertices.parquet")).collect()]
    if sorted(vertices) != sorted(r[0] for r in ref_nodes):
        checker.fail(f"{kind} --format both", "vertices.parquet ids differ")
    checker.cases += 1
    say(f"  {'ok  ' if len(checker.failures) == before else 'FAIL'} {kind} Parquet input, --format both")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", required=True, help="the actorgraph executable")
    parser.add_argument("--generated", type=int, default=100_000, help="interactions of the generated dataset (default 100000)")
    parser.add_argument("--skip-generated", action="store_true", help="check the seed and the edge cases only")
    parser.add_argument("--work", help="keep the files here (default: a temporary folder, removed)")
    arguments = parser.parse_args()
    ensure_environment()
    binary = str(Path(arguments.binary).resolve())
    if not os.access(binary, os.X_OK):
        say(f"check_projection: {arguments.binary} is not an executable")
        return 1
    import project

    work = Path(arguments.work) if arguments.work else Path(tempfile.mkdtemp(prefix="spark-projection-"))
    work.mkdir(parents=True, exist_ok=True)
    checker = Checker(binary, work)
    started = time.monotonic()
    spark = project.spark_session(project.parse_arguments(["in", "out"]))
    say(f"check_projection: Spark {spark.version} ({spark.sparkContext.master}), ActorGraph {binary}, work {work}")
    try:
        datasets = [("seed", ROOT / "seeds" / "backchannel.json")]
        edge_path = work / "edge.json"
        edge_path.write_text(json.dumps(edge_case_dataset(), ensure_ascii=False, indent=1), encoding="utf-8")
        checker.run_binary("validate", str(edge_path))
        datasets.append(("edge", edge_path))
        if not arguments.skip_generated:
            generated = work / f"generated-{arguments.generated}.json"
            subprocess.run(
                [sys.executable, str(ROOT / "scripts" / "report" / "generate_dataset.py"), "5000", str(arguments.generated),
                 "42", str(generated)], check=True, stdout=subprocess.DEVNULL)
            datasets.append(("generated", generated))
        for kind, path in datasets:
            dataset = json.loads(path.read_text(encoding="utf-8"))
            say(f"{kind}: {path.name}, {len(dataset['actors'])} actors, {len(dataset['interactions'])} interactions")
            check_dataset(checker, spark, kind, dataset, path)
            if kind != "generated":
                check_inputs(checker, spark, kind, dataset)
    finally:
        spark.stop()

    # The command line itself, once.
    out = work / "out-cli"
    result = subprocess.run([sys.executable, str(HERE / "project.py"), str(work / "seed.jsonl"), str(out)],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        checker.fail("seed command line", f"exit {result.returncode}: {result.stderr[-2000:]}")
    else:
        for name in ("edges.csv", "vertices.csv"):
            if (out / name).read_bytes() != (work / "default-seed" / name).read_bytes():
                checker.fail("seed command line", f"{name} differs from the in-process run")
        checker.cases += 1
        say("  ok   seed command line (python3 scripts/spark/project.py)")

    if not arguments.work:
        shutil.rmtree(work, ignore_errors=True)
    minutes = (time.monotonic() - started) / 60
    if checker.failures:
        say(f"spark projection: {len(checker.failures)} differences over {checker.cases} cases ({minutes:.1f} min)")
        return 1
    say(f"spark projection: {checker.ties} ties equal over {checker.cases} cases ({minutes:.1f} min)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
