import Foundation

/// The five brokerage roles of Gould & Fernandez (1989), and their total.
///
/// Node j brokers the two-path `i → j → k` when there is no tie `i → k`; its role
/// depends on the groups of i (source), j (broker) and k (target):
///
/// | role | groups | sna column |
/// |---|---|---|
/// | ``coordinator`` | g(i) = g(j) = g(k) | `w_I` |
/// | ``itinerant`` | g(i) = g(k) ≠ g(j) | `w_O` |
/// | ``representative`` | g(i) = g(j) ≠ g(k) | `b_IO` |
/// | ``gatekeeper`` | g(i) ≠ g(j) = g(k) | `b_OI` |
/// | ``liaison`` | all three different | `b_O` |
/// | ``total`` | any of the above | `t` |
public enum BrokerageRole: String, CaseIterable, Sendable {
    /// Brokering within one's own group (`w_I`).
    case coordinator
    /// Brokering between two members of one other group (`w_O`).
    case itinerant
    /// Passing from one's own group to another (`b_IO`).
    case representative
    /// Passing from another group into one's own (`b_OI`).
    case gatekeeper
    /// Brokering between two other, different groups (`b_O`).
    case liaison
    /// All five roles together (`t`).
    case total
}

/// Gould–Fernandez brokerage scores of every node, as R's `sna::brokerage(g, cl)`
/// reports them: raw counts (`raw.nli`), their expected values under sna's null
/// model (`exp.nli`) and z-scores (`z.nli`), plus the whole-network values
/// (`raw.gli`, `exp.gli`, `z.gli`).
///
/// See ``CompactGraph/brokerage(groups:)`` for the definitions and conventions.
public struct BrokerageRoles: Sendable {
    /// One value of type `Value` for each role.
    public struct ByRole<Value: Sendable>: Sendable {
        /// The value for ``BrokerageRole/coordinator``.
        public var coordinator: Value
        /// The value for ``BrokerageRole/itinerant``.
        public var itinerant: Value
        /// The value for ``BrokerageRole/representative``.
        public var representative: Value
        /// The value for ``BrokerageRole/gatekeeper``.
        public var gatekeeper: Value
        /// The value for ``BrokerageRole/liaison``.
        public var liaison: Value
        /// The value for ``BrokerageRole/total``.
        public var total: Value

        /// Creates a value set from one value per role; each parameter sets the
        /// property of the same name.
        public init(
            coordinator: Value, itinerant: Value, representative: Value, gatekeeper: Value, liaison: Value,
            total: Value
        ) {
            self.coordinator = coordinator
            self.itinerant = itinerant
            self.representative = representative
            self.gatekeeper = gatekeeper
            self.liaison = liaison
            self.total = total
        }

        /// The value for `role`.
        ///
        /// - Parameter role: the role.
        public subscript(role: BrokerageRole) -> Value {
            switch role {
            case .coordinator: coordinator
            case .itinerant: itinerant
            case .representative: representative
            case .gatekeeper: gatekeeper
            case .liaison: liaison
            case .total: total
            }
        }

        func map<T>(_ transform: (Value) -> T) -> ByRole<T> {
            ByRole<T>(
                coordinator: transform(coordinator), itinerant: transform(itinerant),
                representative: transform(representative), gatekeeper: transform(gatekeeper),
                liaison: transform(liaison), total: transform(total))
        }
    }

    /// The whole network's brokerage (sna's `raw.gli`, `exp.gli`, `z.gli`).
    public struct Network: Sendable {
        /// The number of brokered two-paths in each role, summed over all nodes.
        public var raw: ByRole<Int>
        /// The expected number under the null model.
        public var expected: ByRole<Double>
        /// `(raw − expected) / sd`; `nil` where the standard deviation is 0.
        public var z: ByRole<Double?>
    }

    /// Each node's dense group index (0-based, groups numbered in order of first
    /// appearance in node order, as sna's `unique(cl)` does).
    public let groupOfNode: [Int]
    /// The number of nodes in each group, by dense group index.
    public let groupSizes: [Int]
    /// Per node, the number of brokered two-paths in each role (sna's `raw.nli`).
    public let raw: ByRole<[Int]>
    /// Per node, the expected count under the null model (sna's `exp.nli`); the
    /// same for all members of a group.
    public let expected: ByRole<[Double]>
    /// Per node, `(raw − expected) / sd` (sna's `z.nli`); `nil` where sna gives NaN
    /// (or ±infinity): the standard deviation is 0, e.g. coordinator in groups of
    /// at most two nodes, liaison when there are only two groups, every role when
    /// the density is 0 or 1.
    public let z: ByRole<[Double?]>
    /// The whole-network values, or `nil` when there are more than
    /// ``BrokerageRoles/networkLevelGroupLimit`` groups (sna's variance of the
    /// liaison count sums over all ordered triples of groups).
    public let network: Network?

    /// The most groups for which ``network`` is computed: O(G³) work.
    public static let networkLevelGroupLimit = 256
}

/// A node has no group label, so its brokerage role cannot be decided.
public struct MissingGroupLabelError: Error, Sendable, CustomStringConvertible {
    /// The node's index in the graph.
    public var node: Int
    /// The node's id.
    public var nodeID: String

    /// Creates an error for a node without a group label.
    ///
    /// - Parameters:
    ///   - node: The node's index in the graph.
    ///   - nodeID: The node's id.
    public init(node: Int, nodeID: String) {
        self.node = node
        self.nodeID = nodeID
    }

    public var description: String {
        "node \"\(nodeID)\" has no group label; every node needs one for brokerage (drop the node or give it a group)"
    }
}

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

/// sna's null model for brokerage: expected counts and variances, evaluated with
/// sna's formulas in sna's order of operations.
struct BrokerageNullModel {
    let N: Double
    let n: [Double]
    let d: Double
    /// d²(1−d), the probability of an open two-path on a given ordered triple.
    let k: Double
    let d3q3: Double
    let d4q2: Double
    let d5q1: Double

    init(nodeCount: Int, arcCount: Int, groupSizes: [Int]) {
        N = Double(nodeCount)
        n = groupSizes.map(Double.init)
        d = Double(arcCount) / (Double(nodeCount) * Double(nodeCount - 1))
        k = d * d * (1 - d)
        d3q3 = pow(d, 3) * pow(1 - d, 3)
        d4q2 = pow(d, 4) * ((1 - d) * (1 - d))
        d5q1 = pow(d, 5) * (1 - d)
    }

    /// C(a, 2) as R's `choose(a, 2)` for integer a ≥ 0.
    private func choose2(_ a: Double) -> Double { a * (a - 1) / 2 }

    func expected(group i: Int) -> BrokerageRoles.ByRole<Double> {
        let ni = n[i]
        var itinerant = 0.0
        var others = 0.0
        var othersSquared = 0.0
        for (g, ng) in n.enumerated() where g != i {
            itinerant += ng * (ng - 1)
            others += ng
            othersSquared += ng * ng
        }
        let representative = k * (N - ni) * (ni - 1)
        return BrokerageRoles.ByRole(
            coordinator: k * (ni - 1) * (ni - 2),
            itinerant: k * itinerant,
            representative: representative,
            gatekeeper: representative,
            liaison: k * (others * others - othersSquared),
            total: k * (N - 1) * (N - 2))
    }

    func variance(group i: Int, expected e: BrokerageRoles.ByRole<Double>) -> BrokerageRoles.ByRole<Double> {
        let ni = n[i]
        let oneMinusK = 1 - k
        var itinerant = 0.0
        var liaison = 0.0
        for (g, ng) in n.enumerated() where g != i {
            itinerant += ng * (ng - 1) * (ng - 2)
            liaison += ng * choose2(N - ng - ni) * d3q3
        }
        let representative = e.representative * oneMinusK
            + 2 * ((ni - 1) * choose2(N - ni) + (N - ni) * choose2(ni - 1)) * d3q3
        return BrokerageRoles.ByRole(
            coordinator: e.coordinator * oneMinusK + 2 * (ni - 1) * (ni - 2) * (ni - 3) * d3q3,
            itinerant: e.itinerant * oneMinusK + 2 * itinerant * d3q3,
            representative: representative,
            gatekeeper: representative,
            liaison: e.liaison * oneMinusK + 4 * liaison,
            total: e.total * oneMinusK + 2 * (N - 1) * (N - 2) * (N - 3) * d3q3)
    }

    /// sna's `exp.gli`.
    func networkExpected() -> BrokerageRoles.ByRole<Double> {
        var coordinator = 0.0
        var crossing = 0.0
        for x in n {
            coordinator += x * (x - 1) * (x - 2)
            crossing += x * (N - x) * (x - 1)
        }
        var liaisonAll = 0.0
        var liaisonDiagonal = 0.0
        for x in n {
            for y in n { liaisonAll += x * y * (N - x - y) }
            liaisonDiagonal += x * x * (N - 2 * x)
        }
        return BrokerageRoles.ByRole(
            coordinator: k * coordinator,
            itinerant: k * crossing,
            representative: k * crossing,
            gatekeeper: k * crossing,
            liaison: k * (liaisonAll - liaisonDiagonal),
            total: k * N * (N - 1) * (N - 2))
    }

    /// The variances behind sna's `sd.gli`.
    func networkVariance(expected e: BrokerageRoles.ByRole<Double>) -> BrokerageRoles.ByRole<Double> {
        let oneMinusK = 1 - k
        var coordinator = 0.0
        var representative = 0.0
        var itinerantAll = 0.0
        var itinerantDiagonal = 0.0
        for x in n {
            coordinator += x * (x - 1) * (x - 2) * ((4 * x - 10) * d3q3 - 4 * (x - 3) * d4q2 + (x - 3) * d5q1)
            representative += x * (N - x) * (x - 1) * ((N - 3) * d3q3 + (x - 2) * d5q1)
            for y in n {
                itinerantAll += x * y * (x - 1) * ((2 * x + 2 * y - 6) * d3q3 + (N - x - 1) * d5q1)
            }
            itinerantDiagonal += x * x * (x - 1) * ((4 * x - 6) * d3q3 + (N - x - 1) * d5q1)
        }
        var liaison = e.liaison * oneMinusK
        for (a, ni) in n.enumerated() {
            for (b, nj) in n.enumerated() where b != a {
                for (c, nk) in n.enumerated() where c != b && c != a {
                    liaison += ni * nj * nk
                        * ((4 * (N - nj) - 2 * (ni + nk + 1)) * d3q3
                            - (4 * (N - nk) - 2 * (ni + nj + 1)) * d4q2
                            + (N - (ni + nk + 1)) * d5q1)
                }
            }
        }
        let crossing = e.representative * oneMinusK + representative
        return BrokerageRoles.ByRole(
            coordinator: e.coordinator * oneMinusK + coordinator,
            itinerant: e.itinerant * oneMinusK + (itinerantAll - itinerantDiagonal),
            representative: crossing,
            gatekeeper: crossing,
            liaison: liaison,
            total: e.total * oneMinusK
                + N * (N - 1) * (N - 2) * ((4 * N - 10) * d3q3 - 4 * (N - 3) * d4q2 + (N - 3) * d5q1))
    }
}
