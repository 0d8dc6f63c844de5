#!/usr/bin/env python3
"""Times ActorGraph next to igraph, rustworkx and networkx on the same inputs.

Run from anywhere (paths are resolved from this file):

    python3 scripts/bench/run_benchmarks.py --quick          # smoke run, n = 2,000
    python3 scripts/bench/run_benchmarks.py                  # n = 2,000 / 20,000 / 100,000
    python3 scripts/bench/run_benchmarks.py --sizes 20000 --tasks betweenness,closeness --graphs ba

What it does, in order:

1. Records the machine (nproc, CPU model, memory, load average, versions).
2. Installs missing peers with pip (python-igraph, rustworkx; networkx is needed to
   generate the graphs). A peer that cannot be installed is reported and skipped.
3. Generates seeded inputs under .bench-data/ (git-ignored), unless already there:
   - ba-N:     networkx.barabasi_albert_graph(N, 5, seed)
   - gnm-N:    networkx.gnm_random_graph(N, M, seed), M = the edge count of ba-N
   - ba-N-w, gnm-N-w: the same edges with integer weights 1..5 (random.Random(seed))
   - edges-1m: gnm_random_graph(100,000, 1,000,000) with weights 1..5 (load-csv)
   - dataset-100k: a dataset JSON with 100,000 interactions of 2-4 participants (load-json)
   - dot-100k: a dataset JSON with 100,000 two-party interactions on distinct pairs,
     so 100,000 ties (dot)
   Edge lists are CSV with the header source,target[,weight]; isolates do not
   appear in an edge list, so every tool sees the same nodes.
4. Builds `swift build -c release --product actorgraph-bench`.
5. For each task and input runs each tool in its own process (ActorGraph: the
   actorgraph-bench executable; peers: this script with --worker), each printing
   one JSON line: load_s, algorithm_s (best of --repeats), load_algorithm_s (the
   load followed by the first run), peak_rss_kib (VmHWM), and the scores to a file.
6. Checks agreement first: every peer's scores, mapped to ActorGraph's convention
   (below), against ActorGraph's, by node id. Only then reports times: a Markdown
   table on stdout and in --out (plus every raw JSON line in a .jsonl beside it).

Agreement: for scores a (ActorGraph) and b (peer),
    max rel diff = max_i |a_i - b_i| / max(|a_i|, |b_i|, 1e-9 * max_j |b_j|)
(the floor keeps values near zero from dominating); NaN matches NaN only. A peer
agrees when the difference is at most the task's threshold: 1e-9 for exact
algorithms, 1e-5 for the power iterations (all iterative tools stop at the same
networkx rule with --tolerance, default 1e-10, which leaves differences of about
1e-7 to igraph's PRPACK and ARPACK; with networkx's default tolerance 1e-6 they
reach 1e-2 at n = 20,000), 0 for the load tasks (degrees and strengths are integers).
The ratio ActorGraph/best peer only uses peers that agree.

Conventions and how each peer is mapped to ActorGraph's (ActorGraph follows
networkx 3.6 throughout; see Sources/ActorGraph/Analysis and
scripts/fixtures/README.md):

| task | ActorGraph | igraph | rustworkx | networkx |
|---|---|---|---|---|
| betweenness | betweenness(normalized: true): the sum over unordered pairs times 2/((n-1)(n-2)) | g.betweenness(): the sum over unordered pairs, unnormalised; mapped by x 2/((n-1)(n-2)) | betweenness_centrality(normalized=True, endpoints=False, parallel_threshold=1): same as ActorGraph | betweenness_centrality(normalized=True): same |
| betweenness-weighted | lengths 1/weight, exact float ties | g.betweenness(weights=1/w), same scaling; igraph compares path lengths with a tolerance, so it may count near-equal paths as equal | no weighted node betweenness: skipped | weight="distance" (= 1/w) |
| closeness | Wasserman-Faust: (r-1)/sum d * (r-1)/(n-1), r = nodes reached incl. itself | g.closeness(): (r-1)/sum d over reached nodes; mapped by x (r-1)/(n-1) with r its component's size | closeness_centrality(wf_improved=True): same | closeness_centrality(wf_improved=True): same |
| harmonic | sum of 1/d over the other nodes | g.harmonic_centrality(normalized=False): same | none: skipped | harmonic_centrality: same |
| pagerank | damping 0.85, sums to 1, power iteration, networkx stopping rule | g.pagerank(damping=0.85) (PRPACK, exact): same scale | pagerank(alpha=0.85, tol) on the graph made directed both ways (rustworkx has PageRank for PyDiGraph only): same | pagerank(alpha=0.85, tol): same |
| eigenvector | Euclidean norm 1 | g.eigenvector_centrality(scale=True): maximum 1; mapped by / its Euclidean norm | eigenvector_centrality(tol): norm 1 | eigenvector_centrality(tol): norm 1 |
| constraint | Burt's constraint as networkx; none (nan) for isolates | g.constraint(): same on simple unweighted graphs | none: skipped | constraint: same |
| load-csv | degree per node | g.degree() | graph.degree(i) | G.degree |
| load-json | strength per node of the projection (count weights) | strength of the graph built from the interactions | same | same |
| dot | the number of ties written (edge statements in the DOT text) | same | same | needs pydot: skipped when it is missing |

The peers have no dataset format: for load-json and dot they parse the JSON with
Python's json module and build the graph from the interactions' participant
pairs (no validation; ActorGraph also validates the dataset).

Peers run with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE removed from their
environment (they slow a current numpy); threadpoolctl's report of that
environment is recorded when threadpoolctl is installed.
"""

from __future__ import annotations

import argparse
import csv
import datetime as _dt
import importlib
import io
import json
import math
import os
import platform
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent

ALL_PAIRS_TASKS = ["betweenness", "betweenness-weighted", "closeness", "harmonic"]
GRAPH_TASKS = ALL_PAIRS_TASKS + ["pagerank", "eigenvector", "constraint"]
LOAD_TASKS = ["load-csv", "load-json", "dot"]
ALL_TASKS = GRAPH_TASKS + LOAD_TASKS
ITERATIVE_TASKS = {"pagerank", "eigenvector"}
WEIGHTED_TASKS = {"betweenness-weighted"}
PEERS = ["igraph", "rustworkx", "networkx"]
# pip name, module name
PEER_PACKAGES = {"igraph": ("python-igraph", "igraph"), "rustworkx": ("rustworkx", "rustworkx"),
                 "networkx": ("networkx", "networkx")}
PEER_ENV_DROP = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")
BA_M = 5

# Differences of definition, not of correctness, each checked by hand (see the README).
# Such a peer is shown as "known difference", does not fail the run, and still counts
# in the ratio (marked with a dagger), since it does the same work.
KNOWN_DIFFERENCES = {
    ("betweenness-weighted", "igraph"):
        "igraph treats path lengths within a small relative epsilon as equal, so with lengths 1/w "
        "(w in 1..5) it ties paths such as 1/3+1/3+1/3 and 1, as exact arithmetic does; ActorGraph "
        "and networkx compare floating-point sums exactly and miss those ties. Checked: igraph with "
        "1/w equals networkx with the exactly representable lengths 60/w to 1e-15.",
}

THRESHOLDS = {task: 1e-9 for task in GRAPH_TASKS}
THRESHOLDS.update({task: 1e-5 for task in ITERATIVE_TASKS})
THRESHOLDS.update({"load-csv": 0.0, "load-json": 0.0, "dot": 0.0})


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------
# Timing and memory, shared by the workers
# ---------------------------------------------------------------------------

def peak_rss_kib() -> int | None:
    """VmHWM from /proc/self/status (KiB), or None off Linux."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


# ---------------------------------------------------------------------------
# Peer workers: one task, one tool, one input, in a fresh process
# ---------------------------------------------------------------------------

def read_edge_rows(text: str):
    """(source, target, weight or None) rows of an edge-list CSV text."""
    reader = csv.reader(io.StringIO(text))
    header = next(reader)
    weighted = len(header) > 2 and header[2] == "weight"
    if weighted:
        return [(s, t, float(w)) for s, t, w in reader], True
    return [(row[0], row[1], None) for row in reader], False


def index_rows(rows):
    """Node ids in order of first appearance and integer edges."""
    index: dict[str, int] = {}
    edges = []
    for s, t, _ in rows:
        i = index.get(s)
        if i is None:
            i = index[s] = len(index)
        j = index.get(t)
        if j is None:
            j = index[t] = len(index)
        edges.append((i, j))
    return list(index), edges


def igraph_from_text(text: str):
    import igraph as ig
    rows, weighted = read_edge_rows(text)
    ids, edges = index_rows(rows)
    g = ig.Graph(n=len(ids), edges=edges, directed=False)
    if weighted:
        g.es["weight"] = [w for _, _, w in rows]
    return g, ids


def networkx_from_text(text: str):
    import networkx as nx
    rows, weighted = read_edge_rows(text)
    G = nx.Graph()
    if weighted:
        G.add_edges_from((s, t, {"weight": w, "distance": 1.0 / w}) for s, t, w in rows)
    else:
        G.add_edges_from((s, t) for s, t, _ in rows)
    return G, list(G.nodes)


def rustworkx_from_path(path: str):
    import rustworkx as rx
    # rustworkx reads the CSV natively; the header line (it starts with "source")
    # is skipped as a comment; with labels=True node payloads are the id strings and
    # a third column becomes the edge payload (a string).
    g = rx.PyGraph.read_edge_list(path, deliminator=",", comment="s", labels=True)
    return g, [g[i] for i in g.node_indices()]


def interactions_pairs(document) -> dict[tuple[str, str], float]:
    """Count-weighted undirected ties from a dataset's interactions, as project()."""
    known = {actor["id"] for actor in document["actors"]}
    weights: dict[tuple[str, str], float] = {}
    for interaction in document["interactions"]:
        members = []
        for participant in interaction["participants"]:
            if participant in known and participant not in members:
                members.append(participant)
        for i in range(len(members)):
            for j in range(i + 1, len(members)):
                a, b = members[i], members[j]
                key = (a, b) if a < b else (b, a)
                weights[key] = weights.get(key, 0.0) + 1.0
    return weights


def graph_from_dataset(tool: str, document):
    """The peer's graph of a dataset's projection, node ids, and actor names."""
    names = {actor["id"]: actor["name"] for actor in document["actors"]}
    pairs = interactions_pairs(document)
    index: dict[str, int] = {}
    edges = []
    for a, b in pairs:
        for x in (a, b):
            if x not in index:
                index[x] = len(index)
        edges.append((index[a], index[b]))
    ids = list(index)
    weights = list(pairs.values())
    if tool == "igraph":
        import igraph as ig
        g = ig.Graph(n=len(ids), edges=edges, directed=False)
        g.vs["name"] = ids
        g.vs["label"] = [names[i] for i in ids]
        g.es["weight"] = weights
        return g, ids
    if tool == "rustworkx":
        import rustworkx as rx
        g = rx.PyGraph()
        g.add_nodes_from([{"id": i, "label": names[i]} for i in ids])
        g.add_edges_from([(s, t, w) for (s, t), w in zip(edges, weights)])
        return g, ids
    import networkx as nx
    G = nx.Graph()
    G.add_nodes_from((i, {"label": names[i]}) for i in ids)
    G.add_weighted_edges_from((ids[s], ids[t], w) for (s, t), w in zip(edges, weights))
    return G, ids


def peer_load(tool: str, task: str, path: str):
    """The timed load step: returns the state the algorithm runs on."""
    if task == "load-csv" or task == "load-json":
        with open(path, "rb") as f:
            return f.read()
    if task == "dot":
        with open(path, "rb") as f:
            return graph_from_dataset(tool, json.loads(f.read()))
    if tool == "igraph":
        with open(path, newline="") as f:
            g, ids = igraph_from_text(f.read())
        return g, ids
    if tool == "networkx":
        with open(path, newline="") as f:
            return networkx_from_text(f.read())
    g, ids = rustworkx_from_path(path)
    if task == "pagerank":
        g = g.to_directed()  # rustworkx has PageRank for PyDiGraph only
    return g, ids


def peer_unsupported(tool: str, task: str) -> str | None:
    if tool == "rustworkx" and task == "betweenness-weighted":
        return "rustworkx has no weighted node betweenness"
    if tool == "rustworkx" and task == "harmonic":
        return "rustworkx has no harmonic centrality"
    if tool == "rustworkx" and task == "constraint":
        return "rustworkx has no structural-hole constraint"
    if tool == "networkx" and task == "dot":
        try:
            importlib.import_module("pydot")
        except ImportError:
            return "networkx writes DOT through pydot or pygraphviz; neither is installed"
    return None


def peer_run(tool: str, task: str, state, path: str, options):
    """One timed algorithm run; returns (ids, raw scores) or (None, output path)."""
    tol, max_iter = options.tolerance, options.max_iterations
    if task == "load-csv":
        if tool == "igraph":
            g, ids = igraph_from_text(state.decode())
            return ids, g.degree()
        if tool == "networkx":
            G, ids = networkx_from_text(state.decode())
            return ids, [d for _, d in G.degree()]
        # rustworkx's native reader takes a path only: it reads the (cached) file again.
        g, ids = rustworkx_from_path(path)
        return ids, [g.degree(i) for i in g.node_indices()]
    if task == "load-json":
        document = json.loads(state)
        g, ids = graph_from_dataset(tool, document)
        if tool == "igraph":
            return ids, g.strength(weights="weight")
        if tool == "rustworkx":
            strength = [0.0] * len(ids)
            for s, t, w in g.weighted_edge_list():
                strength[s] += w
                strength[t] += w
            return ids, strength
        return ids, [d for _, d in g.degree(weight="weight")]
    if task == "dot":
        g, ids = state
        out = options.output
        if tool == "igraph":
            g.write_dot(out)
        elif tool == "rustworkx":
            g.to_dot(node_attr=lambda node: {"label": node["label"]},
                     edge_attr=lambda w: {"weight": repr(w)}, filename=out)
        else:
            import networkx as nx
            nx.nx_pydot.write_dot(g, out)
        return None, out

    g, ids = state
    if tool == "igraph":
        if task == "betweenness":
            return ids, g.betweenness(directed=False)
        if task == "betweenness-weighted":
            return ids, g.betweenness(directed=False, weights=[1.0 / w for w in g.es["weight"]])
        if task == "closeness":
            return ids, g.closeness(normalized=True)
        if task == "harmonic":
            return ids, g.harmonic_centrality(normalized=False)
        if task == "pagerank":
            return ids, g.pagerank(damping=options.damping)
        if task == "eigenvector":
            return ids, g.eigenvector_centrality(scale=True)
        if task == "constraint":
            return ids, g.constraint()
    if tool == "rustworkx":
        import rustworkx as rx
        if task == "betweenness":
            result = rx.betweenness_centrality(g, normalized=True, endpoints=False, parallel_threshold=1)
        elif task == "closeness":
            result = rx.closeness_centrality(g, wf_improved=True, parallel_threshold=1)
        elif task == "pagerank":
            result = rx.pagerank(g, alpha=options.damping, tol=tol, max_iter=max_iter)
        elif task == "eigenvector":
            result = rx.eigenvector_centrality(g, tol=tol, max_iter=max_iter)
        return ids, [result[i] for i in g.node_indices()]
    import networkx as nx
    if task == "betweenness":
        result = nx.betweenness_centrality(g, normalized=True)
    elif task == "betweenness-weighted":
        result = nx.betweenness_centrality(g, normalized=True, weight="distance")
    elif task == "closeness":
        result = nx.closeness_centrality(g, wf_improved=True)
    elif task == "harmonic":
        result = nx.harmonic_centrality(g)
    elif task == "pagerank":
        result = nx.pagerank(g, alpha=options.damping, tol=tol, max_iter=max_iter)
    elif task == "eigenvector":
        result = nx.eigenvector_centrality(g, tol=tol, max_iter=max_iter)
    elif task == "constraint":
        result = nx.constraint(g)
    return ids, [result[i] for i in ids]


def to_actorgraph_convention(tool: str, task: str, state, scores: list[float]) -> list[float]:
    """Maps a peer's raw scores onto ActorGraph's convention (see the module docstring)."""
    if tool != "igraph":
        return scores
    g, _ = state
    n = g.vcount()
    if task in ("betweenness", "betweenness-weighted"):
        scale = 2.0 / ((n - 1) * (n - 2)) if n > 2 else 0.0
        return [x * scale for x in scores]
    if task == "closeness":
        size = g.connected_components().sizes()
        membership = g.connected_components().membership
        return [x * (size[c] - 1) / (n - 1) if n > 1 and not math.isnan(x) else 0.0
                for x, c in zip(scores, membership)]
    if task == "eigenvector":
        norm = math.sqrt(sum(x * x for x in scores))
        return [x / norm for x in scores]
    return scores


def write_scores(path: str, ids, scores) -> None:
    with open(path, "w") as f:
        f.write("id\tscore\n")
        for i, x in zip(ids, scores):
            x = float(x)
            f.write(f"{i}\t{'nan' if math.isnan(x) else repr(x)}\n")


def worker_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="run_benchmarks.py --worker")
    parser.add_argument("tool", choices=PEERS)
    parser.add_argument("task", choices=ALL_TASKS)
    parser.add_argument("input")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--repeat-budget", type=float, default=120.0)
    parser.add_argument("--scores")
    parser.add_argument("--output", default=os.devnull)
    parser.add_argument("--tolerance", type=float, default=1e-10)
    parser.add_argument("--max-iterations", type=int, default=10_000)
    parser.add_argument("--damping", type=float, default=0.85)
    options = parser.parse_args(argv)
    line = {"tool": options.tool, "task": options.task, "input": options.input,
            "repeats": options.repeats}
    try:
        module = importlib.import_module(PEER_PACKAGES[options.tool][1])
        line["version"] = getattr(module, "__version__", "?")
    except ImportError as error:
        line.update(status="skipped", reason=f"{options.tool} is not installed ({error})")
        print(json.dumps(line), flush=True)
        return 0
    line["threads"] = {
        "igraph": "1 (PageRank's PRPACK: OpenMP, OMP_NUM_THREADS=%s)" % os.environ.get("OMP_NUM_THREADS", "unset"),
        "networkx": 1,
        "rustworkx": "Rayon, RAYON_NUM_THREADS=%s" % os.environ.get("RAYON_NUM_THREADS", "unset"),
    }[options.tool]
    reason = peer_unsupported(options.tool, options.task)
    if reason:
        line.update(status="skipped", reason=reason)
        print(json.dumps(line), flush=True)
        return 0
    try:
        line["baseline_rss_kib"] = peak_rss_kib()
        start = time.perf_counter()
        state = peer_load(options.tool, options.task, options.input)
        loaded = time.perf_counter()
        ids, scores = peer_run(options.tool, options.task, state, options.input, options)
        finished = time.perf_counter()
        runs = [finished - loaded]
        while len(runs) < options.repeats and sum(runs) < options.repeat_budget:
            t = time.perf_counter()
            peer_run(options.tool, options.task, state, options.input, options)
            runs.append(time.perf_counter() - t)
        line.update(load_s=loaded - start, load_algorithm_s=finished - start, algorithm_s=min(runs),
                    algorithm_runs=runs)
        if ids is not None:
            line["nodes"] = len(ids)
            if options.scores:
                graph_state = state if options.task in GRAPH_TASKS else None
                mapped = to_actorgraph_convention(options.tool, options.task, graph_state, scores) \
                    if graph_state is not None else scores
                write_scores(options.scores, ids, mapped)
                line["scores"] = options.scores
        else:
            line["output"] = options.output
        line["peak_rss_kib"] = peak_rss_kib()
        line["status"] = "ok"
    except Exception as error:  # reported, never silent
        line.update(status="error", reason=f"{type(error).__name__}: {error}")
        print(json.dumps(line), flush=True)
        return 1
    print(json.dumps(line), flush=True)
    return 0


# ---------------------------------------------------------------------------
# The driver
# ---------------------------------------------------------------------------

PEER_OMP_THREADS: str | None = None  # --peer-omp-threads


def peer_env() -> dict[str, str]:
    env = dict(os.environ)
    for name in PEER_ENV_DROP:
        env.pop(name, None)
    if PEER_OMP_THREADS:
        env["OMP_NUM_THREADS"] = PEER_OMP_THREADS
    return env


def machine_description() -> dict:
    info: dict = {"date": _dt.datetime.now().isoformat(timespec="seconds"),
                  "nproc": os.cpu_count(), "platform": platform.platform(),
                  "python": platform.python_version()}
    try:
        info["nproc"] = int(subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip())
    except (OSError, ValueError):
        pass
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                info["memory_gib"] = round(int(line.split()[1]) / 1024 / 1024, 1)
        info["load_average_start"] = Path("/proc/loadavg").read_text().split()[:3]
    except OSError:
        pass
    try:
        out = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout
        info["swift"] = out.strip().splitlines()[0] if out.strip() else "?"
    except OSError:
        info["swift"] = "not found"
    info["openblas_env_removed_for_peers"] = {k: os.environ[k] for k in PEER_ENV_DROP if k in os.environ}
    return info


def peer_versions_and_threadpools() -> dict:
    """Versions of the peers and threadpoolctl's report, in the peers' environment."""
    code = r"""
import json, importlib
out = {}
for name in ("igraph", "rustworkx", "networkx", "numpy", "scipy"):
    try:
        out[name] = importlib.import_module(name).__version__
    except Exception as error:
        out[name] = "missing"
try:
    from threadpoolctl import threadpool_info
    out["threadpools"] = [{k: p.get(k) for k in ("user_api", "internal_api", "version", "num_threads", "architecture")} for p in threadpool_info()]
except Exception as error:
    out["threadpools"] = "threadpoolctl not available (%s)" % type(error).__name__
print(json.dumps(out))
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=peer_env())
    try:
        return json.loads(result.stdout)
    except json.JSONDecodeError:
        return {"error": result.stderr.strip()[-500:]}


def ensure_peers(wanted: list[str], install: bool) -> list[str]:
    """Installs missing peers with pip; returns the peers that can be imported."""
    available = []
    for peer in wanted:
        package, module = PEER_PACKAGES[peer]
        check = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, env=peer_env())
        if check.returncode != 0 and install:
            log(f"peers: {peer} is missing; running pip install {package}")
            pip = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", package],
                                 capture_output=True, text=True)
            if pip.returncode != 0:
                log(f"peers: SKIPPING {peer}: pip install {package} failed: "
                    f"{(pip.stderr or pip.stdout).strip().splitlines()[-1:]}")
                continue
            check = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, env=peer_env())
        if check.returncode != 0:
            log(f"peers: SKIPPING {peer}: import {module} fails: {check.stderr.decode().strip().splitlines()[-1:]}")
            continue
        available.append(peer)
    for optional in ("threadpoolctl",):
        check = subprocess.run([sys.executable, "-c", f"import {optional}"], capture_output=True)
        if check.returncode != 0 and install:
            log(f"peers: installing {optional} (to record the BLAS thread pools)")
            pip = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", optional],
                                 capture_output=True, text=True)
            if pip.returncode != 0:
                log(f"peers: {optional} could not be installed; its report is left out")
    return available


# --- inputs ---------------------------------------------------------------

def write_edge_csv(path: Path, edges, weights=None) -> None:
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", newline="") as f:
        if weights is None:
            f.write("source,target\n")
            f.writelines(f"{u},{v}\n" for u, v in edges)
        else:
            f.write("source,target,weight\n")
            f.writelines(f"{u},{v},{w}\n" for (u, v), w in zip(edges, weights))
    tmp.replace(path)


def generate_inputs(data: Path, sizes: list[int], graphs: list[str], tasks: list[str], seed: int) -> dict:
    """Writes the inputs that are missing; returns {name: {path, n, m, kind}}."""
    import networkx as nx
    data.mkdir(parents=True, exist_ok=True)
    stamp = f"seed{seed}-nx{nx.__version__}"
    inputs: dict = {}
    want_weighted = any(t in WEIGHTED_TASKS for t in tasks)
    want_plain = any(t in GRAPH_TASKS and t not in WEIGHTED_TASKS for t in tasks)
    for n in sizes:
        ba_path = data / f"ba-{n}.{stamp}.csv"
        ba_edges = None

        def ba():
            nonlocal ba_edges
            if ba_edges is None:
                ba_edges = list(nx.barabasi_albert_graph(n, BA_M, seed=seed).edges())
            return ba_edges

        for family in graphs:
            for weighted in (False, True):
                if (weighted and not want_weighted) or (not weighted and not want_plain):
                    continue
                name = f"{family}-{n}" + ("-w" if weighted else "")
                path = data / f"{name}.{stamp}.csv"
                if not path.exists():
                    log(f"data: generating {name}")
                    if family == "ba":
                        edges = ba()
                    else:
                        m = n * BA_M - BA_M * BA_M  # the edge count of ba-n
                        edges = list(nx.gnm_random_graph(n, m, seed=seed).edges())
                    weights = None
                    if weighted:
                        rng = random.Random(seed)
                        weights = [rng.randint(1, 5) for _ in edges]
                    write_edge_csv(path, edges, weights)
                inputs[name] = {"path": path, "n": n, "family": family, "weighted": weighted}
    if "load-csv" in tasks:
        path = data / f"edges-1m.{stamp}.csv"
        if not path.exists():
            log("data: generating edges-1m (gnm, 100,000 nodes, 1,000,000 edges, weights 1..5)")
            edges = list(nx.gnm_random_graph(100_000, 1_000_000, seed=seed).edges())
            rng = random.Random(seed)
            write_edge_csv(path, edges, [rng.randint(1, 5) for _ in edges])
        inputs["edges-1m"] = {"path": path, "n": 100_000, "family": "gnm", "weighted": True}
    if "load-json" in tasks:
        path = data / f"dataset-100k.{stamp}.json"
        if not path.exists():
            log("data: generating dataset-100k (20,000 actors, 100,000 interactions)")
            write_dataset(path, actors=20_000, interactions=100_000, seed=seed, distinct_pairs=False)
        inputs["dataset-100k"] = {"path": path, "n": 20_000, "family": "dataset", "weighted": True}
    if "dot" in tasks:
        path = data / f"dot-100k.{stamp}.json"
        if not path.exists():
            log("data: generating dot-100k (20,000 actors, 100,000 two-party interactions on distinct pairs)")
            write_dataset(path, actors=20_000, interactions=100_000, seed=seed, distinct_pairs=True)
        inputs["dot-100k"] = {"path": path, "n": 20_000, "family": "dataset", "weighted": True}
    return inputs


KINDS = ["meeting", "call", "visit", "talks", "summit", "briefing", "message"]
TRACKS = ["official", "track1.5", "track2"]
STATUSES = ["confirmed", "reported", "denied", "planned"]
COUNTRIES = ["US", "RU", "UA", "FR", "DE", "GB", "CN", "TR", "QA", "SA", "EG", "JO"]


def write_dataset(path: Path, actors: int, interactions: int, seed: int, distinct_pairs: bool) -> None:
    """A valid dataset JSON (see Schema/actorgraph-dataset.schema.json)."""
    import networkx as nx
    rng = random.Random(seed)
    ids = [f"a{i:05d}" for i in range(actors)]
    actor_list = []
    for i, actor_id in enumerate(ids):
        actor = {"id": actor_id, "kind": "person", "name": f"Actor {i}"}
        if i % 3:
            actor["country"] = COUNTRIES[i % len(COUNTRIES)]
        actor_list.append(actor)
    if distinct_pairs:
        pairs = list(nx.gnm_random_graph(actors, interactions, seed=seed).edges())
        groups = [[ids[u], ids[v]] for u, v in pairs]
    else:
        # Preferential choice (a few busy actors, many occasional ones), 2-4 participants.
        weights = [1.0 / (1 + i) ** 0.6 for i in range(actors)]
        groups = []
        while len(groups) < interactions:
            size = rng.choices([2, 3, 4], weights=[80, 15, 5])[0]
            members = list(dict.fromkeys(rng.choices(ids, weights=weights, k=size)))
            if len(members) >= 2:
                groups.append(members)
    interaction_list = []
    for k, members in enumerate(groups):
        interaction = {
            "id": f"i{k:06d}", "kind": rng.choice(KINDS), "participants": members,
            "date": f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "track": rng.choice(TRACKS), "status": rng.choice(STATUSES),
        }
        if rng.random() < 0.5:
            interaction["initiator"] = members[0]
        interaction_list.append(interaction)
    document = {"actors": actor_list, "interactions": interaction_list}
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(document, indent=1))
    tmp.replace(path)


# --- running ----------------------------------------------------------------

def build_bench(skip: bool) -> Path:
    command = ["swift", "build", "-c", "release", "--product", "actorgraph-bench"]
    if not skip:
        log("build: " + " ".join(command))
        result = subprocess.run(command, cwd=ROOT, stdout=sys.stderr)  # stdout carries the report
        if result.returncode != 0:
            sys.exit("build failed: " + " ".join(command))
    bin_dir = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT,
                             capture_output=True, text=True).stdout.strip()
    binary = Path(bin_dir) / "actorgraph-bench"
    if not binary.exists():
        sys.exit(f"no benchmark executable at {binary}; build it or drop --no-build")
    return binary


def run_tool(command: list[str], env, timeout: float, tool: str, task: str) -> dict:
    start = time.perf_counter()
    try:
        result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"tool": tool, "task": task, "status": "timeout", "reason": f"no result within {timeout:.0f} s"}
    wall = time.perf_counter() - start
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if not lines:
        tail = (result.stderr or result.stdout).strip().splitlines()[-3:]
        return {"tool": tool, "task": task, "status": "error",
                "reason": f"exit {result.returncode}, no result line: {' | '.join(tail)}"}
    record = json.loads(lines[-1])
    record["process_wall_s"] = wall
    return record


def read_scores(path: str) -> dict[str, float]:
    scores = {}
    with open(path) as f:
        next(f)
        for line in f:
            key, value = line.rstrip("\n").split("\t")
            scores[key] = float(value)
    return scores


def max_rel_diff(reference: dict[str, float], other: dict[str, float]) -> tuple[float, str]:
    """The agreement measure of the module docstring, and where it is largest."""
    if reference.keys() != other.keys():
        missing = len(reference.keys() - other.keys()) + len(other.keys() - reference.keys())
        return math.inf, f"{missing} node ids differ"
    scale = max((abs(x) for x in other.values() if not math.isnan(x)), default=0.0)
    floor = max(1e-9 * scale, 1e-300)
    worst, where = 0.0, ""
    for key, a in reference.items():
        b = other[key]
        if math.isnan(a) or math.isnan(b):
            diff = 0.0 if math.isnan(a) and math.isnan(b) else math.inf
        else:
            diff = abs(a - b) / max(abs(a), abs(b), floor)
        if diff > worst:
            worst, where = diff, f"node {key}: {a!r} vs {b!r}"
    return worst, where


def dot_edge_count(path: str) -> int:
    """Edge statements between graph nodes in a DOT file: lines with the undirected
    edge operator, leaving out ActorGraph's legend (its node ids start with legend_)."""
    count = 0
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            statement = line.split("[", 1)[0]
            if "--" in statement and "legend_" not in statement:
                count += 1
    return count


def fmt_time(record: dict | None, key: str) -> str:
    if not record or record.get("status") != "ok":
        return "—"
    value = record.get(key)
    if value is None:
        return "—"
    return f"{value:.3g}" if value < 100 else f"{value:.0f}"


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        return worker_main(sys.argv[2:])
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="2000,20000,100000", help="comma-separated n (default %(default)s)")
    parser.add_argument("--graphs", default="ba,gnm", help="graph families: ba, gnm (default %(default)s)")
    parser.add_argument("--tasks", default=",".join(ALL_TASKS), help="comma-separated (default: all)")
    parser.add_argument("--peers", default=",".join(PEERS), help="comma-separated (default %(default)s)")
    parser.add_argument("--repeats", type=int, default=3, help="algorithm runs per tool; the best counts (default 3)")
    parser.add_argument("--repeat-budget", type=float, default=120.0,
                        help="stop repeating once a tool's runs add up to this many seconds (default 120)")
    parser.add_argument("--quick", action="store_true", help="smoke run: n = 2,000 only")
    parser.add_argument("--networkx-max-n", type=int, default=2000,
                        help="largest n for networkx on the all-pairs tasks (betweenness, closeness, harmonic)")
    parser.add_argument("--timeout", type=float, default=3600.0, help="seconds per tool run (default 3600)")
    parser.add_argument("--tolerance", type=float, default=1e-10,
                        help="power-iteration tolerance for ActorGraph, rustworkx and networkx (networkx rule)")
    parser.add_argument("--max-iterations", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--data", default=str(ROOT / ".bench-data"), help="input folder (git-ignored)")
    parser.add_argument("--out", default=str(ROOT / ".bench-results" / "benchmarks.md"),
                        help="Markdown report; raw JSON lines go beside it as .jsonl")
    parser.add_argument("--peer-omp-threads", metavar="N",
                        help="set OMP_NUM_THREADS=N for the peers (igraph's PageRank uses OpenMP, which "
                             "thrashes when other work holds the cores); default: left as it is")
    parser.add_argument("--no-install", action="store_true", help="do not pip install missing peers")
    parser.add_argument("--no-build", action="store_true", help="use the existing release build")
    args = parser.parse_args()

    sizes = [2000] if args.quick else [int(s) for s in args.sizes.split(",") if s]
    tasks = [t for t in args.tasks.split(",") if t]
    for t in tasks:
        if t not in ALL_TASKS:
            parser.error(f"unknown task {t}; tasks: {', '.join(ALL_TASKS)}")
    graphs = [g for g in args.graphs.split(",") if g]
    wanted_peers = [p for p in args.peers.split(",") if p]

    global PEER_OMP_THREADS
    PEER_OMP_THREADS = args.peer_omp_threads
    machine = machine_description()
    machine["peer_omp_num_threads"] = peer_env().get("OMP_NUM_THREADS", "unset")
    log(f"machine: {machine.get('nproc')} cores, {machine.get('cpu', '?')}, {machine.get('memory_gib', '?')} GiB, "
        f"load average {' '.join(machine.get('load_average_start', []))}")
    peers = ensure_peers(sorted(set(wanted_peers) | {"networkx"}), install=not args.no_install)
    if "networkx" not in peers:
        sys.exit("networkx is needed to generate the graphs and could not be installed")
    peers = [p for p in wanted_peers if p in peers]
    machine["peers"] = peer_versions_and_threadpools()

    inputs = generate_inputs(Path(args.data), sizes, graphs, tasks, args.seed)
    binary = build_bench(args.no_build)

    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    work = out.parent / "runs"
    work.mkdir(exist_ok=True)
    jsonl = out.with_suffix(".jsonl")
    raw = open(jsonl, "w")
    raw.write(json.dumps({"machine": machine}) + "\n")

    def inputs_for(task: str) -> list[str]:
        if task == "load-csv":
            return ["edges-1m"]
        if task == "load-json":
            return ["dataset-100k"]
        if task == "dot":
            return ["dot-100k"]
        weighted = task in WEIGHTED_TASKS
        return [name for name, meta in inputs.items()
                if meta["family"] in graphs and meta["weighted"] == weighted and meta["n"] in sizes
                and name.startswith(meta["family"] + "-")]

    common = ["--repeats", str(args.repeats), "--repeat-budget", str(args.repeat_budget),
              "--tolerance", repr(args.tolerance), "--max-iterations", str(args.max_iterations)]
    groups = []  # (task, input name, {tool: record}, {tool: (diff, where)})
    for task in tasks:
        for name in inputs_for(task):
            path = str(inputs[name]["path"])
            records: dict[str, dict] = {}
            stem = f"{task}.{name}"
            suffix = ".dot" if task == "dot" else ".tsv"
            command = [str(binary), task, path] + common
            command += ["--output", str(work / f"{stem}.actorgraph.dot")] if task == "dot" else \
                ["--scores", str(work / f"{stem}.actorgraph.tsv")]
            log(f"run: {task} on {name}: actorgraph")
            records["actorgraph"] = run_tool(command, None, args.timeout, "actorgraph", task)
            for peer in peers:
                if records["actorgraph"].get("status") != "ok":
                    records[peer] = {"tool": peer, "task": task, "status": "skipped",
                                     "reason": "ActorGraph did not run, so there is nothing to compare with"}
                    continue
                if peer == "networkx" and task in ALL_PAIRS_TASKS and inputs[name]["n"] > args.networkx_max_n:
                    records[peer] = {"tool": peer, "task": task, "status": "skipped",
                                     "reason": f"n > --networkx-max-n {args.networkx_max_n}"}
                    continue
                target = str(work / f"{stem}.{peer}{suffix}")
                command = [sys.executable, str(Path(__file__).resolve()), "--worker", peer, task, path] + common
                command += ["--output", target] if task == "dot" else ["--scores", target]
                log(f"run: {task} on {name}: {peer}")
                records[peer] = run_tool(command, peer_env(), args.timeout, peer, task)
            for tool, record in records.items():
                record["input_name"] = name
                raw.write(json.dumps(record) + "\n")
                if record.get("status") != "ok":
                    log(f"  {tool}: {record.get('status')}: {record.get('reason', '')}")
                else:
                    log(f"  {tool}: algorithm {record['algorithm_s']:.4f} s, load+algorithm "
                        f"{record['load_algorithm_s']:.4f} s")
            raw.flush()
            groups.append((task, name, records, agreement(task, records)))
    raw.close()
    machine["load_average_end"] = Path("/proc/loadavg").read_text().split()[:3] if Path("/proc/loadavg").exists() else []

    report = render_report(machine, groups, inputs, args)
    print(report)
    out.write_text(report)
    log(f"report: {out} (raw lines: {jsonl})")
    failed = [(t, n, tool) for t, n, _, diffs in groups for tool, (d, _) in diffs.items()
              if d > THRESHOLDS[t] and (t, tool) not in KNOWN_DIFFERENCES]
    for t, n, tool in failed:
        log(f"agreement: {tool} DISAGREES with ActorGraph on {t} / {n}")
    return 1 if failed else 0


def agreement(task: str, records: dict[str, dict]) -> dict[str, tuple[float, str]]:
    """Each peer's max rel diff against ActorGraph (only when both ran)."""
    ours = records.get("actorgraph", {})
    if ours.get("status") != "ok":
        return {}
    diffs = {}
    if task == "dot":
        reference = dot_edge_count(ours["output"])
        ours["dot_edges"] = reference
        for tool, record in records.items():
            if tool == "actorgraph" or record.get("status") != "ok":
                continue
            count = dot_edge_count(record["output"])
            record["dot_edges"] = count
            diffs[tool] = (abs(count - reference) / max(reference, 1),
                           f"{count} edge statements vs {reference}")
        return diffs
    reference = read_scores(ours["scores"])
    for tool, record in records.items():
        if tool == "actorgraph" or record.get("status") != "ok":
            continue
        diffs[tool] = max_rel_diff(reference, read_scores(record["scores"]))
    return diffs


def render_report(machine: dict, groups, inputs, args) -> str:
    lines = ["# ActorGraph benchmarks", ""]
    peers = machine.get("peers", {})
    lines.append(f"- date: {machine.get('date')}")
    lines.append(f"- machine: {machine.get('nproc')} cores ({machine.get('cpu', '?')}), "
                 f"{machine.get('memory_gib', '?')} GiB; {machine.get('platform')}")
    lines.append(f"- load average at start {' '.join(machine.get('load_average_start', []))}, "
                 f"at end {' '.join(machine.get('load_average_end', []))} "
                 "(well above 0 means other work shared the cores)")
    lines.append(f"- {machine.get('swift')}; Python {machine.get('python')}; "
                 + ", ".join(f"{k} {peers.get(k, '?')}" for k in ("igraph", "rustworkx", "networkx", "numpy", "scipy")))
    lines.append(f"- threads: ActorGraph one worker per core; rustworkx its Rayon pool (all cores); "
                 f"networkx one; igraph one except PageRank (PRPACK, OpenMP; OMP_NUM_THREADS "
                 f"{machine.get('peer_omp_num_threads')})")
    lines.append(f"- peers ran without {', '.join(PEER_ENV_DROP)} "
                 f"(set here: {machine.get('openblas_env_removed_for_peers') or 'no'}); "
                 f"threadpoolctl: {json.dumps(peers.get('threadpools'))}")
    lines.append(f"- repeats {args.repeats} (budget {args.repeat_budget:.0f} s per tool), power-iteration "
                 f"tolerance {args.tolerance:g}, seed {args.seed}")
    lines.append("")
    lines.append("## Agreement (checked before any time is reported)")
    lines.append("")
    lines.append("| task | graph | peer | max rel diff | threshold | verdict | where |")
    lines.append("|---|---|---|---|---|---|---|")
    for task, name, records, diffs in groups:
        if not diffs:
            status = records.get("actorgraph", {})
            lines.append(f"| {task} | {name} | — | — | — | not checked: ActorGraph {status.get('status')} "
                         f"({status.get('reason', '')}) | |")
        for tool, (diff, where) in diffs.items():
            verdict = "agrees" if diff <= THRESHOLDS[task] else \
                "known difference†" if (task, tool) in KNOWN_DIFFERENCES else "**DISAGREES**"
            lines.append(f"| {task} | {name} | {tool} | {diff:.2e} | {THRESHOLDS[task]:.0e} | {verdict} | {where} |")
    lines.append("")
    lines.append("## Times (seconds; algorithm = best run, load+algorithm = load then first run)")
    lines.append("")
    lines.append("| task | graph | n | m | tool | algorithm | load+algorithm | ratio AG/best peer (alg; load+alg) "
                 "| max rel diff | peak RSS MiB | note |")
    lines.append("|---|---|---|---|---|---|---|---|---|---|---|")
    for task, name, records, diffs in groups:
        ours = records.get("actorgraph", {})
        agreeing = [t for t, (d, _) in diffs.items() if d <= THRESHOLDS[task] or (task, t) in KNOWN_DIFFERENCES]
        n = ours.get("nodes", inputs[name]["n"])
        m = ours.get("edges", "—")
        for tool, record in records.items():
            ok = record.get("status") == "ok"
            ratio = ""
            if tool == "actorgraph" and ok and agreeing:
                parts, bests = [], []
                for key in ("algorithm_s", "load_algorithm_s"):
                    best_tool = min(agreeing, key=lambda t: records[t][key])
                    best = records[best_tool][key]
                    parts.append(f"{record[key] / best:.2f}" if best > 0 else "—")
                    bests.append(best_tool + ("†" if (task, best_tool) in KNOWN_DIFFERENCES else ""))
                versus = bests[0] if bests[0] == bests[1] else f"{bests[0]}; {bests[1]}"
                ratio = f"{parts[0]}; {parts[1]} (vs {versus})"
            elif tool == "actorgraph" and ok:
                ratio = "no agreeing peer"
            diff = diffs.get(tool)
            diff_text = "—" if diff is None else f"{diff[0]:.1e}" + (
                "" if diff[0] <= THRESHOLDS[task] else " †" if (task, tool) in KNOWN_DIFFERENCES else " ✗")
            rss = record.get("peak_rss_kib")
            note = "" if ok else f"{record.get('status')}: {record.get('reason', '')}"
            lines.append(f"| {task} | {name} | {n} | {m} | {tool} | {fmt_time(record, 'algorithm_s')} | "
                         f"{fmt_time(record, 'load_algorithm_s')} | {ratio} | {diff_text} | "
                         f"{'' if not rss else round(rss / 1024)} | {note} |")
    lines.append("")
    lines.append("Ratios below 1 mean ActorGraph is faster than the fastest agreeing peer; ✗ marks a peer "
                 "that disagrees (left out of the ratio).")
    seen = {(task, tool) for task, _, _, diffs in groups for tool, (d, _) in diffs.items()
            if d > THRESHOLDS[task] and (task, tool) in KNOWN_DIFFERENCES}
    for task, tool in sorted(seen):
        lines.append("")
        lines.append(f"† {task}, {tool}: {KNOWN_DIFFERENCES[(task, tool)]}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
