/// One worker's preallocated buffers for single-source shortest-path searches
/// (breadth-first by hops, or Dijkstra by tie length) and Brandes' dependency
/// accumulation. Everything is O(V) except the shortest-path DAG, O(E); nothing is
/// allocated per source or per visit, and only the nodes a search reached are
/// reset after it.
///
/// Floating-point conventions follow networkx's `_single_source_dijkstra_path_basic`
/// so that equal-length paths are recognised exactly as networkx recognises them:
/// the length of a path is summed from the source outwards, `dist[w] = dist[v] +
/// 1/weight(v, w)`, with `dist[v]` the final distance of `v`; a tie is exact `==`
/// equality of those sums, and a node's distance is the smallest such sum over its
/// in-neighbours, which does not depend on the order in which nodes are visited.
///
/// Path counts are doubles, as in networkx: exact up to 2^53, rounded beyond; a
/// pair joined by more than ~1e308 shortest paths overflows to infinity, and the
/// branch-free updates (`sigma * 0`) then give NaN where networkx gives
/// meaningless values of its own.
struct ShortestPathSearch: ~Copyable {
    let nodeCount: Int
    /// Per node: the number of shortest paths from the source (sigma) during the
    /// forward pass, overwritten by `(1 + delta) / sigma` during accumulation;
    /// and the hop distance from the source, `Int32.max` when not reached. Kept
    /// side by side so that looking at a neighbour touches one cache line.
    let node: UnsafeMutablePointer<PathNode>
    /// Length from the source, +infinity when not reached (weighted searches).
    let length: UnsafeMutablePointer<Double>
    /// 0 unseen, 1 in the heap, 2 settled (weighted searches).
    let state: UnsafeMutablePointer<UInt8>
    /// `[0.0, 1.0]`: multipliers indexed by a condition, for branch-free updates.
    let unit: UnsafeMutablePointer<Double>
    /// Nodes in the order they were settled (a BFS queue doubles as the stack).
    let order: UnsafeMutablePointer<Int32>
    /// The arcs of the last breadth-first search's shortest-path DAG.
    let dag: UnsafeMutablePointer<Int32>
    /// The last breadth-first search's shortest-path DAG by queue position:
    /// successor lists for nodes of levels expanded top-down, parent lists for
    /// nodes of levels found bottom-up (each set only where it applies).
    let succStart: UnsafeMutablePointer<Int32>
    let succEnd: UnsafeMutablePointer<Int32>
    let predStart: UnsafeMutablePointer<Int32>
    let predEnd: UnsafeMutablePointer<Int32>
    /// Queue positions where each level starts; whether it was found bottom-up.
    let levelStart: UnsafeMutablePointer<Int32>
    let levelBottomUp: UnsafeMutablePointer<UInt8>
    /// Dependency shares handed down from bottom-up levels, 0 between uses.
    let pending: UnsafeMutablePointer<Double>
    /// The depth of the last breadth-first search.
    var levels = 0
    /// Indexed binary min-heap of (length, node) for Dijkstra's searches.
    let heapKey: UnsafeMutablePointer<Double>
    let heapNode: UnsafeMutablePointer<Int32>
    let heapPosition: UnsafeMutablePointer<Int32>

    init(nodeCount n: Int, arcCount: Int, weighted: Bool) {
        nodeCount = n
        let size = max(n, 1)
        node = .allocate(capacity: size)
        node.initialize(repeating: PathNode(value: 0, hops: .max), count: size)
        unit = .allocate(capacity: 2)
        unit[0] = 0
        unit[1] = 1
        length = .allocate(capacity: size)
        length.initialize(repeating: .infinity, count: size)
        state = .allocate(capacity: size)
        state.initialize(repeating: 0, count: size)
        // One spare slot each: the branch-free top-down step writes every
        // neighbour at the queue's (and the DAG's) end and only then decides
        // whether to keep it.
        order = .allocate(capacity: size + 1)
        order.initialize(repeating: 0, count: size + 1)
        dag = .allocate(capacity: weighted ? 1 : arcCount + 1)
        succStart = .allocate(capacity: size)
        succEnd = .allocate(capacity: size)
        predStart = .allocate(capacity: size)
        predEnd = .allocate(capacity: size)
        levelStart = .allocate(capacity: size + 2)
        levelBottomUp = .allocate(capacity: size + 2)
        pending = .allocate(capacity: size)
        pending.initialize(repeating: 0, count: size)
        let heapCapacity = weighted ? size + 1 : 1
        heapKey = .allocate(capacity: heapCapacity)
        heapNode = .allocate(capacity: heapCapacity)
        heapPosition = .allocate(capacity: heapCapacity)
    }

    deinit {
        node.deallocate()
        unit.deallocate()
        length.deallocate()
        state.deallocate()
        order.deallocate()
        dag.deallocate()
        for buffer in [succStart, succEnd, predStart, predEnd, levelStart] { buffer.deallocate() }
        levelBottomUp.deallocate()
        pending.deallocate()
        heapKey.deallocate()
        heapNode.deallocate()
        heapPosition.deallocate()
    }

    // MARK: Forward searches

    /// Breadth-first search from `source` counting shortest paths (Brandes 2001),
    /// level by level: fills ``node`` (hops and sigma), ``order``, the level
    /// boundaries and the shortest-path DAG; returns how many nodes were reached
    /// (the source included).
    ///
    /// Each level is expanded either top-down (scan the ties of the frontier) or
    /// bottom-up (scan the ties into every unreached node, keeping those from
    /// the frontier), whichever has fewer ties to scan (Beamer, Asanović &
    /// Patterson 2012). Bottom-up must still look at every tie into a node, since
    /// sigma sums over all of its parents, but on small-world graphs the last
    /// levels hold most of the ties and few unreached nodes.
    ///
    /// The top-down inner loop has no data-dependent branch: with unreached
    /// nodes at `Int32.max`, a neighbour `w` of `v` (at depth `d`) is on a
    /// shortest path through `v` exactly when `hops(w) >= d + 1`, new exactly
    /// when `hops(w) > d + 1`, and its depth becomes `min(hops(w), d + 1)`.
    mutating func countPathsByHops(from source: Int, in graph: AdjacencyView) -> Int {
        let offsets = graph.offsets, targets = graph.targets
        let reverseOffsets = graph.reverseOffsets, sources = graph.sources
        let node = self.node, queue = self.order
        let dag = self.dag, succStart = self.succStart, succEnd = self.succEnd
        let predStart = self.predStart, predEnd = self.predEnd
        let levelStart = self.levelStart, levelBottomUp = self.levelBottomUp
        let n = graph.nodeCount
        let unit = UnsafePointer(self.unit)
        node[source].hops = 0
        node[source].value = 1
        queue[0] = Int32(source)
        predStart[0] = 0
        predEnd[0] = 0
        levelStart[0] = 0
        levelStart[1] = 1
        levelBottomUp[0] = 0
        var level = 0  // depth of the frontier
        var tail = 1, arcs = 0
        // Ties into nodes beyond the frontier (the bottom-up cost) and out of
        // the frontier (the top-down cost).
        var unreachedVolume = graph.arcCount
        while true {
            let first = Int(levelStart[level]), last = Int(levelStart[level + 1])
            if first == last { break }
            var frontierVolume = 0
            for i in first..<last {
                let v = Int(queue[i])
                frontierVolume &+= Int(offsets[v &+ 1] &- offsets[v])
                unreachedVolume &-= Int(reverseOffsets[v &+ 1] &- reverseOffsets[v])
            }
            // No tie leads to an unreached node: the search is over.
            if unreachedVolume == 0 { break }
            let depth = Int32(truncatingIfNeeded: level)
            let next = depth &+ 1
            if unreachedVolume < frontierVolume {
                // Bottom-up: every unreached node sums sigma over its parents.
                levelBottomUp[level + 1] = 1
                for w in 0..<n where node[w].hops == .max {
                    let start = arcs
                    // Two running sums shorten the chain of dependent additions;
                    // sigma is a whole number, so the order does not matter.
                    var even = 0.0, odd = 0.0
                    var e = Int(reverseOffsets[w])
                    let end = Int(reverseOffsets[w &+ 1])
                    while e &+ 1 < end {
                        let v32 = sources[e], u32 = sources[e &+ 1]
                        let v = Int(v32), u = Int(u32)
                        let vIsParent = node[v].hops == depth ? 1 : 0
                        let uIsParent = node[u].hops == depth ? 1 : 0
                        even += node[v].value * unit[vIsParent]
                        odd += node[u].value * unit[uIsParent]
                        dag[arcs] = v32
                        arcs &+= vIsParent
                        dag[arcs] = u32
                        arcs &+= uIsParent
                        e &+= 2
                    }
                    if e < end {
                        let v32 = sources[e]
                        let v = Int(v32)
                        let isParent = node[v].hops == depth ? 1 : 0
                        even += node[v].value * unit[isParent]
                        dag[arcs] = v32
                        arcs &+= isParent
                    }
                    if arcs > start {
                        node[w].hops = next
                        node[w].value = even + odd
                        queue[tail] = Int32(truncatingIfNeeded: w)
                        predStart[tail] = Int32(truncatingIfNeeded: start)
                        predEnd[tail] = Int32(truncatingIfNeeded: arcs)
                        tail &+= 1
                    }
                }
            } else {
                // Top-down: the frontier pushes sigma to its children.
                levelBottomUp[level + 1] = 0
                for i in first..<last {
                    let v = Int(queue[i])
                    let sigmaV = node[v].value
                    succStart[i] = Int32(truncatingIfNeeded: arcs)
                    var e = Int(offsets[v])
                    let end = Int(offsets[v &+ 1])
                    while e < end {
                        let w32 = targets[e]
                        let w = Int(w32)
                        let hw = node[w].hops
                        node[w].hops = min(hw, next)
                        let onPath = hw >= next ? 1 : 0
                        // Adding sigma * 0 leaves sigma unchanged. The 0 or 1 is
                        // read from memory: a choice between two values would be
                        // compiled into a branch, mispredicted half the time.
                        node[w].value += sigmaV * unit[onPath]
                        queue[tail] = w32
                        tail &+= hw > next ? 1 : 0
                        dag[arcs] = w32
                        arcs &+= onPath
                        e &+= 1
                    }
                    succEnd[i] = Int32(truncatingIfNeeded: arcs)
                }
            }
            level &+= 1
            levelStart[level + 1] = Int32(truncatingIfNeeded: tail)
        }
        levels = level
        return tail
    }

    /// Dijkstra's search from `source` counting shortest paths, with networkx's
    /// tie rule (see the type's comment): fills ``length``, ``node`` (sigma) and
    /// ``order``; returns how many nodes were reached.
    func countPathsByLength(from source: Int, in graph: AdjacencyView) -> Int {
        let offsets = graph.offsets, targets = graph.targets, lengths = graph.lengths
        let dist = self.length, state = self.state, node = self.node, order = self.order
        var heap = Heap(key: heapKey, node: heapNode, position: heapPosition)
        dist[source] = 0
        state[source] = 1
        node[source].value = 1
        heap.insert(0, Int32(source))
        var settled = 0
        while let (d, popped) = heap.pop() {
            let v = Int(popped)
            state[v] = 2
            order[settled] = popped
            settled &+= 1
            let sigmaV = node[v].value
            var e = Int(offsets[v])
            let end = Int(offsets[v &+ 1])
            while e < end {
                let w = Int(targets[e])
                let candidate = d + lengths[e]
                let sw = state[w]
                if sw == 0 {
                    dist[w] = candidate
                    state[w] = 1
                    node[w].value = sigmaV
                    heap.insert(candidate, Int32(truncatingIfNeeded: w))
                } else if sw == 1 && candidate < dist[w] {
                    dist[w] = candidate
                    node[w].value = sigmaV
                    heap.decrease(Int32(truncatingIfNeeded: w), to: candidate)
                } else if candidate == dist[w] {
                    node[w].value += sigmaV
                }
                e &+= 1
            }
        }
        return settled
    }

    /// Dijkstra distances only: fills ``length`` and ``order`` (settle order);
    /// returns the number of nodes reached.
    func lengthDistances(from source: Int, in graph: AdjacencyView) -> Int {
        let offsets = graph.offsets, targets = graph.targets, lengths = graph.lengths
        let dist = self.length, state = self.state, order = self.order
        var heap = Heap(key: heapKey, node: heapNode, position: heapPosition)
        dist[source] = 0
        state[source] = 1
        heap.insert(0, Int32(source))
        var settled = 0
        while let (d, popped) = heap.pop() {
            let v = Int(popped)
            state[v] = 2
            order[settled] = popped
            settled &+= 1
            var e = Int(offsets[v])
            let end = Int(offsets[v &+ 1])
            while e < end {
                let w = Int(targets[e])
                let candidate = d + lengths[e]
                let sw = state[w]
                if sw == 0 {
                    dist[w] = candidate
                    state[w] = 1
                    heap.insert(candidate, Int32(truncatingIfNeeded: w))
                } else if sw == 1 && candidate < dist[w] {
                    dist[w] = candidate
                    heap.decrease(Int32(truncatingIfNeeded: w), to: candidate)
                }
                e &+= 1
            }
        }
        return settled
    }

    // MARK: Dependency accumulation

    /// Brandes' backward pass after ``countPathsByHops(from:in:)``: from the
    /// deepest level back to the source's neighbours, adds each non-source
    /// node's dependency `delta(v) = sum over successors w of sigma(v) / sigma(w)
    /// * (1 + delta(w))` to `scores[v]`. Successors come from the DAG the
    /// forward pass stored: as successor lists where a level was expanded
    /// top-down, as parent lists of the next level where it was bottom-up.
    func accumulateByHops(reached: Int, into scores: UnsafeMutablePointer<Double>) {
        let node = self.node, order = self.order, dag = self.dag, pending = self.pending
        let succStart = self.succStart, succEnd = self.succEnd
        let predStart = self.predStart, predEnd = self.predEnd
        let levelStart = self.levelStart, levelBottomUp = self.levelBottomUp
        var level = levels
        // The deepest level has no successors: delta is 0.
        for i in Int(levelStart[level])..<Int(levelStart[level + 1]) where level > 0 {
            let v = Int(order[i])
            node[v].value = 1 / node[v].value
        }
        while level > 0 {
            let first = Int(levelStart[level]), last = Int(levelStart[level + 1])
            if levelBottomUp[level] != 0 && level > 1 {
                // This level was found bottom-up: hand each node's share to its
                // parents (the source, at level 0, needs none).
                for i in first..<last {
                    let coefficient = node[Int(order[i])].value
                    for e in Int(predStart[i])..<Int(predEnd[i]) {
                        pending[Int(dag[e])] += coefficient
                    }
                }
            }
            level &-= 1
            guard level > 0 else { break }
            // Finish the level above: node[w].value for this level already holds
            // (1 + delta(w)) / sigma(w); shares from a bottom-up level wait in
            // `pending`.
            let sharesPending = levelBottomUp[level + 1] != 0
            for i in Int(levelStart[level])..<first {
                let v = Int(order[i])
                var even = 0.0, odd = 0.0
                if sharesPending {
                    even = pending[v]
                    pending[v] = 0
                } else {
                    var e = Int(succStart[i])
                    let end = Int(succEnd[i])
                    while e &+ 1 < end {
                        even += node[Int(dag[e])].value
                        odd += node[Int(dag[e &+ 1])].value
                        e &+= 2
                    }
                    if e < end { even += node[Int(dag[e])].value }
                }
                let sigmaV = node[v].value
                let delta = sigmaV * (even + odd)
                scores[v] += delta
                node[v].value = (1 + delta) / sigmaV
            }
        }
    }

    /// Brandes' backward pass after ``countPathsByLength(from:in:)``; a tie
    /// `v -> w` lies on a shortest path when `length[v] + 1/weight == length[w]`
    /// exactly (and `length[w] > length[v]`), the same test the forward pass used.
    func accumulateByLength(reached: Int, in graph: AdjacencyView, into scores: UnsafeMutablePointer<Double>) {
        let offsets = graph.offsets, targets = graph.targets, lengths = graph.lengths
        let dist = self.length, node = self.node, order = self.order, unit = UnsafePointer(self.unit)
        var i = reached &- 1
        while i > 0 {
            let v = Int(order[i])
            let dv = dist[v]
            var sum = 0.0
            var e = Int(offsets[v])
            let end = Int(offsets[v &+ 1])
            while e < end {
                let w = Int(targets[e])
                let dw = dist[w]
                // Branch-free, as in the breadth-first search: value * 0 or * 1.
                let tight = dv + lengths[e] == dw ? 1 : 0
                let deeper = dw > dv ? 1 : 0
                sum += node[w].value * unit[tight & deeper]
                e &+= 1
            }
            let sigmaV = node[v].value
            let delta = sigmaV * sum
            scores[v] += delta
            node[v].value = (1 + delta) / sigmaV
            i &-= 1
        }
    }

    /// Forgets the last search: resets only the `reached` nodes it touched.
    func reset(reached: Int, weighted: Bool) {
        let node = self.node, order = self.order
        if weighted {
            for i in 0..<reached {
                let v = Int(order[i])
                node[v].value = 0
                length[v] = .infinity
                state[v] = 0
            }
        } else {
            for i in 0..<reached {
                node[Int(order[i])] = PathNode(value: 0, hops: .max)
            }
        }
    }
}

/// What a search keeps per node; 16 bytes.
struct PathNode {
    var value: Double
    var hops: Int32
}
