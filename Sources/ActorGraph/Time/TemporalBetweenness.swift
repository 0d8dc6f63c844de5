extension TemporalNetwork {
    /// Temporal betweenness: the share of the shortest time-respecting paths
    /// between other pairs that pass through each node.
    ///
    /// **Definition.** A time-respecting path from s to t is a simple path of
    /// actors `s = v₀, v₁, …, v_k = t` with an interaction on each arc
    /// `v_{i−1} → v_i` such that each comes before the next (certainly, or
    /// possibly on one time line: ``TimeOrder``). A path is its sequence of
    /// actors; it counts once however many choices of interactions make it
    /// time-respecting. For each ordered pair (s, t) joined by such paths, let
    /// σ_st be the number with the fewest arcs and σ_st(x) the number of those
    /// with x inside; x's score is `Σ_{s≠x≠t} σ_st(x)/σ_st` (after Tang et al.
    /// 2010, "Analysing information flows and key mediators through temporal
    /// centrality metrics", and Kim & Anderson 2012, "Temporal node centrality
    /// in complex networks", with paths counted as actor sequences). Normalised,
    /// it is divided by `(n − 1)(n − 2)` as networkx normalises directed
    /// betweenness (every pair is ordered: time makes paths one-way even over
    /// undirected ties); nothing is rescaled when n < 3.
    ///
    /// When every contact falls on the same single day, every path is possibly
    /// in order, so with ``TimeOrder/possible`` the scores equal networkx's
    /// `betweenness_centrality` of the directed arc graph (tested).
    ///
    /// **Method.** Brandes's accumulation (2001) over search states
    /// (node, key), where a key sums up a path's last interaction (see
    /// `extend(_:along:order:)`): states are found layer by layer (by number of
    /// arcs); a state is dropped when a state of the same node with a key no
    /// larger was found in an earlier layer (anything it leads to is reached
    /// sooner from that one), so the kept states form a shortest-path DAG in
    /// which every path to a node's first layer is a distinct shortest actor
    /// sequence. Shortest time-respecting walks are simple paths, because keys
    /// never decrease along a path.
    ///
    /// - Parameters:
    ///   - order: how sure each "before" must be.
    ///   - normalized: divide by `(n − 1)(n − 2)`.
    ///   - workers: threads to use (default: one per core); the result is
    ///     bit-for-bit the same for any number.
    /// - Returns: one score per node.
    /// - Complexity: O(V · S · d · log c) time for S kept states per search (at
    ///   most the number of contacts, in practice a few per node), average degree
    ///   d and c contacts per arc; O(V + S) memory per thread.
    public func betweenness(order: TimeOrder = .certain, normalized: Bool = true, workers: Int? = nil) -> [Double] {
        betweenness(order: order, normalized: normalized, workers: workers, monitor: nil)
    }

    /// ``betweenness(order:normalized:workers:)`` reporting its progress (in
    /// source nodes, as ``WorkProgressHandler`` says) and open to cancellation;
    /// the values are the same, bit for bit.
    ///
    /// - Throws: `CancellationError` when the handler or the flag cancelled
    ///   before every source was searched.
    public func betweenness(
        order: TimeOrder = .certain, normalized: Bool = true, workers: Int? = nil, progress: WorkProgressHandler?,
        cancellation: CancellationFlag? = nil
    ) throws(CancellationError) -> [Double] {
        let monitor = SourceLoopMonitor.make(total: nodeCount, handler: progress, cancellation: cancellation)
        try monitor?.begin()
        let result = betweenness(order: order, normalized: normalized, workers: workers, monitor: monitor)
        try monitor?.end()
        return result
    }

    func betweenness(order: TimeOrder, normalized: Bool, workers: Int?, monitor: SourceLoopMonitor?) -> [Double] {
        let n = nodeCount
        var result = [Double](repeating: 0, count: n)
        guard n > 0 else { return result }
        let chunks = SourceParallelism.chunkCount(sourceCount: n, slotSize: n)
        let partials = UnsafeMutablePointer<Double>.allocate(capacity: chunks * n)
        partials.initialize(repeating: 0, count: chunks * n)
        defer { partials.deallocate() }
        let shared = UncheckedSendable(partials)
        SourceParallelism.run(workers: max(1, workers ?? SourceParallelism.defaultWorkers), chunks: chunks) { _, claim in
            var search = TemporalPathSearch(nodeCount: n)
            searching: while let chunk = claim() {
                let scores = shared.value + chunk * n
                for source in SourceParallelism.range(of: chunk, chunks: chunks, sourceCount: n) {
                    if let monitor, !monitor.shouldContinue { break searching }
                    search.accumulate(from: source, in: self, order: order, into: scores)
                    monitor?.finishedOne()
                }
            }
        }
        for chunk in 0..<chunks {
            let row = partials + chunk * n
            for v in 0..<n { result[v] += row[v] }
        }
        if normalized, n > 2 {
            let scale = 1.0 / Double((n - 1) * (n - 2))
            for v in 0..<n { result[v] *= scale }
        }
        return result
    }
}

/// The scratch space of one thread's temporal shortest-path searches.
struct TemporalPathSearch {
    // Per state.
    var stateNode: [Int32] = []
    var stateKey: [Int] = []
    var stateLayer: [Int32] = []
    var sigma: [Double] = []
    var delta: [Double] = []
    /// The next state of the same node in the layer being built (a short list).
    var nextOfNode: [Int32] = []
    // DAG edges (predecessor state, successor state), in the order found.
    var edgeFrom: [Int32] = []
    var edgeTo: [Int32] = []
    // Per node.
    var minKeyEarlier: [Int]
    var firstLayer: [Int32]
    var pathCount: [Double]
    var head: [Int32]
    var headLayer: [Int32]
    var touched: [Int32] = []

    init(nodeCount n: Int) {
        minKeyEarlier = [Int](repeating: .max, count: n)
        firstLayer = [Int32](repeating: -1, count: n)
        pathCount = [Double](repeating: 0, count: n)
        head = [Int32](repeating: -1, count: n)
        headLayer = [Int32](repeating: -1, count: n)
    }

    /// Adds every node's dependency on `source` (Σ_t σ_st(x)/σ_st) to `scores`.
    mutating func accumulate(
        from source: Int, in network: TemporalNetwork, order: TimeOrder, into scores: UnsafeMutablePointer<Double>
    ) {
        stateNode.removeAll(keepingCapacity: true)
        stateKey.removeAll(keepingCapacity: true)
        stateLayer.removeAll(keepingCapacity: true)
        sigma.removeAll(keepingCapacity: true)
        nextOfNode.removeAll(keepingCapacity: true)
        edgeFrom.removeAll(keepingCapacity: true)
        edgeTo.removeAll(keepingCapacity: true)

        func touch(_ v: Int) {
            if firstLayer[v] == -1 && minKeyEarlier[v] == .max && headLayer[v] == -1 { touched.append(Int32(v)) }
        }
        touch(source)
        stateNode.append(Int32(source))
        stateKey.append(.min)
        stateLayer.append(0)
        sigma.append(1)
        nextOfNode.append(-1)
        minKeyEarlier[source] = .min
        firstLayer[source] = 0

        var frontier = 0..<1
        var layer: Int32 = 0
        while !frontier.isEmpty {
            let next = layer + 1
            let newStart = stateNode.count
            for y in frontier {
                let v = Int(stateNode[y])
                let key = stateKey[y]
                let sigmaY = sigma[y]
                for position in network.arcOffsets[v]..<network.arcOffsets[v + 1] {
                    let arc = network.searchArc(at: position, order: order)
                    // The remaining arcs have no contact that can follow this key.
                    guard network.canContinue(key, along: arc, order: order) else { break }
                    let w = Int(network.arcTargets[arc])
                    let best = minKeyEarlier[w]
                    guard network.leastKey(after: key, along: arc, order: order) < best,
                        let newKey = network.extend(key, along: arc, order: order), newKey < best
                    else { continue }
                    touch(w)
                    if headLayer[w] != next {
                        headLayer[w] = next
                        head[w] = -1
                    }
                    var z = Int(head[w])
                    while z >= 0 && stateKey[z] != newKey { z = Int(nextOfNode[z]) }
                    if z < 0 {
                        z = stateNode.count
                        stateNode.append(Int32(w))
                        stateKey.append(newKey)
                        stateLayer.append(next)
                        sigma.append(0)
                        nextOfNode.append(head[w])
                        head[w] = Int32(z)
                    }
                    sigma[z] += sigmaY
                    edgeFrom.append(Int32(y))
                    edgeTo.append(Int32(z))
                }
            }
            for z in newStart..<stateNode.count {
                let w = Int(stateNode[z])
                if stateKey[z] < minKeyEarlier[w] { minKeyEarlier[w] = stateKey[z] }
                if firstLayer[w] == -1 { firstLayer[w] = next }
            }
            frontier = newStart..<stateNode.count
            layer = next
        }

        // σ_st: the paths reaching t in its first layer.
        for z in stateNode.indices where stateLayer[z] == firstLayer[Int(stateNode[z])] {
            pathCount[Int(stateNode[z])] += sigma[z]
        }
        delta.removeAll(keepingCapacity: true)
        delta.append(contentsOf: repeatElement(0, count: stateNode.count))
        for e in edgeFrom.indices.reversed() {
            let y = Int(edgeFrom[e])
            let z = Int(edgeTo[e])
            let t = Int(stateNode[z])
            var coefficient = delta[z] / sigma[z]
            if stateLayer[z] == firstLayer[t] { coefficient += 1 / pathCount[t] }
            delta[y] += sigma[y] * coefficient
        }
        for y in 1..<stateNode.count { scores[Int(stateNode[y])] += delta[y] }

        for v in touched {
            let i = Int(v)
            minKeyEarlier[i] = .max
            firstLayer[i] = -1
            pathCount[i] = 0
            head[i] = -1
            headLayer[i] = -1
        }
        touched.removeAll(keepingCapacity: true)
    }
}
