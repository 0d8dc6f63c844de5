#!/usr/bin/env node
// Checks the page's scores (Sources/ActorGraph/Report/Assets/scores.js) against
// `actorgraph scores DATASET --format json` with the same filters.
//
//   node scripts/report/check_scores.mjs                 # seed + generated dataset, every filter case
//   node scripts/report/check_scores.mjs --bench         # also time 5,000 actors / 20,000 interactions
//   node scripts/report/check_scores.mjs --dataset FILE  # another dataset (repeatable)
//   node scripts/report/check_scores.mjs --binary PATH   # default .build/debug/actorgraph
//
// For each dataset and filter it selects, projects and scores in JavaScript
// (ActorGraphScores.select / project / compute), runs the command with the same
// filter, and compares node by node: the node set and order, labels and groups,
// and every score. It prints the largest absolute and relative difference per
// score and how many values are not bit-identical, and exits 1 when a value
// differs by more than 1e-12 relative (or one side is null and the other not,
// or the nodes differ).
//
// The input of scores.js is the report's embedded data (see
// /work/report-contract.md); reportData() builds the part of it that the
// scores need from the dataset file. Replace that one function to check the
// real report data.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SCORES_JS = path.join(ROOT, "Sources/ActorGraph/Report/Assets/scores.js");
const TOLERANCE = 1e-12;

// ---------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------

const args = process.argv.slice(2);
const options = { binary: path.join(ROOT, ".build/debug/actorgraph"), datasets: [], bench: false, generated: true };
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === "--binary") options.binary = args[++i];
  else if (a === "--dataset") options.datasets.push(args[++i]);
  else if (a === "--bench") options.bench = true;
  else if (a === "--no-generated") options.generated = false;
  else if (a === "--help" || a === "-h") {
    const lines = fs.readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n").slice(1);
    console.log(lines.slice(0, lines.findIndex((line) => !line.startsWith("//"))).join("\n"));
    process.exit(0);
  } else {
    console.error(`unknown argument ${a}`);
    process.exit(2);
  }
}

// ---------------------------------------------------------------------------
// scores.js, loaded as the page loads it: one script in the global scope
// ---------------------------------------------------------------------------

vm.runInThisContext(fs.readFileSync(SCORES_JS, "utf8"), { filename: SCORES_JS });
const Scores = globalThis.ActorGraphScores;
if (!Scores) throw new Error("scores.js did not define ActorGraphScores");

// ---------------------------------------------------------------------------
// Dates: day numbers as Python's date.toordinal() (0001-01-01 is day 1)
// ---------------------------------------------------------------------------

function dayNumber(year, month, day) {
  // Days from civil (H. Hinnant), as PartialDate.dayNumber.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor((y >= 0 ? y : y - 399) / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468 + 719163;
}

function daysInMonth(month, year) {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** {first, last} day numbers of an ISO partial date (YYYY, YYYY-MM, YYYY-MM-DD). */
function partialDate(text) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) throw new Error(`not a date: ${text}`);
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : null;
  const day = m[3] ? Number(m[3]) : null;
  const first = dayNumber(year, month ?? 1, day ?? 1);
  const lastMonth = month ?? 12;
  const last = dayNumber(year, lastMonth, day ?? daysInMonth(lastMonth, year));
  return { first, last };
}

// ---------------------------------------------------------------------------
// The report data: the JSON block of the page `actorgraph report` writes for
// the dataset, exactly what scores.js reads in the browser.
// ---------------------------------------------------------------------------

/** The data block of `actorgraph report FILE`'s page. */
function reportData(file) {
  const page = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "check-scores-")), "report.html");
  execFileSync(options.binary, ["report", file, "-o", page, "--quiet"], { stdio: ["ignore", "ignore", "inherit"] });
  const html = fs.readFileSync(page, "utf8");
  fs.rmSync(path.dirname(page), { recursive: true, force: true });
  const open = '<script type="application/json" id="actorgraph-data">';
  const start = html.indexOf(open);
  const end = html.indexOf("</script>", start);
  if (start < 0 || end < 0) throw new Error(`${file}: the report has no data block`);
  return JSON.parse(html.slice(start + open.length, end));
}

// ---------------------------------------------------------------------------

// ---------------------------------------------------------------------------
// A generated dataset: ~500 actors, 2,000 interactions, deterministic
// ---------------------------------------------------------------------------

/** mulberry32: a small seeded generator of numbers in [0, 1). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A dataset with what the scores must get right: multi-party interactions
 * (2–7 participants, a few of 210–260: with and without an initiator, so the
 * "star" rule applies and drops), hubs (preferential attachment), several
 * components, actors without a country (about 8 %, and one separate cluster
 * of countryless actors whose interactions alone are kind "briefing" with status
 * "planned", so that a filter gives a network without groups), interactions
 * without track (10 %), disclosure (15 %) or status (12 %), dates to the year,
 * month or day, end dates, undated ones.
 */
function generateDataset(seed, actorCount, interactionCount) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const COUNTRIES = ["US", "RU", "UA", "CN", "TR", "QA", "SA", "EG", "IR", "IL", "FR", "DE"];
  const KINDS = ["meeting", "call", "visit", "talks", "summit", "message"];
  const TRACKS = ["official", "track1.5", "track2"];
  const DISCLOSURES = ["secret", "unannounced", "public"];
  const STATUSES = ["confirmed", "reported", "denied"];
  const actors = [];
  const lonely = 12; // the countryless cluster
  for (let i = 0; i < actorCount; i++) {
    const actor = { id: `a${String(i).padStart(4, "0")}`, kind: rnd() < 0.15 ? "institution" : "person", name: "" };
    // Names with repeats and non-ASCII, so the tie-break by name matters.
    actor.name = `${pick(["Ali", "Anna", "Émile", "Ivan", "Li", "Omar", "Zoë", "ßasil"])} ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 7)}`;
    if (i >= actorCount - lonely) actor.name = `Nobody ${i}`;
    else if (rnd() >= 0.08) actor.country = COUNTRIES[Math.min(COUNTRIES.length - 1, Math.floor(-Math.log(1 - rnd()) * 3))];
    actors.push(actor);
  }
  const regular = actorCount - lonely;
  const urn = [];
  const drawActor = () => {
    if (urn.length === 0 || rnd() < 0.15) return Math.floor(rnd() * regular);
    return urn[Math.floor(rnd() * urn.length)];
  };
  const dateOf = () => {
    const year = 2015 + Math.floor(rnd() * 11);
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * daysInMonth(month, year));
    const p = rnd();
    const mm = String(month).padStart(2, "0");
    if (p < 0.2) return { date: `${year}`, year, month: 12, day: 31 };
    if (p < 0.5) return { date: `${year}-${mm}`, year, month, day: daysInMonth(month, year) };
    return { date: `${year}-${mm}-${String(day).padStart(2, "0")}`, year, month, day };
  };
  const interactions = [];
  for (let n = 0; n < interactionCount; n++) {
    const interaction = { id: `i${String(n).padStart(5, "0")}`, kind: pick(KINDS), participants: [] };
    let size;
    const large = n === 300 || n === 900 || n === 1500;
    if (large) size = 210 + Math.floor(rnd() * 50);
    else {
      const s = rnd();
      size = s < 0.6 ? 2 : s < 0.8 ? 3 : s < 0.9 ? 4 : s < 0.96 ? 5 : s < 0.99 ? 6 : 7;
    }
    const lonelyOne = !large && n % 40 === 7;
    const chosen = new Set();
    while (chosen.size < size) {
      chosen.add(lonelyOne ? regular + Math.floor(rnd() * lonely) : drawActor());
    }
    interaction.participants = [...chosen].map((i) => actors[i].id);
    for (const i of chosen) urn.push(i);
    if (n === 900 ? false : n === 300 || n === 1500 || rnd() < 0.45) interaction.initiator = pick(interaction.participants);
    if (rnd() >= 0.03) {
      const d = dateOf();
      interaction.date = d.date;
      if (rnd() < 0.08) {
        const endYear = d.year + (rnd() < 0.3 ? 1 : 0);
        interaction.endDate = endYear > d.year ? `${endYear}` : `${d.year}-12-31`;
      }
    }
    if (rnd() >= 0.10) interaction.track = pick(TRACKS);
    if (rnd() >= 0.15) interaction.disclosure = pick(DISCLOSURES);
    if (rnd() >= 0.12) interaction.status = pick(STATUSES);
    if (lonelyOne) {
      interaction.kind = "briefing";
      interaction.status = "planned";
    }
    interactions.push(interaction);
  }
  return { actors, interactions };
}

// ---------------------------------------------------------------------------
// Filters: command-line arguments and the page's filter object
// ---------------------------------------------------------------------------

/** A case {name, cli: [args], filter} from {kinds, tracks, disclosures, statuses, from, to}. */
function filterCase(spec) {
  const cli = [];
  const filter = { kinds: null, tracks: null, disclosures: null, statuses: null, from: null, to: null };
  const names = [];
  for (const key of ["kinds", "tracks", "disclosures", "statuses"]) {
    if (spec[key]) {
      cli.push(`--${key}`, spec[key].join(","));
      filter[key] = new Set(spec[key]);
      names.push(`--${key} ${spec[key].join(",")}`);
    }
  }
  if (spec.from) {
    cli.push("--from", spec.from);
    filter.from = partialDate(spec.from).first;
    names.push(`--from ${spec.from}`);
  }
  if (spec.to) {
    cli.push("--to", spec.to);
    filter.to = partialDate(spec.to).last;
    names.push(`--to ${spec.to}`);
  }
  const computeOptions = {};
  if (spec.maxIterations !== undefined) {
    cli.push("--max-iterations", String(spec.maxIterations));
    computeOptions.maxIterations = spec.maxIterations;
    names.push(`--max-iterations ${spec.maxIterations}`);
  }
  if (spec.tolerance !== undefined) {
    cli.push("--tolerance", String(spec.tolerance));
    computeOptions.tolerance = spec.tolerance;
    names.push(`--tolerance ${spec.tolerance}`);
  }
  return { name: names.length ? names.join(" ") : "(no filter)", cli, filter, options: computeOptions };
}

const CASES = [
  {},
  { from: "2025", to: "2025" },
  { from: "2022-03-01", to: "2023-06-30" },
  { from: "2023" },
  { to: "2019-06" },
  { from: "1900", to: "1900" },
  { kinds: ["meeting", "call"] },
  { tracks: ["track2"] },
  { statuses: ["confirmed", "reported"] },
  { kinds: ["meeting", "call"], from: "2022-03-01", to: "2023-06-30" },
  { tracks: ["official", "track1.5"], statuses: ["confirmed"] },
  { kinds: ["meeting", "talks", "visit"], tracks: ["track2", "official"], statuses: ["reported", "confirmed"], from: "2016" },
  { kinds: ["briefing"], statuses: ["planned"] },
  // Convergence: eigenvector fails on the seed within 200 iterations (null and a failure), PageRank not;
  // networkx's defaults.
  { maxIterations: 200 },
  { tolerance: 1e-6, maxIterations: 100 },
  { disclosures: ["secret"] },
  { disclosures: ["secret", "unannounced"], from: "2022", to: "2024-06-30" },
  { kinds: ["meeting", "call", "talks"], tracks: ["track2", "track1.5"], disclosures: ["public", "unannounced"], statuses: ["confirmed", "reported"], from: "2017-01", to: "2024" },
].map(filterCase);

// ---------------------------------------------------------------------------
// Comparison
// ---------------------------------------------------------------------------

const SCALAR_SCORES = Scores.SCORE_NAMES.filter((name) => name !== "brokerage");

/** Per score: {values, different (not bit-identical), nullMismatch, maxAbs, maxRel, worst}. */
class Tally {
  constructor() {
    this.scores = new Map();
    this.problems = [];
  }
  entry(name) {
    if (!this.scores.has(name)) {
      this.scores.set(name, { values: 0, different: 0, nullMismatch: 0, maxAbs: 0, maxRel: 0, worst: "" });
    }
    return this.scores.get(name);
  }
  add(name, expected, actual, where) {
    const entry = this.entry(name);
    entry.values += 1;
    if (expected === null || actual === null || expected === undefined || actual === undefined) {
      if ((expected ?? null) !== (actual ?? null)) {
        entry.nullMismatch += 1;
        this.problems.push(`${where} ${name}: command ${expected}, page ${actual}`);
      }
      return;
    }
    if (expected === actual) return;
    entry.different += 1;
    const abs = Math.abs(expected - actual);
    const rel = abs / Math.max(Math.abs(expected), Math.abs(actual));
    if (abs > entry.maxAbs) entry.maxAbs = abs;
    if (rel > entry.maxRel) {
      entry.maxRel = rel;
      entry.worst = `${where}: ${expected} vs ${actual}`;
    }
    if (rel > TOLERANCE) this.problems.push(`${where} ${name}: command ${expected}, page ${actual} (relative ${rel})`);
  }
}

function compare(expected, actual, tally, where) {
  if (expected.directed !== actual.directed || expected.weighted !== actual.weighted) {
    tally.problems.push(`${where}: directed/weighted differ`);
  }
  const e = expected.nodes;
  const a = actual.nodes;
  if (e.length !== a.length) {
    tally.problems.push(`${where}: ${e.length} nodes from the command, ${a.length} in the page`);
    return;
  }
  const byId = new Map(a.map((node) => [node.id, node]));
  for (let i = 0; i < e.length; i++) {
    const x = e[i];
    const y = byId.get(x.id);
    if (!y) {
      tally.problems.push(`${where}: node ${x.id} missing in the page`);
      continue;
    }
    if (a[i].id !== x.id) tally.problems.push(`${where}: position ${i}: command ${x.id}, page ${a[i].id}`);
    if (x.label !== y.label) tally.problems.push(`${where} ${x.id}: label ${x.label} vs ${y.label}`);
    if (("group" in x) !== ("group" in y) || x.group !== y.group) {
      tally.problems.push(`${where} ${x.id}: group ${JSON.stringify(x.group)} vs ${JSON.stringify(y.group)}`);
    }
    const at = `${where} ${x.id}`;
    for (const name of SCALAR_SCORES) tally.add(name, x[name], y[name], at);
    if (("brokerage" in x) !== ("brokerage" in y)) {
      tally.problems.push(`${at}: brokerage ${"brokerage" in x ? "only from the command" : "only in the page"}`);
    } else if (x.brokerage) {
      for (const role of Scores.ROLES) {
        tally.add("brokerage (raw)", x.brokerage[role], y.brokerage[role], `${at} ${role}`);
        tally.add("brokerage.expected", x.brokerage.expected[role], y.brokerage.expected[role], `${at} ${role}`);
        tally.add("brokerage.z", x.brokerage.z[role], y.brokerage.z[role], `${at} ${role}`);
      }
    }
    const keys = (node) => Object.keys(node).join(",");
    if (keys(x) !== keys(y)) tally.problems.push(`${at}: keys ${keys(x)} vs ${keys(y)}`);
  }
}

function commandScores(file, cli) {
  const text = execFileSync(options.binary, ["scores", file, "--format", "json", "--quiet", ...cli], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
    stdio: ["ignore", "pipe", "pipe"],
  });
  return JSON.parse(text);
}

function pageScores(data, filter, computeOptions = {}) {
  const started = performance.now();
  const selected = Scores.select(data, filter);
  const network = Scores.project(data, selected);
  const result = Scores.compute(data, network, computeOptions);
  return { result, network, ms: performance.now() - started };
}

function checkDataset(label, file, tally) {
  const data = reportData(file);
  console.log(`\n${label}: ${data.actors.length} actors, ${data.interactions.length} interactions (${file})`);
  for (const c of CASES) {
    const expected = commandScores(file, c.cli);
    const { result, network, ms } = pageScores(data, c.filter, c.options);
    const before = tally.problems.length;
    compare(expected, result, tally, `${label} [${c.name}]`);
    const failures = Object.keys(result.failures);
    console.log(
      `  ${c.name.padEnd(60)} ${String(network.nodeCount).padStart(4)} nodes ${String(network.tieCount).padStart(5)} ties ` +
        `${ms.toFixed(0).padStart(5)} ms` +
        `${network.largeInteractions.length ? `  large interactions: ${network.largeInteractions.join(", ")}` : ""}` +
        `${failures.length ? "  failures: " + failures.join(", ") : ""}` +
        `${tally.problems.length > before ? "  DIFFERENT" : ""}`,
    );
  }
}

// ---------------------------------------------------------------------------
// Async API: slices, progress and abandonment
// ---------------------------------------------------------------------------

async function checkAsync(file, tally) {
  const data = reportData(file);
  const network = Scores.project(data, Scores.select(data, {}));
  const sync = Scores.compute(data, network, {});
  let slices = 0;
  let phases = new Set();
  const full = await Scores.computeAsync(data, network, {}, {
    sliceMilliseconds: 5,
    onProgress: (p) => {
      slices += 1;
      phases.add(p.phase);
    },
  });
  if (JSON.stringify(full) !== JSON.stringify(sync)) tally.problems.push("computeAsync differs from compute");
  // Abandoned before the first slice, and after the first slice (unless that
  // one slice finished the work).
  const never = await Scores.computeAsync(data, network, {}, { shouldStop: () => true });
  if (never !== null) tally.problems.push("computeAsync did not stop when asked before the first slice");
  let stop = false;
  let lastPhase = null;
  const abandoned = await Scores.computeAsync(data, network, {}, {
    sliceMilliseconds: 1,
    shouldStop: () => stop,
    onProgress: (p) => {
      stop = true;
      lastPhase = p.phase;
    },
  });
  if (abandoned !== null && lastPhase !== "done") tally.problems.push("computeAsync did not stop when asked");
  console.log(`\ncomputeAsync: ${slices} slices of 5 ms (phases ${[...phases].join(", ")}), same result as compute; abandoned when asked: ${abandoned === null ? "yes" : "finished in its first slice"}`);
}

// ---------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------

const tally = new Tally();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "actorgraph-check-scores-"));
try {
  checkDataset("seed", path.join(ROOT, "seeds/backchannel.json"), tally);
  let generatedFile = null;
  if (options.generated) {
    generatedFile = path.join(tmp, "generated-500x2000.json");
    fs.writeFileSync(generatedFile, JSON.stringify(generateDataset(20240601, 500, 2000), null, 1));
    checkDataset("generated", generatedFile, tally);
  }
  options.datasets.forEach((file, i) => checkDataset(`dataset ${i + 1}`, file, tally));
  await checkAsync(generatedFile ?? path.join(ROOT, "seeds/backchannel.json"), tally);

  if (options.bench) {
    const file = path.join(tmp, "report-5000x20000.json");
    execFileSync("python3", [path.join(ROOT, "scripts/report/generate_dataset.py"), "5000", "20000", "42", file], {
      stdio: ["ignore", "ignore", "inherit"],
    });
    const data = reportData(file);
    const times = [];
    let last = null;
    let cpu = Infinity;
    for (let run = 0; run < 3; run++) {
      const t0 = performance.now();
      const cpu0 = process.cpuUsage();
      const selected = Scores.select(data, {});
      const t1 = performance.now();
      const network = Scores.project(data, selected);
      const t2 = performance.now();
      last = { result: Scores.compute(data, network, {}), network };
      const t3 = performance.now();
      cpu = Math.min(cpu, process.cpuUsage(cpu0).user / 1000);
      times.push([t1 - t0, t2 - t1, t3 - t2]);
    }
    const best = times.reduce((a, b) => (a[0] + a[1] + a[2] <= b[0] + b[1] + b[2] ? a : b));
    console.log(
      `\nbench 5,000 actors / 20,000 interactions (${last.network.nodeCount} nodes, ${last.network.tieCount} ties): ` +
        `select ${best[0].toFixed(1)} ms, project ${best[1].toFixed(1)} ms, compute ${best[2].toFixed(0)} ms ` +
        `(wall clock, best of 3; user CPU of select + project + compute ${cpu.toFixed(0)} ms; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores)`,
    );
    const t0 = performance.now();
    const expected = commandScores(file, []);
    console.log(`  actorgraph scores (debug build): ${(performance.now() - t0).toFixed(0)} ms`);
    compare(expected, last.result, tally, "bench [(no filter)]");
    const window = filterCase({ from: "2020", to: "2021-06" });
    compare(commandScores(file, window.cli), pageScores(data, window.filter).result, tally, `bench [${window.name}]`);
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}

console.log("\nscore                  values  not bit-identical  null mismatches  max abs diff  max rel diff");
for (const [name, e] of tally.scores) {
  console.log(
    `${name.padEnd(22)} ${String(e.values).padStart(6)} ${String(e.different).padStart(18)} ${String(e.nullMismatch).padStart(16)}  ` +
      `${e.maxAbs.toExponential(2).padStart(12)}  ${e.maxRel.toExponential(2).padStart(12)}${e.maxRel > 0 ? "   worst: " + e.worst : ""}`,
  );
}
if (tally.problems.length) {
  console.log(`\n${tally.problems.length} problem(s):`);
  for (const p of tally.problems.slice(0, 40)) console.log(`  ${p}`);
  process.exit(1);
}
console.log(`\nOK: every value within ${TOLERANCE} relative of the command's, nodes and order the same`);
