/// Gould–Fernandez brokerage roles counted in time order, beside the static
/// counts of the same network (``TemporalNetwork/brokerage(groups:order:)``).
public struct TemporalBrokerage: Sendable {
    /// How sure each "before" had to be.
    public let order: TimeOrder
    /// The ordered pairs each node brokers in time order, by role (raw counts).
    public let raw: BrokerageRoles.ByRole<[Int]>
    /// The static roles of the same network (`sna::brokerage` counts, expected
    /// values and z-scores), for comparison.
    public let staticRoles: BrokerageRoles

    /// The share of a node's static total that time order keeps
    /// (`raw.total / staticRoles.raw.total`); `nil` when the static total is 0.
    /// It can exceed 1: a pair joined directly only after the broker passed
    /// something on (or, in certain order, joined by a contact without a date)
    /// counts in time but not statically.
    ///
    /// - Parameter node: the node.
    public func keptShare(of node: Int) -> Double? {
        let flat = staticRoles.raw.total[node]
        return flat > 0 ? Double(raw.total[node]) / Double(flat) : nil
    }
}

/// One ordered pair (a, b) that a broker x joins in time order, with the two
/// contacts that show it (``TemporalNetwork/brokeredPairs(by:groups:order:)``).
public struct BrokeredPair: Sendable, Hashable {
    /// The node the pair starts from (a).
    public let source: Int
    /// The node it reaches (b).
    public let target: Int
    /// The broker's role for this pair.
    public let role: BrokerageRole
    /// The earliest-ending (certain order) or earliest-beginning (possible order)
    /// contact of a with the broker.
    public let first: TemporalNetwork.Contact
    /// The first contact of the broker with b that can follow it and that no
    /// contact of a with b precedes.
    public let second: TemporalNetwork.Contact
}

extension TemporalNetwork {
    /// Gould & Fernandez's (1989) brokerage roles with time order (after Spiro,
    /// Acton & Butts 2013, "Extended structures of mediation: Re-examining
    /// brokerage in dynamic networks").
    ///
    /// **Definition.** x brokers the ordered pair (a, b), with a, x, b distinct,
    /// when some interaction e₁ on the arc a → x comes before some interaction e₂
    /// on the arc x → b (``TimeOrder``), and no interaction e₃ on the arc a → b
    /// comes before e₂ or is e₂ itself (a meeting of a, x and b together
    /// brokers nothing). A tie a → b without days (an undated interaction, or an
    /// affiliation with `includeAffiliations`) may have existed at any time: it
    /// possibly came before e₂, so it blocks in possible order; it does not
    /// certainly come before e₂, so it does not block in certain order. Each
    /// ordered pair counts once per broker, in the role
    /// that the groups of a, x and b give, as in `sna::brokerage` (i = a, j = x,
    /// k = b): coordinator (all three in one group), representative (a and x),
    /// gatekeeper (x and b), itinerant (a and b, x apart), liaison (all
    /// different). Undirected ties are arcs both ways, so (a, b) and (b, a) are
    /// judged separately (as sna counts both directions of an undirected
    /// two-path); for directed options the arcs follow the initiators as in the
    /// static projection.
    ///
    /// The static counts (``TemporalBrokerage/staticRoles``) ask only that the
    /// arcs a → x and x → b exist and a → b does not, whenever they happened. The
    /// temporal count drops a pair when x met b before ever meeting a, and keeps
    /// one that a and b closed directly only later.
    ///
    /// **Method.** For each broker and in-arc a → x only the best e₁ matters (the
    /// earliest last day in certain order, the earliest first day in possible
    /// order), so each candidate pair is settled by one binary search among the
    /// contacts of x → b.
    ///
    /// - Parameters:
    ///   - groups: a group label per node (equal labels mean one group).
    ///   - order: how sure each "before" must be.
    /// - Precondition: `groups.count == nodeCount`.
    /// - Complexity: O(Σ_x d_in(x) · d_out(x) · log c) for c contacts per arc,
    ///   plus the static count.
    public func brokerage(groups: [Int], order: TimeOrder = .certain) -> TemporalBrokerage {
        brokerage(groups: groups, order: order, staticRoles: nil)
    }

    /// ``brokerage(groups:order:)`` taking the static roles of the same groups
    /// when the caller has them already (`nil`: counted here).
    func brokerage(groups: [Int], order: TimeOrder, staticRoles: BrokerageRoles?) -> TemporalBrokerage {
        precondition(groups.count == nodeCount, "brokerage: \(groups.count) group labels for \(nodeCount) nodes")
        let n = nodeCount
        var counts = [[Int]](repeating: [Int](repeating: 0, count: n), count: BrokerageRole.allCases.count)
        for x in 0..<n {
            forEachBrokeredPair(by: x, order: order, witnesses: false) { a, b, _, _ in
                counts[Self.role(groups[a], groups[x], groups[b]).index][x] += 1
            }
        }
        var total = [Int](repeating: 0, count: n)
        for v in 0..<n { total[v] = counts.reduce(0) { $0 + $1[v] } }
        let raw = BrokerageRoles.ByRole(
            coordinator: counts[BrokerageRole.coordinator.index], itinerant: counts[BrokerageRole.itinerant.index],
            representative: counts[BrokerageRole.representative.index],
            gatekeeper: counts[BrokerageRole.gatekeeper.index], liaison: counts[BrokerageRole.liaison.index],
            total: total)
        return TemporalBrokerage(
            order: order, raw: raw, staticRoles: staticRoles ?? network.graph.brokerage(groups: groups))
    }

    /// ``brokerage(groups:order:)`` with groups given as text labels (for example
    /// countries); a node without a label fails, as for the static roles.
    ///
    /// - Parameters:
    ///   - labels: a group label per node.
    ///   - order: how sure each "before" must be.
    /// - Throws: ``MissingGroupLabelError`` for the first node whose label is `nil`.
    public func brokerage(labels: [String?], order: TimeOrder = .certain) throws(MissingGroupLabelError)
        -> TemporalBrokerage
    {
        try brokerage(labels: labels, order: order, staticRoles: nil)
    }

    /// ``brokerage(labels:order:)`` reusing static roles already counted with
    /// the same labels (as ``CompactGraph/brokerage(labels:)`` numbers them).
    func brokerage(labels: [String?], order: TimeOrder, staticRoles: BrokerageRoles?) throws(MissingGroupLabelError)
        -> TemporalBrokerage
    {
        brokerage(groups: try Self.groupNumbers(labels, ids: network.graph.ids), order: order, staticRoles: staticRoles)
    }

    /// The ordered pairs `broker` joins in time order, with the contacts that show
    /// each, sorted by the second contact's days, then by source and target.
    ///
    /// - Parameters:
    ///   - broker: the broker node.
    ///   - groups: a group label per node, for the roles.
    ///   - order: how sure each "before" must be.
    /// - Complexity: O(d_in · d_out · (log c + c)) for the broker's degrees.
    public func brokeredPairs(by broker: Int, groups: [Int], order: TimeOrder = .certain) -> [BrokeredPair] {
        precondition(groups.count == nodeCount, "brokeredPairs: \(groups.count) group labels for \(nodeCount) nodes")
        var pairs: [BrokeredPair] = []
        forEachBrokeredPair(by: broker, order: order, witnesses: true) { a, b, first, second in
            guard let first, let second else { return }
            pairs.append(
                BrokeredPair(
                    source: a, target: b, role: Self.role(groups[a], groups[broker], groups[b]), first: first,
                    second: second))
        }
        pairs.sort {
            ($0.second.interval.first, $0.second.interval.last, $0.source, $0.target)
                < ($1.second.interval.first, $1.second.interval.last, $1.source, $1.target)
        }
        return pairs
    }

    // MARK: - Internals

    /// Calls `body(a, b, e₁, e₂)` once for each ordered pair that `x` brokers;
    /// the contacts are given only when `witnesses` is set.
    private func forEachBrokeredPair(
        by x: Int, order: TimeOrder, witnesses: Bool, _ body: (Int, Int, Contact?, Contact?) -> Void
    ) {
        guard x >= 0, x < nodeCount else { return }
        for inPosition in inOffsets[x]..<inOffsets[x + 1] {
            let arcAX = inArcs[inPosition]
            let a = Int(arcSources[arcAX])
            let beginAX = contactOffsets[arcAX]
            // The best first contact: the earliest end (certain) or beginning (possible).
            let bound = order == .certain ? suffixMinLast[beginAX] : byFirst[beginAX].interval.first
            for arcXB in arcOffsets[x]..<arcOffsets[x + 1] {
                let b = Int(arcTargets[arcXB])
                guard b != a else { continue }
                // A tie a → b without days (undated, or an affiliation) possibly came first.
                if order == .possible, !undatedArcs.isEmpty,
                    undatedArcs.contains(UndatedArc(source: Int32(a), target: Int32(b)))
                {
                    continue
                }
                let arcAB = arc(from: a, to: b)
                let begin = contactOffsets[arcXB]
                let end = contactOffsets[arcXB + 1]
                var found: Int?
                switch order {
                case .certain:
                    // e₂ must begin after `bound` and not after the first end of an a → b contact.
                    let limit = arcAB.map { suffixMinLast[contactOffsets[$0]] } ?? .max
                    var low = begin
                    var high = end
                    while low < high {
                        let mid = (low + high) / 2
                        if byFirst[mid].interval.first <= bound { low = mid + 1 } else { high = mid }
                    }
                    var position = low
                    while position < end, byFirst[position].interval.first <= limit {
                        if let arcAB, arc(arcAB, carries: byFirst[position].interaction) {
                            position += 1
                            continue
                        }
                        found = position
                        break
                    }
                case .possible:
                    // e₂ must end on or after `bound` and before an a → b contact begins.
                    let limit = arcAB.map { byFirst[contactOffsets[$0]].interval.first } ?? .max
                    var low = begin
                    var high = end
                    while low < high {
                        let mid = (low + high) / 2
                        if lastAscending[mid] < bound { low = mid + 1 } else { high = mid }
                    }
                    if low < end, lastAscending[low] < limit {
                        // The witness: a contact with that last day (the earliest-beginning one).
                        found = witnesses
                            ? byFirst[begin..<end].firstIndex { $0.interval.last == lastAscending[low] } : low
                    }
                }
                guard let found else { continue }
                if witnesses {
                    let firstContacts = byFirst[beginAX..<contactOffsets[arcAX + 1]]
                    let first =
                        order == .certain
                        ? firstContacts.first { $0.interval.last == bound } : firstContacts.first
                    body(a, b, first, byFirst[found])
                } else {
                    body(a, b, nil, nil)
                }
            }
        }
    }

    /// The role of broker j for the pair (i, k) by their groups, as `sna::brokerage`.
    static func role(_ gi: Int, _ gj: Int, _ gk: Int) -> BrokerageRole {
        if gi == gj { return gj == gk ? .coordinator : .representative }
        if gj == gk { return .gatekeeper }
        return gi == gk ? .itinerant : .liaison
    }

    /// Group numbers for text labels, failing on the first missing one.
    static func groupNumbers(_ labels: [String?], ids: [String]) throws(MissingGroupLabelError) -> [Int] {
        if let missing = labels.firstIndex(where: { $0 == nil }) {
            throw MissingGroupLabelError(node: missing, nodeID: ids[missing])
        }
        return groupNumbers(labels.map { $0 ?? "" })
    }

    /// Group numbers for text labels, in order of first appearance.
    static func groupNumbers(_ labels: [String]) -> [Int] {
        var indexOfLabel: [String: Int] = [:]
        var groups = [Int](repeating: 0, count: labels.count)
        for v in labels.indices {
            let label = labels[v]
            if let index = indexOfLabel[label] {
                groups[v] = index
            } else {
                groups[v] = indexOfLabel.count
                indexOfLabel[label] = groups[v]
            }
        }
        return groups
    }
}

extension BrokerageRole {
    /// The role's position among the five raw roles (total excluded).
    var index: Int {
        switch self {
        case .coordinator: 0
        case .itinerant: 1
        case .representative: 2
        case .gatekeeper: 3
        case .liaison: 4
        case .total: 5
        }
    }
}
