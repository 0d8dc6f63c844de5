#!/usr/bin/env python3
"""Interoperability of ActorGraph's GraphML, GEXF and Gephi CSV with networkx and igraph.

(a) Builds the CLI (`swift build --product actorgraph`), converts the seed dataset
    and the Florentine families graph with `actorgraph convert` to GraphML and
    Gephi CSV, reads the results with networkx.read_graphml,
    igraph.Graph.Read_GraphML and Python's csv module, and checks node and tie
    counts, directedness, weights and attributes against values computed here,
    independently, from the seed JSON and the Florentine edge list. The seed and
    the Florentine graph are also converted to dynamic GEXF 1.3 and read with
    networkx.read_gexf: counts, directedness, weights, labels, and every tie's
    spells equal to the intervals of its dated interactions computed here (first
    day of the date through the last day of the date or end date), every node's
    spells equal to the merged union of its ties'; the file's structure is checked
    against the GEXF 1.3 RelaxNG rules, and names with XML specials and Arabic
    round-trip.
(b) Writes GraphML with networkx and igraph (directed and undirected, with and
    without weights, typed node attributes, a <default>) into
    Tests/ActorGraphTests/Fixtures/interop/, with manifest.json recording what each
    file holds; the Swift tests (Tests/ActorGraphTests/Loading/InteropFixtureTests.swift)
    read the files back and compare.

Run from anywhere: python3 scripts/interop/check_interop.py [--skip-build] [--check]
  --skip-build  use the `actorgraph` already built (`swift build --show-bin-path`)
  --check       write (b) into a temporary folder and compare it byte for byte with
                the committed fixtures instead of rewriting them; any difference is
                printed and fails the run (scripts/test.sh and CI use this mode)
Exits 0 when every check passes, 1 otherwise. Installs python-igraph 1.0.0 with pip
if it is missing; networkx must be installed (scripts/ensure-python-peers.sh
installs both, at the versions the fixtures were written with).
"""

import calendar
import csv
import difflib
import re
import importlib
import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "Tests" / "ActorGraphTests" / "Fixtures"
INTEROP = FIXTURES / "interop"
SEED = ROOT / "seeds" / "backchannel.json"
FLORENTINE_EDGES = FIXTURES / "graphs" / "florentine.edges.csv"
FLORENTINE_NODES = FIXTURES / "graphs" / "florentine.nodes.csv"
GRAPHML_NS = "{http://graphml.graphdrawing.org/xmlns}"

failures = []
checks_run = 0


def check(condition, message):
    global checks_run
    checks_run += 1
    if not condition:
        failures.append(message)
        print("  FAIL:", message)


def ensure_igraph():
    try:
        return importlib.import_module("igraph")
    except ImportError:
        print("python-igraph is missing; installing it with pip")
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "python-igraph==1.0.0"], check=True)
        importlib.invalidate_caches()
        return importlib.import_module("igraph")


import networkx as nx  # noqa: E402  (installed on every machine of the project)

ig = ensure_igraph()


# ---------------------------------------------------------------------------
# (a) ActorGraph's output read by networkx, igraph and csv
# ---------------------------------------------------------------------------

def build_cli(skip_build):
    if not skip_build:
        subprocess.run(["swift", "build", "--product", "actorgraph"], cwd=ROOT, check=True)
    bin_path = subprocess.run(
        ["swift", "build", "--show-bin-path"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.strip()
    return Path(bin_path) / "actorgraph"


def convert(cli, *args):
    subprocess.run([str(cli), "convert", *map(str, args)], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def seed_expectation(directed):
    """The projection computed independently: every actor a node, a tie per pair
    of participants weighted by the number of interactions (directed: from the
    initiator, both ways between the others)."""
    data = json.loads(SEED.read_text(encoding="utf-8"))
    actors = {a["id"]: a for a in data["actors"]}
    weights = Counter()
    for interaction in data["interactions"]:
        members = []
        for p in interaction["participants"]:
            if p in actors and p not in members:
                members.append(p)
        initiator = interaction.get("initiator")
        for i in range(len(members)):
            for j in range(i + 1, len(members)):
                a, b = members[i], members[j]
                if not directed:
                    weights[frozenset((a, b))] += 1
                elif a == initiator:
                    weights[(a, b)] += 1
                elif b == initiator:
                    weights[(b, a)] += 1
                else:
                    weights[(a, b)] += 1
                    weights[(b, a)] += 1
    return actors, weights


def florentine_expectation():
    with FLORENTINE_NODES.open(newline="", encoding="utf-8") as f:
        nodes = [row["id"] for row in csv.DictReader(f)]
    with FLORENTINE_EDGES.open(newline="", encoding="utf-8") as f:
        edges = {frozenset((row["source"], row["target"])) for row in csv.DictReader(f)}
    for edge in edges:
        for node in edge:
            if node not in nodes:
                nodes.append(node)
    return nodes, edges


def edge_key(a, b, directed):
    return (a, b) if directed else frozenset((a, b))


def check_seed_graphml(path, directed, counts):
    actors, weights = seed_expectation(directed)
    label = f"seed{' (directed)' if directed else ''} GraphML"
    # networkx
    g = nx.read_graphml(path)
    counts.append((label, "networkx", g.number_of_nodes(), g.number_of_edges()))
    check(g.is_directed() == directed, f"{label}: networkx directedness")
    check(g.number_of_nodes() == len(actors), f"{label}: networkx nodes {g.number_of_nodes()} != {len(actors)}")
    check(g.number_of_edges() == len(weights), f"{label}: networkx edges {g.number_of_edges()} != {len(weights)}")
    for a, b, data in g.edges(data=True):
        expected = weights.get(edge_key(a, b, directed))
        check(expected is not None and data.get("weight") == float(expected),
              f"{label}: networkx weight {a}-{b} {data.get('weight')} != {expected}")
        check(data.get("count") == expected, f"{label}: networkx count {a}-{b}")
    for node, data in g.nodes(data=True):
        actor = actors[node]
        check(data.get("name") == actor["name"], f"{label}: networkx name of {node}")
        check(data.get("kind") == actor["kind"], f"{label}: networkx kind of {node}")
        check(data.get("country") == actor.get("country"), f"{label}: networkx country of {node}")
        check(data.get("aliases", "").split(" | ") == actor["aliases"], f"{label}: networkx aliases of {node}")
        check(data.get("degree") == float(g.degree(node)), f"{label}: networkx degree score of {node}")
    # igraph
    h = ig.Graph.Read_GraphML(str(path))
    counts.append((label, "igraph", h.vcount(), h.ecount()))
    check(h.is_directed() == directed, f"{label}: igraph directedness")
    check(h.vcount() == len(actors), f"{label}: igraph nodes {h.vcount()} != {len(actors)}")
    check(h.ecount() == len(weights), f"{label}: igraph edges {h.ecount()} != {len(weights)}")
    ids = h.vs["id"]
    for e in h.es:
        a, b = ids[e.source], ids[e.target]
        check(e["weight"] == float(weights.get(edge_key(a, b, directed), -1)), f"{label}: igraph weight {a}-{b}")
    for v in h.vs:
        actor = actors[v["id"]]
        check(v["name"] == actor["name"] and v["kind"] == actor["kind"], f"{label}: igraph name/kind of {v['id']}")


def read_gephi(edges_path):
    nodes_path = edges_path.with_name(edges_path.stem + "-nodes" + edges_path.suffix)
    with nodes_path.open(newline="", encoding="utf-8") as f:
        nodes = list(csv.DictReader(f))
    with edges_path.open(newline="", encoding="utf-8") as f:
        edges = list(csv.DictReader(f))
    return nodes, edges


def check_seed_gephi(path, counts):
    actors, weights = seed_expectation(False)
    nodes, edges = read_gephi(path)
    g = nx.Graph()
    g.add_nodes_from(row["Id"] for row in nodes)
    g.add_weighted_edges_from((row["Source"], row["Target"], float(row["Weight"])) for row in edges)
    counts.append(("seed Gephi CSV", "csv+networkx", g.number_of_nodes(), g.number_of_edges()))
    check(len(nodes) == len(actors) and g.number_of_nodes() == len(actors), "seed Gephi CSV: node count")
    check(len(edges) == len(weights), "seed Gephi CSV: edge count")
    check(all(row["Type"] == "Undirected" for row in edges), "seed Gephi CSV: Type")
    for row in edges:
        check(float(row["Weight"]) == weights.get(frozenset((row["Source"], row["Target"]))),
              f"seed Gephi CSV: weight {row['Source']}-{row['Target']}")
    for row in nodes:
        actor = actors[row["Id"]]
        check(row["Label"] == actor["name"] and row["kind"] == actor["kind"], f"seed Gephi CSV: {row['Id']}")
        check(row["aliases"].split(" | ") == actor["aliases"], f"seed Gephi CSV: aliases of {row['Id']}")


def check_florentine(graphml, gephi, counts):
    nodes, edges = florentine_expectation()
    g = nx.read_graphml(graphml)
    counts.append(("Florentine GraphML", "networkx", g.number_of_nodes(), g.number_of_edges()))
    check(sorted(g.nodes) == sorted(nodes), "Florentine GraphML: networkx nodes")
    check({frozenset(e) for e in g.edges} == edges, "Florentine GraphML: networkx edges")
    check(not g.is_directed(), "Florentine GraphML: networkx directedness")
    h = ig.Graph.Read_GraphML(str(graphml))
    counts.append(("Florentine GraphML", "igraph", h.vcount(), h.ecount()))
    ids = h.vs["id"]
    check(sorted(ids) == sorted(nodes), "Florentine GraphML: igraph nodes")
    check({frozenset((ids[e.source], ids[e.target])) for e in h.es} == edges, "Florentine GraphML: igraph edges")
    rows_nodes, rows_edges = read_gephi(gephi)
    counts.append(("Florentine Gephi CSV", "csv", len(rows_nodes), len(rows_edges)))
    check(sorted(r["Id"] for r in rows_nodes) == sorted(nodes), "Florentine Gephi CSV: nodes")
    check({frozenset((r["Source"], r["Target"])) for r in rows_edges} == edges, "Florentine Gephi CSV: edges")


def part_a(skip_build):
    print("(a) ActorGraph output read by networkx, igraph and csv")
    cli = build_cli(skip_build)
    counts = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        convert(cli, SEED, out / "seed.graphml", "--with-scores")
        convert(cli, SEED, out / "seed-directed.graphml", "--directed", "--with-scores")
        convert(cli, SEED, out / "seed.csv", "--to", "gephi")
        convert(cli, FLORENTINE_EDGES, out / "florentine.graphml", "--nodes", FLORENTINE_NODES)
        convert(cli, FLORENTINE_EDGES, out / "florentine.csv", "--nodes", FLORENTINE_NODES, "--to", "gephi")
        check_seed_graphml(out / "seed.graphml", False, counts)
        check_seed_graphml(out / "seed-directed.graphml", True, counts)
        check_seed_gephi(out / "seed.csv", counts)
        check_florentine(out / "florentine.graphml", out / "florentine.csv", counts)
    for what, tool, n, m in counts:
        print(f"  {what:<28} {tool:<13} nodes {n:>3}  edges {m:>3}")
    return len(counts) + part_gexf(cli)


# ---------------------------------------------------------------------------
# (a') Dynamic GEXF read by networkx.read_gexf
# ---------------------------------------------------------------------------

GEXF_NS = "{http://gexf.net/1.3}"
XS_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def first_day(iso):
    parts = [int(p) for p in iso.split("-")]
    year, month, day = parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1
    return f"{year:04d}-{month:02d}-{day:02d}"


def last_day(iso):
    parts = [int(p) for p in iso.split("-")]
    year, month = parts[0], parts[1] if len(parts) > 1 else 12
    day = parts[2] if len(parts) > 2 else calendar.monthrange(year, month)[1]
    return f"{year:04d}-{month:02d}-{day:02d}"


def interaction_interval(interaction):
    """First day of the date through the later of the last days of the date and end date; None when undated."""
    date = interaction.get("date")
    if date is None:
        return None
    end = last_day(date)
    if interaction.get("endDate") is not None:
        end = max(end, last_day(interaction["endDate"]))
    return (first_day(date), end)


def seed_spells(directed):
    """Each tie's intervals, one per dated interaction in dataset order, by the
    projection rule of seed_expectation; ties with no dated interaction map to []."""
    data = json.loads(SEED.read_text(encoding="utf-8"))
    actors = {a["id"] for a in data["actors"]}
    spells = {}
    for interaction in data["interactions"]:
        members = []
        for p in interaction["participants"]:
            if p in actors and p not in members:
                members.append(p)
        interval = interaction_interval(interaction)
        initiator = interaction.get("initiator")
        keys = []
        for i in range(len(members)):
            for j in range(i + 1, len(members)):
                a, b = members[i], members[j]
                if not directed:
                    keys.append(frozenset((a, b)))
                elif a == initiator:
                    keys.append((a, b))
                elif b == initiator:
                    keys.append((b, a))
                else:
                    keys += [(a, b), (b, a)]
        for key in keys:
            spells.setdefault(key, [])
            if interval is not None:
                spells[key].append(interval)
    return spells


def merged(intervals):
    result = []
    for start, end in sorted(intervals):
        if result and start <= result[-1][1]:
            result[-1] = (result[-1][0], max(result[-1][1], end))
        else:
            result.append((start, end))
    return result


def check_gexf_structure(path, label):
    """The GEXF 1.3 RelaxNG rules the writer relies on, checked by hand (no schema
    validator is needed): root and version, graph attributes, the order
    attributes* nodes edges, the children allowed on nodes and edges, typed
    attribute declarations, attvalues that name a declared attribute, spells of
    xs:date days with start <= end."""
    root = ET.parse(path).getroot()
    check(root.tag == GEXF_NS + "gexf" and root.get("version") == "1.3", f"{label}: root gexf, version 1.3")
    children = [c.tag for c in root]
    check(children in ([GEXF_NS + "graph"], [GEXF_NS + "meta", GEXF_NS + "graph"]), f"{label}: gexf children {children}")
    graph = root.find(GEXF_NS + "graph")
    check(graph is not None, f"{label}: a graph")
    if graph is None:
        return
    check(graph.get("mode") in ("static", "dynamic"), f"{label}: graph mode")
    check(graph.get("defaultedgetype") in ("directed", "undirected", "mutual"), f"{label}: defaultedgetype")
    check(graph.get("timeformat") in (None, "integer", "double", "date", "dateTime"), f"{label}: timeformat")
    check(graph.get("timerepresentation") in (None, "interval", "timestamp"), f"{label}: timerepresentation")
    tags = [c.tag.replace(GEXF_NS, "") for c in graph]
    check(re.fullmatch(r"(attributes,)*nodes,edges", ",".join(tags)) is not None, f"{label}: graph children {tags}")
    types = {"integer", "long", "double", "float", "boolean", "bigdecimal", "biginteger", "byte", "char", "short",
             "liststring", "listboolean", "listinteger", "listlong", "listfloat", "listdouble", "listbyte",
             "listshort", "listbigdecimal", "listbiginteger", "listchar", "string", "anyURI"}
    declared = {"node": set(), "edge": set()}
    for block in graph.findall(GEXF_NS + "attributes"):
        check(block.get("class") in declared and block.get("mode") in (None, "static", "dynamic"),
              f"{label}: attributes class/mode")
        for attribute in block:
            check(attribute.tag == GEXF_NS + "attribute" and attribute.get("type") in types
                  and attribute.get("id") and attribute.get("title") is not None, f"{label}: attribute declaration")
            declared.get(block.get("class"), set()).add(attribute.get("id"))
    dynamic = graph.get("mode") == "dynamic"
    for kind, allowed in (("node", {"attvalues", "spells"}), ("edge", {"attvalues", "spells"})):
        for element in graph.find(GEXF_NS + kind + "s"):
            check(element.tag == GEXF_NS + kind, f"{label}: {kind}s holds only {kind} elements")
            names = [c.tag.replace(GEXF_NS, "") for c in element]
            check(set(names) <= allowed and len(names) == len(set(names)), f"{label}: {kind} children {names}")
            for value in element.iterfind(f"{GEXF_NS}attvalues/{GEXF_NS}attvalue"):
                check(value.get("for") in declared[kind] and value.get("value") is not None,
                      f"{label}: attvalue for an undeclared attribute {value.get('for')}")
            spells = element.findall(f"{GEXF_NS}spells/{GEXF_NS}spell")
            check(not spells or dynamic, f"{label}: spells in a static graph")
            for spell in spells:
                start, end = spell.get("start", ""), spell.get("end", "")
                check(XS_DATE.match(start) and XS_DATE.match(end) and start <= end,
                      f"{label}: spell {start}..{end} is not a closed interval of xs:date days")
            if kind == "edge":
                weight = element.get("weight")
                check(weight is None or re.fullmatch(r"-?\d+(\.\d+)?([eE][-+]?\d+)?|NaN|-?INF", weight),
                      f"{label}: weight {weight} is not an xs:double")


def check_seed_gexf(path, directed, counts):
    actors, weights = seed_expectation(directed)
    expected_spells = seed_spells(directed)
    label = f"seed{' (directed)' if directed else ''} GEXF"
    check_gexf_structure(path, label)
    g = nx.read_gexf(path)
    check(g.graph.get("mode") == "dynamic", f"{label}: networkx mode {g.graph.get('mode')}")
    check(g.is_directed() == directed, f"{label}: networkx directedness")
    check(not g.is_multigraph(), f"{label}: networkx reads a simple graph")
    check(g.number_of_nodes() == len(actors), f"{label}: networkx nodes {g.number_of_nodes()} != {len(actors)}")
    check(g.number_of_edges() == len(weights), f"{label}: networkx edges {g.number_of_edges()} != {len(weights)}")
    spell_count = 0
    for a, b, data in g.edges(data=True):
        key = edge_key(a, b, directed)
        expected = weights.get(key)
        check(expected is not None and data.get("weight") == float(expected),
              f"{label}: networkx weight {a}-{b} {data.get('weight')} != {expected}")
        check(data.get("count") == expected, f"{label}: networkx count {a}-{b}")
        intervals = expected_spells.get(key, [])
        if intervals:
            check(data.get("spells") == intervals, f"{label}: spells of {a}-{b} {data.get('spells')} != {intervals}")
        else:
            check("spells" not in data, f"{label}: undated tie {a}-{b} has spells {data.get('spells')}")
        spell_count += len(data.get("spells", []))
    check(spell_count == sum(len(v) for v in expected_spells.values()) and spell_count > 0,
          f"{label}: {spell_count} tie spells")
    for node, data in g.nodes(data=True):
        actor = actors[node]
        check(data.get("label") == actor["name"], f"{label}: networkx label of {node}")
        check(data.get("name") == actor["name"] and data.get("kind") == actor["kind"], f"{label}: name/kind of {node}")
        check(data.get("aliases", "").split(" | ") == actor["aliases"], f"{label}: networkx aliases of {node}")
        # A node exists when its ties do: the merged union of their intervals, or at
        # all times (no spells) when it has no tie or an undated one.
        lists = [intervals for key, intervals in expected_spells.items() if node in key]
        union = merged([i for intervals in lists for i in intervals]) if lists and all(lists) else []
        check(data.get("spells", []) == union, f"{label}: spells of node {node} {data.get('spells')} != {union}")
        if directed:
            check(isinstance(data.get("betweenness"), float), f"{label}: betweenness of {node} is a double")
    counts.append((label, "networkx", g.number_of_nodes(), g.number_of_edges(), spell_count))


def check_florentine_gexf(path, counts):
    nodes, edges = florentine_expectation()
    label = "Florentine GEXF"
    check_gexf_structure(path, label)
    g = nx.read_gexf(path)
    check(g.graph.get("mode") == "static", f"{label}: networkx mode {g.graph.get('mode')}")
    check(not g.is_directed(), f"{label}: networkx directedness")
    check(sorted(g.nodes) == sorted(nodes), f"{label}: networkx nodes")
    check({frozenset(e) for e in g.edges} == edges, f"{label}: networkx edges")
    check(all("spells" not in d for _, d in g.nodes(data=True)) and all("spells" not in d for _, _, d in g.edges(data=True)),
          f"{label}: a static graph has no spells")
    check(all(d.get("label") for _, d in g.nodes(data=True)), f"{label}: every node has a label")
    counts.append((label, "networkx", g.number_of_nodes(), g.number_of_edges(), 0))


TRICKY = ["</x>&\"'", "عبد الله بن زايد", "Smith, John", "two\nlines", "tab\there", "🇺🇦 Kyiv"]


def check_tricky_gexf(cli, folder, counts):
    """Names with XML specials, quotes, line breaks and Arabic, through an edge list."""
    edges_path = folder / "tricky.csv"
    with edges_path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["source", "target", "weight"])
        for i in range(1, len(TRICKY)):
            writer.writerow([TRICKY[i - 1], TRICKY[i], i])
    convert(cli, edges_path, folder / "tricky.gexf")
    label = "tricky names GEXF"
    check_gexf_structure(folder / "tricky.gexf", label)
    g = nx.read_gexf(folder / "tricky.gexf")
    check(sorted(g.nodes) == sorted(TRICKY), f"{label}: node ids {sorted(g.nodes)}")
    check(all(d.get("label") == n for n, d in g.nodes(data=True)), f"{label}: labels are the ids")
    for i in range(1, len(TRICKY)):
        check(g.has_edge(TRICKY[i - 1], TRICKY[i]) and g[TRICKY[i - 1]][TRICKY[i]].get("weight") == float(i),
              f"{label}: edge {i}")
    counts.append((label, "networkx", g.number_of_nodes(), g.number_of_edges(), 0))


def part_gexf(cli):
    print("(a') ActorGraph's dynamic GEXF read by networkx.read_gexf")
    counts = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        convert(cli, SEED, out / "seed.gexf")
        convert(cli, SEED, out / "seed-directed.gexf", "--directed", "--with-scores")
        convert(cli, FLORENTINE_EDGES, out / "florentine.gexf", "--nodes", FLORENTINE_NODES)
        check_seed_gexf(out / "seed.gexf", False, counts)
        check_seed_gexf(out / "seed-directed.gexf", True, counts)
        check_florentine_gexf(out / "florentine.gexf", counts)
        check_tricky_gexf(cli, out, counts)
        # Reruns are byte-identical.
        convert(cli, SEED, out / "again.gexf")
        check((out / "seed.gexf").read_bytes() == (out / "again.gexf").read_bytes(), "seed GEXF: rerun differs")
    print("  structure checked against the GEXF 1.3 RelaxNG rules in Python "
          "(no schema validation: the project vendors no schema and CI has no network)")
    for what, tool, n, m, spells in counts:
        print(f"  {what:<28} {tool:<13} nodes {n:>3}  edges {m:>3}  spells {spells:>3}")
    return len(counts)


# ---------------------------------------------------------------------------
# (b) GraphML written by networkx and igraph, for the Swift tests
# ---------------------------------------------------------------------------

FLORENTINE_WEALTH = {
    "Acciaiuoli": 10, "Albizzi": 36, "Barbadori": 55, "Bischeri": 44, "Castellani": 20, "Ginori": 32,
    "Guadagni": 8, "Lamberteschi": 42, "Medici": 103, "Pazzi": 48, "Peruzzi": 49, "Pucci": 3,
    "Ridolfi": 27, "Salviati": 10, "Strozzi": 146, "Tornabuoni": 48,
}

# Names that test escaping: XML specials, quotes, commas, line breaks, Arabic, emoji.
HARD_NAMES = ['a<&>b', 'Ouagadougou, "BF"', 'عمّان', 'line\nbreak', 'tab\there', '🇫🇷 Paris']


def declared_types(path):
    """attr.name -> attr.type as the file declares them, per domain."""
    root = ET.parse(path).getroot()
    types = {}
    for key in root.findall(f"{GRAPHML_NS}key"):
        types[(key.get("for"), key.get("attr.name"))] = key.get("attr.type")
    return types


def record(path, tool, directed, weighted, nodes, edges, node_attributes, defaults=None):
    types = declared_types(path)
    attributes = {}
    for name, values in node_attributes.items():
        attributes[name] = {
            "type": types[("node", name)],
            "default": (defaults or {}).get(name),
            "values": {node: values.get(node) for node in nodes},
        }
    return {
        "tool": tool,
        "directed": directed,
        "weighted": weighted,
        "nodes": nodes,
        "edges": [[a, b, w] for a, b, w in edges],
        "node_attributes": attributes,
    }


def write_networkx_undirected_weighted(path):
    _, florentine = florentine_expectation()
    g = nx.Graph()
    g.graph["node_default"] = {"color": "grey"}
    families = sorted({n for e in florentine for n in e})
    for i, family in enumerate(families):
        attrs = {
            "label": f"Casa {family}" if i % 5 else HARD_NAMES[i % len(HARD_NAMES)],
            "wealth": FLORENTINE_WEALTH[family],
            "priorates": 0.5 * i + 0.25,
            "is_medici": family == "Medici",
        }
        if i % 3 == 0:
            attrs["color"] = "red"
        g.add_node(family, **attrs)
    edges = []
    for i, edge in enumerate(sorted(tuple(sorted(e)) for e in florentine)):
        w = 1.0 + (i % 4) * 0.5
        g.add_edge(edge[0], edge[1], weight=w)
        edges.append((edge[0], edge[1], w))
    nx.write_graphml(g, path)
    nodes = list(g.nodes)
    attributes = {name: {} for name in ["label", "wealth", "priorates", "is_medici", "color"]}
    for node, data in g.nodes(data=True):
        for name in attributes:
            attributes[name][node] = data.get(name, "grey" if name == "color" else None)
    return record(path, "networkx", False, True, nodes, edges, attributes, {"color": "grey"})


def write_networkx_directed_unweighted(path):
    g = nx.DiGraph()
    names = HARD_NAMES + ["plain"]
    for i, name in enumerate(names):
        g.add_node(name, index=i, note=f"node «{i}» & co")
    edges = [(names[i], names[(i + 1) % len(names)], 1.0) for i in range(len(names))]
    edges.append((names[0], names[3], 1.0))
    for a, b, _ in edges:
        g.add_edge(a, b)
    nx.write_graphml(g, path)
    attributes = {"index": {}, "note": {}}
    for node, data in g.nodes(data=True):
        attributes["index"][node] = data["index"]
        attributes["note"][node] = data["note"]
    return record(path, "networkx", True, False, list(g.nodes), edges, attributes)


def write_igraph_undirected_unweighted(path):
    nodes, florentine = florentine_expectation()
    g = ig.Graph(n=len(nodes), directed=False)
    g.vs["name"] = nodes
    index = {n: i for i, n in enumerate(nodes)}
    pairs = sorted(tuple(sorted((index[a], index[b]))) for a, b in (tuple(e) for e in florentine))
    g.add_edges(pairs)
    g.write_graphml(str(path))
    ids = [f"n{i}" for i in range(len(nodes))]
    edges = [(ids[a], ids[b], 1.0) for a, b in pairs]
    return record(path, "igraph", False, False, ids, edges, {"name": dict(zip(ids, nodes))})


def write_igraph_directed_weighted(path):
    names = ["Washington", "Moscow", "Kyiv", "الدوحة", "Riyadh, KSA", 'Ankara "TR"', "Geneva"]
    g = ig.Graph(n=len(names), directed=True)
    g.vs["name"] = names
    scores = [0.5, 1.25, float("nan"), 3.0, 1e-05, 2.5e20, 7.0]
    g.vs["score"] = scores
    g.vs["capital"] = [True, True, True, False, True, True, False]
    pairs = [(0, 1), (1, 0), (0, 2), (3, 0), (3, 1), (4, 5), (5, 6), (6, 4), (2, 6)]
    weights = [1.0, 2.0, 0.5, 3.0, 1.5, 4.0, 0.25, 2.0, 10.0]
    g.add_edges(pairs)
    g.es["weight"] = weights
    g.write_graphml(str(path))
    ids = [f"n{i}" for i in range(len(names))]
    edges = [(ids[a], ids[b], w) for (a, b), w in zip(pairs, weights)]
    attributes = {
        "name": dict(zip(ids, names)),
        "score": {i: (None if s != s else s) for i, s in zip(ids, scores)},  # NaN is not written
        "capital": dict(zip(ids, g.vs["capital"])),
    }
    return record(path, "igraph", True, True, ids, edges, attributes)


def check_fixture_with_tools(name, entry, path):
    """Each fixture read back by networkx and igraph, as a sanity check."""
    g = nx.read_graphml(path)
    h = ig.Graph.Read_GraphML(str(path))
    n, m = len(entry["nodes"]), len(entry["edges"])
    check(g.number_of_nodes() == n and g.number_of_edges() == m, f"{name}: networkx counts")
    check(h.vcount() == n and h.ecount() == m, f"{name}: igraph counts")
    check(g.is_directed() == entry["directed"] and h.is_directed() == entry["directed"], f"{name}: directedness")
    return n, m


def part_b(directory):
    """Writes the fixtures and manifest.json into directory; returns the file names."""
    directory.mkdir(parents=True, exist_ok=True)
    writers = {
        "networkx_undirected_weighted.graphml": write_networkx_undirected_weighted,
        "networkx_directed_unweighted.graphml": write_networkx_directed_unweighted,
        "igraph_undirected_unweighted.graphml": write_igraph_undirected_unweighted,
        "igraph_directed_weighted.graphml": write_igraph_directed_weighted,
    }
    files = {}
    for name, writer in writers.items():
        path = directory / name
        files[name] = writer(path)
        n, m = check_fixture_with_tools(name, files[name], path)
        print(f"  {name:<40} nodes {n:>3}  edges {m:>3}")
    manifest = {
        "generated_by": "scripts/interop/check_interop.py",
        "networkx": nx.__version__,
        "igraph": ig.__version__,
        "files": files,
    }
    (directory / "manifest.json").write_text(
        json.dumps(manifest, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    return [*writers, "manifest.json"]


def compare_with_committed(written_dir, names):
    """Each file written into written_dir against its committed copy in INTEROP,
    byte for byte; a difference is printed as a unified diff (first 40 lines)."""
    for name in names:
        written = (written_dir / name).read_bytes()
        committed_path = INTEROP / name
        committed = committed_path.read_bytes() if committed_path.exists() else None
        same = written == committed
        check(same, f"{INTEROP.relative_to(ROOT) / name} differs from what networkx {nx.__version__} "
                    f"and igraph {ig.__version__} write now"
                    + (" (not committed)" if committed is None else ""))
        if not same and committed is not None:
            diff = difflib.unified_diff(
                committed.decode("utf-8", "replace").splitlines(keepends=True),
                written.decode("utf-8", "replace").splitlines(keepends=True),
                fromfile=f"committed/{name}", tofile=f"written/{name}")
            lines = list(diff)
            sys.stdout.writelines(lines[:40])
            if len(lines) > 40:
                print(f"  ... {len(lines) - 40} more diff lines")
    extra = sorted(p.name for p in INTEROP.iterdir() if p.is_file() and p.name not in names)
    check(not extra, f"{INTEROP.relative_to(ROOT)} holds files the script does not write: {extra}")


def main():
    arguments = sys.argv[1:]
    unknown = [a for a in arguments if a not in ("--skip-build", "--check")]
    if unknown:
        print(f"unknown option(s) {unknown}; usage: check_interop.py [--skip-build] [--check]", file=sys.stderr)
        return 2
    skip_build = "--skip-build" in arguments
    check_only = "--check" in arguments
    print(f"networkx {nx.__version__}, igraph {ig.__version__}")
    reads = part_a(skip_build)
    fixtures_dir = INTEROP.relative_to(ROOT)
    if check_only:
        print(f"(b) GraphML written by networkx and igraph, compared with the committed {fixtures_dir}")
        with tempfile.TemporaryDirectory() as tmp:
            names = part_b(Path(tmp))
            before = len(failures)
            compare_with_committed(Path(tmp), names)
            if len(failures) == before:
                print(f"  {len(names)} files ({len(names) - 1} GraphML + manifest.json) identical to the committed ones")
    else:
        print(f"(b) GraphML written by networkx and igraph into {fixtures_dir}")
        names = part_b(INTEROP)
    summary = (f"{checks_run} checks: {reads} reads of ActorGraph's GraphML, GEXF and CSV, "
               f"{len(names) - 1} fixtures written and read back"
               + (", compared with the committed files" if check_only else ""))
    if failures:
        print(f"INTEROP CHECK FAILED: {len(failures)} of {summary}:")
        for message in failures:
            print("  -", message)
        if check_only:
            print("If the difference is intended, regenerate with "
                  "`python3 scripts/interop/check_interop.py` and commit the fixtures.")
        return 1
    print(f"all interop checks passed ({summary})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
