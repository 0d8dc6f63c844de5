extension CompactGraph {
    /// Gould–Fernandez (1989) brokerage roles of every node, exactly as R's
    /// `sna::brokerage(g, cl)` computes them (sna 2.7.1).
    ///
    /// **Counts.** For every ordered two-path `i → j → k` with i, j, k distinct and
    /// **no tie `i → k`**, the broker j is credited with one role by the groups of
    /// i, j and k (see ``BrokerageRole``); `total` is the sum of the five.
    /// Undirected graphs count every tie in both directions (sna on a symmetric
    /// matrix), so each open two-path is counted once per direction: coordinator,
    /// itinerant and liaison counts are twice the unordered counts, and
    /// representative equals gatekeeper. Weights are ignored (a tie is present or
    /// not); self-loops do not occur in a ``CompactGraph``.
    ///
    /// **Null model (sna's).** With N nodes, m directed ties (twice the number of
    /// undirected ties), density `d = m / (N(N−1))`, `k = d²(1−d)`,
    /// `k₃ = d³(1−d)³`, `n_i` the size of the broker's group and `n_g` the sizes of
    /// the other groups:
    ///
    /// | role | expected E | variance |
    /// |---|---|---|
    /// | coordinator | k (n_i−1)(n_i−2) | E(1−k) + 2(n_i−1)(n_i−2)(n_i−3) k₃ |
    /// | itinerant | k Σ n_g(n_g−1) | E(1−k) + 2 Σ n_g(n_g−1)(n_g−2) k₃ |
    /// | representative, gatekeeper | k (N−n_i)(n_i−1) | E(1−k) + 2[(n_i−1)C(N−n_i,2) + (N−n_i)C(n_i−1,2)] k₃ |
    /// | liaison | k [(Σ n_g)² − Σ n_g²] | E(1−k) + 4 Σ n_g C(N−n_g−n_i, 2) k₃ |
    /// | total | k (N−1)(N−2) | E(1−k) + 2(N−1)(N−2)(N−3) k₃ |
    ///
    /// (sums over the other groups g; C(a, 2) = a(a−1)/2.) `z = (raw − E)/√variance`,
    /// `nil` when the variance is 0 (sna's NaN). A group of one node has
    /// coordinator, representative and gatekeeper expectation and variance 0, so
    /// those z-scores are `nil`; with a single group, itinerant and liaison are too.
    /// The whole-network values use sna's formulas for `exp.gli` and the variance
    /// behind `z.gli`. Disconnected graphs need nothing special: N and d are over
    /// all nodes, isolates included.
    ///
    /// - Parameter groups: a group label per node (any integers; equal labels mean
    ///   the same group), indexed like the graph's nodes.
    /// - Precondition: `groups.count == nodeCount`.
    /// - Complexity: O(V + E + Σ_j d_in(j)·d_out(j)) time (every two-path once, the
    ///   closing tie tested in O(1) by marking the source's out-neighbours), O(V)
    ///   extra memory; O(G³) more for the whole-network values of G groups.
    public func brokerage(groups: [Int]) -> BrokerageRoles {
        precondition(groups.count == nodeCount, "brokerage: \(groups.count) group labels for \(nodeCount) nodes")
        let n = nodeCount
        // Dense group indices in order of first appearance.
        var denseIndex: [Int: Int] = [:]
        var group = [Int32](repeating: 0, count: n)
        var sizes: [Int] = []
        for v in 0..<n {
            let index: Int
            if let known = denseIndex[groups[v]] {
                index = known
            } else {
                index = sizes.count
                denseIndex[groups[v]] = index
                sizes.append(0)
            }
            group[v] = Int32(index)
            sizes[index] += 1
        }

        let raw = countBrokerage(group: group)
        let arcs = targets.count  // undirected graphs store each tie both ways
        let model = BrokerageNullModel(nodeCount: n, arcCount: arcs, groupSizes: sizes)

        let perGroupExpected = (0..<sizes.count).map { model.expected(group: $0) }
        let perGroupSD = (0..<sizes.count).map { model.variance(group: $0, expected: perGroupExpected[$0]).map { $0.squareRoot() } }
        func z(_ count: Int, _ expected: Double, _ sd: Double) -> Double? {
            let value = (Double(count) - expected) / sd
            return value.isFinite ? value : nil
        }
        var expected = BrokerageRoles.ByRole<[Double]>(
            coordinator: [], itinerant: [], representative: [], gatekeeper: [], liaison: [], total: [])
        var zScores = BrokerageRoles.ByRole<[Double?]>(
            coordinator: [], itinerant: [], representative: [], gatekeeper: [], liaison: [], total: [])
        func fill(_ role: WritableKeyPath<BrokerageRoles.ByRole<[Double]>, [Double]>,
                  _ zRole: WritableKeyPath<BrokerageRoles.ByRole<[Double?]>, [Double?]>,
                  _ counts: [Int], _ which: BrokerageRole) {
            expected[keyPath: role] = group.map { perGroupExpected[Int($0)][which] }
            zScores[keyPath: zRole] = (0..<n).map { v in
                let g = Int(group[v])
                return z(counts[v], perGroupExpected[g][which], perGroupSD[g][which])
            }
        }
        fill(\.coordinator, \.coordinator, raw.coordinator, .coordinator)
        fill(\.itinerant, \.itinerant, raw.itinerant, .itinerant)
        fill(\.representative, \.representative, raw.representative, .representative)
        fill(\.gatekeeper, \.gatekeeper, raw.gatekeeper, .gatekeeper)
        fill(\.liaison, \.liaison, raw.liaison, .liaison)
        fill(\.total, \.total, raw.total, .total)

        var network: BrokerageRoles.Network?
        if sizes.count <= BrokerageRoles.networkLevelGroupLimit {
            let sums = raw.map { $0.reduce(0, +) }
            let networkExpected = model.networkExpected()
            let networkVariance = model.networkVariance(expected: networkExpected)
            network = BrokerageRoles.Network(
                raw: sums, expected: networkExpected,
                z: BrokerageRoles.ByRole<Double?>(
                    coordinator: z(sums.coordinator, networkExpected.coordinator, networkVariance.coordinator.squareRoot()),
                    itinerant: z(sums.itinerant, networkExpected.itinerant, networkVariance.itinerant.squareRoot()),
                    representative: z(sums.representative, networkExpected.representative, networkVariance.representative.squareRoot()),
                    gatekeeper: z(sums.gatekeeper, networkExpected.gatekeeper, networkVariance.gatekeeper.squareRoot()),
                    liaison: z(sums.liaison, networkExpected.liaison, networkVariance.liaison.squareRoot()),
                    total: z(sums.total, networkExpected.total, networkVariance.total.squareRoot())))
        }
        return BrokerageRoles(
            groupOfNode: group.map(Int.init), groupSizes: sizes, raw: raw, expected: expected, z: zScores,
            network: network)
    }

    /// Brokerage with groups given as text labels (for example a node-table
    /// attribute such as `club`); equal labels mean the same group, groups are
    /// numbered in order of first appearance. See ``brokerage(groups:)``.
    ///
    /// A node without a label (`nil`) has no defined role, so the call fails naming
    /// the first such node, rather than silently putting unlabelled nodes in a group
    /// of their own (which would change every expected value). An empty string is a
    /// label like any other.
    ///
    /// - Parameter labels: a group label per node, indexed like the graph's nodes.
    /// - Throws: ``MissingGroupLabelError`` for the first node whose label is `nil`.
    /// - Precondition: `labels.count == nodeCount`.
    /// - Complexity: as ``brokerage(groups:)``, plus O(V) hashing of the labels.
    public func brokerage(labels: [String?]) throws(MissingGroupLabelError) -> BrokerageRoles {
        precondition(labels.count == nodeCount, "brokerage: \(labels.count) group labels for \(nodeCount) nodes")
        var indexOfLabel: [String: Int] = [:]
        var groups = [Int](repeating: 0, count: nodeCount)
        for v in 0..<nodeCount {
            guard let label = labels[v] else { throw MissingGroupLabelError(node: v, nodeID: ids[v]) }
            if let index = indexOfLabel[label] {
                groups[v] = index
            } else {
                groups[v] = indexOfLabel.count
                indexOfLabel[label] = groups[v]
            }
        }
        return brokerage(groups: groups)
    }

    /// Counts every open two-path `i → j → k` once, crediting the broker j.
    private func countBrokerage(group: [Int32]) -> BrokerageRoles.ByRole<[Int]> {
        let n = nodeCount
        var coordinator = [Int](repeating: 0, count: n)
        var itinerant = [Int](repeating: 0, count: n)
        var representative = [Int](repeating: 0, count: n)
        var gatekeeper = [Int](repeating: 0, count: n)
        var liaison = [Int](repeating: 0, count: n)
        // mark[k] == i: the tie i → k exists (set while i is the source).
        var mark = [Int32](repeating: -1, count: n)
        offsets.withUnsafeBufferPointer { offsets in
            targets.withUnsafeBufferPointer { targets in
                group.withUnsafeBufferPointer { group in
                    for i in 0..<n {
                        let source = Int32(i)
                        let begin = Int(offsets[i])
                        let end = Int(offsets[i + 1])
                        for e in begin..<end { mark[Int(targets[e])] = source }
                        let gi = group[i]
                        for e in begin..<end {
                            let j = Int(targets[e])
                            let gj = group[j]
                            for f in Int(offsets[j])..<Int(offsets[j + 1]) {
                                let k = Int(targets[f])
                                if k == i || mark[k] == source { continue }
                                let gk = group[k]
                                if gi == gj {
                                    if gj == gk { coordinator[j] += 1 } else { representative[j] += 1 }
                                } else if gj == gk {
                                    gatekeeper[j] += 1
                                } else if gi == gk {
                                    itinerant[j] += 1
                                } else {
                                    liaison[j] += 1
                                }
                            }
                        }
                    }
                }
            }
        }
        var total = [Int](repeating: 0, count: n)
        for v in 0..<n {
            total[v] = coordinator[v] + itinerant[v] + representative[v] + gatekeeper[v] + liaison[v]
        }
        return BrokerageRoles.ByRole(
            coordinator: coordinator, itinerant: itinerant, representative: representative,
            gatekeeper: gatekeeper, liaison: liaison, total: total)
    }
}
