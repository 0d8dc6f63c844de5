extension TemporalNetwork {
    /// When each node can first have been reached from `source` along
    /// time-respecting paths (see ``TimeOrder``), as a day number.
    ///
    /// In certain order a node's value is the earliest day by which it has
    /// **certainly** been reached: the least last day of a path's final
    /// interaction. In possible order it is the earliest day on which it **can**
    /// have been reached: the least instant, on one time line, of a path's final
    /// interaction (the greatest first day along the path). `nil` for `source`
    /// itself and for nodes no time-respecting path reaches. Undated
    /// interactions are on no path.
    ///
    /// The search is Dijkstra's over path keys (Xuan, Ferreira & Jarry 2003's
    /// foremost journeys; Wu et al. 2014): keys never decrease along a path and
    /// a smaller key can be continued by everything a larger one can, so the
    /// least key of each node is final when it is taken from the queue.
    ///
    /// - Parameters:
    ///   - source: the node the paths start from.
    ///   - order: how sure each "before" must be.
    /// - Returns: a day number (``DayInterval``) or `nil` per node.
    /// - Complexity: O((A + V) log A) for A arcs, with O(log c) per arc for
    ///   c contacts on it.
    public func earliestArrival(from source: Int, order: TimeOrder = .certain) -> [Int?] {
        var best = [Int](repeating: .max, count: nodeCount)
        guard source >= 0, source < nodeCount else { return best.map { _ in nil } }
        var queue = KeyQueue()
        best[source] = .min
        queue.push(.min, Int32(source))
        while let (key, node) = queue.pop() {
            let v = Int(node)
            guard key == best[v] else { continue }
            for position in arcOffsets[v]..<arcOffsets[v + 1] {
                let arc = searchArc(at: position, order: order)
                guard canContinue(key, along: arc, order: order) else { break }
                let w = Int(arcTargets[arc])
                guard leastKey(after: key, along: arc, order: order) < best[w],
                    let next = extend(key, along: arc, order: order), next < best[w]
                else { continue }
                best[w] = next
                queue.push(next, Int32(w))
            }
        }
        return best.enumerated().map { node, key in node == source || key == .max ? nil : key }
    }

    /// ``earliestArrival(from:order:)`` as dates (day precision).
    ///
    /// - Parameters:
    ///   - source: the node the paths start from.
    ///   - order: how sure each "before" must be.
    public func earliestArrivalDates(from source: Int, order: TimeOrder = .certain) -> [PartialDate?] {
        earliestArrival(from: source, order: order).map { $0.map(PartialDate.init(dayNumber:)) }
    }

    /// Who can reach whom along time-respecting paths: row `s` holds `true` at
    /// `t` when `t ≠ s` and some time-respecting path leads from `s` to `t`.
    ///
    /// Unlike reachability in the static network, this is not symmetric for
    /// undirected ties and not transitive: A reaches B through a meeting in 2021
    /// and B reaches C through one in 2020, yet nothing can have passed from A
    /// to C.
    ///
    /// - Parameter order: how sure each "before" must be.
    /// - Complexity: V searches of ``earliestArrival(from:order:)``; O(V²) memory.
    public func reachability(order: TimeOrder = .certain) -> [[Bool]] {
        (0..<nodeCount).map { source in earliestArrival(from: source, order: order).map { $0 != nil } }
    }

    /// The number of ordered pairs `(s, t)`, `s ≠ t`, joined by a time-respecting
    /// path, next to the number joined by any path in the static network's arcs
    /// that carry dated contacts, so the share that time order keeps can be
    /// reported.
    ///
    /// - Parameter order: how sure each "before" must be.
    /// - Complexity: as ``reachability(order:)`` plus V breadth-first searches.
    public func reachablePairCounts(order: TimeOrder = .certain) -> (temporal: Int, static: Int) {
        var temporal = 0
        var flat = 0
        var seen = [Int](repeating: -1, count: nodeCount)
        var stack: [Int] = []
        for source in 0..<nodeCount {
            temporal += earliestArrival(from: source, order: order).lazy.filter { $0 != nil }.count
            seen[source] = source
            stack.append(source)
            while let v = stack.popLast() {
                for arc in arcOffsets[v]..<arcOffsets[v + 1] {
                    let w = Int(arcTargets[arc])
                    if seen[w] != source {
                        seen[w] = source
                        flat += 1
                        stack.append(w)
                    }
                }
            }
        }
        return (temporal, flat)
    }
}

/// A binary min-heap of (key, node) pairs with lazy deletion (stale entries are
/// skipped by the caller).
struct KeyQueue {
    private var keys: [Int] = []
    private var nodes: [Int32] = []

    mutating func push(_ key: Int, _ node: Int32) {
        keys.append(key)
        nodes.append(node)
        var child = keys.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard keys[child] < keys[parent] else { break }
            keys.swapAt(child, parent)
            nodes.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> (Int, Int32)? {
        guard let topKey = keys.first, let topNode = nodes.first else { return nil }
        let lastKey = keys.removeLast()
        let lastNode = nodes.removeLast()
        if !keys.isEmpty {
            keys[0] = lastKey
            nodes[0] = lastNode
            var parent = 0
            while true {
                let left = 2 * parent + 1
                guard left < keys.count else { break }
                let right = left + 1
                let child = right < keys.count && keys[right] < keys[left] ? right : left
                guard keys[child] < keys[parent] else { break }
                keys.swapAt(child, parent)
                nodes.swapAt(child, parent)
                parent = child
            }
        }
        return (topKey, topNode)
    }
}
