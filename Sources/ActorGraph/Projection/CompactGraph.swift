/// A compact graph in compressed-sparse-row form, built for algorithms that visit
/// millions of edges.
///
/// Nodes are the integers `0..<nodeCount`. For node `v`, its out-neighbours are
/// `targets[offsets[v]..<offsets[v + 1]]` with weights at the same positions of
/// ``weights``; for a directed graph the in-neighbours are kept the same way
/// (``inOffsets``, ``inSources``, ``inWeights``). An undirected graph stores each
/// tie in both directions, so its in- and out-neighbourhoods are the same arrays.
/// Neighbour lists are sorted by target index and hold no self-loops or parallel
/// ties (``Builder`` merges parallel ties by adding their weights).
///
/// ``ids`` maps an index to the node's string id and ``index(of:)`` maps back.
///
/// - Complexity: O(V + E) memory: 4 bytes per node offset, 4 bytes per stored tie
///   end, 8 bytes per stored weight.
public struct CompactGraph: Sendable {
    /// Whether ties have a direction.
    public let isDirected: Bool
    /// The node ids, by index.
    public let ids: [String]
    /// `offsets[v]..<offsets[v + 1]` indexes `targets` and `weights` for node `v`.
    public let offsets: [Int32]
    /// Out-neighbour indices (all neighbours for an undirected graph).
    public let targets: [Int32]
    /// Tie weights, parallel to ``targets``.
    public let weights: [Double]
    /// For a directed graph, `inOffsets[v]..<inOffsets[v + 1]` indexes ``inSources``;
    /// for an undirected graph the same as ``offsets``.
    public let inOffsets: [Int32]
    /// In-neighbour indices (the same as ``targets`` for an undirected graph).
    public let inSources: [Int32]
    /// Weights parallel to ``inSources``.
    public let inWeights: [Double]
    private let indexByID: [String: Int32]

    /// The number of nodes.
    public var nodeCount: Int { ids.count }

    /// The number of ties: each undirected tie counts once.
    public var edgeCount: Int { isDirected ? targets.count : targets.count / 2 }

    /// Whether any tie has a weight other than 1.
    public let hasNonUnitWeights: Bool

    /// The index of the node with this id. O(1).
    ///
    /// - Parameter id: the node's id.
    public func index(of id: String) -> Int? { indexByID[id].map(Int.init) }

    /// The out-neighbours of `node` (all neighbours when undirected).
    ///
    /// - Parameter node: a node index.
    /// - Complexity: O(1).
    public func neighbors(of node: Int) -> ArraySlice<Int32> {
        targets[Int(offsets[node])..<Int(offsets[node + 1])]
    }

    /// The in-neighbours of `node` (all neighbours when undirected).
    ///
    /// - Parameter node: a node index.
    /// - Complexity: O(1).
    public func inNeighbors(of node: Int) -> ArraySlice<Int32> {
        inSources[Int(inOffsets[node])..<Int(inOffsets[node + 1])]
    }

    /// The weights of the ties to ``neighbors(of:)``, in the same order.
    ///
    /// - Parameter node: a node index.
    /// - Complexity: O(1).
    public func neighborWeights(of node: Int) -> ArraySlice<Double> {
        weights[Int(offsets[node])..<Int(offsets[node + 1])]
    }

    /// The weights of the ties from ``inNeighbors(of:)``, in the same order.
    ///
    /// - Parameter node: a node index.
    /// - Complexity: O(1).
    public func inNeighborWeights(of node: Int) -> ArraySlice<Double> {
        inWeights[Int(inOffsets[node])..<Int(inOffsets[node + 1])]
    }

    /// The number of out-neighbours (all neighbours when undirected). O(1).
    ///
    /// - Parameter node: a node index.
    public func outDegree(of node: Int) -> Int { Int(offsets[node + 1] - offsets[node]) }

    /// The number of in-neighbours (all neighbours when undirected). O(1).
    ///
    /// - Parameter node: a node index.
    public func inDegree(of node: Int) -> Int { Int(inOffsets[node + 1] - inOffsets[node]) }

    /// The weight of the tie from `source` to `target`, or `nil` if there is none.
    ///
    /// - Parameters:
    ///   - source: the index of the tie's source node.
    ///   - target: the index of the tie's target node.
    /// - Complexity: O(log d), d the out-degree of `source`.
    public func weight(from source: Int, to target: Int) -> Double? {
        var low = Int(offsets[source])
        var high = Int(offsets[source + 1])
        let wanted = Int32(target)
        while low < high {
            let mid = (low + high) / 2
            if targets[mid] < wanted { low = mid + 1 } else { high = mid }
        }
        return low < Int(offsets[source + 1]) && targets[low] == wanted ? weights[low] : nil
    }

    /// Every tie once: `(source, target, weight)`, by source then target; an
    /// undirected tie is given once with `source < target`.
    public var edges: [(source: Int, target: Int, weight: Double)] {
        var result: [(source: Int, target: Int, weight: Double)] = []
        result.reserveCapacity(edgeCount)
        for source in 0..<nodeCount {
            for position in Int(offsets[source])..<Int(offsets[source + 1]) {
                let target = Int(targets[position])
                if isDirected || source < target { result.append((source, target, weights[position])) }
            }
        }
        return result
    }

    /// The same graph with ties in both directions merged into undirected ties
    /// (weights added). An undirected graph is returned as it is.
    ///
    /// - Complexity: O(V + E log d), d the largest degree; O(1) when the graph
    ///   is undirected.
    public func undirected() -> CompactGraph {
        guard isDirected else { return self }
        var builder = Builder(directed: false, ids: ids)
        for (source, target, weight) in edges {
            builder.addEdge(source, target, weight: weight)
        }
        return builder.build()
    }

    init(
        isDirected: Bool, ids: [String], indexByID: [String: Int32], offsets: [Int32], targets: [Int32],
        weights: [Double], inOffsets: [Int32], inSources: [Int32], inWeights: [Double]
    ) {
        self.isDirected = isDirected
        self.ids = ids
        self.indexByID = indexByID
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.inOffsets = inOffsets
        self.inSources = inSources
        self.inWeights = inWeights
        self.hasNonUnitWeights = weights.contains { $0 != 1 }
    }
}
