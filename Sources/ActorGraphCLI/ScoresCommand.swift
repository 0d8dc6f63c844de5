import ActorGraph
import ArgumentParser
import Foundation

/// `actorgraph scores INPUT`: centrality, structural holes and brokerage per node.
struct ScoresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scores",
        abstract: "Compute centrality, structural-hole and brokerage scores for every actor.",
        discussion: """
            INPUT is a dataset (.json), an edge list CSV (source,target[,weight], node table \
            with --nodes or beside it as INPUT-nodes.csv), a Gephi CSV pair or GraphML (as \
            networkx, igraph, Gephi and ActorGraph write it). A dataset is projected onto ties \
            between the actors that take part in at least one selected interaction (undirected, \
            weighted by --weighting; --directed: from the initiator), grouped by country for \
            brokerage; --include-isolates keeps every actor, as `convert` does; --affiliations \
            adds person–institution and institution–parent ties. A graph file is scored as it \
            is; --group names any node attribute. Scores follow networkx's definitions and \
            sna::brokerage (see the README); PageRank, eigenvector and Katz converge to the \
            fixed point by default (--tolerance 1e-6 reproduces networkx's defaults). An \
            undefined value is '-' in the table, empty in CSV, null in JSON.
            --certain keeps only interactions whose whole date lies in --from…--to. --temporal \
            adds scores over time-respecting paths (each contact certainly before the next; \
            --possible-order relaxes it).
            Known scores: \(ScoreName.known).
            """
    )

    @OptionGroup var inputArguments: InputArguments

    @OptionGroup var projection: ProjectionArguments

    @Flag(help: "Use tie weights (path scores use distance 1/weight).")
    var weighted = false

    @Option(help: "The node attribute that groups nodes for brokerage (default for a dataset: country; any attribute of a graph file).")
    var group: String?

    @Flag(help: "For a dataset: make every selected actor a node, also those in no interaction (they score as isolates).")
    var includeIsolates = false

    @Flag(help: "For a dataset: add ties from persons to their institutions and from institutions to their parents.")
    var affiliations = false

    @Option(help: "Comma-separated scores to compute, e.g. betweenness,pagerank.", transform: ArgumentValue.scores)
    var only: [ScoreName]?

    @Option(help: "Output format: table, csv or json.")
    var format: ScoreReport.Format = .table

    @Option(help: "Sort by this score, highest first (default: the first score computed; ties by name).", transform: ArgumentValue.score)
    var sort: ScoreName?

    @Option(help: "Print only the first N nodes.")
    var top: Int?

    @Option(help: "PageRank, eigenvector and Katz stop when the L1 change of an iteration is below n × this (default 1e-13: within 1e-10 of the fixed point; 1e-6 with --max-iterations 100 reproduces networkx's pagerank and eigenvector_centrality).")
    var tolerance: Double = ConvergenceCriteria.defaultTolerance

    @Option(name: .customLong("max-iterations"), help: "The most iterations for PageRank, eigenvector and Katz before they are reported as not converged.")
    var maxIterations: Int = ConvergenceCriteria.defaultMaxIterations

    @Flag(help: "For a dataset: add the time-respecting scores, temporalBetweenness and temporalBrokerage (roles counted in time order, beside the static ones; see Guides/Time.md).")
    var temporal = false

    @Flag(name: .customLong("possible-order"), help: "Temporal scores: a contact comes before another when it possibly does (begins before the other ends), not only when it certainly does.")
    var possibleOrder = false

    @Flag(help: "Show no progress on standard error (shown only on a terminal, once the work has taken a second).")
    var quiet = false

    func validate() throws {
        try projection.checkCertainHasBounds()
        if possibleOrder, !temporal, !(only ?? []).contains(where: ScoreName.temporal.contains) {
            throw ValidationError("--possible-order applies to the temporal scores: give --temporal")
        }
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if !(tolerance > 0) || !tolerance.isFinite { throw ValidationError("--tolerance must be a number above 0") }
        if maxIterations < 1 { throw ValidationError("--max-iterations must be at least 1") }
        if let sort, let only, !only.contains(sort) {
            throw ValidationError("--sort \(sort.rawValue): not among the scores of --only (\(only.map(\.rawValue).joined(separator: ", ")))")
        }
    }

    func run() throws {
        let options = projection.options(affiliations: affiliations, isolates: includeIsolates)
        var datasetOnly = datasetOnlyFlags(options)
        if includeIsolates { datasetOnly.append("--include-isolates") }
        if temporal { datasetOnly.append("--temporal") }
        if possibleOrder { datasetOnly.append("--possible-order") }
        let input = try CommandInput.load(inputArguments.source(), options: options, setByUser: datasetOnly)
        let network = input.network
        var requested = only ?? ScoreName.standard
        if temporal { requested += ScoreName.temporal.filter { !requested.contains($0) } }
        var temporalNetwork: TemporalNetwork?
        if requested.contains(where: ScoreName.temporal.contains) {
            guard let dataset = input.loaded.dataset else {
                throw ValidationError("temporal scores need a dataset's dated interactions; \(inputArguments.input) is a graph")
            }
            temporalNetwork = TemporalNetwork(network: network, interactions: dataset.interactions)
        }
        let scores = ProgressDisplay.scores(
            graph: network.graph, weighted: weighted, groups: try input.groups(by: group), only: requested,
            convergence: ConvergenceCriteria(tolerance: tolerance, maxIterations: maxIterations),
            temporal: temporalNetwork, timeOrder: possibleOrder ? .possible : .certain, quiet: quiet)
        warnAboutLargeInteractions(network)
        ScoreReport.warn(about: scores, only: only, weighted: weighted)
        let output = try ScoreReport(scores: scores, labels: network.nodes.map(\.label), sort: sort, top: top).text(format)
        print(output, terminator: output.unicodeScalars.last == "\n" ? "" : "\n")
    }
}
