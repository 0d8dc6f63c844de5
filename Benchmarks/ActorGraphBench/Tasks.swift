import ActorGraph
import Foundation
import Synchronization

/// What one task loads, and what it runs on what it loaded.
///
/// `load` is timed as "load", one call of the returned workload's `run` as one
/// "algorithm" run. Every task's `run` returns what the agreement check compares:
/// one score per node, or none (the `dot` task, checked on its output file).
struct BenchTask: Sendable {
    /// The name on the command line.
    let name: String
    /// What "load" and "algorithm" are for this task.
    let summary: String
    /// Reads the input and prepares the algorithm.
    let load: @Sendable (Options) throws -> Workload
}

/// A loaded input and the algorithm to time on it.
struct Workload {
    /// Runs the algorithm once.
    let run: () throws -> Outcome
    /// Facts about the load step for the result line (e.g. the seconds of its
    /// parts, or counts of what was loaded): numbers only.
    var facts: [String: Double] = [:]

    init(facts: [String: Double] = [:], run: @escaping () throws -> Outcome) {
        self.facts = facts
        self.run = run
    }
}

/// What one algorithm run gives back.
struct Outcome {
    /// Nodes and ties of the graph the algorithm ran on.
    var nodes: Int
    var edges: Int
    /// Node ids, indexed like ``scores``.
    var ids: [String]
    /// One score per node, or none (a task checked another way).
    var scores: [Double?]

    init(_ graph: CompactGraph, scores: [Double?]) {
        self.nodes = graph.nodeCount
        self.edges = graph.edgeCount
        self.ids = graph.ids
        self.scores = scores
    }
}

/// A task that reads an edge list and computes one score per node.
private func edgeListTask(
    _ name: String, _ summary: String,
    _ score: @escaping @Sendable (CompactGraph, Options) throws -> [Double?]
) -> BenchTask {
    BenchTask(name: name, summary: "load: EdgeListReader.read (CSV to AttributedGraph and CompactGraph); algorithm: " + summary) { options in
        let graph = try EdgeListReader.read(edges: URL(fileURLWithPath: options.input), directed: false).graph
        return Workload { Outcome(graph, scores: try score(graph, options)) }
    }
}

/// The progress handler of `--progress`: counts its calls, never cancels.
private let progressReports = Atomic<Int>(0)
private let countingHandler: WorkProgressHandler = { _ in
    progressReports.wrappingAdd(1, ordering: .relaxed)
    return true
}

/// Every task, in the order `--list` shows them.
func allTasks() -> [BenchTask] {
    var tasks: [BenchTask] = []

    tasks.append(edgeListTask("betweenness", "betweenness(normalized: true, weighted: false)") { graph, options in
        options.progress
            ? try graph.betweenness(normalized: true, weighted: false, workers: options.threads, progress: countingHandler)
            : graph.betweenness(normalized: true, weighted: false, workers: options.threads)
    })
    tasks.append(edgeListTask("betweenness-weighted", "betweenness(normalized: true, weighted: true), lengths 1/weight") { graph, options in
        options.progress
            ? try graph.betweenness(normalized: true, weighted: true, workers: options.threads, progress: countingHandler)
            : graph.betweenness(normalized: true, weighted: true, workers: options.threads)
    })

    tasks.append(edgeListTask("closeness", "closeness(weighted: false)") { graph, options in
        options.progress
            ? try graph.closeness(weighted: false, workers: options.threads, progress: countingHandler)
            : graph.closeness(weighted: false, workers: options.threads)
    })

    tasks.append(edgeListTask("harmonic", "harmonic(weighted: false)") { graph, options in
        options.progress
            ? try graph.harmonic(weighted: false, workers: options.threads, progress: countingHandler)
            : graph.harmonic(weighted: false, workers: options.threads)
    })

    tasks.append(edgeListTask("pagerank", "pageRank(damping:weighted: false:maxIterations:tolerance:)") { graph, options in
        try graph.pageRank(
            damping: options.damping, weighted: false, maxIterations: options.maxIterations,
            tolerance: options.tolerance)
    })

    tasks.append(edgeListTask("eigenvector", "eigenvectorCentrality(weighted: false:maxIterations:tolerance:)") { graph, options in
        try graph.eigenvectorCentrality(
            weighted: false, maxIterations: options.maxIterations, tolerance: options.tolerance)
    })

    tasks.append(edgeListTask("constraint", "structuralHoles(weighted: false).constraint") { graph, _ in
        graph.structuralHoles(weighted: false).constraint
    })

    tasks.append(BenchTask(
        name: "load-csv",
        summary: "load: read the file's bytes; algorithm: CSVTable(data:) + EdgeListReader.read(edges:nodes:directed: false) (parse and build the CompactGraph); scores: degree") { options in
        let url = URL(fileURLWithPath: options.input)
        let data = try Data(contentsOf: url)
        return Workload {
            let graph = try EdgeListReader.read(edges: CSVTable(data: data, file: url.path), nodes: nil, directed: false).graph
            return Outcome(graph, scores: (0..<graph.nodeCount).map { Double(graph.outDegree(of: $0)) })
        }
    })

    tasks.append(BenchTask(
        name: "load-json",
        summary: "load: read the file's bytes; algorithm: DatasetLoader.load(data:) (parse and validate) + project() (undirected, count weights); scores: strength") { options in
        let url = URL(fileURLWithPath: options.input)
        let data = try Data(contentsOf: url)
        return Workload {
            let graph = try DatasetLoader.load(data: data, file: url.path).project().graph
            return Outcome(graph, scores: (0..<graph.nodeCount).map { node in graph.neighborWeights(of: node).reduce(0, +) })
        }
    })

    tasks.append(BenchTask(
        name: "dot",
        summary: "load: DatasetLoader.load + project(); algorithm: DOTWriter().write(network) + write the text to --output") { options in
        let dataset = try DatasetLoader.load(contentsOf: URL(fileURLWithPath: options.input))
        let network = dataset.project()
        let output = options.output ?? "/dev/null"
        return Workload {
            let text = try DOTWriter().write(network)
            try text.write(toFile: output, atomically: false, encoding: .utf8)
            var outcome = Outcome(network.graph, scores: [])
            outcome.ids = []
            return outcome
        }
    })

    tasks.append(contentsOf: temporalTasks())

    return tasks
}
