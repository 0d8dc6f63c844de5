import ActorGraph
import ArgumentParser
import Foundation

/// `actorgraph summary FILE`: counts of actors and interactions, or of a graph's
/// nodes, ties and attributes.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print counts: a dataset's actors by kind and country and interactions by kind, year, track and document; a graph's nodes, ties, components and attributes."
    )

    @OptionGroup var inputArguments: InputArguments

    func run() throws {
        let source = try inputArguments.source()
        switch try readNetwork(source) {
        case .dataset(let dataset):
            print(DatasetSummary(dataset).report(title: source.path))
        case .graph(let graph):
            print(Self.report(graph, title: source.path, format: source.format))
        }
    }

    /// A graph's summary: size, direction, weights, components, isolates, repeated
    /// ties and self-loops as given, and its attribute columns.
    static func report(_ graph: AttributedGraph, title: String, format: NetworkFormat) -> String {
        let compact = graph.graph
        let components = compact.weaklyConnectedComponents()
        let isolates = (0..<compact.nodeCount).count { compact.outDegree(of: $0) == 0 && compact.inDegree(of: $0) == 0 }
        var lines = [
            "\(title) (\(format.rawValue))",
            "  nodes: \(compact.nodeCount)",
            "  ties: \(compact.edgeCount) (\(graph.isDirected ? "directed" : "undirected"), \(graph.hasWeights ? "weighted" : "unweighted"))",
            "  rows or elements as given: \(graph.edges.count) (\(graph.repeatedTieCount) repeated, \(graph.selfLoopCount) self-loops)",
            "  weakly connected components: \(components.count), largest \(components.map(\.count).max() ?? 0) nodes",
            "  isolates: \(isolates)",
        ]
        let nodeColumns = graph.nodeColumns.map { "\($0.name) (\($0.type.rawValue))" }
        let edgeColumns = graph.edgeColumns.map { "\($0.name) (\($0.type.rawValue))" }
        lines.append("  node attributes: " + (nodeColumns.isEmpty ? "none" : nodeColumns.joined(separator: ", ")))
        lines.append("  tie attributes: " + (edgeColumns.isEmpty ? "none" : edgeColumns.joined(separator: ", ")))
        return lines.joined(separator: "\n")
    }
}
