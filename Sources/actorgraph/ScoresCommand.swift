import ActorGraph
import ArgumentParser
import Foundation

/// `actorgraph scores INPUT`: centrality, structural holes and brokerage per node.
struct ScoresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scores",
        abstract: "Compute centrality, structural-hole and brokerage scores for every actor.",
        discussion: """
            INPUT is a dataset (.json) or an edge list CSV with header source,target and an optional \
            weight column. A dataset is projected onto ties between the actors that take part in at \
            least one interaction (undirected, weighted by the number of interactions; --directed: \
            from the initiator), grouped by country for brokerage; --include-isolates keeps every \
            actor, as `convert` does. Scores follow networkx's definitions and sna::brokerage (see \
            the README); an undefined value is '-' in the table, empty in CSV, null in JSON.
            Known scores: \(ScoreName.allCases.map(\.rawValue).joined(separator: ", ")).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json
    }

    @Argument(help: "A dataset (.json) or an edge list (.csv).")
    var input: String

    @Option(help: "For an edge list: a node table CSV with header id plus attribute columns.")
    var nodes: String?

    @Flag(help: "Treat ties as directed (from a dataset: from the initiator).")
    var directed = false

    @Flag(help: "Use tie weights (path scores use distance 1/weight).")
    var weighted = false

    @Option(help: "The node attribute that groups nodes for brokerage (default for a dataset: country).")
    var group: String?

    @Flag(help: "For a dataset: make every actor a node, also those in no interaction (they score as isolates).")
    var includeIsolates = false

    @Option(help: "Comma-separated scores to compute, e.g. betweenness,pagerank.")
    var only: String?

    @Option(help: "Output format: table, csv or json.")
    var format: Format = .table

    @Option(help: "Sort by this score, highest first (default: the first score computed; ties by name).")
    var sort: String?

    @Option(help: "Print only the first N nodes.")
    var top: Int?

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        do {
            if let list = try only.map(ScoreName.parseList), list.isEmpty {
                throw ValidationError("--only: name at least one score (known: \(ScoreName.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
        } catch let error as ScoreSelectionError {
            throw ValidationError("--only: \(error.description)")
        }
        if let sort, ScoreName(rawValue: sort) == nil {
            throw ValidationError("--sort: unknown score \"\(sort)\"; known: \(ScoreName.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        let loaded = try GraphInput.load(
            path: input, nodes: nodes, directed: directed, groupAttribute: group, projection: ProjectionOptions(directed: directed, includeIsolatedActors: includeIsolates))
        let requested: [ScoreName]
        do {
            requested = try only.map(ScoreName.parseList) ?? ScoreName.standard
        } catch {
            throw ValidationError(error.description)
        }
        if group != nil, loaded.groups == nil {
            throw InputFailure("\(input): no node attribute \"\(group ?? "")\" to group by")
        }
        let scores = NodeScores(graph: loaded.graph, weighted: weighted, groups: loaded.groups, only: requested)
        for name in requested where only != nil && !scores.requested.contains(name) {
            let reason = name == .brokerage
                ? "it needs a grouping (--group; a dataset groups by country)" : "it applies to directed graphs only (give --directed)"
            printError("warning: \(name.rawValue) not computed: \(reason)")
        }
        if weighted, !loaded.graph.hasNonUnitWeights {
            printError("warning: --weighted: every tie weighs 1, so the weighted scores equal the unweighted ones")
        }
        for (name, reason) in scores.failures.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            printError("warning: \(name.rawValue) not computed: \(reason)")
        }
        let sortKey: ScoreName?
        if let sort {
            guard let key = ScoreName(rawValue: sort), scores.requested.contains(key) else {
                throw ValidationError("--sort \(sort): not among the computed scores (\(scores.requested.map(\.rawValue).joined(separator: ", ")))")
            }
            sortKey = key == .brokerage ? nil : key
        } else {
            sortKey = scores.requested.first { $0 != .brokerage }
        }
        var order = Array(0..<loaded.graph.nodeCount)
        let column = sortKey.flatMap { scores.values[$0] }
        order.sort { a, b in
            let x = column?[a] ?? nil, y = column?[b] ?? nil
            if x != y { return (x ?? -.infinity) > (y ?? -.infinity) }
            if let roles = scores.brokerage, sort == "brokerage" {
                let p = roles.raw.total[a], q = roles.raw.total[b]
                if p != q { return p > q }
            }
            return loaded.labels[a] < loaded.labels[b]
        }
        if let top { order = Array(order.prefix(top)) }
        let output: String
        switch format {
        case .json: output = scores.json(labels: loaded.labels, order: order)
        case .csv: output = scores.csv(labels: loaded.labels, order: order)
        case .table: output = scores.table(labels: loaded.labels, order: order)
        }
        print(output, terminator: output.hasSuffix("\n") ? "" : "\n")
    }
}
