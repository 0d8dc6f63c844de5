// actorgraph-bench: times one ActorGraph task on one input and prints one JSON line.
//
// The driver, scripts/bench/run_benchmarks.py, runs it once per task and graph, next
// to the same work in igraph, rustworkx and networkx; see scripts/bench/README.md.
//
// Timings, all wall-clock seconds from a monotonic clock, process start-up excluded:
// - load_s: the task's load step (e.g. reading an edge list into a CompactGraph);
// - load_algorithm_s: the load step followed at once by the first algorithm run,
//   what a user who loads and computes once waits for;
// - algorithm_s: the best of the algorithm runs (the first run and up to
//   repeats - 1 more, fewer once the runs together exceed --repeat-budget);
//   algorithm_runs lists them all.
// peak_rss_kib is the process's peak resident set size (VmHWM from /proc/self/status):
// the process runs one task. load_peak_rss_kib is VmHWM after the load step and
// loaded_rss_kib VmRSS then; the peak is then reset (/proc/self/clear_refs), so
// algorithm_peak_rss_kib is the peak during the algorithm runs alone (left out
// where the reset is not possible).
// Tasks on a dataset JSON also report the parts of load_s (parse_s, project_s and,
// for the temporal tasks, temporal_index_s) and what was loaded (interactions,
// contacts, arcs).
//
// `actorgraph-bench approximation-table` is a mode apart: it generates
// Barabási–Albert graphs, compares approximateBetweenness with exact betweenness
// and prints a Markdown table (ApproximationTable.swift, Guides/Scale.md).

import ActorGraph
import Foundation

func emit(_ line: JSONLine) {
    FileHandle.standardOutput.write(Data((line.text + "\n").utf8))
}

func fail(_ line: inout JSONLine, status: String, reason: String, code: Int32) -> Never {
    line["status"] = status
    line["reason"] = reason
    emit(line)
    FileHandle.standardError.write(Data("actorgraph-bench: \(reason)\n".utf8))
    exit(code)
}

let benchTasks = allTasks()
let arguments = Array(CommandLine.arguments.dropFirst())
// A mode, not a task: prints a Markdown table instead of one JSON line.
if arguments.first == "approximation-table" {
    let rest = Array(arguments.dropFirst())
    if rest.contains("--help") || rest.contains("-h") {
        print(ApproximationOptions.usage)
        exit(0)
    }
    do {
        ApproximationTable.run(try ApproximationOptions.parse(rest))
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("actorgraph-bench: \(error)\n\n\(ApproximationOptions.usage)\n".utf8))
        exit(2)
    }
}
if arguments == ["--list"] {
    for task in benchTasks {
        print("\(task.name)\t\(task.summary)")
    }
    exit(0)
}
if arguments.contains("--help") || arguments.contains("-h") {
    print(Options.usage)
    exit(0)
}

var line = JSONLine()
line["tool"] = "actorgraph"

let options: Options
do {
    options = try Options.parse(arguments)
} catch {
    FileHandle.standardError.write(Data("actorgraph-bench: \(error)\n\n\(Options.usage)\n".utf8))
    exit(2)
}
line["task"] = options.task
line["input"] = options.input
line["threads"] = options.threads
if options.progress { line["progress"] = true }
line["repeats"] = options.repeats

guard let task = benchTasks.first(where: { $0.name == options.task }) else {
    let names = benchTasks.map(\.name).joined(separator: ", ")
    FileHandle.standardError.write(Data("actorgraph-bench: unknown task \"\(options.task)\"; tasks: \(names)\n".utf8))
    exit(2)
}
line["summary"] = task.summary
if ["pagerank", "eigenvector"].contains(task.name) {
    line["tolerance"] = options.tolerance
    line["max_iterations"] = options.maxIterations
}

do {
    line["baseline_rss_kib"] = procStatusKiB("VmRSS")
    let start = now()
    let workload = try task.load(options)
    line["load_peak_rss_kib"] = procStatusKiB("VmHWM")
    line["loaded_rss_kib"] = procStatusKiB("VmRSS")
    let peakReset = resetPeakRSS()
    let loaded = now()
    let outcome = try workload.run()
    let finished = now()
    var runs = [finished - loaded]
    var checksum = outcome.scores.reduce(0.0) { $0 + ($1 ?? 0) }
    while runs.count < options.repeats && runs.reduce(0, +) < options.repeatBudget {
        let (again, seconds) = try timed(workload.run)
        runs.append(seconds)
        checksum += again.scores.reduce(0.0) { $0 + ($1 ?? 0) }
    }
    line["load_s"] = loaded - start
    for (key, value) in workload.facts { line[key] = value }
    line["load_algorithm_s"] = finished - start
    line["algorithm_s"] = runs.min()
    line["algorithm_runs"] = runs
    line["nodes"] = outcome.nodes
    line["edges"] = outcome.edges
    line["checksum"] = checksum  // keeps every run's result alive
    if let path = options.scores, !outcome.scores.isEmpty {
        try writeScores(outcome.scores, ids: outcome.ids, to: path)
        line["scores"] = path
    }
    if let path = options.output { line["output"] = path }
    // After a reset, VmHWM is the peak of the algorithm runs (and the result
    // writing) alone; peak_rss_kib stays the whole process's peak.
    let endPeak = procStatusKiB("VmHWM")
    if peakReset { line["algorithm_peak_rss_kib"] = endPeak }
    let loadPeak = line["load_peak_rss_kib"] as? Int
    line["peak_rss_kib"] = peakReset ? [loadPeak, endPeak].compactMap { $0 }.max() : endPeak
    line["status"] = "ok"
    emit(line)
} catch let error as UsageError {
    fail(&line, status: "error", reason: error.description, code: 2)
} catch {
    fail(&line, status: "error", reason: "\(error)", code: 1)
}
