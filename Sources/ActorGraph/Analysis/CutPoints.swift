extension CompactGraph {
    /// The articulation points (cut vertices): nodes whose removal leaves more
    /// connected components than before (Hopcroft & Tarjan 1973).
    ///
    /// Computed on the undirected view: for a directed graph, ties are taken
    /// without direction, as networkx's `articulation_points(G.to_undirected())`
    /// (the fixtures' `articulationPointsUndirected`). Isolates and the nodes of
    /// a single tie are never articulation points. Weights play no part.
    ///
    /// - Returns: Node indices in increasing order.
    /// - Complexity: O(V + E) time and memory; one iterative depth-first search
    ///   (no recursion, so long paths cannot exhaust the call stack).
    public func articulationPoints() -> [Int] {
        let result = cutStructure()
        return (0..<nodeCount).filter { result.isCutVertex[$0] }
    }

    /// The bridges (cut edges): ties whose removal leaves more connected
    /// components than before (Tarjan 1974, with Hopcroft & Tarjan's 1973
    /// low-point depth-first search).
    ///
    /// Computed on the undirected view, as ``articulationPoints()``; for a
    /// directed graph, a pair tied both ways is one undirected tie.
    ///
    /// - Returns: Each bridge once with `source < target`, ordered by source,
    ///   then target.
    /// - Complexity: O(V + E) time and memory; iterative depth-first search.
    public func bridges() -> [(source: Int, target: Int)] {
        cutStructure().bridges.sorted { ($0.source, $0.target) < ($1.source, $1.target) }
    }

    /// One depth-first search over the undirected view computing discovery
    /// times and low points: `low(v)` is the earliest discovery time reachable
    /// from `v`'s subtree by one tie that is not the tie to `v`'s parent.
    private func cutStructure() -> (isCutVertex: [Bool], bridges: [(source: Int, target: Int)]) {
        let graph = undirected()
        let n = graph.nodeCount
        var discovery = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var isCutVertex = [Bool](repeating: false, count: n)
        var bridges: [(source: Int, target: Int)] = []
        var frames: [(node: Int32, parent: Int32, next: Int32)] = []
        var time: Int32 = 0
        for root in 0..<n where discovery[root] < 0 {
            discovery[root] = time
            low[root] = time
            time += 1
            var rootChildren = 0
            frames.append((Int32(root), -1, graph.offsets[root]))
            while let (node, parent, next) = frames.last {
                let v = Int(node)
                if next < graph.offsets[v + 1] {
                    frames[frames.count - 1].next = next + 1
                    let w = graph.targets[Int(next)]
                    // Parallel ties are merged, so skipping the parent node skips
                    // exactly the tie we came by.
                    if w == parent { continue }
                    if discovery[Int(w)] < 0 {
                        discovery[Int(w)] = time
                        low[Int(w)] = time
                        time += 1
                        if v == root { rootChildren += 1 }
                        frames.append((w, node, graph.offsets[Int(w)]))
                    } else {
                        low[v] = min(low[v], discovery[Int(w)])
                    }
                    continue
                }
                frames.removeLast()
                guard parent >= 0 else { continue }
                let p = Int(parent)
                low[p] = min(low[p], low[v])
                if low[v] > discovery[p] { bridges.append((min(p, v), max(p, v))) }
                if p != root && low[v] >= discovery[p] { isCutVertex[p] = true }
            }
            if rootChildren > 1 { isCutVertex[root] = true }
        }
        return (isCutVertex, bridges)
    }
}
