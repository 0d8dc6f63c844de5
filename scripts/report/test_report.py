#!/usr/bin/env python3
"""The browser test of `actorgraph report` (issue 14), in headless Chromium.

    python3 scripts/report/test_report.py [--binary .build/debug/actorgraph] [--documents ../shared/seeds]
                                          [--out out] [--keep DIR] [--assets-from [DIR]]

It builds nothing: it runs the given binary to write reports of the seed (with and
without --documents, and with --labels en) and of a hostile dataset it writes itself
into a temporary folder, opens each with file:// in Debian's Chromium through
Playwright for Python (never `playwright install`: scripts/ensure-browser.sh), and
checks what issue 14 asks, comparing with `actorgraph scores` where numbers are
involved. One line per check (PASS, FAIL or SKIP with the reason); exit status 1
when any check fails, 2 when the test cannot run at all. Writes out/report-seed.png
(1400×900) for a person to look at.

The checks, on every page: no network request but the file itself (all requests
routed and counted; data: URLs the page makes are listed, not counted), no console
error, no CSP violation, one <style> and one <script>, no on* attribute. Then:
- search: يوشاكوف, a spelling with harakat, one without hamza, one with tatweel and
  the English name each highlight Yuri Ushakov in the diagram and the table;
- time slider January 2025 … end: the visible actors are exactly those of
  `scores --from 2025 --to 2025` (id sets), label and counts follow, ties hide,
  the timeline is drawn;
- the Burns–Naryshkin tie, clicked with the mouse: document 003 and its paragraph
  numbers; with --documents (../shared/seeds; skipped with the reason when absent)
  the paragraphs' text right to left with names marked;
- the table sorted by betweenness, PageRank, constraint, hierarchy and brokerage
  equals `scores --sort NAME`; group filter; hover and selection highlight the node;
- actorGraphReport.scores() with several filters (kinds, tracks, disclosures,
  statuses, dates, checkboxes) equals `actorgraph scores` with the same flags
  (relative difference at most 1e-12 per value), and the diagram shows its actors;
- pan and zoom by button, wheel, drag and keys; keyboard: Tab reaches search,
  sliders, checkboxes, diagram, headers and rows, arrows move along rows, Enter
  selects, focus is visible; print media hides the controls;
- --labels en: no Arabic in the panels, the table or the page text;
- a hostile dataset (markup, placeholders, RTL override in names, aliases, roles,
  places, topics, notes, sources and the title): every string shows as text,
  nothing runs (window.__pwned stays undefined, no dialog, no injected element);
- a large network (generated: 2,100 actors, 3,000 interactions, --layout sfdp),
  whose ties the page draws itself as a few batched paths: every tie drawn; a
  filter draws exactly the filtered network's ties plus the affiliation ties
  between its actors (actors checked against `actorgraph scores`, pairs
  computed from the data); a mouse click on a drawn tie's midpoint opens that
  tie's panel; no console error.
"""
import argparse
import datetime
import json
import math
import os
import pathlib
import re
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "backchannel.json"
ARABIC = re.compile("[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
VIEWPORT = {"width": 1400, "height": 900}
TOLERANCE = 1e-12

results = []  # (status, name, detail)


def report(status, name, detail=""):
    results.append((status, name, detail))
    line = f"{status} {name}" + (f": {detail}" if detail else "")
    print(line, flush=True)


def check(name, ok, detail=""):
    report("PASS" if ok else "FAIL", name, "" if ok else detail)
    return ok


def skip(name, reason):
    report("SKIP", name, reason)


# ------------------------------------------------------------------------------------------------
# The command line
# ------------------------------------------------------------------------------------------------


class CLI:
    def __init__(self, binary, assets=None):
        self.binary = str(binary)
        self.assets = assets

    def run(self, *args, check_status=True):
        process = subprocess.run([self.binary, *map(str, args)], cwd=ROOT, capture_output=True, text=True)
        if check_status and process.returncode != 0:
            raise RuntimeError(f"actorgraph {' '.join(map(str, args))} exited {process.returncode}: {process.stderr.strip()}")
        return process

    def scores(self, dataset, *flags):
        return json.loads(self.run("scores", dataset, "--format", "json", *flags).stdout)

    def report(self, dataset, output, *flags):
        # --assets-from: the page's files as they are now, without rebuilding the binary.
        assets = ["--assets-from", self.assets] if self.assets else []
        self.run("report", dataset, "-o", output, "--quiet", *assets, *flags)
        return pathlib.Path(output)


def day(text):
    """Python's toordinal() of an ISO date: the page's day numbers."""
    return datetime.date.fromisoformat(text).toordinal()


# ------------------------------------------------------------------------------------------------
# The hostile dataset: every string a place where markup or a placeholder could hide
# ------------------------------------------------------------------------------------------------

PAYLOADS = [
    "</script><img src=x onerror=window.__pwned=1>",
    "\"><svg onload=window.__pwned=2>",
    "'><script>window.__pwned=3;alert(3)</script>",
    "{{data}}",
    "{{svg}} {{script}} {{style}}",
    "\u202Eevil\u202C name",
    "<iframe src=javascript:alert(4)>",
    "&lt;b&gt;not bold&lt;/b&gt; & <b>bold?</b>",
    "\u2028line\u2029sep",
]


def hostile_dataset():
    actors = [
        {"id": "h0", "kind": "person", "name": PAYLOADS[0], "aliases": [PAYLOADS[1], "بوتين</script>"], "country": "US"},
        {"id": "h1", "kind": "person", "name": PAYLOADS[1], "aliases": [PAYLOADS[2]], "country": "RU"},
        {"id": "h2", "kind": "institution", "name": PAYLOADS[2], "aliases": [PAYLOADS[3]], "country": "US"},
        {"id": "h3", "kind": "person", "name": PAYLOADS[3], "aliases": [PAYLOADS[4]], "country": "RU",
         "affiliations": [{"institution": "h2", "role": PAYLOADS[0], "former": False}]},
        {"id": "h4", "kind": "person", "name": PAYLOADS[4], "aliases": [PAYLOADS[5]], "country": "RU"},
        {"id": "h5", "kind": "person", "name": PAYLOADS[5], "aliases": ["\u202Eأوشاكوف"], "country": "US"},
        {"id": "h6", "kind": "person", "name": PAYLOADS[6], "aliases": [], "country": "US"},
        {"id": "<b id=x>", "kind": "person", "name": PAYLOADS[7], "aliases": [PAYLOADS[8]], "country": "RU"},
    ]
    interactions = []
    pairs = [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 7), (7, 0), (0, 4)]
    for k, (a, b) in enumerate(pairs):
        interactions.append({
            "id": f"i{k}", "kind": ["meeting", "call", "talks"][k % 3],
            "participants": [actors[a]["id"], actors[b]["id"]],
            "date": f"202{k % 5}-0{1 + k % 9}", "place": PAYLOADS[k % len(PAYLOADS)],
            "track": "official", "disclosure": "secret", "status": "reported",
            "topics": [PAYLOADS[(k + 1) % len(PAYLOADS)], PAYLOADS[(k + 2) % len(PAYLOADS)]],
            "notes": PAYLOADS[(k + 3) % len(PAYLOADS)],
            "sources": [{"document": PAYLOADS[(k + 4) % len(PAYLOADS)], "paragraphs": [1, 2]}],
        })
    return {"actors": actors, "interactions": interactions}


# ------------------------------------------------------------------------------------------------
# A page in the browser, watched
# ------------------------------------------------------------------------------------------------

INIT_SCRIPT = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || ''));
});
"""


class Page:
    """A report opened in a fresh context: network requests intercepted and counted, console
    errors, page errors, dialogs and CSP violations recorded."""

    def __init__(self, browser, path, media=None):
        self.url = pathlib.Path(path).resolve().as_uri()
        self.context = browser.new_context(viewport=VIEWPORT, device_scale_factor=1, java_script_enabled=True)
        self.page = self.context.new_page()
        self.blocked = []       # requests other than the file itself
        self.data_urls = []     # data: URLs the page made itself (allowed, listed)
        self.console_errors = []
        self.dialogs = 0
        self.page.add_init_script(INIT_SCRIPT)
        self.page.route("**/*", self._route)
        self.page.on("request", self._request)
        self.page.on("console", lambda m: self.console_errors.append(m.text) if m.type in ("error", "assert") else None)
        self.page.on("pageerror", lambda e: self.console_errors.append(f"page error: {e}"))
        self.page.on("dialog", self._dialog)
        self.page.goto(self.url)
        self.page.evaluate("window.actorGraphReport && window.actorGraphReport.ready.then(() => true)")

    def _route(self, route):
        url = route.request.url
        if url == self.url:
            route.continue_()
        elif url.startswith("data:"):
            self.data_urls.append(url[:60])
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()

    def _request(self, request):
        url = request.url
        if url.startswith("data:") and url[:60] not in self.data_urls:
            self.data_urls.append(url[:60])

    def _dialog(self, dialog):
        self.dialogs += 1
        dialog.dismiss()

    def eval(self, script, arg=None):
        return self.page.evaluate(script, arg)

    def csp_violations(self):
        return self.eval("window.__csp")

    def close(self):
        self.context.close()


def actor_indices(page):
    return page.eval("(() => { const d = JSON.parse(document.getElementById('actorgraph-data').textContent);"
                     " return d.actors.map((a) => a.id); })()")


def visible_actor_ids(page, ids):
    svg_ids = page.eval("Array.from(document.querySelectorAll('#diagram g.node')).filter((g) => /^actor-\\d+$/.test(g.id)"
                        " && !g.classList.contains('hidden') && getComputedStyle(g).display !== 'none').map((g) => g.id)")
    return {ids[int(s.split("-")[1])] for s in svg_ids}


def set_search(page, text):
    page.page.fill("#search", text)
    return page.eval("Array.from(document.querySelectorAll('#diagram g.node.match')).map((g) => g.id)")


def compare_scores(expected, actual):
    """None when equal (same ids in the same order, every value within TOLERANCE relative),
    else the first difference."""
    if actual is None:
        return "the page returned no scores"
    e_nodes, a_nodes = expected.get("nodes", []), actual.get("nodes", [])
    e_ids, a_ids = [n["id"] for n in e_nodes], [n["id"] for n in a_nodes]
    if e_ids != a_ids:
        return f"actors differ: command {e_ids[:8]}… ({len(e_ids)}), page {a_ids[:8]}… ({len(a_ids)})"

    def walk(e, a, path):
        if isinstance(e, dict) or isinstance(a, dict):
            if not isinstance(e, dict) or not isinstance(a, dict) or set(e) != set(a):
                return f"{path}: keys {sorted(e) if isinstance(e, dict) else e} vs {sorted(a) if isinstance(a, dict) else a}"
            for key in e:
                difference = walk(e[key], a[key], f"{path}.{key}")
                if difference:
                    return difference
            return None
        if isinstance(e, (int, float)) and isinstance(a, (int, float)) and not isinstance(e, bool):
            if e == a:
                return None
            if math.isfinite(e) and math.isfinite(a) and abs(e - a) <= TOLERANCE * max(abs(e), abs(a)):
                return None
            return f"{path}: command {e!r}, page {a!r}"
        return None if e == a else f"{path}: command {e!r}, page {a!r}"

    for e, a in zip(e_nodes, a_nodes):
        difference = walk(e, a, e["id"])
        if difference:
            return difference
    for key in ("directed", "weighted"):
        if expected.get(key) != actual.get(key):
            return f"{key}: command {expected.get(key)!r}, page {actual.get(key)!r}"
    return None


# ------------------------------------------------------------------------------------------------
# The checks
# ------------------------------------------------------------------------------------------------


def check_loads_clean(name, page):
    check(f"{name}: no network request", not page.blocked,
          f"{len(page.blocked)} blocked: {page.blocked[:5]}")
    if page.data_urls:
        print(f"  info {name}: data: URLs made by the page (allowed): {page.data_urls}")
    violations = page.csp_violations()
    check(f"{name}: no console error", not page.console_errors, "; ".join(page.console_errors[:5]))
    check(f"{name}: no CSP violation", not violations, "; ".join(violations[:5]))
    structure = page.eval("""({
        styles: document.querySelectorAll('style').length,
        scripts: Array.from(document.scripts).filter((s) => !s.type || s.type === 'text/javascript').length,
        handlers: Array.from(document.querySelectorAll('*')).filter((e) => Array.from(e.attributes).some((a) => /^on/i.test(a.name))).length,
        csp: !!document.querySelector('meta[http-equiv="Content-Security-Policy"]'),
        hook: typeof window.actorGraphReport === 'object'
      })""")
    check(f"{name}: one style, one script, no inline handlers, CSP meta, hooks",
          structure == {"styles": 1, "scripts": 1, "handlers": 0, "csp": True, "hook": True}, json.dumps(structure))


def check_search(page, ids):
    ushakov = f"actor-{ids.index('ushakov')}"
    cases = [("search: يوشاكوف highlights Yuri Ushakov", "يوشاكوف"),
             ("search: diacritised يُوشَاكُوف matches", "يُوشَاكُوف"),
             ("search: hamza-less اوشاكوف matches", "اوشاكوف"),
             ("search: with tatweel and alef-hamza أوشـاكوف matches", "أوشـاكوف"),
             ("search: English 'USHAKOV' matches", "USHAKOV")]
    for name, query in cases:
        matches = set_search(page, query)
        row = page.eval("(() => { const r = document.querySelector('#score-table tr[data-actor=\"ushakov\"]');"
                        " return r ? r.classList.contains('match') : null; })()")
        check(name, ushakov in matches and len(matches) <= 2 and row is True,
              f"highlighted {matches}, table row highlighted: {row}")
    matches = set_search(page, "")
    check("search: cleared, nothing highlighted", matches == [], f"still highlighted {matches}")


def set_slider(page, selector, value):
    page.eval("([selector, value]) => { const input = document.querySelector(selector); input.value = String(value);"
              " input.dispatchEvent(new Event('input', {bubbles: true})); input.dispatchEvent(new Event('change', {bubbles: true})); }",
              [selector, value])


def check_time_slider(page, cli, ids):
    span = page.eval("JSON.parse(document.getElementById('actorgraph-data').textContent).span")
    first = datetime.date.fromordinal(span["first"])
    jan2025 = (2025 - first.year) * 12 + (1 - first.month)
    maximum = int(page.eval("document.getElementById('time-to').max"))
    # Move the "to" thumb to the end first, then "from" to January 2025, as a person would.
    set_slider(page, "#time-to", maximum)
    set_slider(page, "#time-from", jan2025)
    page.eval("actorGraphReport.scores().then(() => true)")
    expected = {node["id"] for node in cli.scores(SEED, "--from", "2025", "--to", "2025")["nodes"]}
    visible = visible_actor_ids(page, ids)
    network = {ids[i] for i in page.eval("actorGraphReport.network().actors")}
    label = page.eval("document.getElementById('time-label').textContent")
    counts = page.eval("document.getElementById('counts').textContent")
    check("time slider Jan 2025…end: visible actors = scores --from 2025 --to 2025",
          visible == expected and network == expected,
          f"command {sorted(expected)}, diagram {sorted(visible)}, network() {sorted(network)}")
    check("time slider: label shows the dates, #counts the remaining actors",
          "Jan 2025" in label and f"{len(expected)} of" in counts, f"label {label!r}, counts {counts!r}")
    filt = page.eval("actorGraphReport.filter")
    check("time slider: filter.from is 1 Jan 2025", filt["from"] == day("2025-01-01"), json.dumps(filt))
    hidden_ties = page.eval("document.querySelectorAll('#diagram g.edge.hidden').length")
    check("time slider: ties outside the range hidden", hidden_ties > 0, "no tie hidden")
    timeline = page.eval("(() => { const c = document.querySelector('#timeline canvas'); return c ? [c.width, c.height] : null; })()")
    check("timeline strip drawn", bool(timeline) and timeline[0] > 100 and timeline[1] > 20, f"canvas {timeline}")
    page.eval("actorGraphReport.setFilter({from: null, to: null})")


# The diagram's ties from the data: objects {svg, a, b, interactions, affiliation}, or, as large
# reports store them, arrays [a, b, [interactions], affiliation 0/1, line] (the K-th is "tie-K").
TIES_JS = """(() => { const d = JSON.parse(document.getElementById('actorgraph-data').textContent);
    return d.diagram.ties.map((t, i) => Array.isArray(t)
        ? {svg: 'tie-' + i, a: t[0], b: t[1], affiliation: !!t[3]} : {svg: t.svg, a: t.a, b: t.b, affiliation: !!t.affiliation}); })()"""


def find_tie(page, ids, a, b):
    pair = {ids.index(a), ids.index(b)}
    tie = next((t for t in page.eval(TIES_JS) if not t["affiliation"] and {t["a"], t["b"]} == pair), None)
    return tie["svg"] if tie else None


def click_tie(page, svg_id):
    """A real mouse click on the middle of the tie's path (the element under it must be the tie)."""
    point = page.eval("""(id) => {
        const g = document.getElementById(id);
        const path = g.querySelector('path:not(.hit)') || g.querySelector('path');
        const p = path.getPointAtLength(path.getTotalLength() / 2);
        const m = path.getScreenCTM();
        const q = new DOMPoint(p.x, p.y).matrixTransform(m);
        const hit = document.elementFromPoint(q.x, q.y);
        return {x: q.x, y: q.y, onTie: !!(hit && hit.closest && hit.closest('#' + id))}; }""", svg_id)
    if point["onTie"]:
        page.page.mouse.click(point["x"], point["y"])
        return True
    page.page.locator(f"#{svg_id}").dispatch_event("click")
    return False


def check_tie(page, ids, dataset, name, with_text):
    svg_id = find_tie(page, ids, "burns", "naryshkin")
    if not check(f"{name}: the Burns–Naryshkin tie is drawn", svg_id is not None, "no such tie in data.diagram.ties"):
        return
    real = click_tie(page, svg_id)
    if not real:
        print(f"  info {name}: the tie's midpoint is covered; clicked by dispatching the event")
    interaction = next(i for i in dataset["interactions"]
                       if set(i["participants"]) == {"burns", "naryshkin"})
    source = next(s for s in interaction["sources"] if s["document"].startswith("003"))
    details = page.eval("document.getElementById('details').textContent")
    numbers = ", ".join(map(str, source["paragraphs"]))
    check(f"{name}: tie panel shows document {source['document']} and paragraphs {numbers}",
          source["document"] in details and numbers in details and "selected" in page.eval(
              f"document.getElementById('{svg_id}').getAttribute('class')"),
          f"details text: {details[:300]!r}")
    blocks = page.eval("""Array.from(document.querySelectorAll('#details blockquote.paragraph')).map((b) => ({
        dir: b.getAttribute('dir'), lang: b.getAttribute('lang'), text: b.textContent, marks: b.querySelectorAll('mark').length,
        direction: getComputedStyle(b).direction}))""")
    if with_text:
        ok = len(blocks) == len(source["paragraphs"]) and all(
            b["dir"] == "rtl" and b["lang"] == "ar" and b["direction"] == "rtl" and ARABIC.search(b["text"]) for b in blocks)
        marked = any(b["marks"] > 0 for b in blocks)
        check(f"{name}: paragraph text shown right to left", ok, json.dumps(blocks, ensure_ascii=False)[:400])
        check(f"{name}: actors' names marked in the paragraphs", marked, "no <mark>")
    else:
        check(f"{name}: no paragraph text without --documents", not blocks, f"{len(blocks)} blocks")


def check_sort(page, cli):
    page.page.click("th[data-score=betweenness] button")
    order = page.eval("Array.from(document.querySelectorAll('#score-table tbody tr')).map((r) => r.dataset.actor)")
    expected = [n["id"] for n in cli.scores(SEED, "--sort", "betweenness")["nodes"]]
    check("table sorted by betweenness = scores --sort betweenness", order == expected,
          f"page {order[:10]}…, command {expected[:10]}…")
    sort_state = page.eval("document.querySelector('th[data-score=betweenness]').getAttribute('aria-sort')")
    check("table: sorted header has aria-sort", sort_state == "descending", f"aria-sort={sort_state!r}")
    for score in ("pagerank", "constraint", "hierarchy", "brokerage"):
        page.page.click(f"th[data-score={score}] button")
        order = page.eval("Array.from(document.querySelectorAll('#score-table tbody tr')).map((r) => r.dataset.actor)")
        expected = [n["id"] for n in cli.scores(SEED, "--sort", score)["nodes"]]
        check(f"table sorted by {score} = scores --sort {score}", order == expected, f"page {order[:8]}…, command {expected[:8]}…")
    page.page.click("th[data-score=degree] button")
    # Group filter: only Russian actors.
    page.page.select_option("#group-filter", "RU")
    groups = page.eval("Array.from(document.querySelectorAll('#score-table tbody tr td.group')).map((c) => c.textContent.trim())")
    check("table filtered by group RU", groups and all(g == "RU" for g in groups), f"groups {groups}")
    page.page.select_option("#group-filter", "")
    # Hover a row: its node is highlighted.
    page.page.hover("#score-table tr[data-actor=putin] td.name")
    hovered = page.eval("Array.from(document.querySelectorAll('#diagram g.node.hover')).map((g) => g.id)")
    index = actor_indices(page).index("putin")
    check("table: hovering a row highlights its node", hovered == [f"actor-{index}"], f"highlighted {hovered}")
    page.page.click("#score-table tr[data-actor=putin] td.name")
    selected = page.eval("Array.from(document.querySelectorAll('#diagram g.node.selected')).map((g) => g.id)")
    panel = page.eval("document.getElementById('details').textContent")
    check("table: selecting a row selects the node and shows the actor", selected == [f"actor-{index}"]
          and "Vladimir Putin" in panel and "Rank" in panel, f"selected {selected}, panel {panel[:120]!r}")


FILTERS = [
    ({"kinds": ["meeting", "talks", "call"], "from": "2022-01-01", "to": "2023-12-31"},
     ["--kinds", "meeting,talks,call", "--from", "2022-01-01", "--to", "2023-12-31"]),
    ({"tracks": ["official"], "statuses": ["confirmed", "reported"], "disclosures": ["unannounced", "secret"]},
     ["--tracks", "official", "--statuses", "confirmed,reported", "--disclosures", "unannounced,secret"]),
    ({"kinds": ["meeting", "talks", "visit", "briefing"], "tracks": ["official", "track1.5"], "disclosures": ["secret", "public", "unannounced"],
      "statuses": ["reported", "confirmed", "planned"], "from": "2021-06-15", "to": "2023-06-30"},
     ["--kinds", "meeting,talks,visit,briefing", "--tracks", "official,track1.5", "--disclosures", "secret,public,unannounced",
      "--statuses", "reported,confirmed,planned", "--from", "2021-06-15", "--to", "2023-06-30"]),
    ({"from": "2022-11-01"}, ["--from", "2022-11-01"]),
    ({}, []),
]


def check_filtered_scores(page, cli):
    for page_filter, flags in FILTERS:
        partial = {"kinds": None, "tracks": None, "disclosures": None, "statuses": None, "from": None, "to": None}
        for key, value in page_filter.items():
            partial[key] = day(value) if key in ("from", "to") else value
        name = "scores with " + (" ".join(flags) or "no filter") + " = actorgraph scores"
        try:
            expected = cli.scores(SEED, *flags)
        except RuntimeError as error:
            check(name, False, str(error))
            continue
        actual = page.eval("(partial) => actorGraphReport.setFilter(partial).then(() => actorGraphReport.scores())", partial)
        difference = compare_scores(expected, actual)
        check(name, difference is None, difference or "")
        visible = visible_actor_ids(page, actor_indices(page)) if flags else None
        if flags:
            check(f"diagram with {' '.join(flags)} shows the network's actors", visible == {n["id"] for n in expected["nodes"]},
                  f"diagram {sorted(visible)}, command {sorted(n['id'] for n in expected['nodes'])}")
    # The checkboxes follow setFilter, and ticking them filters too.
    page.eval("actorGraphReport.setFilter({kinds: null, tracks: null, disclosures: null, statuses: null, from: null, to: null})")
    page.page.uncheck("input[name=kind][value=summit]")
    page.page.uncheck("input[name=status][value=planned]")
    actual = page.eval("actorGraphReport.scores()")
    expected = cli.scores(SEED, "--kinds", "meeting,call,visit,talks,briefing,message", "--statuses", "confirmed,reported,denied")
    difference = compare_scores(expected, actual)
    check("checkboxes (no summit, no planned) = scores --kinds … --statuses …", difference is None, difference or "")
    status = page.eval("document.getElementById('scores-status').textContent")
    check("scores status names the filtered network", "filtered" in status, repr(status))
    page.page.click("#reset-filters")
    page.eval("actorGraphReport.scores()")


def check_pan_zoom(page):
    def view():
        return [float(x) for x in page.eval("document.querySelector('#diagram svg').getAttribute('viewBox')").split()]
    home = view()
    page.page.click("#zoom-in")
    zoomed = view()
    box = page.page.locator("#diagram").bounding_box()
    page.page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.page.mouse.wheel(0, -300)
    wheeled = view()
    page.page.mouse.down()
    page.page.mouse.move(box["x"] + box["width"] / 2 + 80, box["y"] + box["height"] / 2 + 40, steps=4)
    page.page.mouse.up()
    dragged = view()
    page.page.focus("#diagram")
    page.page.keyboard.press("ArrowRight")
    keyed = view()
    page.page.keyboard.press("-")
    zoomed_out = view()
    page.page.click("#zoom-fit")
    fitted = view()
    ok = (zoomed[2] < home[2] and wheeled[2] < zoomed[2] and dragged[0] < wheeled[0] and keyed[0] > dragged[0]
          and zoomed_out[2] > keyed[2] and all(abs(a - b) < 0.5 for a, b in zip(fitted, home)))
    check("diagram: + button, wheel, drag, arrow key, − key and Fit change the view", ok,
          f"home {home}, +{zoomed}, wheel {wheeled}, drag {dragged}, key {keyed}, − {zoomed_out}, fit {fitted}")


def check_keyboard(page):
    page.page.click("#report-title")
    reached = []
    for _ in range(120):
        page.page.keyboard.press("Tab")
        reached.append(page.eval("""(() => { const e = document.activeElement; if (!e) return '';
            if (e.id) return '#' + e.id;
            const th = e.closest('th[data-score]'); if (th) return 'th:' + th.dataset.score;
            const tr = e.closest('tr[data-actor]'); if (tr) return 'row';
            return e.tagName.toLowerCase() + (e.name ? '[name=' + e.name + ']' : ''); })()"""))
    wanted = ["#search", "#time-from", "#time-to", "input[name=kind]", "th:betweenness", "row", "#diagram"]
    missing = [w for w in wanted if w not in reached]
    check("keyboard: Tab reaches search, sliders, checkboxes, diagram, table headers and rows", not missing,
          f"not reached: {missing}")
    focus = page.eval("""(() => { const s = document.getElementById('search'); s.focus();
        const st = getComputedStyle(s); return st.outlineStyle + ' ' + st.outlineWidth; })()""")
    check("keyboard: focus is visible", not focus.startswith("none") and not focus.endswith(" 0px"), f"outline {focus!r}")
    # Arrow keys in the table, Enter opens the actor.
    page.page.focus("#score-table tbody tr:first-child")
    page.page.keyboard.press("ArrowDown")
    page.page.keyboard.press("ArrowDown")
    second = page.eval("document.activeElement.closest('tr') && document.activeElement.closest('tr').dataset.actor")
    third = page.eval("document.querySelectorAll('#score-table tbody tr')[2].dataset.actor")
    page.page.keyboard.press("Enter")
    selected = page.eval("Array.from(document.querySelectorAll('#diagram g.node.selected')).map((g) => g.id)")
    index = actor_indices(page).index(third) if third in actor_indices(page) else -1
    check("keyboard: arrow keys move along rows, Enter selects the actor", second == third and selected == [f"actor-{index}"],
          f"focused {second!r}, third row {third!r}, selected {selected}")
    page.page.keyboard.press("Escape")


def check_print(page):
    page.page.emulate_media(media="print")
    hidden = page.eval("""['#controls', '.toolbar', '#search', '#time-from'].map((s) => {
        const e = document.querySelector(s); return e ? e.offsetParent === null || getComputedStyle(e).display === 'none' : null; })""")
    shown = page.eval("""['#diagram', '#score-table'].map((s) => { const e = document.querySelector(s);
        return !!e && getComputedStyle(e).display !== 'none' && e.getBoundingClientRect().height > 0; })""")
    page.page.emulate_media(media="screen")
    visible_again = page.eval("getComputedStyle(document.getElementById('controls')).display !== 'none'")
    check("print stylesheet hides the controls, keeps diagram and table", all(hidden) and all(shown) and visible_again,
          f"hidden {hidden}, shown {shown}, screen controls {visible_again}")


def check_labels_en(page, ids, dataset):
    page.eval("(i) => document.getElementById('actor-' + i).dispatchEvent(new MouseEvent('click', {bubbles: true}))",
              ids.index("ushakov"))
    actor_panel = page.eval("document.getElementById('details').innerText")
    check_tie(page, ids, dataset, "--labels en", with_text=False)
    tie_panel = page.eval("document.getElementById('details').innerText")
    table = page.eval("document.getElementById('score-table').innerText")
    body = page.eval("document.body.innerText")
    found = [text for text in (actor_panel, tie_panel, table, body) if ARABIC.search(text)]
    check("--labels en: no Arabic in panels, table or page text", not found and "Yuri Ushakov" in actor_panel,
          f"Arabic in: {[ARABIC.search(t).group(0) + '… ' + t[:80] for t in found]}")
    matches = set_search(page, "يوشاكوف")
    check("--labels en: Arabic search still finds Yuri Ushakov", f"actor-{ids.index('ushakov')}" in matches, f"{matches}")


def check_hostile(browser, cli, folder):
    dataset = hostile_dataset()
    path = folder / "hostile.json"
    path.write_text(json.dumps(dataset, ensure_ascii=False, indent=1), encoding="utf-8")
    title = "</title><script>window.__pwned=9</script>{{csp}}"
    try:
        html = cli.report(path, folder / "hostile.html", "--title", title)
    except RuntimeError as error:
        check("hostile dataset: report written", False, str(error))
        return
    page = Page(browser, html)
    try:
        check_loads_clean("hostile", page)
        ids = actor_indices(page)
        check("hostile: data survives intact (ids)", ids == [a["id"] for a in dataset["actors"]], f"{ids}")
        check("hostile: title shown as text", page.eval("document.title") == title
              and page.eval("document.getElementById('report-title').textContent") == title,
              f"title {page.eval('document.title')!r}")
        rows = page.eval("""Array.from(document.querySelectorAll('#score-table tbody tr')).map((r) =>
            [r.dataset.actor, r.querySelector('td.name span').textContent])""")
        names = {a["id"]: a["name"] for a in dataset["actors"]}
        bad = [(i, t) for i, t in rows if names.get(i) != t]
        check("hostile: every name in the table as text", len(rows) == len(dataset["actors"]) and not bad, f"{bad[:3]}, {len(rows)} rows")
        svg_texts = page.eval("""(n) => Array.from({length: n}, (_, i) => { const g = document.getElementById('actor-' + i);
            return g ? Array.from(g.querySelectorAll('text')).map((t) => t.textContent).join('\\n') : null; })""", len(ids))
        missing = [names[ids[i]] for i, text in enumerate(svg_texts)
                   if text is None or names[ids[i]].replace("\u2028", "").replace("\u2029", "") not in
                   text.replace("\u2028", "").replace("\u2029", "").replace("\n", "")]
        check("hostile: every name in the diagram as text", not missing, f"not found: {missing}")
        # Open every actor and every tie: each panel builds DOM from the hostile strings.
        for i in range(len(ids)):
            page.eval("(i) => document.getElementById('actor-' + i).dispatchEvent(new MouseEvent('click', {bubbles: true}))", i)
            heading = page.eval("document.querySelector('#details h2').textContent")
            if heading != names[ids[i]]:
                check(f"hostile: actor panel {i} heading as text", False, repr(heading))
        ties = [t["svg"] for t in page.eval(TIES_JS)]
        texts = []
        for svg_id in ties:
            page.page.locator(f"#{svg_id}").dispatch_event("click")
            texts.append(page.eval("document.getElementById('details').textContent"))
        joined = "\n".join(texts)
        shown = [p for p in PAYLOADS if p.replace("\u2028", "").replace("\u2029", "") in joined.replace("\u2028", "").replace("\u2029", "")]
        check("hostile: places, topics, notes and sources shown as text", len(shown) >= len(PAYLOADS) - 1,
              f"shown {len(shown)} of {len(PAYLOADS)}: missing {[p for p in PAYLOADS if p not in shown]}")
        page.page.fill("#search", "{{data}}")
        page.page.fill("#search", "</script>")
        page.page.wait_for_timeout(200)
        state = page.eval("""({pwned: typeof window.__pwned, imgs: document.querySelectorAll('img, iframe, body script:not([type]) ~ script').length,
            handlers: Array.from(document.querySelectorAll('*')).filter((e) => Array.from(e.attributes).some((a) => /^on/i.test(a.name))).length,
            bold: document.querySelectorAll('#details b, #score-table b').length})""")
        check("hostile: nothing executed (window.__pwned undefined, no dialog, no injected element)",
              state == {"pwned": "undefined", "imgs": 0, "handlers": 0, "bold": 0} and page.dialogs == 0,
              f"{state}, dialogs {page.dialogs}")
        check("hostile: still no console error or CSP violation after every panel",
              not page.console_errors and not page.csp_violations(), "; ".join(page.console_errors[:3] + page.csp_violations()[:3]))
        rtl = page.eval("""(() => { const r = document.querySelector('#score-table tr[data-actor="h5"] td.name span');
            return r ? r.getAttribute('dir') : null; })()""")
        check("hostile: the RTL-override name sits in a dir=auto element", rtl == "auto", repr(rtl))
    finally:
        page.close()


# ------------------------------------------------------------------------------------------------
# A large network: the page draws the ties (data.diagram.pageDrawsTies), batched by line style
# ------------------------------------------------------------------------------------------------

LARGE = (2100, 3000, 7)  # actors, interactions, seed: past the 2,000 drawn actors where the page draws the ties

# The segments ("M x y L x y" each) of the page's tie paths, and the hook's view of the ties.
DRAWN_JS = """(() => { const paths = Array.from(document.querySelectorAll('#diagram g.page-ties path.ties'));
    const count = (p) => ((p && p.getAttribute('d')) || '').split('M').length - 1;
    const t = actorGraphReport.ties();
    return {paths: paths.length, segments: paths.reduce((n, p) => n + count(p), 0), pageDrawn: t.pageDrawn, drawn: t.drawn,
            selected: t.selected, selectedSegments: count(document.querySelector('#diagram g.page-ties path.tie-selected')),
            tieGroups: document.querySelectorAll('#diagram g[id^="tie-"]').length}; })()"""

# A drawn interaction tie whose midpoint is clear: inside the diagram, not under an actor, and as far
# as possible from every other drawn tie (window pixels); null when there is none.
CLEAR_TIE_JS = """(() => {
    const hook = actorGraphReport, data = JSON.parse(document.getElementById('actorgraph-data').textContent);
    const box = document.getElementById('diagram').getBoundingClientRect();
    const drawn = hook.ties().drawn.map((i) => [i, hook.tieEnds(i)]).filter(([, e]) => e);
    const distance = (x, y, e) => { const dx = e.x2 - e.x1, dy = e.y2 - e.y1, l = dx * dx + dy * dy;
        const u = l ? Math.max(0, Math.min(1, ((x - e.x1) * dx + (y - e.y1) * dy) / l)) : 0;
        return Math.hypot(e.x1 + u * dx - x, e.y1 + u * dy - y); };
    let best = null;
    const step = Math.max(1, Math.floor(drawn.length / 400));
    for (let k = 0; k < drawn.length; k += step) {
        const [i, e] = drawn[k], tie = data.diagram.ties[i];
        if (!tie[2].length || Math.hypot(e.x2 - e.x1, e.y2 - e.y1) < 20) continue;
        const x = (e.x1 + e.x2) / 2, y = (e.y1 + e.y2) / 2;
        if (x < box.left + 10 || x > box.right - 10 || y < box.top + 10 || y > box.bottom - 10) continue;
        const hit = document.elementFromPoint(x, y);
        if (!hit || !hit.closest('#diagram svg') || hit.closest('g.node')) continue;
        let clearance = Infinity;
        for (const [j, f] of drawn) if (j !== i) clearance = Math.min(clearance, distance(x, y, f));
        if (!best || clearance > best.clearance) best = {index: i, x: x, y: y, clearance: clearance, a: tie[0], b: tie[1]};
    }
    return best; })()"""


def check_large(browser, cli, folder):
    dataset_path = folder / "large.json"
    subprocess.run([sys.executable, str(ROOT / "scripts/report/generate_dataset.py"), *map(str, LARGE), str(dataset_path)],
                   check=True, capture_output=True, cwd=ROOT)
    html = cli.report(dataset_path, folder / "large.html", "--layout", "sfdp")
    page = Page(browser, html)
    try:
        data = page.eval("""(() => { const d = JSON.parse(document.getElementById('actorgraph-data').textContent);
            return {pageDrawsTies: !!d.diagram.pageDrawsTies, ties: d.diagram.ties.map((t) => [t[0], t[1], t[2], t[3]]),
                    ids: d.actors.map((a) => a.id), names: d.actors.map((a) => a.name),
                    interactions: d.interactions.map((i) => [i.kind, i.first, i.last, i.participants])}; })()""")
        if not check("large: the page draws the ties (data.diagram.pageDrawsTies)", data["pageDrawsTies"],
                     f"{len(data['ids'])} actors, {len(data['ties'])} ties: Graphviz drew them"):
            return
        everything = len(data["ties"])
        drawn = page.eval(DRAWN_JS)
        check("large: every tie drawn, batched (a few paths, no element per tie)",
              drawn["pageDrawn"] and drawn["segments"] == everything and len(drawn["drawn"]) == everything
              and 0 < drawn["paths"] <= 300 and drawn["tieGroups"] == 0,
              f"{drawn['segments']} segments in {drawn['paths']} paths, hook {len(drawn['drawn'])}, of {everything} ties; "
              f"{drawn['tieGroups']} tie groups")

        # A filter: three kinds over two years. The network's pairs from the data (the contract's selection,
        # every pair of an interaction's participants), its actors from the command line.
        kinds = ["meeting", "call", "talks"]
        start, end = "2019-01-01", "2020-12-31"
        first, last = day(start), day(end)
        page.eval("(f) => actorGraphReport.setFilter(f)", {"kinds": kinds, "from": first, "to": last})
        pairs = set()
        for kind, lo, hi, participants in data["interactions"]:
            if kind in kinds and lo is not None and hi is not None and hi >= first and lo <= last:
                members = sorted(set(participants))
                pairs.update((x, y) for n, x in enumerate(members) for y in members[n + 1:])
        expected_ids = {n["id"] for n in cli.scores(dataset_path, "--kinds", ",".join(kinds), "--from", start, "--to", end)["nodes"]}
        actors = {data["ids"].index(i) for i in expected_ids}
        expected = {k for k, (a, b, behind, affiliation) in enumerate(data["ties"])
                    if (behind and (min(a, b), max(a, b)) in pairs) or (affiliation and not behind and a in actors and b in actors)}
        network = page.eval("actorGraphReport.network()")
        check("large: the filtered network's actors = actorgraph scores --kinds … --from … --to …, its ties the data's pairs",
              {data["ids"][i] for i in network["actors"]} == expected_ids and network["ties"] == len(pairs),
              f"page {len(network['actors'])} actors, {network['ties']} ties; command {len(expected_ids)} actors, data {len(pairs)} pairs")
        drawn = page.eval(DRAWN_JS)
        missing, extra = expected - set(drawn["drawn"]), set(drawn["drawn"]) - expected
        check("large: the filter draws exactly the network's ties and the affiliation ties between its actors",
              0 < len(expected) < everything and not missing and not extra and drawn["segments"] == len(expected),
              f"expected {len(expected)} of {everything}, drawn {len(drawn['drawn'])} ({drawn['segments']} segments); "
              f"missing {sorted(missing)[:5]}, extra {sorted(extra)[:5]}")

        # A click with the mouse on the midpoint of a drawn tie clear of the others (zoomed in until there is one).
        target = None
        for _ in range(4):
            target = page.eval(CLEAR_TIE_JS)
            if target and target["clearance"] >= 8:
                break
            page.page.click("#zoom-in")
            page.page.click("#zoom-in")
        if not check("large: a drawn tie clear of the others to click", bool(target) and target["clearance"] >= 8, f"{target}"):
            return
        page.page.mouse.click(target["x"], target["y"])
        heading = page.eval("(() => { const h = document.querySelector('#details h2'); return h ? h.textContent : ''; })()")
        panel = page.eval("document.getElementById('details').textContent")
        drawn = page.eval(DRAWN_JS)
        names = (data["names"][target["a"]], data["names"][target["b"]])
        check("large: clicking a drawn tie's midpoint opens that tie's panel and draws it as selected",
              drawn["selected"] == target["index"] and all(name in heading for name in names)
              and "interaction" in panel and drawn["selectedSegments"] == 1,
              f"clicked tie {target['index']} ({names[0]} – {names[1]}), selected {drawn['selected']}, "
              f"heading {heading!r}, selected segments {drawn['selectedSegments']}")
        check("large: no console error, CSP violation or request",
              not page.console_errors and not page.csp_violations() and not page.blocked,
              "; ".join(page.console_errors[:3] + page.csp_violations()[:3] + page.blocked[:3]))
    finally:
        page.close()


def guarded(name, function, *args):
    """Runs a group of checks; an exception (a page that never became ready, an element missing)
    is one FAIL line for the group, and the other groups still run."""
    try:
        function(*args)
    except Exception as error:  # noqa: BLE001 - any failure of the page or the browser is a failed check
        message = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        report("FAIL", name, f"{type(error).__name__}: {message}")


def open_page(browser, path, name):
    try:
        return Page(browser, path)
    except Exception as error:  # noqa: BLE001
        report("FAIL", f"{name}: page opens and becomes ready", f"{type(error).__name__}: {str(error).strip().splitlines()[0]}")
        return None


def take_screenshot(page, ids, out):
    """out/report-seed.png: a search and the Burns–Naryshkin tie open (the caller clicked it), zoomed in
    around the tie with the wheel so that the labels can be read, for a person to look at."""
    page.page.fill("#search", "يوشاكوف")
    point = page.eval("""(id) => { const path = document.querySelector('#' + id + ' path:not(.hit)');
        const p = path.getPointAtLength(path.getTotalLength() / 2);
        const q = new DOMPoint(p.x, p.y).matrixTransform(path.getScreenCTM()); return [q.x, q.y]; }""",
                      find_tie(page, ids, "burns", "naryshkin"))
    page.page.mouse.move(point[0], point[1])
    for _ in range(3):
        page.page.mouse.wheel(0, -250)
        page.page.wait_for_timeout(50)
    out = pathlib.Path(out)
    if not out.is_absolute():
        out = ROOT / out
    out.mkdir(parents=True, exist_ok=True)
    path = out / "report-seed.png"
    page.page.screenshot(path=str(path))
    check("screenshot written", path.stat().st_size > 10000, str(path))
    print(f"  info screenshot: {path} ({VIEWPORT['width']}×{VIEWPORT['height']}): look at it")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=str(ROOT / ".build/debug/actorgraph"))
    parser.add_argument("--documents", default=str(ROOT.parent / "shared" / "seeds"))
    parser.add_argument("--out", default=str(ROOT / "out"))
    parser.add_argument("--keep", help="write the reports into this folder instead of a temporary one")
    parser.add_argument("--chromium", default=os.environ.get("CHROMIUM", "/usr/bin/chromium"))
    parser.add_argument("--assets-from", nargs="?", const=str(ROOT / "Sources/ActorGraph/Report/Assets"),
                        help="write the reports with these asset files (default with no value: "
                             "Sources/ActorGraph/Report/Assets) instead of those built into the binary, "
                             "to test edited assets without rebuilding")
    args = parser.parse_args()

    binary = pathlib.Path(args.binary)
    if not binary.is_absolute():
        binary = ROOT / binary
    if not binary.exists():
        print(f"FAIL setup: no binary at {binary} (swift build --product actorgraph)")
        return 2
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("FAIL setup: Playwright for Python is missing (scripts/ensure-browser.sh installs it)")
        return 2
    if not pathlib.Path(args.chromium).exists():
        print(f"FAIL setup: no Chromium at {args.chromium} (scripts/ensure-browser.sh installs it)")
        return 2
    cli = CLI(binary, args.assets_from)
    dataset = json.loads(SEED.read_text(encoding="utf-8"))
    documents = pathlib.Path(args.documents)
    if not documents.is_absolute():
        documents = (ROOT / documents).resolve()
    have_documents = documents.is_dir()

    with tempfile.TemporaryDirectory(prefix="actorgraph-report-") as temporary:
        folder = pathlib.Path(args.keep or temporary)
        folder.mkdir(parents=True, exist_ok=True)
        try:
            seed_html = cli.report(SEED, folder / "seed.html")
            docs_html = cli.report(SEED, folder / "seed-docs.html", "--documents", documents) if have_documents else None
            en_html = cli.report(SEED, folder / "seed-en.html", "--labels", "en",
                                 *(["--documents", documents] if have_documents else []))
        except RuntimeError as error:
            print(f"FAIL setup: {error}")
            return 2

        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=args.chromium, args=["--no-sandbox"])
            try:
                page = open_page(browser, seed_html, "seed")
                ids = [a["id"] for a in dataset["actors"]]
                if page:
                    guarded("seed: loads clean", check_loads_clean, "seed", page)
                    guarded("search", check_search, page, ids)
                    guarded("time slider", check_time_slider, page, cli, ids)
                    guarded("seed: tie", check_tie, page, ids, dataset, "seed", False)
                    guarded("table", check_sort, page, cli)
                    guarded("filtered scores", check_filtered_scores, page, cli)
                    guarded("pan and zoom", check_pan_zoom, page)
                    guarded("keyboard", check_keyboard, page)
                    guarded("print", check_print, page)
                    check("seed: still no console error, CSP violation or request after every check",
                          not page.console_errors and not page.csp_violations() and not page.blocked,
                          "; ".join(page.console_errors[:3] + page.csp_violations()[:3] + page.blocked[:3]))
                    page.close()

                if docs_html:
                    page = open_page(browser, docs_html, "seed --documents")
                    if page:
                        guarded("seed --documents: loads clean", check_loads_clean, "seed --documents", page)
                        guarded("--documents: tie", check_tie, page, ids, dataset, "--documents", True)
                        guarded("screenshot", take_screenshot, page, ids, args.out)
                        page.close()
                else:
                    skip("--documents: paragraph text", f"no documents folder at {documents}")
                    page = open_page(browser, seed_html, "seed (for the screenshot)")
                    if page:
                        guarded("seed: tie", check_tie, page, ids, dataset, "seed (for the screenshot)", False)
                        guarded("screenshot", take_screenshot, page, ids, args.out)
                        page.close()

                page = open_page(browser, en_html, "seed --labels en")
                if page:
                    guarded("seed --labels en: loads clean", check_loads_clean, "seed --labels en", page)
                    guarded("--labels en", check_labels_en, page, ids, dataset)
                    page.close()

                guarded("hostile dataset", check_hostile, browser, cli, folder)
                guarded("large network", check_large, browser, cli, folder)
            finally:
                browser.close()

    failed = [r for r in results if r[0] == "FAIL"]
    passed = [r for r in results if r[0] == "PASS"]
    skipped = [r for r in results if r[0] == "SKIP"]
    print(f"{len(passed)} passed, {len(failed)} failed, {len(skipped)} skipped")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
