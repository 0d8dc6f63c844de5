extension CompactGraph {
    /// The nodes reachable from `source` along ties (followed forwards in a
    /// directed graph), `source` included, in breadth-first order.
    ///
    /// - Parameter source: the start node; an index out of range gives `[]`.
    /// - Complexity: O(V + E).
    public func reachable(from source: Int) -> [Int] {
        guard source >= 0, source < nodeCount else { return [] }
        var seen = [Bool](repeating: false, count: nodeCount)
        var order = [source]
        seen[source] = true
        var next = 0
        while next < order.count {
            let v = order[next]
            next += 1
            for w in neighbors(of: v) where !seen[Int(w)] {
                seen[Int(w)] = true
                order.append(Int(w))
            }
        }
        return order
    }

    /// The weakly connected components: the sets of nodes joined by paths when
    /// ties are followed in either direction (Wasserman & Faust 1994, ch. 4). For
    /// an undirected graph these are the connected components.
    ///
    /// Each component lists its node indices in increasing order; components are
    /// ordered by their smallest index. An isolate is a component of its own.
    /// Weights play no part.
    ///
    /// - Complexity: O(V + E) time and memory; breadth-first, no recursion.
    public func weaklyConnectedComponents() -> [[Int]] {
        let n = nodeCount
        var label = [Int32](repeating: -1, count: n)
        var queue = [Int32](repeating: 0, count: n)
        var count: Int32 = 0
        for root in 0..<n where label[root] < 0 {
            label[root] = count
            queue[0] = Int32(root)
            var head = 0, tail = 1
            while head < tail {
                let v = Int(queue[head])
                head += 1
                for w in neighbors(of: v) where label[Int(w)] < 0 {
                    label[Int(w)] = count
                    queue[tail] = w
                    tail += 1
                }
                if isDirected {
                    for w in inNeighbors(of: v) where label[Int(w)] < 0 {
                        label[Int(w)] = count
                        queue[tail] = w
                        tail += 1
                    }
                }
            }
            count += 1
        }
        return Self.groups(label, count: Int(count))
    }

    /// The strongly connected components: the maximal sets of nodes in which
    /// every node has a directed path to every other, found with Tarjan's
    /// algorithm (Tarjan 1972) run iteratively so that long paths cannot exhaust
    /// the call stack. For an undirected graph these are the connected
    /// components.
    ///
    /// Each component lists its node indices in increasing order; components are
    /// ordered by their smallest index. A node on no cycle is a component of its
    /// own. Weights play no part.
    ///
    /// - Complexity: O(V + E) time, O(V) memory.
    public func stronglyConnectedComponents() -> [[Int]] {
        guard isDirected else { return weaklyConnectedComponents() }
        let n = nodeCount
        var index = [Int32](repeating: -1, count: n)  // discovery order
        var low = [Int32](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var label = [Int32](repeating: -1, count: n)
        var stack: [Int32] = []  // Tarjan's stack of open nodes
        var frames: [(node: Int32, next: Int32)] = []  // the depth-first path
        stack.reserveCapacity(n)
        var counter: Int32 = 0
        var components: Int32 = 0
        for root in 0..<n where index[root] < 0 {
            index[root] = counter
            low[root] = counter
            counter += 1
            stack.append(Int32(root))
            onStack[root] = true
            frames.append((Int32(root), offsets[root]))
            while let (node, next) = frames.last {
                let v = Int(node)
                if next < offsets[v + 1] {
                    frames[frames.count - 1].next = next + 1
                    let w = Int(targets[Int(next)])
                    if index[w] < 0 {
                        index[w] = counter
                        low[w] = counter
                        counter += 1
                        stack.append(Int32(w))
                        onStack[w] = true
                        frames.append((Int32(w), offsets[w]))
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last {
                    low[Int(parent.node)] = min(low[Int(parent.node)], low[v])
                }
                if low[v] == index[v] {
                    while let w = stack.popLast() {
                        onStack[Int(w)] = false
                        label[Int(w)] = components
                        if Int(w) == v { break }
                    }
                    components += 1
                }
            }
        }
        return Self.groups(label, count: Int(components))
    }

    /// Node lists by label, each in increasing order, ordered by smallest member.
    static func groups(_ label: [Int32], count: Int) -> [[Int]] {
        var rank = [Int](repeating: -1, count: count)
        var result: [[Int]] = []
        result.reserveCapacity(count)
        for v in 0..<label.count {
            let l = Int(label[v])
            if rank[l] < 0 {
                rank[l] = result.count
                result.append([])
            }
            result[rank[l]].append(v)
        }
        return result
    }
}
