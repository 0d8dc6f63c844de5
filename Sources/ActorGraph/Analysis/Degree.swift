extension CompactGraph {
    /// The degree of every node: its number of distinct neighbours (Wasserman &
    /// Faust 1994, ch. 4).
    ///
    /// For a directed graph this is in-degree plus out-degree, as networkx's
    /// `G.degree()`: a node tied both ways to the same neighbour counts it twice.
    /// Weights are ignored; self-loops and parallel ties are never stored.
    /// Unnormalised (divide by `n - 1` for networkx's `degree_centrality`).
    ///
    /// - Complexity: O(V).
    public func degrees() -> [Int] {
        (0..<nodeCount).map { isDirected ? outDegree(of: $0) + inDegree(of: $0) : outDegree(of: $0) }
    }

    /// The number of ties into every node (networkx's `G.in_degree()`); for an
    /// undirected graph the same as ``degrees()``.
    ///
    /// - Complexity: O(V).
    public func inDegrees() -> [Int] {
        (0..<nodeCount).map { inDegree(of: $0) }
    }

    /// The number of ties out of every node (networkx's `G.out_degree()`); for an
    /// undirected graph the same as ``degrees()``.
    ///
    /// - Complexity: O(V).
    public func outDegrees() -> [Int] {
        (0..<nodeCount).map { outDegree(of: $0) }
    }

    /// The strength of every node: the sum of the weights of its ties (Barrat et
    /// al. 2004; networkx's `G.degree(weight="weight")`).
    ///
    /// For a directed graph this is in-strength plus out-strength. Parallel ties
    /// were merged by adding their weights, so they count in full. On an
    /// unweighted graph (all weights 1) strength equals degree.
    ///
    /// - Complexity: O(V + E).
    public func strengths() -> [Double] {
        guard isDirected else { return outStrengths() }
        let outgoing = outStrengths()
        let incoming = inStrengths()
        return (0..<nodeCount).map { outgoing[$0] + incoming[$0] }
    }

    /// The sum of the weights of the ties into every node (networkx's
    /// `G.in_degree(weight="weight")`); for an undirected graph the same as
    /// ``strengths()``.
    ///
    /// - Complexity: O(V + E).
    public func inStrengths() -> [Double] {
        (0..<nodeCount).map { node in
            var sum = 0.0
            for position in Int(inOffsets[node])..<Int(inOffsets[node + 1]) { sum += inWeights[position] }
            return sum
        }
    }

    /// The sum of the weights of the ties out of every node (networkx's
    /// `G.out_degree(weight="weight")`); for an undirected graph the same as
    /// ``strengths()``.
    ///
    /// - Complexity: O(V + E).
    public func outStrengths() -> [Double] {
        (0..<nodeCount).map { node in
            var sum = 0.0
            for position in Int(offsets[node])..<Int(offsets[node + 1]) { sum += weights[position] }
            return sum
        }
    }
}
