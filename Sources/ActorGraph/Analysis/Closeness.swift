extension CompactGraph {
    /// Closeness centrality of every node (Bavelas 1950; Wasserman & Faust 1994,
    /// ch. 5), with the Wasserman–Faust correction for graphs that are not
    /// connected, as networkx's `closeness_centrality(G, wf_improved=True)`.
    ///
    /// For a node `u` that `r` other nodes can reach, at total distance `T`,
    ///
    ///     C(u) = (r / T) * (r / (n - 1))
    ///
    /// with `n` the number of nodes: the inverse mean distance within the part of
    /// the graph that reaches `u`, scaled down by the share of the graph that
    /// part is. A node no one reaches (an isolate, a source in a directed graph)
    /// and any node of a one-node graph scores 0.
    ///
    /// - Directed graphs use incoming distances, from every other node *to* `u`
    ///   (networkx computes on the reversed graph); use ``harmonic(weighted:)``
    ///   for the same direction without the reachability correction.
    /// - Weighted: a tie's length is `1 / weight`; lengths are summed along each
    ///   path from its start as networkx's Dijkstra does, and `T` adds the
    ///   distances in the order nodes are settled, so values agree with networkx
    ///   to rounding in the last bits. Unweighted values are computed by the same
    ///   arithmetic as networkx and agree exactly.
    ///
    /// - Parameter weighted: Measure paths by `1 / weight` instead of by hops.
    /// - Returns: One value per node in `[0, 1]`, indexed like the graph's nodes.
    /// - Complexity: O(V E) time unweighted, O(V E log V) weighted; O(V + E)
    ///   memory per core. Nodes are split over all cores; the result does not
    ///   depend on their number.
    public func closeness(weighted: Bool = false) -> [Double] {
        closeness(weighted: weighted, workers: SourceParallelism.defaultWorkers)
    }

    /// ``closeness(weighted:)`` on a chosen number of threads.
    ///
    /// - Parameter workers: The number of threads (values below 1 count as 1);
    ///   the result is bit-for-bit the same for any number.
    public func closeness(weighted: Bool, workers: Int) -> [Double] {
        closeness(weighted: weighted, workers: max(1, workers), monitor: nil)
    }

    /// ``closeness(weighted:)`` reporting its progress and open to cancellation,
    /// as ``betweenness(normalized:weighted:workers:progress:cancellation:)``:
    /// the `total` of the reports is the number of nodes (one search to each).
    /// The values are the same, bit for bit, as those of the plain call.
    ///
    /// - Throws: `CancellationError` when the handler or the flag cancelled
    ///   before every node's search was done.
    public func closeness(
        weighted: Bool = false, workers: Int? = nil,
        progress: WorkProgressHandler?, cancellation: CancellationFlag? = nil
    ) throws(CancellationError) -> [Double] {
        let monitor = SourceLoopMonitor.make(total: nodeCount, handler: progress, cancellation: cancellation)
        try monitor?.begin()
        let result = closeness(
            weighted: weighted, workers: max(1, workers ?? SourceParallelism.defaultWorkers), monitor: monitor)
        try monitor?.end()
        return result
    }

    /// Closeness watched by `monitor`.
    func closeness(weighted: Bool, workers: Int, monitor: SourceLoopMonitor?) -> [Double] {
        let n = nodeCount
        return forEachIncomingSearch(weighted: weighted, workers: workers, monitor: monitor) { search, reached, byLength in
            guard reached > 1 else { return 0 }
            let r = Double(reached - 1)
            var total: Double
            if byLength {
                total = 0
                for i in 0..<reached { total += search.length[Int(search.order[i])] }
            } else {
                var hops = 0
                for i in 0..<reached { hops += Int(search.node[Int(search.order[i])].hops) }
                total = Double(hops)
            }
            guard total > 0, n > 1 else { return 0 }
            let closeness = r / total
            return closeness * (r / Double(n - 1))
        }
    }

    /// Runs a shortest-path search to every node `u` from all others (on the
    /// reversed graph when directed) and stores `score(search, reached,
    /// byLength)` as `u`'s value; each node's value is computed by one worker
    /// alone, so the result does not depend on the number of workers. With a
    /// `monitor`, each node is counted when done, and the workers stop early
    /// (leaving zeros) when it says so.
    func forEachIncomingSearch(
        weighted: Bool, workers: Int, monitor: SourceLoopMonitor? = nil,
        _ score: (borrowing ShortestPathSearch, _ reached: Int, _ byLength: Bool) -> Double
    ) -> [Double] {
        let n = nodeCount
        var result = [Double](repeating: 0, count: n)
        guard n > 0 else { return result }
        let byLength = weighted && hasNonUnitWeights
        let chunks = SourceParallelism.chunkCount(sourceCount: n, slotSize: 1)
        result.withUnsafeMutableBufferPointer { buffer in
            let output = UncheckedSendable(buffer.baseAddress!)
            withAdjacency(incoming: isDirected, weighted: byLength) { graph in
                withoutActuallyEscaping(score) { score in
                    let score = UncheckedSendable(score)
                    SourceParallelism.run(workers: workers, chunks: chunks) { _, claim in
                        var search = ShortestPathSearch(nodeCount: n, arcCount: graph.arcCount, weighted: byLength)
                        searching: while let chunk = claim() {
                            for u in SourceParallelism.range(of: chunk, chunks: chunks, sourceCount: n) {
                                if let monitor, !monitor.shouldContinue { break searching }
                                // The path-counting search is used for its
                                // direction-optimised levels; sigma comes free.
                                let reached = byLength
                                    ? search.lengthDistances(from: u, in: graph)
                                    : search.countPathsByHops(from: u, in: graph)
                                output.value[u] = score.value(search, reached, byLength)
                                search.reset(reached: reached, weighted: byLength)
                                monitor?.finishedOne()
                            }
                        }
                    }
                }
            }
        }
        return result
    }
}
