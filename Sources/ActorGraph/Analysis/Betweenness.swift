extension CompactGraph {
    /// Shortest-path betweenness centrality of every node (Freeman 1977), computed
    /// with Brandes' algorithm (Brandes 2001).
    ///
    /// For a node `v`,
    ///
    ///     B(v) = sum over ordered pairs (s, t), s != v != t, of sigma(s, t | v) / sigma(s, t)
    ///
    /// where `sigma(s, t)` is the number of shortest paths from `s` to `t` and
    /// `sigma(s, t | v)` the number of those passing through `v`. Pairs with no
    /// path contribute nothing, so disconnected graphs need no special case.
    ///
    /// - Unweighted (`weighted == false`): path length is the number of ties;
    ///   searches are breadth-first.
    /// - Weighted: a tie's length is `1 / weight` (strong ties are short), and
    ///   searches are Dijkstra's. Lengths are summed from the source outwards and
    ///   equal-length paths are those whose sums are exactly equal as
    ///   floating-point numbers, which is what networkx's Dijkstra does; the
    ///   graph's weights must be positive (``EdgeListReader`` enforces it).
    /// - Directed graphs follow ties from tail to head. Undirected graphs count
    ///   each unordered pair once (the ordered sum is halved).
    /// - Normalisation, as networkx's `betweenness_centrality(G, normalized=...,
    ///   endpoints=False)`: with `n` nodes and `n > 2`, normalised values are the
    ///   ordered sums divided by `(n - 1)(n - 2)` for directed and undirected
    ///   graphs alike (for undirected graphs this equals the halved sum times
    ///   `2 / ((n - 1)(n - 2))`); raw values are the ordered sums, halved for
    ///   undirected graphs. With `n <= 2` every value is 0 either way.
    ///
    /// The result agrees with networkx 3.6 to rounding in the last bits (sums are
    /// accumulated in a different order); on a weighted graph whose tie lengths
    /// differ by a factor of 2^52 or more (so that adding one to a path length
    /// leaves it unchanged) networkx's result depends on its visiting order and
    /// this one need not match it.
    ///
    /// Sources are split over all cores; the result is the same bit for bit
    /// whatever the number of cores.
    ///
    /// - Parameters:
    ///   - normalized: Divide by the number of ordered pairs of other nodes.
    ///   - weighted: Measure paths by `1 / weight` instead of by hops.
    /// - Returns: One value per node, indexed like the graph's nodes.
    /// - Complexity: O(V E) time unweighted, O(V E log V) weighted; O(V + E)
    ///   memory per core plus O(V) per chunk of sources (at most 32 chunks).
    public func betweenness(normalized: Bool = true, weighted: Bool = false) -> [Double] {
        betweenness(normalized: normalized, weighted: weighted, workers: SourceParallelism.defaultWorkers)
    }

    /// ``betweenness(normalized:weighted:)`` on a chosen number of threads.
    ///
    /// - Parameter workers: The number of threads (values below 1 count as 1);
    ///   the result is bit-for-bit the same for any number.
    public func betweenness(normalized: Bool, weighted: Bool, workers: Int) -> [Double] {
        betweenness(normalized: normalized, weighted: weighted, workers: max(1, workers), monitor: nil)
    }

    /// ``betweenness(normalized:weighted:)`` reporting its progress and open to
    /// cancellation.
    ///
    /// Progress counts source nodes: `total` is the number of nodes, and
    /// `progress` is called as ``WorkProgressHandler`` says (from 0 to `total`,
    /// about every 0.1 %, from worker threads, one call at a time). The values
    /// are the same, bit for bit, as those of the plain call, whatever the
    /// handler, the flag and the number of threads.
    ///
    /// - Parameters:
    ///   - normalized: As in ``betweenness(normalized:weighted:)``.
    ///   - weighted: As in ``betweenness(normalized:weighted:)``.
    ///   - workers: The number of threads (values below 1 count as 1); nil: one
    ///     per active core.
    ///   - progress: Told how many sources are done; returning `false` cancels
    ///     (the workers stop at the next source after the report).
    ///   - cancellation: Looked at before every source; once set, each worker
    ///     stops after the source it is on.
    /// - Throws: `CancellationError` when the handler or the flag cancelled
    ///   before every source was searched (no partial result is returned).
    public func betweenness(
        normalized: Bool = true, weighted: Bool = false, workers: Int? = nil,
        progress: WorkProgressHandler?, cancellation: CancellationFlag? = nil
    ) throws(CancellationError) -> [Double] {
        let monitor = SourceLoopMonitor.make(total: nodeCount, handler: progress, cancellation: cancellation)
        try monitor?.begin()
        let result = betweenness(
            normalized: normalized, weighted: weighted, workers: max(1, workers ?? SourceParallelism.defaultWorkers),
            monitor: monitor)
        try monitor?.end()
        return result
    }

    /// All-sources betweenness watched by `monitor` (whose `total` is the node count).
    func betweenness(normalized: Bool, weighted: Bool, workers: Int, monitor: SourceLoopMonitor?) -> [Double] {
        let n = nodeCount
        let sums = brandesSums(sources: Array(0..<n), weighted: weighted, workers: workers, monitor: monitor)
        return Self.rescaleBetweenness(
            sums, nodeCount: n, normalized: normalized, directed: isDirected, sampled: nil)
    }

    /// Betweenness estimated from a random sample of source nodes (Brandes & Pich
    /// 2007): shortest paths are followed from `samples` distinct sources drawn
    /// uniformly without replacement, and the sums are scaled up to the whole
    /// graph as networkx's `betweenness_centrality(G, k=samples)` does (with
    /// `n` nodes and `k` samples: a sampled node's sum is scaled by
    /// `1 / ((k - 1)(n - 2))` and any other node's by `1 / (k (n - 2))` when
    /// normalised; unnormalised by `(n - 1) / ((k - 1) c)` and `(n - 1) / (k c)`
    /// with `c = 2` for undirected and `1` for directed graphs). With
    /// `samples >= n` this is exactly ``betweenness(normalized:weighted:)``; with
    /// `samples == 1` the sampled node's value is undefined (NaN), as in networkx.
    ///
    /// Accuracy: each normalised estimate is an average of `k` per-source terms
    /// that lie between 0 and 1, so by Hoeffding's inequality it differs from its
    /// expectation by more than `eps` with probability at most `2 exp(-2 k eps^2)`
    /// (Brandes & Pich 2007); by the union bound, `k >= ln(2n / delta) / (2 eps^2)`
    /// sources keep every node within `eps` with probability at least `1 - delta`.
    /// Riondato & Kornaropoulos (2016) sample shortest paths instead of sources and
    /// need a number of samples that grows with the logarithm of the vertex
    /// diameter rather than of `n`.
    ///
    /// Sources are drawn with this package's own xoshiro256** generator seeded
    /// through SplitMix64, so the same seed gives the same result on every
    /// platform and with any number of cores; the sample is not the one Python's
    /// `random.sample` would draw for networkx with the same seed.
    ///
    /// - Parameters:
    ///   - samples: The number of source nodes `k` (clamped to `1...n`).
    ///   - seed: Seed of the generator that picks the sources.
    ///   - normalized: As in ``betweenness(normalized:weighted:)``.
    ///   - weighted: As in ``betweenness(normalized:weighted:)``.
    /// - Complexity: O(k E) time unweighted, O(k E log V) weighted, O(V + E) memory.
    public func approximateBetweenness(
        samples: Int, seed: UInt64, normalized: Bool = true, weighted: Bool = false
    ) -> [Double] {
        approximateBetweenness(
            samples: samples, seed: seed, normalized: normalized, weighted: weighted,
            workers: SourceParallelism.defaultWorkers)
    }

    /// ``approximateBetweenness(samples:seed:normalized:weighted:)`` on a chosen
    /// number of threads.
    ///
    /// - Parameter workers: The number of threads (values below 1 count as 1);
    ///   the result is bit-for-bit the same for any number.
    public func approximateBetweenness(
        samples: Int, seed: UInt64, normalized: Bool, weighted: Bool, workers: Int
    ) -> [Double] {
        approximateBetweenness(
            samples: samples, seed: seed, normalized: normalized, weighted: weighted, workers: max(1, workers),
            monitor: nil)
    }

    /// ``approximateBetweenness(samples:seed:normalized:weighted:)`` reporting its
    /// progress and open to cancellation, as
    /// ``betweenness(normalized:weighted:workers:progress:cancellation:)``; the
    /// `total` of the reports is the number of sampled sources (`samples`
    /// clamped to `1...n`).
    ///
    /// - Throws: `CancellationError` when the handler or the flag cancelled
    ///   before every sampled source was searched.
    public func approximateBetweenness(
        samples: Int, seed: UInt64, normalized: Bool = true, weighted: Bool = false, workers: Int? = nil,
        progress: WorkProgressHandler?, cancellation: CancellationFlag? = nil
    ) throws(CancellationError) -> [Double] {
        let total = min(max(samples, 1), nodeCount)
        let monitor = SourceLoopMonitor.make(total: total, handler: progress, cancellation: cancellation)
        try monitor?.begin()
        let result = approximateBetweenness(
            samples: samples, seed: seed, normalized: normalized, weighted: weighted,
            workers: max(1, workers ?? SourceParallelism.defaultWorkers), monitor: monitor)
        try monitor?.end()
        return result
    }

    /// Sampled betweenness watched by `monitor` (whose `total` is the sample size).
    func approximateBetweenness(
        samples: Int, seed: UInt64, normalized: Bool, weighted: Bool, workers: Int, monitor: SourceLoopMonitor?
    ) -> [Double] {
        let n = nodeCount
        let k = min(max(samples, 1), n)
        if k == n { return betweenness(normalized: normalized, weighted: weighted, workers: workers, monitor: monitor) }
        var generator = Xoshiro256StarStar(seed: seed)
        var pool = Array(0..<n)
        for i in 0..<k {
            let j = i + Int(generator.next(below: UInt64(n - i)))
            pool.swapAt(i, j)
        }
        let sources = Array(pool[0..<k])
        let sums = brandesSums(sources: sources, weighted: weighted, workers: workers, monitor: monitor)
        return Self.rescaleBetweenness(
            sums, nodeCount: n, normalized: normalized, directed: isDirected, sampled: sources)
    }

    /// Sums of per-source dependencies `delta_s(v)` over `sources`, in a fixed
    /// association order independent of the number of workers. With a
    /// `monitor`, each source is counted when done, and the workers stop
    /// early (leaving partial sums) when it says so.
    func brandesSums(sources: [Int], weighted: Bool, workers: Int, monitor: SourceLoopMonitor? = nil) -> [Double] {
        let n = nodeCount
        var result = [Double](repeating: 0, count: n)
        guard n > 0, !sources.isEmpty else { return result }
        // A graph whose weights are all 1 has the same shortest paths either way,
        // and breadth-first search is much faster than Dijkstra's.
        let byLength = weighted && hasNonUnitWeights
        let chunks = SourceParallelism.chunkCount(sourceCount: sources.count, slotSize: n)
        let partials = UnsafeMutablePointer<Double>.allocate(capacity: chunks * n)
        partials.initialize(repeating: 0, count: chunks * n)
        defer { partials.deallocate() }
        let shared = UncheckedSendable(partials)
        let arcCount = targets.count
        sources.withUnsafeBufferPointer { sourceList in
            let sourceList = UncheckedSendable(sourceList)
            withAdjacency(incoming: false, weighted: byLength) { graph in
                SourceParallelism.run(workers: workers, chunks: chunks) { _, claim in
                    var search = ShortestPathSearch(nodeCount: n, arcCount: arcCount, weighted: byLength)
                    searching: while let chunk = claim() {
                        let scores = shared.value + chunk * n
                        for position in SourceParallelism.range(of: chunk, chunks: chunks, sourceCount: sources.count) {
                            if let monitor, !monitor.shouldContinue { break searching }
                            let source = sourceList.value[position]
                            if byLength {
                                let reached = search.countPathsByLength(from: source, in: graph)
                                search.accumulateByLength(reached: reached, in: graph, into: scores)
                                search.reset(reached: reached, weighted: true)
                            } else {
                                let reached = search.countPathsByHops(from: source, in: graph)
                                search.accumulateByHops(reached: reached, into: scores)
                                search.reset(reached: reached, weighted: false)
                            }
                            monitor?.finishedOne()
                        }
                    }
                }
            }
        }
        for chunk in 0..<chunks {
            let row = partials + chunk * n
            for v in 0..<n { result[v] += row[v] }
        }
        return result
    }

    /// networkx's `_rescale` for `endpoints=False`: `N = n - 1` possible targets
    /// other than `v`; nothing is rescaled when `N < 2`.
    static func rescaleBetweenness(
        _ sums: [Double], nodeCount n: Int, normalized: Bool, directed: Bool, sampled: [Int]?
    ) -> [Double] {
        let targets = n - 1
        guard targets >= 2 else { return sums }
        var result = sums
        guard let sampled else {
            let scale: Double
            if normalized {
                scale = 1.0 / Double(targets * (targets - 1))
            } else {
                scale = Double(targets) / Double(targets * (directed ? 1 : 2))
            }
            if scale != 1 { for v in 0..<n { result[v] *= scale } }
            return result
        }
        let k = sampled.count
        let sourceScale: Double
        let otherScale: Double
        if normalized {
            sourceScale = k > 1 ? 1.0 / Double((k - 1) * (targets - 1)) : .nan
            otherScale = 1.0 / Double(k * (targets - 1))
        } else {
            let correction = directed ? 1 : 2
            sourceScale = k > 1 ? Double(targets) / Double((k - 1) * correction) : .nan
            otherScale = Double(targets) / Double(k * correction)
        }
        var isSource = [Bool](repeating: false, count: n)
        for s in sampled { isSource[s] = true }
        for v in 0..<n { result[v] *= isSource[v] ? sourceScale : otherScale }
        return result
    }
}
