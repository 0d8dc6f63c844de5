#!/usr/bin/env python3
"""Windowed scoring: one `actorgraph timeline` run against ten `actorgraph scores` runs.

    python3 scripts/bench/timeline_vs_scores.py                 # builds, generates the data, prints a table
    python3 scripts/bench/timeline_vs_scores.py --no-build --repeats 1

The requirement (BENCHMARKS.md, run 7): scoring 10 yearly windows with

    actorgraph timeline DATASET --windows 2015,2016,...,2024 --only degree,betweenness,brokerage --format csv

is no slower than 10 separate runs of

    actorgraph scores DATASET --from Y --to Y --only degree,betweenness,brokerage --format csv

for Y = 2015 ... 2024. Both sides compute the same three scores (--only), so the
comparison finishes in minutes; both write CSV to a file (not timed separately).

Each command is one process, timed as its wall time (from start to exit, process
start-up included) with its peak resident set size (ru_maxrss of that child,
from os.wait4). The "scores" side's time is the sum of its ten processes and its
peak the largest of the ten. The whole comparison is repeated --repeats times
(sides alternating) and the best time of each side is reported, with every run.

The dataset is the temporal benchmark's (scripts/bench/temporal_dataset.py,
generated when missing). The release build is made with
`swift build -c release --product actorgraph` (--no-build reuses it).

When `actorgraph timeline --help` fails (the command is not in this build yet;
an unknown subcommand with --help prints the root help, which counts as failing)
the script says so and exits 0 without timing anything. Exit 1 when a command
fails.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))

import temporal_dataset  # noqa: E402  (the generator beside this file)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def build(skip: bool) -> Path:
    command = ["swift", "build", "-c", "release", "--product", "actorgraph"]
    if not skip:
        log("build: " + " ".join(command))
        if subprocess.run(command, cwd=ROOT, stdout=sys.stderr).returncode != 0:
            sys.exit("build failed: " + " ".join(command))
    bin_dir = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT,
                             capture_output=True, text=True).stdout.strip()
    binary = Path(bin_dir) / "actorgraph"
    if not binary.exists():
        sys.exit(f"no actorgraph executable at {binary}; build it or drop --no-build")
    return binary


def measure(command: list[str], output: Path) -> tuple[float, int]:
    """Runs `command` with stdout to `output`; returns (wall seconds, peak RSS KiB)."""
    with open(output, "wb") as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.PIPE)
        # stderr is small (warnings); read it after the exit would risk a full pipe.
        errors = process.stderr.read() if process.stderr else b""
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        tail = errors.decode("utf-8", "replace").strip().splitlines()[-3:]
        sys.exit(f"failed (exit {process.returncode}): {' '.join(command)}\n" + "\n".join(tail))
    return wall, usage.ru_maxrss  # KiB on Linux


def rows(path: Path) -> int:
    with open(path, "rb") as f:
        return max(0, sum(1 for _ in f) - 1)


def machine() -> str:
    try:
        load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        load = "?"
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    return f"{os.cpu_count()} cores, {platform.platform()}, commit {commit or '?'}, load average {load}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dataset", type=Path, help="default: the temporal benchmark's dataset (generated when missing)")
    parser.add_argument("--years", default="2015-2024", help="first-last year, one window each (default 2015-2024)")
    parser.add_argument("--only", default="degree,betweenness,brokerage", help="scores for both sides (default degree,betweenness,brokerage)")
    parser.add_argument("--repeats", type=int, default=3, help="repeat the comparison; the best time of each side counts (default 3)")
    parser.add_argument("--no-build", action="store_true", help="reuse the last release build")
    parser.add_argument("--binary", type=Path, help="an actorgraph executable to time instead of the release build (implies --no-build)")
    parser.add_argument("--work", type=Path, default=ROOT / ".bench-results" / "timeline", help="where the CSV outputs go")
    args = parser.parse_args(argv)
    try:
        first, last = (int(x) for x in args.years.split("-"))
    except ValueError:
        parser.error(f"--years expects FIRST-LAST, found {args.years!r}")
    if not 0 < first <= last or args.repeats < 1:
        parser.error("--years must be increasing years and --repeats at least 1")
    years = list(range(first, last + 1))

    binary = args.binary.resolve() if args.binary else build(args.no_build)
    if not binary.exists():
        sys.exit(f"no actorgraph executable at {binary}")
    # An unknown subcommand followed by --help prints the root help and exits 0,
    # so the probe also asks for the timeline command's own usage line.
    probe = subprocess.run([str(binary), "timeline", "--help"], capture_output=True, text=True)
    if probe.returncode != 0 or "actorgraph timeline" not in probe.stdout:
        why = f"exit {probe.returncode}" if probe.returncode != 0 else "it printed the root help, not the command's"
        print(f"skipped: `actorgraph timeline --help` failed ({why}): the timeline command is not in "
              "this build yet; nothing was timed. Run this script again once it is merged.")
        return 0

    dataset = args.dataset
    if dataset is None:
        dataset = temporal_dataset.default_path(42, 100_000)
        if not dataset.exists():
            log(f"data: generating {dataset}")
            temporal_dataset.main(["--out", str(dataset)])
    if not dataset.exists():
        sys.exit(f"no dataset at {dataset}")
    args.work.mkdir(parents=True, exist_ok=True)

    windows = ",".join(str(y) for y in years)
    timeline_command = [str(binary), "timeline", str(dataset), "--windows", windows, "--only", args.only, "--format", "csv"]

    def scores_command(year: int) -> list[str]:
        return [str(binary), "scores", str(dataset), "--from", str(year), "--to", str(year),
                "--only", args.only, "--format", "csv"]

    timeline_runs: list[tuple[float, int]] = []
    scores_runs: list[tuple[float, int, list[float]]] = []
    timeline_rows = scores_rows = 0
    load_start = machine()
    for repeat in range(args.repeats):
        # Alternate which side goes first, so a slow spell of a busy machine is shared.
        sides = ["timeline", "scores"] if repeat % 2 == 0 else ["scores", "timeline"]
        for side in sides:
            if side == "timeline":
                out = args.work / "timeline.csv"
                wall, peak = measure(timeline_command, out)
                timeline_runs.append((wall, peak))
                timeline_rows = rows(out)
                log(f"run {repeat + 1}: timeline {wall:.2f} s, peak {peak / 1024:.0f} MiB")
            else:
                walls, peaks, count = [], [], 0
                for year in years:
                    out = args.work / f"scores-{year}.csv"
                    wall, peak = measure(scores_command(year), out)
                    walls.append(wall)
                    peaks.append(peak)
                    count += rows(out)
                scores_runs.append((sum(walls), max(peaks), walls))
                scores_rows = count
                log(f"run {repeat + 1}: {len(years)} x scores {sum(walls):.2f} s, peak {max(peaks) / 1024:.0f} MiB")

    best_timeline = min(timeline_runs)
    best_scores = min(scores_runs, key=lambda run: run[0])
    ratio = best_timeline[0] / best_scores[0] if best_scores[0] > 0 else float("nan")
    short = lambda path: os.path.relpath(path, ROOT) if str(path).startswith(str(ROOT)) else str(path)  # noqa: E731
    shown = [part if not part.startswith(str(ROOT)) else short(part) for part in timeline_command]
    shown[0] = "actorgraph"
    print(f"Windowed scoring, {len(years)} yearly windows {first}-{last}, `--only {args.only}` on both sides, "
          f"dataset `{short(dataset)}`; best of {args.repeats} (sides alternating); "
          f"{dt.datetime.now().isoformat(timespec='seconds')}.")
    print(f"Machine: {load_start} at the start; load average at the end "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}.")
    print()
    print("| approach | command | wall s (best) | every run, s | peak RSS MiB | CSV rows | timeline / scores |")
    print("|---|---|---|---|---|---|---|")
    print(f"| one timeline process | `{' '.join(shown)}` | {best_timeline[0]:.2f} | "
          f"{', '.join(f'{w:.2f}' for w, _ in timeline_runs)} | {best_timeline[1] / 1024:.0f} | {timeline_rows} | "
          f"**{ratio:.2f}** ({'met' if ratio <= 1 else 'NOT met'}: must be ≤ 1) |")
    print(f"| {len(years)} scores processes | `actorgraph scores {short(dataset)} --from Y --to Y --only {args.only} "
          f"--format csv`, Y = {first}…{last} | {best_scores[0]:.2f} (sum) | "
          f"{', '.join(f'{run[0]:.2f}' for run in scores_runs)} | {best_scores[1] / 1024:.0f} (largest) | {scores_rows} | |")
    print()
    print("Per year in the best scores run (s): "
          + ", ".join(f"{y} {w:.2f}" for y, w in zip(years, best_scores[2])) + ".")
    return 0


if __name__ == "__main__":
    sys.exit(main())
