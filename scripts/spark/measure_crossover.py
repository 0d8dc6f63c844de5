#!/usr/bin/env python3
"""Measures ActorGraph's in-process projection against Spark local[2] (project.py).

    python3 scripts/spark/measure_crossover.py --binary .build/release/actorgraph           # 10^5 and 10^6
    python3 scripts/spark/measure_crossover.py --binary .build/release/actorgraph --big     # and 10^7
    python3 scripts/spark/measure_crossover.py --binary PATH --sizes 100000 --work /tmp/x --keep

For each size n (10^5 and 10^6 interactions, and 10^7 with --big; --sizes
overrides), generates a dataset with scripts/report/generate_dataset.py
(max(5000, n/100) actors, seed 42; 10^7 is about 4.7 GB of JSON and takes
long to generate), writes its JSON Lines form (jsonl_from_dataset.py), then
times, one after the other. Memory: the generator holds the whole dataset (5.1 GB
peak at 10^6) and jsonl_from_dataset.py reads the whole JSON (2.7 GB at 10^6), so
--big needs about 50 GB; on a smaller machine time the two commands below on the
streamed file of scripts/bench/generate_jsonl.py instead (Guides/Scale.md, the
10^7 row):

  * ActorGraph: `actorgraph convert DATASET.json ties.csv` -- load the JSON
    dataset, project, write the edge and node tables (the Swift side also
    reads JSON Lines; the JSON form keeps this row comparable with earlier runs);
  * Spark: `python3 scripts/spark/project.py DATASET.jsonl OUT --master
    local[2]` -- start the JVM, read the JSON Lines, project, write
    vertices.csv and edges.csv (the seconds before Spark was up are shown
    apart);

each as wall-clock seconds, with the peak resident memory of the whole
process tree (the Python driver and its JVM for Spark), sampled from /proc
every 50 ms (for ActorGraph the larger of that and its own getrusage peak).
The edge tables of both must be equal (after the header) or the script
fails. Prints the machine's load average before each run (another job on the
machine slows both sides) and a Markdown table:

  | interactions | actors | ties | ActorGraph s | ActorGraph peak RSS | Spark s (JVM start) | Spark peak RSS | Spark / ActorGraph |

--driver-memory (default 2g; 8g for 10^7) is passed to project.py. The
datasets are kept in --work (default .bench-data/spark-crossover) and reused
when present; outputs are removed unless --keep. Needs Java and pyspark
(scripts/ensure-pyspark.sh).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PAGE = os.sysconf("SC_PAGE_SIZE")


def tree_rss(root: int) -> int:
    """Resident bytes of `root` and all its descendants."""
    parent: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                stat = handle.read()
            fields = stat[stat.rindex(b")") + 2:].split()
            parent[int(entry)] = int(fields[1])
        except (OSError, ValueError):
            continue
    members = {root}
    changed = True
    while changed:
        changed = False
        for pid, ppid in parent.items():
            if ppid in members and pid not in members:
                members.add(pid)
                changed = True
    total = 0
    for pid in members:
        try:
            with open(f"/proc/{pid}/statm") as handle:
                total += int(handle.read().split()[1]) * PAGE
        except (OSError, ValueError, IndexError):
            continue
    return total


def timed(command: list[str], log: Path) -> tuple[float, int, str]:
    """(seconds, peak tree RSS in bytes, stderr) of a command; fails on a non-zero exit."""
    started = time.monotonic()
    with open(log, "w") as err:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err)
        peak = 0
        done = threading.Event()

        def sample():
            nonlocal peak
            while not done.is_set():
                peak = max(peak, tree_rss(process.pid))
                done.wait(0.05)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.monotonic() - started
        done.set()
        sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    text = log.read_text(errors="replace")
    if process.returncode != 0:
        raise SystemExit(f"measure_crossover: {' '.join(command)} failed ({process.returncode}):\n{text[-3000:]}")
    return seconds, max(peak, usage.ru_maxrss * 1024), text


def mib(value: int) -> str:
    return f"{value / 2**20:,.0f} MiB" if value < 10 * 2**30 else f"{value / 2**30:.1f} GiB"


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", required=True, help="the actorgraph executable (a release build for fair times)")
    parser.add_argument("--big", action="store_true", help="also 10^7 interactions")
    parser.add_argument("--sizes", help="comma-separated interaction counts instead")
    parser.add_argument("--work", default=str(ROOT / ".bench-data" / "spark-crossover"))
    parser.add_argument("--driver-memory", help="project.py --driver-memory (default 2g, 8g from 10^7)")
    parser.add_argument("--keep", action="store_true", help="keep the outputs")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else [10**5, 10**6] + ([10**7] if args.big else [])
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    binary = str(Path(args.binary).resolve())
    rows = []
    for n in sizes:
        actors = max(5000, n // 100)
        dataset = work / f"generated-{actors}x{n}.json"
        jsonl = dataset.with_suffix(".jsonl")
        if not dataset.exists():
            print(f"generating {dataset.name} ...", file=sys.stderr, flush=True)
            subprocess.run([sys.executable, str(ROOT / "scripts" / "report" / "generate_dataset.py"), str(actors), str(n), "42",
                            str(dataset)], check=True, stdout=subprocess.DEVNULL)
        if not jsonl.exists() or jsonl.stat().st_mtime < dataset.stat().st_mtime:
            subprocess.run([sys.executable, str(HERE / "jsonl_from_dataset.py"), str(dataset), str(jsonl)], check=True)
        swift_out = work / f"ties-{n}.csv"
        print(f"{n} interactions: actorgraph convert (load average {load_average()}) ...", file=sys.stderr, flush=True)
        swift_seconds, swift_rss, _ = timed([binary, "convert", str(dataset), str(swift_out)], work / "swift.log")
        spark_out = work / f"spark-{n}"
        memory = args.driver_memory or ("8g" if n >= 10**7 else "2g")
        print(f"{n} interactions: project.py local[2] (load average {load_average()}) ...", file=sys.stderr, flush=True)
        spark_seconds, spark_rss, log = timed(
            [sys.executable, str(HERE / "project.py"), str(jsonl), str(spark_out), "--master", "local[2]",
             "--driver-memory", memory], work / "spark.log")
        up = re.search(r"\[\s*([0-9.]+) s\] Spark ", log)
        startup = float(up.group(1)) if up else float("nan")
        swift_body = swift_out.read_bytes().split(b"\r\n", 1)[1]
        spark_body = (spark_out / "edges.csv").read_bytes().split(b"\r\n", 1)[1]
        if swift_body != spark_body:
            raise SystemExit(f"measure_crossover: {n}: Spark's edges.csv differs from actorgraph convert's")
        ties = swift_body.count(b"\r\n")
        rows.append((n, actors, ties, swift_seconds, swift_rss, spark_seconds, startup, spark_rss))
        print(f"  ActorGraph {swift_seconds:.1f} s, {mib(swift_rss)}; Spark {spark_seconds:.1f} s "
              f"(JVM up after {startup:.1f} s), {mib(spark_rss)}; {ties} ties, equal", file=sys.stderr, flush=True)
        if not args.keep:
            for path in (swift_out, swift_out.with_name(swift_out.stem + "-nodes.csv")):
                path.unlink(missing_ok=True)
            subprocess.run(["rm", "-rf", str(spark_out)], check=True)

    print(f"Machine: {os.cpu_count()} cores; ActorGraph {binary}; Spark local[2]; "
          f"peak RSS of the process tree, sampled every 50 ms.\n")
    print("| interactions | actors | ties | ActorGraph s | ActorGraph peak RSS | Spark s (JVM start) | Spark peak RSS | Spark / ActorGraph |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n, actors, ties, ss, sr, ps, up, pr in rows:
        print(f"| {n:,} | {actors:,} | {ties:,} | {ss:.1f} | {mib(sr)} | {ps:.1f} ({up:.1f}) | {mib(pr)} | {ps / ss:.1f}× |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
