/// A graph with named, typed attribute columns on its nodes and ties: what the
/// GraphML and Gephi CSV readers return and what the writers take.
///
/// ``edges`` lists the ties as the source gave them, one per edge element or row,
/// in order; ``graph`` is the compact graph built from them, in which parallel
/// ties are merged (weights added) and self-loops dropped (see
/// ``CompactGraph/Builder``). Edge attribute columns run parallel to ``edges``.
///
/// Values are kept as text in a canonical spelling for their type (`true`/`false`
/// for booleans, ``AttributeText/text(for:)`` for numbers); `nil` where a node or
/// tie has no value.
public struct AttributedGraph: Sendable {
    /// The value types of GraphML's `attr.type`.
    public enum ValueType: String, Sendable, Hashable, CaseIterable {
        case string, boolean, int, long, float, double

        /// Whether values of the type are numbers.
        public var isNumeric: Bool { self != .string && self != .boolean }
    }

    /// One attribute: its name, its type and a value per node (or per edge).
    public struct Column: Sendable, Hashable {
        /// The attribute's name (GraphML `attr.name`, a CSV header).
        public var name: String
        /// The attribute's value type.
        public var type: ValueType
        /// One value per node (or per edge), in canonical text; `nil` where absent.
        public var values: [String?]

        /// Creates a column; each parameter sets the property of the same name.
        public init(name: String, type: ValueType, values: [String?]) {
            self.name = name
            self.type = type
            self.values = values
        }

        /// The values as numbers; `nil` where absent or not a number. O(n).
        public var doubles: [Double?] { values.map { $0.flatMap(AttributeText.double(from:)) } }
    }

    /// One tie as given: node indices and a weight.
    public struct Edge: Sendable, Hashable {
        /// The index of the source node in ``AttributedGraph/ids``.
        public var source: Int
        /// The index of the target node in ``AttributedGraph/ids``.
        public var target: Int
        /// The tie's weight (1 when the source gave none).
        public var weight: Double

        /// Creates a tie; each parameter sets the property of the same name.
        public init(source: Int, target: Int, weight: Double = 1) {
            self.source = source
            self.target = target
            self.weight = weight
        }
    }

    /// Whether ties have a direction.
    public let isDirected: Bool
    /// The node ids, by index.
    public let ids: [String]
    /// Node attributes, in the source's order, each with one value per node.
    public let nodeColumns: [Column]
    /// The ties, in the source's order.
    public let edges: [Edge]
    /// Edge attributes (weight excluded), each with one value per element of ``edges``.
    public let edgeColumns: [Column]
    /// Whether the source gave weights (a weight key or column); when `false`, every weight is 1.
    public let hasWeights: Bool
    /// The compact graph of ``ids`` and ``edges``.
    public let graph: CompactGraph

    /// Creates a graph; every column must have one value per node (or per edge),
    /// node ids must be distinct and every edge must join two of the nodes.
    ///
    /// - Throws: ``ExportError``: `.attributeLength` naming a column whose length
    ///   differs from the node (or edge) count, `.duplicateNodeID` naming a
    ///   repeated id, `.nodeIndexOutOfRange` naming an edge whose source or target
    ///   is not a node index.
    /// - Complexity: O(V + E log d) to build ``graph``.
    public init(
        isDirected: Bool, ids: [String], nodeColumns: [Column] = [], edges: [Edge], edgeColumns: [Column] = [],
        hasWeights: Bool
    ) throws(ExportError) {
        for column in nodeColumns where column.values.count != ids.count {
            throw ExportError(
                kind: .attributeLength, location: "node attribute \"\(column.name)\"",
                message: "expected one value per node (\(ids.count)), found \(column.values.count)")
        }
        for column in edgeColumns where column.values.count != edges.count {
            throw ExportError(
                kind: .attributeLength, location: "edge attribute \"\(column.name)\"",
                message: "expected one value per edge (\(edges.count)), found \(column.values.count)")
        }
        var seen = Set<String>()
        for id in ids where !seen.insert(id).inserted {
            throw ExportError(kind: .duplicateNodeID, location: "node \"\(id)\"", message: "two nodes have this id")
        }
        // Two plain comparisons per edge: this loop runs once per tie of a million-edge file.
        for (position, edge) in edges.enumerated() where !ids.indices.contains(edge.source) || !ids.indices.contains(edge.target) {
            let end = ids.indices.contains(edge.source) ? edge.target : edge.source
            throw ExportError(
                kind: .nodeIndexOutOfRange, location: "edge \(position)",
                message: "node index \(end) is not one of the \(ids.count) nodes (0..<\(ids.count))")
        }
        var builder = CompactGraph.Builder(directed: isDirected, ids: ids)
        for edge in edges { builder.addEdge(edge.source, edge.target, weight: edge.weight) }
        self.isDirected = isDirected
        self.ids = ids
        self.nodeColumns = nodeColumns
        self.edges = edges
        self.edgeColumns = edgeColumns
        self.hasWeights = hasWeights
        self.graph = builder.build()
    }

    /// The same graph with more node columns: text columns then numeric columns
    /// (type `double`), each group in name order, after the existing ones.
    ///
    /// - Throws: ``ExportError`` when a name is already taken or a column's length
    ///   differs from the node count.
    /// - Complexity: O(V·A).
    public func adding(nodeAttributes: [String: [String?]] = [:], scores: [String: [Double?]] = [:])
        throws(ExportError) -> AttributedGraph
    {
        let added = try Self.columns(
            nodeCount: ids.count, strings: nodeAttributes, scores: scores, reserved: Set(nodeColumns.map(\.name)))
        return AttributedGraph(
            isDirected: isDirected, ids: ids, nodeColumns: nodeColumns + added, edges: edges,
            edgeColumns: edgeColumns, hasWeights: hasWeights, graph: graph)
    }

    private init(
        isDirected: Bool, ids: [String], nodeColumns: [Column], edges: [Edge], edgeColumns: [Column],
        hasWeights: Bool, graph: CompactGraph
    ) {
        self.isDirected = isDirected
        self.ids = ids
        self.nodeColumns = nodeColumns
        self.edges = edges
        self.edgeColumns = edgeColumns
        self.hasWeights = hasWeights
        self.graph = graph
    }

    /// Node attributes by name, each indexed like the nodes.
    public var nodeAttributes: [String: [String?]] {
        Dictionary(nodeColumns.map { ($0.name, $0.values) }, uniquingKeysWith: { first, _ in first })
    }

    /// Edge attributes by name, each indexed like ``edges``.
    public var edgeAttributes: [String: [String?]] {
        Dictionary(edgeColumns.map { ($0.name, $0.values) }, uniquingKeysWith: { first, _ in first })
    }

    /// The node column with this name, if any. O(columns).
    public func nodeColumn(_ name: String) -> Column? { nodeColumns.first { $0.name == name } }

    /// The edge column with this name, if any. O(columns).
    public func edgeColumn(_ name: String) -> Column? { edgeColumns.first { $0.name == name } }

    /// The number of ``edges`` that join a node to itself: kept in ``edges`` (and
    /// written), left out of ``graph``. O(E).
    public var selfLoopCount: Int { edges.count(where: { $0.source == $0.target }) }

    /// The number of ``edges`` that repeat a tie another edge already gives (in an
    /// undirected graph, either way round): kept in ``edges`` (and written), merged
    /// in ``graph`` by adding weights. O(E).
    public var repeatedTieCount: Int { edges.count - selfLoopCount - graph.edgeCount }
}

extension AttributedGraph {
    /// A graph with no attributes but those given, from a compact graph: one edge
    /// per tie of ``CompactGraph/edges``.
    ///
    /// - Parameters:
    ///   - nodeAttributes: text columns, written in name order.
    ///   - scores: numeric columns (type `double`), written in name order after the
    ///     text columns; `nil` entries are missing values.
    ///   - hasWeights: whether writers should write weights; by default, when any
    ///     weight differs from 1.
    /// - Throws: ``ExportError`` when a column's length differs from the node count
    ///   or a name is used twice.
    /// - Complexity: O(V·A + E log d) for A attributes.
    public init(
        _ graph: CompactGraph, nodeAttributes: [String: [String?]] = [:], scores: [String: [Double?]] = [:],
        hasWeights: Bool? = nil
    ) throws(ExportError) {
        let columns = try Self.columns(nodeCount: graph.nodeCount, strings: nodeAttributes, scores: scores, reserved: [])
        try self.init(
            isDirected: graph.isDirected, ids: graph.ids, nodeColumns: columns,
            edges: graph.edges.map { Edge(source: $0.source, target: $0.target, weight: $0.weight) },
            hasWeights: hasWeights ?? graph.hasNonUnitWeights)
    }

    /// Text columns then numeric columns, each group in name order, checked
    /// against the node count and the names already taken.
    static func columns(
        nodeCount: Int, strings: [String: [String?]], scores: [String: [Double?]], reserved: Set<String>
    ) throws(ExportError) -> [Column] {
        var taken = reserved
        var columns: [Column] = []
        for (name, values) in strings.sorted(by: { $0.key < $1.key }) {
            try check(name, count: values.count, nodeCount: nodeCount, taken: &taken)
            columns.append(Column(name: name, type: .string, values: values))
        }
        for (name, values) in scores.sorted(by: { $0.key < $1.key }) {
            try check(name, count: values.count, nodeCount: nodeCount, taken: &taken)
            columns.append(Column(name: name, type: .double, values: values.map { $0.map(AttributeText.text(for:)) }))
        }
        return columns
    }

    private static func check(_ name: String, count: Int, nodeCount: Int, taken: inout Set<String>) throws(ExportError) {
        guard taken.insert(name).inserted else {
            throw ExportError(
                kind: .attributeNameConflict, location: "attribute \"\(name)\"",
                message: "the name is already used by another node attribute")
        }
        guard count == nodeCount else {
            throw ExportError(
                kind: .attributeLength, location: "attribute \"\(name)\"",
                message: "expected one value per node (\(nodeCount)), found \(count)")
        }
    }
}
