extension CompactGraph {
    /// Harmonic centrality of every node (Marchiori & Latora 2000; Boldi & Vigna
    /// 2014), as networkx's `harmonic_centrality(G)`.
    ///
    ///     H(u) = sum over nodes v != u of 1 / d(v, u)
    ///
    /// where `d(v, u)` is the length of a shortest path from `v` to `u`;
    /// unreachable nodes contribute `1 / infinity = 0`, so no correction for
    /// disconnected graphs is needed. Not normalised (divide by `n - 1` for a
    /// value in `[0, 1]` on unweighted graphs).
    ///
    /// - Directed graphs use incoming distances, from every other node *to* `u`,
    ///   the direction networkx uses when all nodes are both sources and targets
    ///   (the same direction as ``closeness(weighted:)``).
    /// - Weighted: a tie's length is `1 / weight`, summed along each path as
    ///   networkx's Dijkstra does. networkx adds the terms in the (hash) order of
    ///   its source set, this function in order of distance, so values agree to
    ///   rounding in the last bits.
    ///
    /// - Parameter weighted: Measure paths by `1 / weight` instead of by hops.
    /// - Returns: One value per node, indexed like the graph's nodes.
    /// - Complexity: O(V E) time unweighted, O(V E log V) weighted; O(V + E)
    ///   memory per core. Nodes are split over all cores; the result does not
    ///   depend on their number.
    public func harmonic(weighted: Bool = false) -> [Double] {
        harmonic(weighted: weighted, workers: SourceParallelism.defaultWorkers)
    }

    /// ``harmonic(weighted:)`` on a chosen number of threads.
    ///
    /// - Parameter workers: The number of threads (values below 1 count as 1);
    ///   the result is bit-for-bit the same for any number.
    public func harmonic(weighted: Bool, workers: Int) -> [Double] {
        harmonic(weighted: weighted, workers: max(1, workers), monitor: nil)
    }

    /// ``harmonic(weighted:)`` reporting its progress and open to cancellation,
    /// as ``betweenness(normalized:weighted:workers:progress:cancellation:)``:
    /// the `total` of the reports is the number of nodes (one search to each).
    /// The values are the same, bit for bit, as those of the plain call.
    ///
    /// - Throws: `CancellationError` when the handler or the flag cancelled
    ///   before every node's search was done.
    public func harmonic(
        weighted: Bool = false, workers: Int? = nil,
        progress: WorkProgressHandler?, cancellation: CancellationFlag? = nil
    ) throws(CancellationError) -> [Double] {
        let monitor = SourceLoopMonitor.make(total: nodeCount, handler: progress, cancellation: cancellation)
        try monitor?.begin()
        let result = harmonic(
            weighted: weighted, workers: max(1, workers ?? SourceParallelism.defaultWorkers), monitor: monitor)
        try monitor?.end()
        return result
    }

    /// Harmonic centrality watched by `monitor`.
    func harmonic(weighted: Bool, workers: Int, monitor: SourceLoopMonitor?) -> [Double] {
        forEachIncomingSearch(weighted: weighted, workers: workers, monitor: monitor) { search, reached, byLength in
            var sum = 0.0
            // order[0] is u itself, at distance 0.
            for i in 1..<max(reached, 1) {
                let v = Int(search.order[i])
                sum += byLength ? 1.0 / search.length[v] : 1.0 / Double(search.node[v].hops)
            }
            return sum
        }
    }
}
