import ActorGraph
import Foundation

/// A graph read from the command line's INPUT: a dataset (`.json`, projected onto
/// actor-to-actor ties) or an edge list (`.csv`, with an optional node table).
struct GraphInput {
    var graph: CompactGraph
    /// A display name per node: the actor's name for a dataset, the node table's
    /// `label` or `name` column for an edge list, else the id.
    var labels: [String]
    /// A group label per node for brokerage, when a grouping applies.
    var groups: [String?]?
    /// For a dataset: the dataset and its projection.
    var dataset: Dataset?
    var network: ProjectedNetwork?

    /// Loads INPUT by its extension.
    ///
    /// - Parameters:
    ///   - groupAttribute: for a dataset `country` (the default) or `kind`; for an
    ///     edge list, a node table column (no grouping when `nil`).
    static func load(
        path: String, nodes: String?, directed: Bool, groupAttribute: String?, projection: ProjectionOptions
    ) throws -> GraphInput {
        let url = URL(fileURLWithPath: path)
        switch url.pathExtension.lowercased() {
        case "json":
            if nodes != nil { throw InputFailure("--nodes applies to an edge list CSV, not to a dataset (\(path))") }
            let dataset = try DatasetLoader.load(contentsOf: url)
            var options = projection
            options.directed = directed
            let network = dataset.project(options)
            let groups: [String?]
            switch groupAttribute ?? "country" {
            case "country": groups = network.actors.map { $0.country?.rawValue }
            case "kind": groups = network.actors.map { $0.kind.rawValue }
            case let other:
                throw InputFailure("a dataset can be grouped by country or kind, not \"\(other)\"")
            }
            return GraphInput(
                graph: network.graph, labels: network.actors.map(\.name), groups: groups, dataset: dataset,
                network: network)
        case "csv":
            let list = try EdgeList.read(edges: url, nodes: nodes.map { URL(fileURLWithPath: $0) }, directed: directed)
            let labelColumn = ["label", "name", "Label"].first { list.attributes[$0] != nil }
            let labels = list.graph.ids.indices.map { index in
                labelColumn.flatMap { list.attributes[$0]?[index] }.flatMap { $0.isEmpty ? nil : $0 } ?? list.graph.ids[index]
            }
            var groups: [String?]?
            if let groupAttribute {
                guard let column = list.attributes[groupAttribute] else {
                    let known = list.attributeNames.isEmpty ? "the node table has no attribute columns" : "known: \(list.attributeNames.joined(separator: ", "))"
                    throw InputFailure("no node attribute \"\(groupAttribute)\" to group by (\(nodes == nil ? "give a node table with --nodes" : known))")
                }
                groups = column
            }
            return GraphInput(graph: list.graph, labels: labels, groups: groups, dataset: nil, network: nil)
        default:
            throw InputFailure("\(path): expected a dataset (.json) or an edge list (.csv)")
        }
    }
}
