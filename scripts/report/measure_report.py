#!/usr/bin/env python3
"""Measures `actorgraph report` on a generated dataset against issue 14's targets.

    python3 scripts/report/measure_report.py --binary .build/release/actorgraph   # 5,000 actors, 20,000 interactions
    python3 scripts/report/measure_report.py --quick                              # 2,500 / 10,000, for CI
    python3 scripts/report/measure_report.py --html out/report.html               # measure a page already written

It builds nothing. It

1. writes the dataset with scripts/report/generate_dataset.py (N_ACTORS
   N_INTERACTIONS SEED; default 5000 20000 42, into .bench-data/);
2. runs `actorgraph report DATASET -o .bench-results/report/report-NxM.html
   --layout sfdp` and records its wall time and peak RSS, and the file's size,
   split into the inline SVG, the embedded JSON, the script and the style.
   sfdp because dot does not finish on these networks (5,000 actors: killed
   after 20 minutes; even 500 actors and 4,443 ties take over 5 minutes);
   `--layout auto` first tries the command's default layout (dot) for
   --dot-timeout seconds, then sfdp, and reports both. Below 2,000 nodes the
   command routes sfdp's lines around the nodes, which takes minutes on a
   thousand nodes: hence --quick's 2,500 actors;
3. opens the file in headless Chromium (Debian's /usr/bin/chromium driven by
   Playwright for Python; scripts/ensure-browser.sh installs both) --runs times,
   each in a fresh browser context, and measures from navigation start
   (performance.timeOrigin): DOMContentLoaded, load, first contentful paint,
   `window.actorGraphReport.ready` resolved, and the end of the first frame
   drawn after it (requestAnimationFrame in ready's callback, then a task): the
   first render. The page resolves `ready` when its start-up script (and the
   scores) are done, before the browser has laid out and painted the page; the
   frame after it is what a reader waits for, so that is the figure held to
   the 2 s target (it is at most one frame later than a `ready` resolved after
   the first frame);
4. moves the time slider --steps steps (half of them `#time-to` from the end
   towards the middle, then `#time-from` from the start towards `#time-to`),
   each step: set the value, dispatch an `input` event, wait until
   `actorGraphReport.filter` has changed and the next frame is drawn
   (requestAnimationFrame, then a task). Reported per step: the synchronous
   handler time, the wall time to that frame (measured with performance.now() in
   the page), `actorGraphReport.lastUpdateMs`, and Chromium's own split of the
   step (script, style recalculation, layout; CDP Performance.getMetrics);
5. times `actorGraphReport.scores()` (awaited when it returns a promise): for
   the last slider window right after the last step, then from a
   `setFilter()` to the year 2025, and to no filter; and checks the last window's actor count against
   `actorgraph scores DATASET --from … --to … --only degree` (same filter);
6. prints a Markdown table and writes every figure to
   .bench-results/report/measure.json.

Targets (issue 14): file < 15 MB (15,000,000 bytes); first render (the first
frame drawn after `ready`) < 2 s, the median of the loads; slider step
< 100 ms, the median and the slowest step (only the median with --quick or
--slider-gate median: on a busy CI machine one slow step is noise). The exit
code is 1 when one fails (or the CLI check differs), 2 when the measurement
could not run (binary missing, no `report` command, Playwright missing, the
page never became ready).

--report-arg passes one more argument to `actorgraph report` (repeat it:
`--report-arg=--assets-from --report-arg=Sources/ActorGraph/Report/Assets`
measures the page's current asset files with an older build); --html measures
a page already written (the dataset is still generated for the CLI check).

--profile then loads the page once more and moves the slider three steps with
a CPU profile (CDP Profiler) and a Chromium trace of each running (not timed;
OUT/load.cpuprofile, load.trace.json, slider.*: Chromium's DevTools open
both), and prints the JavaScript functions with the most self time and the
trace events (parsing, style, layout, paint, raster ...) with the most time:
what to look at when a target fails.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))
import generate_dataset  # noqa: E402

SIZE_LIMIT = 15_000_000
FIRST_RENDER_LIMIT_MS = 2000.0
STEP_LIMIT_MS = 100.0

# Installed before any page script runs: catches the moment actorGraphReport.ready resolves.
INIT_SCRIPT = r"""
(() => {
  const ag = window.__agMeasure = {definedAt: null, readyAt: null, paintedAt: null, readyError: null, longTasks: []};
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) ag.longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
    }).observe({type: 'longtask', buffered: true});
  } catch (e) {}
  const hook = (api) => {
    if (ag.definedAt === null) ag.definedAt = performance.now();
    if (ag.hooked || !api || !api.ready || typeof api.ready.then !== 'function') return;
    ag.hooked = true;
    api.ready.then(() => {
      ag.readyAt = performance.now();
      requestAnimationFrame(() => setTimeout(() => { ag.paintedAt = performance.now(); }, 0));
    }, (error) => { ag.readyError = String(error); });
  };
  let value;
  try {
    Object.defineProperty(window, 'actorGraphReport', {
      configurable: true, enumerable: true,
      get() { return value; },
      set(v) { value = v; hook(v); },
    });
  } catch (e) {}
  // In case `ready` is attached to the object after it is assigned.
  document.addEventListener('DOMContentLoaded', () => hook(value));
})();
"""

# One slider step, run in the page: returns the times in ms (performance.now()).
STEP_SCRIPT = r"""
async ([selector, value]) => {
  const api = window.actorGraphReport;
  const element = document.querySelector(selector);
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const before = JSON.stringify(api.filter);
  const t0 = performance.now();
  element.value = String(value);
  element.dispatchEvent(new Event('input', {bubbles: true}));
  const t1 = performance.now();
  let changedAt = JSON.stringify(api.filter) !== before ? t1 : null;
  while (changedAt === null && performance.now() - t0 < 10000) {
    await frame();
    if (JSON.stringify(api.filter) !== before) changedAt = performance.now();
  }
  let frameStart = null;
  await new Promise((resolve) => requestAnimationFrame(() => { frameStart = performance.now(); setTimeout(resolve, 0); }));
  const t2 = performance.now();
  const network = api.network();
  const counts = document.querySelector('#counts');
  return {
    value: Number(element.value), sync: t1 - t0, changed: changedAt === null ? null : changedAt - t0,
    frameStart: frameStart - t0, wall: t2 - t0,
    lastUpdateMs: typeof api.lastUpdateMs === 'number' ? api.lastUpdateMs : null,
    filter: api.filter, actors: network.actors.length, ties: network.ties, interactions: network.interactions,
    counts: counts ? counts.textContent.trim() : null,
    hiddenNodes: document.querySelectorAll('#diagram g[id^="actor-"].hidden').length,
    hiddenTies: document.querySelectorAll('#diagram g[id^="tie-"].hidden').length,
  };
}
"""

# The time to the filtered network's scores, from a filter change (or now) to scores() resolved.
SCORES_SCRIPT = r"""
async ([partial]) => {
  const api = window.actorGraphReport;
  const t0 = performance.now();
  if (partial !== null) api.setFilter(partial);
  const t1 = performance.now();
  let result = api.scores();
  const t2 = performance.now();
  if (result && typeof result.then === 'function') result = await result;
  const t3 = performance.now();
  const nodes = result && Array.isArray(result.nodes) ? result.nodes.length : null;
  const status = document.querySelector('#scores-status');
  return {setFilter: t1 - t0, scoresCall: t2 - t1, scores: t3 - t1, total: t3 - t0, nodes,
          actors: api.network().actors.length, filter: api.filter,
          status: status ? status.textContent.trim() : null, lastUpdateMs: api.lastUpdateMs};
}
"""

CDP_METRICS = ["ScriptDuration", "RecalcStyleDuration", "LayoutDuration", "TaskDuration", "JSHeapUsedSize",
               "Nodes", "LayoutCount", "RecalcStyleCount"]


def fail(message: str, code: int = 2) -> None:
    print(f"measure_report: {message}", file=sys.stderr)
    sys.exit(code)


def machine() -> dict:
    info = {"nproc": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version()}
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                info["memory_gib"] = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return info


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def run_timed(command: list[str], timeout: float) -> dict:
    """Runs command; its wall time, peak RSS (MiB, from wait4), exit code, stderr tail; killed after timeout."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    deadline = start + timeout
    status = None
    rusage = None
    while True:
        pid, status, rusage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            os.killpg(process.pid, signal.SIGKILL)
            pid, status, rusage = os.wait4(process.pid, 0)
            wall = time.perf_counter() - start
            process.returncode = -9
            return {"command": command, "wall_s": round(wall, 2), "timed_out": True, "exit": None,
                    "peak_rss_mib": round(rusage.ru_maxrss / 1024, 1), "stderr": ""}
        time.sleep(0.02)
    wall = time.perf_counter() - start
    stderr = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
    process.stdout.close()
    process.stderr.close()
    return {"command": command, "wall_s": round(wall, 2), "timed_out": False,
            "exit": os.waitstatus_to_exitcode(status), "peak_rss_mib": round(rusage.ru_maxrss / 1024, 1),
            "stderr": stderr[-2000:]}


def report_help(binary: Path) -> str | None:
    try:
        result = subprocess.run([str(binary), "report", "--help"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return result.stdout if result.returncode == 0 else None


def write_report(args, binary: Path, dataset: Path, html: Path, help_text: str) -> dict:
    """Runs `actorgraph report`; with --layout auto, dot (the default) within --dot-timeout, else sfdp."""
    extra = list(args.report_arg or [])
    if "--quiet" in help_text:
        extra.append("--quiet")
    attempts = []
    layouts = ["default", "sfdp"] if args.layout == "auto" else [args.layout]
    for layout in layouts:
        command = [str(binary), "report", str(dataset), "-o", str(html)] + extra
        if layout != "default":
            command += ["--layout", layout]
        limit = args.dot_timeout if (layout == "default" and args.layout == "auto") else args.timeout
        if html.exists():
            html.unlink()
        print(f"measure_report: {' '.join(command)} (at most {limit:.0f} s)", file=sys.stderr)
        result = run_timed(command, limit)
        result["layout"] = "dot (default)" if layout == "default" else layout
        attempts.append(result)
        if result["exit"] == 0 and html.exists():
            break
        print(f"measure_report: layout {result['layout']}: "
              f"{'killed after ' + str(result['wall_s']) + ' s' if result['timed_out'] else 'exit ' + str(result['exit'])}"
              f" {result['stderr'].strip()[-300:]}", file=sys.stderr)
    return {"attempts": attempts, "ok": attempts[-1]["exit"] == 0 and html.exists()}


def size_breakdown(html: Path) -> dict:
    data = html.read_bytes()
    text = data.decode("utf-8", "replace")

    def span(pattern: str) -> int:
        match = re.search(pattern, text, re.S)
        return len(match.group(1).encode("utf-8")) if match else 0

    parts = {
        "total": len(data),
        "svg": span(r'id="diagram"[^>]*>(.*?</svg>)'),
        "json": span(r'<script type="application/json" id="actorgraph-data">(.*?)</script>'),
        "script": span(r"<script>(.*?)</script>"),
        "style": span(r"<style>(.*?)</style>"),
    }
    parts["other"] = parts["total"] - parts["svg"] - parts["json"] - parts["script"] - parts["style"]
    svg = re.search(r'id="diagram"[^>]*>(.*?</svg>)', text, re.S)
    if svg:
        body = svg.group(1)
        parts["svg_groups"] = body.count("<g ")
        parts["svg_ties"] = len(re.findall(r'<g id="tie(?:-|&#45;)', body))
        parts["svg_actors"] = len(re.findall(r'<g id="actor(?:-|&#45;)', body))
        # What the SVG's bytes are: comments, <title> elements, path data, the rest.
        parts["svg_comments"] = sum(len(m.encode()) for m in re.findall(r"<!--.*?-->", body, re.S))
        parts["svg_titles"] = sum(len(m.encode()) for m in re.findall(r"<title>.*?</title>", body, re.S))
        parts["svg_path_data"] = sum(len(m.encode()) for m in re.findall(r' (?:d|points)="[^"]*"', body))
    match = re.search(r'<script type="application/json" id="actorgraph-data">(.*?)</script>', text, re.S)
    if match:
        try:
            payload = json.loads(match.group(1))
            parts["json_sections"] = {key: len(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode())
                                      for key, value in payload.items()}
        except json.JSONDecodeError:
            pass
    return parts


def cdp_metrics(session) -> dict:
    metrics = {m["name"]: m["value"] for m in session.send("Performance.getMetrics")["metrics"]}
    return {name: metrics.get(name) for name in CDP_METRICS}


def metric_delta(after: dict, before: dict) -> dict:
    out = {}
    for name in ("ScriptDuration", "RecalcStyleDuration", "LayoutDuration", "TaskDuration"):
        if after.get(name) is not None and before.get(name) is not None:
            out[name] = round((after[name] - before[name]) * 1000, 1)
    return out


def top_functions(profile: dict, count: int = 15) -> list[dict]:
    """The functions with the most self time in a CDP CPU profile."""
    nodes = {node["id"]: node for node in profile["nodes"]}
    self_us: dict[int, float] = {}
    samples, deltas = profile.get("samples", []), profile.get("timeDeltas", [])
    for i, sample in enumerate(samples):
        # A sample's duration is the delta to the next sample.
        delta = deltas[i + 1] if i + 1 < len(deltas) else 0
        self_us[sample] = self_us.get(sample, 0) + delta
    by_function: dict[tuple, float] = {}
    for node_id, us in self_us.items():
        frame = nodes[node_id]["callFrame"]
        key = (frame.get("functionName") or "(anonymous)", frame.get("url", "")[-40:], frame.get("lineNumber", -1) + 1)
        by_function[key] = by_function.get(key, 0) + us
    total = sum(by_function.values()) or 1
    ranked = sorted(by_function.items(), key=lambda item: -item[1])[:count]
    return [{"function": name, "url": url, "line": line, "self_ms": round(us / 1000, 1),
             "share": round(us / total, 3)} for (name, url, line), us in ranked]


def slider_plan(page, steps: int) -> list[tuple[str, int]]:
    bounds = page.evaluate("""() => ['#time-from', '#time-to'].map((s) => {
        const e = document.querySelector(s); return [Number(e.min), Number(e.max), Number(e.value)]; })""")
    (low, high, _), _ = bounds
    if high - low < 4:
        fail(f"the time slider spans only {high - low} steps (min {low}, max {high})")
    half = max(1, steps // 2)
    middle = low + (high - low) // 2
    plan = []
    # #time-to from the end down to the middle, then #time-from up towards it.
    to_values = sorted({round(high - (high - middle) * (i + 1) / half) for i in range(half)}, reverse=True)
    plan += [("#time-to", v) for v in to_values if v != high]
    from_values = sorted({round(low + (middle - 1 - low) * (i + 1) / (steps - half)) for i in range(steps - half)})
    plan += [("#time-from", v) for v in from_values if v != low]
    return plan


def day_text(day: int) -> str:
    return dt.date.fromordinal(day).isoformat()


def cli_actor_ids(binary: Path, dataset: Path, first: int | None, last: int | None) -> list[str] | None:
    command = [str(binary), "scores", str(dataset), "--only", "degree", "--format", "json"]
    if first is not None:
        command += ["--from", day_text(first)]
    if last is not None:
        command += ["--to", day_text(last)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        print(f"measure_report: {' '.join(command)} failed: {result.stderr.strip()[:300]}", file=sys.stderr)
        return None
    return [node["id"] for node in json.loads(result.stdout)["nodes"]]


TRACE_CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink", "cc", "viz", "gpu",
                    "toplevel", "v8", "loading"]


def summarise_trace(raw: bytes, count: int = 25) -> list[dict]:
    """Chromium trace events summed by thread and name: where the wall time went (nested events overlap)."""
    trace = json.loads(raw)
    events = trace["traceEvents"] if isinstance(trace, dict) else trace
    threads = {}
    for e in events:
        if e.get("ph") == "M" and e.get("name") == "thread_name":
            threads[(e["pid"], e["tid"])] = e["args"]["name"]
    totals: dict[tuple[str, str], list[float]] = {}
    open_events: dict[tuple, list] = {}
    for e in events:
        key = (threads.get((e.get("pid"), e.get("tid")), str(e.get("tid"))), e.get("name", "?"))
        if e.get("ph") == "X" and "dur" in e:
            totals.setdefault(key, [0.0, 0])
            totals[key][0] += e["dur"] / 1000
            totals[key][1] += 1
        elif e.get("ph") == "B":
            open_events.setdefault((e.get("pid"), e.get("tid"), e.get("name")), []).append(e["ts"])
        elif e.get("ph") == "E":
            stack = open_events.get((e.get("pid"), e.get("tid"), e.get("name")))
            if stack:
                start = stack.pop()
                totals.setdefault(key, [0.0, 0])
                totals[key][0] += (e["ts"] - start) / 1000
                totals[key][1] += 1
    ranked = sorted(totals.items(), key=lambda item: -item[1][0])
    skip = {"ThreadControllerImpl::RunTask", "RunTask", "ThreadPool_RunTask", "TaskGraphRunner::RunTask",
            "SequenceManager RunTask", "toplevel"}
    out = []
    for (thread, name), (ms, n) in ranked:
        if name in skip:
            continue
        out.append({"thread": thread, "event": name, "ms": round(ms, 1), "count": n})
        if len(out) == count:
            break
    return out


def wait_ready(page, args) -> bool:
    """Waits for actorGraphReport.ready (hooked by INIT_SCRIPT) and the frame after it; True when hooked late."""
    try:
        page.wait_for_function("() => window.__agMeasure && (window.__agMeasure.readyAt !== null "
                               "|| window.__agMeasure.readyError !== null || (window.actorGraphReport "
                               "&& window.actorGraphReport.ready && !window.__agMeasure.hooked))",
                               timeout=args.page_timeout * 1000)
    except Exception as error:  # noqa: BLE001
        fail(f"the page never resolved actorGraphReport.ready: {error}")
    return page.evaluate("""async () => {
        const m = window.__agMeasure;
        if (m.readyAt === null && m.readyError === null) {   // not hooked in time: await it now (an upper bound)
            await window.actorGraphReport.ready; m.readyAt = performance.now(); m.late = true;
        }
        for (let i = 0; i < 200 && m.paintedAt === null; i++) await new Promise((r) => setTimeout(r, 10));
        return m.late === true; }""")


def profile_page(browser, url: str, args, out_dir: Path) -> dict:
    """One more load and three slider steps, with a CPU profile and a Chromium trace of each (not timed)."""
    found = {}
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    context.add_init_script(INIT_SCRIPT)
    page = context.new_page()
    session = context.new_cdp_session(page)
    session.send("Profiler.enable")
    session.send("Profiler.setSamplingInterval", {"interval": 500})

    def start():
        browser.start_tracing(page=page, categories=TRACE_CATEGORIES)
        session.send("Profiler.start")

    def stop(name: str):
        profile = session.send("Profiler.stop")["profile"]
        (out_dir / f"{name}.cpuprofile").write_text(json.dumps(profile))
        raw = browser.stop_tracing()
        (out_dir / f"{name}.trace.json").write_bytes(raw)
        found[f"{name}_profile_top"] = top_functions(profile)
        found[f"{name}_trace_top"] = summarise_trace(raw)

    start()
    page.goto(url, wait_until="load", timeout=args.page_timeout * 1000)
    wait_ready(page, args)
    stop("load")
    plan = slider_plan(page, args.steps)
    start()
    for selector, value in plan[:3]:
        page.evaluate(STEP_SCRIPT, [selector, value])
    stop("slider")
    context.close()
    print(f"measure_report: profiles and traces in {out_dir} (load.*, slider.*: the first three steps)",
          file=sys.stderr)
    return found


def measure_page(args, html: Path, out_dir: Path) -> dict:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        fail("Playwright for Python is missing: run scripts/ensure-browser.sh")
    url = html.resolve().as_uri()
    result: dict = {"loads": [], "steps": [], "scores": [], "console_errors": [], "page_errors": [],
                    "requests": []}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, args=["--no-sandbox"])
        result["browser"] = browser.version
        for run in range(args.runs):
            context = browser.new_context(viewport={"width": 1440, "height": 900})
            context.add_init_script(INIT_SCRIPT)
            page = context.new_page()
            page.on("console", lambda m: result["console_errors"].append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: result["page_errors"].append(str(e)))
            page.on("request", lambda r: result["requests"].append(r.url) if r.url != url else None)
            session = context.new_cdp_session(page)
            session.send("Performance.enable", {"timeDomain": "timeTicks"})
            page.goto(url, wait_until="load", timeout=args.page_timeout * 1000)
            late = wait_ready(page, args)
            timing = page.evaluate("""() => {
                const n = performance.getEntriesByType('navigation')[0];
                const paint = Object.fromEntries(performance.getEntriesByType('paint').map((e) => [e.name, e.startTime]));
                const m = window.__agMeasure;
                return {responseEnd: n.responseEnd, domInteractive: n.domInteractive,
                        domContentLoaded: n.domContentLoadedEventEnd, load: n.loadEventEnd,
                        firstPaint: paint['first-paint'] ?? null, firstContentfulPaint: paint['first-contentful-paint'] ?? null,
                        apiDefined: m.definedAt, ready: m.readyAt, frameAfterReady: m.paintedAt, readyError: m.readyError,
                        longTasks: m.longTasks,
                        marks: performance.getEntriesByType('mark').map((e) => [e.name, Math.round(e.startTime)]),
                        measures: performance.getEntriesByType('measure').map((e) => [e.name, Math.round(e.startTime), Math.round(e.duration)]),
                        domNodes: document.getElementsByTagName('*').length,
                        lastUpdateMs: window.actorGraphReport.lastUpdateMs};
            }""")
            if timing["readyError"]:
                fail(f"actorGraphReport.ready rejected: {timing['readyError']}")
            timing = {k: (round(v, 1) if isinstance(v, float) else v) for k, v in timing.items()}
            timing["readyHookedLate"] = late
            timing["cdp"] = cdp_metrics(session)
            for key in ("ScriptDuration", "RecalcStyleDuration", "LayoutDuration", "TaskDuration"):
                if timing["cdp"].get(key) is not None:
                    timing["cdp"][key] = round(timing["cdp"][key] * 1000, 1)  # ms
            result["loads"].append(timing)
            print(f"measure_report: load {run + 1}: DOMContentLoaded {timing['domContentLoaded']} ms, "
                  f"load {timing['load']} ms, ready {timing['ready']} ms", file=sys.stderr)
            if run < args.runs - 1:
                context.close()
                continue

            # The slider, on the last run's page.
            if args.screenshot:
                page.screenshot(path=str(out_dir / "report.png"))
            for selector, value in slider_plan(page, args.steps):
                before = cdp_metrics(session)
                step = page.evaluate(STEP_SCRIPT, [selector, value])
                step["selector"] = selector
                step["cdp"] = metric_delta(cdp_metrics(session), before)
                for key in ("sync", "changed", "frameStart", "wall"):
                    if step[key] is not None:
                        step[key] = round(step[key], 1)
                result["steps"].append(step)
                print(f"measure_report: step {selector}={value}: wall {step['wall']} ms, sync {step['sync']} ms, "
                      f"lastUpdateMs {step['lastUpdateMs']}, {step['actors']} actors, {step['ties']} ties, "
                      f"cdp {step['cdp']}", file=sys.stderr)

            # Scores: the last slider window (computed on demand now), the year 2025, everything.
            last_filter = page.evaluate("() => window.actorGraphReport.filter")
            runs = [("last slider window", None)]
            year_2025 = (dt.date(2025, 1, 1).toordinal(), dt.date(2025, 12, 31).toordinal())
            runs.append(("year 2025", {"from": year_2025[0], "to": year_2025[1]}))
            runs.append(("no filter", {"from": None, "to": None}))
            for label, partial in runs:
                before = cdp_metrics(session)
                timed = page.evaluate(SCORES_SCRIPT, [partial])
                timed = {k: (round(v, 1) if isinstance(v, float) else v) for k, v in timed.items()}
                timed["label"] = label
                timed["cdp"] = metric_delta(cdp_metrics(session), before)
                result["scores"].append(timed)
                print(f"measure_report: scores for {label}: {timed['scores']} ms, {timed['nodes']} nodes",
                      file=sys.stderr)
            result["last_filter"] = last_filter
            context.close()
        if args.profile:
            result.update(profile_page(browser, url, args, out_dir))
        browser.close()
    return result


def fmt_ms(value) -> str:
    return "–" if value is None else f"{value:,.0f} ms"


def markdown(data: dict) -> str:
    m = data["machine"]
    lines = []
    gen = data["report"]["attempts"]
    final = gen[-1]
    sizes = data["size"]
    loads = data["page"]["loads"]
    steps = data["page"]["steps"]
    ready = [load["ready"] for load in loads]
    walls = [step["wall"] for step in steps]
    updates = [step["lastUpdateMs"] for step in steps if step["lastUpdateMs"] is not None]
    checks = data["checks"]

    lines.append(f"Dataset: {data['dataset']['description']} (`generate_dataset.py {data['dataset']['actors']} "
                 f"{data['dataset']['interactions']} {data['dataset']['seed']}`, sha256 {data['dataset']['sha256'][:12]}…).")
    lines.append(f"Machine: {m.get('nproc')} cores, {m.get('cpu', '?')}, {m.get('memory_gib', '?')} GiB, "
                 f"{m.get('platform')}; Chromium {data['page'].get('browser')} headless (Playwright "
                 f"{data.get('playwright', '?')}); binary {data['binary']}; load average {data['load_start']} at the "
                 f"start, {data['load_end']} at the end.")
    lines.append("")
    lines.append("| target | measured | limit | met |")
    lines.append("|---|---|---|---|")
    yes = lambda ok: "yes" if ok else "**no**"  # noqa: E731
    lines.append(f"| report file size | {sizes['total'] / 1e6:.2f} MB ({sizes['total']:,} bytes) | < 15 MB | "
                 f"{yes(checks['size'])} |")
    frames = [load["frameAfterReady"] for load in loads]
    lines.append(f"| first render: navigation start → first frame drawn after `actorGraphReport.ready`, median of "
                 f"{len(frames)} | {fmt_ms(statistics.median(frames))} (runs: {', '.join(f'{r:,.0f}' for r in frames)})"
                 f" | < 2,000 ms | {yes(checks['first_render'])} |")
    lines.append(f"| … `actorGraphReport.ready` resolved (before that frame) | {fmt_ms(statistics.median(ready))} (runs: "
                 f"{', '.join(f'{r:,.0f}' for r in ready)}) | < 2,000 ms | {yes(statistics.median(ready) < FIRST_RENDER_LIMIT_MS)} |")
    gate = "the median" if data.get("slider_gate") == "median" else "both"
    lines.append(f"| time slider step, event → frame drawn: median / slowest of {len(walls)} ({gate} held to the limit) | "
                 f"{fmt_ms(statistics.median(walls))} / {fmt_ms(max(walls))} | < 100 ms | {yes(checks['slider'])} |")
    lines.append("")
    lines.append("| other figure | measured |")
    lines.append("|---|---|")
    for attempt in (gen if not data.get("given_html") else []):
        state = ("killed after" if attempt["timed_out"] else
                 ("ok" if attempt["exit"] == 0 else f"exit {attempt['exit']} after"))
        lines.append(f"| `actorgraph report`, layout {attempt['layout']} | {state} {attempt['wall_s']:.1f} s wall, "
                     f"peak RSS {attempt['peak_rss_mib']:.0f} MiB |")
    svg_ties = sizes.get("svg_ties", "?")
    lines.append(f"| file parts | SVG {sizes['svg'] / 1e6:.2f} MB ({sizes.get('svg_actors', '?')} actors, "
                 f"{'ties drawn by the page' if svg_ties == 0 else str(svg_ties) + ' ties'}), JSON {sizes['json'] / 1e6:.2f} MB, script "
                 f"{sizes['script'] / 1e3:.0f} kB, style {sizes['style'] / 1e3:.0f} kB |")
    if sizes.get("svg_path_data") is not None:
        lines.append(f"| in the SVG | path and polygon coordinates {sizes['svg_path_data'] / 1e6:.2f} MB, `<title>` "
                     f"elements {sizes['svg_titles'] / 1e6:.2f} MB, comments {sizes['svg_comments'] / 1e6:.2f} MB |")
    if sizes.get("json_sections"):
        big = sorted(sizes["json_sections"].items(), key=lambda kv: -kv[1])[:5]
        lines.append("| largest JSON parts | " + ", ".join(f"{k} {v / 1e6:.2f} MB" for k, v in big) + " |")
    med = lambda key: statistics.median([load[key] for load in loads if load.get(key) is not None] or [0])  # noqa: E731
    lines.append(f"| page load, medians | DOMContentLoaded {fmt_ms(med('domContentLoaded'))}, load "
                 f"{fmt_ms(med('load'))}, first contentful paint {fmt_ms(med('firstContentfulPaint'))}, ready "
                 f"{fmt_ms(med('ready'))}, first frame after ready {fmt_ms(med('frameAfterReady'))} |")
    cdp = loads[-1]["cdp"]
    lines.append(f"| Chromium's work until ready (last run) | script {fmt_ms(cdp.get('ScriptDuration'))}, style "
                 f"{fmt_ms(cdp.get('RecalcStyleDuration'))}, layout {fmt_ms(cdp.get('LayoutDuration'))}, all tasks "
                 f"{fmt_ms(cdp.get('TaskDuration'))}; {cdp.get('Nodes') or 0:,.0f} DOM nodes; JS heap "
                 f"{(cdp.get('JSHeapUsedSize') or 0) / 2**20:.0f} MiB |")
    lines.append(f"| slider `lastUpdateMs`: median / max | "
                 f"{fmt_ms(statistics.median(updates)) if updates else '–'} / {fmt_ms(max(updates)) if updates else '–'} |")
    sync = [step["sync"] for step in steps]
    lines.append(f"| slider `input` handler (synchronous part): median / max | {fmt_ms(statistics.median(sync))} / "
                 f"{fmt_ms(max(sync))} |")
    for key, label in (("ScriptDuration", "script"), ("RecalcStyleDuration", "style"), ("LayoutDuration", "layout")):
        values = [step["cdp"].get(key) for step in steps if step["cdp"].get(key) is not None]
        if values:
            lines.append(f"| slider step, Chromium {label}: median / max | {fmt_ms(statistics.median(values))} / "
                         f"{fmt_ms(max(values))} |")
    for timed in data["page"]["scores"]:
        lines.append(f"| filtered scores computed (`scores()`), {timed['label']} ({timed['actors']} actors) | "
                     f"{fmt_ms(timed['scores'])} |")
    if data.get("cli_check"):
        c = data["cli_check"]
        lines.append(f"| last slider window ({c['from']} … {c['to']}) against `actorgraph scores` | page "
                     f"{c['page']} actors, CLI {c['cli']} actors: {'equal' if c['equal'] else '**differ**'} |")
    lines.append(f"| network requests / console errors | {len(data['page']['requests'])} / "
                 f"{len(data['page']['console_errors']) + len(data['page']['page_errors'])} |")
    lines.append("")
    lines.append("Slider steps (wall: `input` event → the next frame drawn after the filter changed, "
                 "performance.now() in the page):")
    lines.append("")
    lines.append("| step | slider window | wall ms | handler ms | next frame began ms | lastUpdateMs | "
                 "script / style / layout ms | actors | ties |")
    lines.append("|---|---|---|---|---|---|---|---|---|")
    for i, step in enumerate(steps, 1):
        window = step["filter"]
        span = f"{day_text(window['from'])[:7] if window.get('from') else '…'} – " \
               f"{day_text(window['to'])[:7] if window.get('to') else '…'}"
        c = step["cdp"]
        update = "–" if step["lastUpdateMs"] is None else f"{step['lastUpdateMs']:.0f}"
        lines.append(f"| {i} | {step['selector']} {span} | {step['wall']:.0f} | {step['sync']:.0f} | "
                     f"{step['frameStart']:.0f} | {update} | "
                     f"{c.get('ScriptDuration', 0):.0f} / {c.get('RecalcStyleDuration', 0):.0f} / "
                     f"{c.get('LayoutDuration', 0):.0f} | {step['actors']} | {step['ties']} |")
    for key, title in (("load_trace_top", "Chromium trace of a load (--profile; summed by thread and event, "
                        "nested events overlap)"),
                       ("slider_trace_top", "Chromium trace of three slider steps (--profile)")):
        if data["page"].get(key):
            lines.append("")
            lines.append(f"{title}:")
            lines.append("")
            lines.append("| thread | event | total | count |")
            lines.append("|---|---|---|---|")
            for entry in data["page"][key]:
                lines.append(f"| {entry['thread']} | `{entry['event']}` | {entry['ms']:.0f} ms | {entry['count']} |")
    for key, title in (("load_profile_top", "CPU profile of a load (--profile; JavaScript self time)"),
                       ("slider_profile_top", "CPU profile of three slider steps (--profile)")):
        if data["page"].get(key):
            lines.append("")
            lines.append(f"{title}:")
            lines.append("")
            lines.append("| function | where | self | share |")
            lines.append("|---|---|---|---|")
            for entry in data["page"][key]:
                lines.append(f"| `{entry['function']}` | {entry['url']}:{entry['line']} | {entry['self_ms']:.0f} ms | "
                             f"{entry['share'] * 100:.0f} % |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", type=Path, default=ROOT / ".build/debug/actorgraph")
    parser.add_argument("--quick", action="store_true", help="2,500 actors and 10,000 interactions, 1 run, 10 steps")
    parser.add_argument("--actors", type=int)
    parser.add_argument("--interactions", type=int)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--layout", default="sfdp",
                        help="the layout (default sfdp: dot does not finish; see BENCHMARKS.md), or auto: dot "
                             "within --dot-timeout, else sfdp")
    parser.add_argument("--dot-timeout", type=float, default=300)
    parser.add_argument("--timeout", type=float, default=1800, help="seconds for `actorgraph report` otherwise")
    parser.add_argument("--report-arg", action="append", help="one more argument for `actorgraph report` (repeat)")
    parser.add_argument("--html", type=Path, help="measure this page instead of writing one (the dataset is "
                        "still generated for the CLI check)")
    parser.add_argument("--runs", type=int, help="page loads (default 3; 1 with --quick)")
    parser.add_argument("--steps", type=int, help="slider steps (default 20; 10 with --quick)")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--page-timeout", type=float, default=120, help="seconds to wait for the page")
    parser.add_argument("--profile", action="store_true", help="CPU profiles of the load and the slider")
    parser.add_argument("--screenshot", action="store_true", help="save the page as it opened to OUT/report.png")
    parser.add_argument("--no-cli-check", action="store_true", help="skip comparing with `actorgraph scores`")
    parser.add_argument("--slider-gate", choices=["max", "median"],
                        help="which slider figure must stay under 100 ms: the slowest step (default) or the median "
                             "(the default with --quick: one slow step on a busy CI machine is noise there)")
    parser.add_argument("--out", type=Path, default=ROOT / ".bench-results/report")
    args = parser.parse_args(argv)
    args.actors = args.actors or (2500 if args.quick else 5000)
    args.interactions = args.interactions or (10000 if args.quick else 20000)
    args.runs = args.runs or (1 if args.quick else 3)
    args.steps = args.steps or (10 if args.quick else 20)
    args.slider_gate = args.slider_gate or ("median" if args.quick else "max")

    binary = args.binary if args.binary.is_absolute() else (Path.cwd() / args.binary)
    if not binary.exists():
        fail(f"{binary} does not exist (build it: swift build -c release --product actorgraph)")
    help_text = report_help(binary)
    if help_text is None and args.html is None:
        fail(f"`{binary} report --help` fails: the report command is not in this binary")
    if not Path(args.chromium).exists():
        fail(f"{args.chromium} is missing: run scripts/ensure-browser.sh")
    args.out.mkdir(parents=True, exist_ok=True)

    data: dict = {"machine": machine(), "load_start": load_average(), "binary": str(binary.relative_to(ROOT))
                  if binary.is_relative_to(ROOT) else str(binary), "date": dt.date.today().isoformat()}
    try:
        import importlib.metadata
        data["playwright"] = importlib.metadata.version("playwright")
    except Exception:  # noqa: BLE001
        pass

    dataset = generate_dataset.default_path(args.actors, args.interactions, args.seed)
    digest = generate_dataset.write(args.actors, args.interactions, args.seed, dataset)
    data["dataset"] = {"path": str(dataset), "actors": args.actors, "interactions": args.interactions,
                       "seed": args.seed, "sha256": digest, "description": generate_dataset.describe(dataset)}
    print(f"measure_report: dataset {dataset}: {data['dataset']['description']}", file=sys.stderr)

    if args.html:
        html = args.html
        data["given_html"] = str(html)
        data["report"] = {"attempts": [{"layout": "(given page)", "wall_s": 0, "timed_out": False, "exit": 0,
                                        "peak_rss_mib": 0}], "ok": True}
    else:
        html = args.out / f"report-{args.actors}x{args.interactions}.html"
        data["report"] = write_report(args, binary, dataset, html, help_text)
        if not data["report"]["ok"]:
            print(json.dumps(data["report"], indent=1), file=sys.stderr)
            fail("`actorgraph report` did not write the page")
    data["size"] = size_breakdown(html)
    print(f"measure_report: {html}: {data['size']['total']:,} bytes", file=sys.stderr)

    data["page"] = measure_page(args, html, args.out)
    if not args.no_cli_check and data["page"].get("last_filter"):
        window = data["page"]["last_filter"]
        ids = cli_actor_ids(binary, dataset, window.get("from"), window.get("to"))
        page_count = next((s["actors"] for s in data["page"]["scores"] if s["label"] == "last slider window"), None)
        if ids is not None:
            data["cli_check"] = {"from": day_text(window["from"]) if window.get("from") else None,
                                 "to": day_text(window["to"]) if window.get("to") else None,
                                 "page": page_count, "cli": len(ids), "equal": page_count == len(ids)}
    data["load_end"] = load_average()
    data["slider_gate"] = args.slider_gate

    ready = [load["ready"] for load in data["page"]["loads"]]
    walls = [step["wall"] for step in data["page"]["steps"]]
    data["checks"] = {
        "size": data["size"]["total"] < SIZE_LIMIT,
        "first_render": statistics.median(
            [load["frameAfterReady"] if load["frameAfterReady"] is not None else float("inf")
             for load in data["page"]["loads"]]) < FIRST_RENDER_LIMIT_MS,
        "slider": bool(walls) and statistics.median(walls) < STEP_LIMIT_MS
        and (args.slider_gate == "median" or max(walls) < STEP_LIMIT_MS),
    }
    (args.out / "measure.json").write_text(json.dumps(data, indent=1, ensure_ascii=False))
    text = markdown(data)
    (args.out / "measure.md").write_text(text + "\n")
    print(text)
    failed = [name for name, ok in data["checks"].items() if not ok]
    if data.get("cli_check") and not data["cli_check"]["equal"]:
        failed.append("cli_check")
    if failed:
        print(f"measure_report: FAILED: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
