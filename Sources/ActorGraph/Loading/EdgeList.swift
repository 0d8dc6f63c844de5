import Foundation

/// A graph read from an edge-list CSV (`source,target` and an optional `weight`
/// column) and, optionally, a node table CSV (`id` plus attribute columns).
///
/// The node table fixes the node order and adds nodes without ties (isolates);
/// nodes met only in the edge list follow in order of first appearance.
public struct EdgeList: Sendable {
    /// The graph, directed or not as asked.
    public let graph: CompactGraph
    /// Node attributes by column name, each an array indexed like the graph's
    /// nodes (`nil` for a node absent from the node table).
    public let attributes: [String: [String?]]
    /// The attribute columns in the node table's order.
    public let attributeNames: [String]
    /// Whether the edge list had a `weight` column.
    public let hasWeights: Bool

    /// The largest tie weight accepted: sums of weights (strength, merged ties)
    /// then stay finite for any realistic number of ties.
    public static let largestWeight = TieWeight.largest

    /// Reads an edge list and an optional node table.
    ///
    /// Weights must be decimal numbers w with 0 < w ≤ ``largestWeight`` and 1/w
    /// finite (path scores use the distance 1/w); repeated ties are merged by adding
    /// weights; self-loops are dropped.
    ///
    /// - Parameters:
    ///   - edges: the edge list CSV (`source,target` and optionally `weight`).
    ///   - nodes: an optional node table CSV (`id` plus attribute columns).
    ///   - directed: whether ties run from source to target.
    /// - Throws: ``FileReadError`` or ``CSVError`` naming the file and line.
    /// - Complexity: O(V + E log d).
    public static func read(edges: URL, nodes: URL? = nil, directed: Bool) throws -> EdgeList {
        let edgeTable = try CSVTable.read(contentsOf: edges)
        let nodeTable = try nodes.map { try CSVTable.read(contentsOf: $0) }
        return try EdgeList(edges: edgeTable, nodes: nodeTable, directed: directed)
    }

    /// Builds the graph from parsed tables.
    ///
    /// - Parameters:
    ///   - edges: the parsed edge list.
    ///   - nodes: the parsed node table, if any.
    ///   - directed: whether ties run from source to target.
    /// - Throws: ``CSVError`` naming the file and line of a missing column, an
    ///   empty or duplicate id, or a weight out of range.
    public init(edges: CSVTable, nodes: CSVTable? = nil, directed: Bool) throws(CSVError) {
        guard let sourceColumn = edges.column("source"), let targetColumn = edges.column("target") else {
            throw CSVError(
                file: edges.file, line: 1,
                message: "expected a header with columns source,target (and optionally weight), found \(edges.header.joined(separator: ","))")
        }
        let weightColumn = edges.column("weight")
        var builder = CompactGraph.Builder(directed: directed)
        var attributeNames: [String] = []
        var attributes: [String: [String?]] = [:]
        if let nodes {
            guard let idColumn = nodes.column("id") else {
                throw CSVError(
                    file: nodes.file, line: 1,
                    message: "expected a node table header starting with id, found \(nodes.header.joined(separator: ","))")
            }
            attributeNames = nodes.header.enumerated().filter { $0.offset != idColumn }.map(\.element)
            for name in attributeNames { attributes[name] = [] }
            for (row, fields) in nodes.rows.enumerated() {
                let id = fields[idColumn]
                guard !id.isEmpty else {
                    throw CSVError(file: nodes.file, line: nodes.lines[row], message: "empty node id")
                }
                guard builder.nodeCount == builder.addNode(id) else {
                    throw CSVError(file: nodes.file, line: nodes.lines[row], message: "duplicate node id \"\(id)\"")
                }
                for (column, name) in nodes.header.enumerated() where column != idColumn {
                    attributes[name, default: []].append(fields[column])
                }
            }
        }
        for row in edges.rows.indices {
            let tie = try edges.tie(atRow: row, source: sourceColumn, target: targetColumn, weight: weightColumn)
            builder.addEdge(tie.source, tie.target, weight: tie.weight)
        }
        for name in attributeNames {
            let known = attributes[name, default: []]
            attributes[name] = known + Array(repeating: nil, count: builder.nodeCount - known.count)
        }
        self.graph = builder.build()
        self.attributes = attributes
        self.attributeNames = attributeNames
        self.hasWeights = weightColumn != nil
    }
}
