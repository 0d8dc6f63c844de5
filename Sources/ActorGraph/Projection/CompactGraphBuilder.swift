extension CompactGraph {
    /// Collects ties, then builds a ``CompactGraph`` in one pass of counting sort.
    ///
    /// Parallel ties are merged into one whose weight is the sum; self-loops are
    /// dropped (no score here uses them, as networkx's brokerage and structural
    /// hole measures exclude them); node order is the order in which ids were first
    /// given.
    ///
    /// ```swift
    /// var builder = CompactGraph.Builder(directed: false)
    /// builder.addEdge("Medici", "Albizzi")
    /// let graph = builder.build()
    /// ```
    ///
    /// - Complexity: O(V + E log d) to build, d the largest degree.
    public struct Builder: Sendable {
        /// Whether the graph being built is directed.
        public let isDirected: Bool
        private(set) var ids: [String] = []
        private var indexByID: [String: Int32] = [:]
        private var sources: [Int32] = []
        private var targets: [Int32] = []
        private var weights: [Double] = []

        /// Starts an empty graph, optionally with nodes (isolates included) in order.
        ///
        /// - Parameters:
        ///   - directed: whether ties have a direction.
        ///   - ids: node ids to add first, in order.
        public init(directed: Bool, ids: [String] = []) {
            self.isDirected = directed
            for id in ids { _ = addNode(id) }
        }

        /// The number of nodes added so far.
        public var nodeCount: Int { ids.count }

        /// Adds a node if it is new; returns its index either way.
        ///
        /// - Parameter id: the node's id.
        /// - Complexity: Amortized O(1).
        @discardableResult
        public mutating func addNode(_ id: String) -> Int {
            if let index = indexByID[id] { return Int(index) }
            let index = Int32(ids.count)
            ids.append(id)
            indexByID[id] = index
            return Int(index)
        }

        /// Adds a tie between two ids, adding the nodes if they are new.
        ///
        /// - Parameters:
        ///   - source: the id of the source node.
        ///   - target: the id of the target node.
        ///   - weight: the tie's weight; parallel ties add up.
        /// - Complexity: Amortized O(1).
        public mutating func addEdge(_ source: String, _ target: String, weight: Double = 1) {
            let s = addNode(source)
            let t = addNode(target)
            addEdge(s, t, weight: weight)
        }

        /// Adds a tie between two node indices already added.
        ///
        /// - Parameters:
        ///   - source: the index of the source node.
        ///   - target: the index of the target node.
        ///   - weight: the tie's weight; parallel ties add up.
        /// - Precondition: both indices are below ``nodeCount``.
        /// - Complexity: Amortized O(1).
        public mutating func addEdge(_ source: Int, _ target: Int, weight: Double = 1) {
            precondition(source < ids.count && target < ids.count, "node index out of range")
            guard source != target else { return }
            sources.append(Int32(source))
            targets.append(Int32(target))
            weights.append(weight)
        }

        /// Builds the graph.
        ///
        /// - Complexity: O(V + E log d), d the largest degree.
        public func build() -> CompactGraph {
            let n = ids.count
            let (offsets, outTargets, outWeights) = Self.compress(
                nodeCount: n, from: sources, to: targets, weights: weights, symmetric: !isDirected)
            if !isDirected {
                return CompactGraph(
                    isDirected: false, ids: ids, indexByID: indexByID, offsets: offsets, targets: outTargets,
                    weights: outWeights, inOffsets: offsets, inSources: outTargets, inWeights: outWeights)
            }
            let (inOffsets, inSources, inWeights) = Self.compress(
                nodeCount: n, from: targets, to: sources, weights: weights, symmetric: false)
            return CompactGraph(
                isDirected: true, ids: ids, indexByID: indexByID, offsets: offsets, targets: outTargets,
                weights: outWeights, inOffsets: inOffsets, inSources: inSources, inWeights: inWeights)
        }

        /// Counting sort by source, then sort and merge each row.
        private static func compress(
            nodeCount n: Int, from: [Int32], to: [Int32], weights: [Double], symmetric: Bool
        ) -> ([Int32], [Int32], [Double]) {
            var counts = [Int](repeating: 0, count: n + 1)
            for s in from { counts[Int(s) + 1] += 1 }
            if symmetric { for t in to { counts[Int(t) + 1] += 1 } }
            for v in 0..<n { counts[v + 1] += counts[v] }
            let total = counts[n]
            var rowTargets = [Int32](repeating: 0, count: total)
            var rowWeights = [Double](repeating: 0, count: total)
            var cursor = counts
            for i in 0..<from.count {
                let s = Int(from[i])
                rowTargets[cursor[s]] = to[i]
                rowWeights[cursor[s]] = weights[i]
                cursor[s] += 1
                if symmetric {
                    let t = Int(to[i])
                    rowTargets[cursor[t]] = from[i]
                    rowWeights[cursor[t]] = weights[i]
                    cursor[t] += 1
                }
            }
            // Sort each row by target and merge parallel ties.
            var offsets = [Int32](repeating: 0, count: n + 1)
            var write = 0
            var pairs: [(Int32, Double)] = []
            for v in 0..<n {
                let start = counts[v]
                let end = counts[v + 1]
                offsets[v] = Int32(write)
                guard start < end else { continue }
                var sorted = true
                for i in (start + 1)..<max(start + 1, end) where rowTargets[i] <= rowTargets[i - 1] {
                    sorted = false
                    break
                }
                if sorted {
                    for i in start..<end {
                        rowTargets[write] = rowTargets[i]
                        rowWeights[write] = rowWeights[i]
                        write += 1
                    }
                    continue
                }
                pairs.removeAll(keepingCapacity: true)
                for i in start..<end { pairs.append((rowTargets[i], rowWeights[i])) }
                pairs.sort { $0.0 < $1.0 }
                var last: Int32 = -1
                for (target, weight) in pairs {
                    if target == last {
                        rowWeights[write - 1] += weight
                    } else {
                        rowTargets[write] = target
                        rowWeights[write] = weight
                        write += 1
                        last = target
                    }
                }
            }
            offsets[n] = Int32(write)
            rowTargets.removeLast(total - write)
            rowWeights.removeLast(total - write)
            return (offsets, rowTargets, rowWeights)
        }
    }
}
