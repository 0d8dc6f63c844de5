/// A projected network whose ties keep the dated interactions behind them: the
/// input of time-respecting scores (``brokerage(groups:order:)``,
/// ``betweenness(order:normalized:)``, ``earliestArrival(from:order:)``,
/// ``reachability(order:)``).
///
/// Nodes and ties are those of the static ``ProjectedNetwork`` made with the
/// same ``ProjectionOptions`` (same node indices, same directions: for
/// directed options an interaction gives arcs from its initiator to each other
/// participant and both ways between the others, exactly as the static
/// projection does). Each **arc** `u → v` carries one **contact** per dated
/// interaction behind the tie, with that interaction's ``Interaction/interval``;
/// an undirected tie is two arcs carrying the same contacts. Undated
/// interactions, and ties from affiliations, have no days and are on no
/// time-respecting path (they still count in the static network).
public struct TemporalNetwork: Sendable {
    /// One dated interaction on an arc.
    public struct Contact: Sendable, Hashable {
        /// The interaction's index in the dataset's ``Dataset/interactions``.
        public let interaction: Int
        /// The days it covers.
        public let interval: DayInterval
    }

    /// The static projection: nodes, actors and ties.
    public let network: ProjectedNetwork
    /// The id of every interaction of the dataset, by index (``Contact/interaction``
    /// indexes it).
    public let interactionIDs: [String]
    /// The static arcs `(source, target)` that carry something without days: an
    /// undated interaction or an affiliation. Such a tie may have existed at any
    /// time, so it possibly came before any contact (see
    /// ``brokerage(groups:order:)``).
    let undatedArcs: Set<UndatedArc>

    struct UndatedArc: Hashable, Sendable {
        var source: Int32
        var target: Int32
    }

    /// The number of nodes (as in ``network``).
    public var nodeCount: Int { network.graph.nodeCount }
    /// Whether arcs follow initiators (the projection's ``ProjectionOptions/directed``).
    public var isDirected: Bool { network.graph.isDirected }
    /// The number of arcs with at least one contact (an undirected tie counts twice).
    public var arcCount: Int { arcTargets.count }
    /// The number of contacts over all arcs.
    public var contactCount: Int { byFirst.count }

    // Out-arcs of node v: arcTargets[arcOffsets[v]..<arcOffsets[v + 1]], targets ascending.
    let arcOffsets: [Int]
    let arcTargets: [Int32]
    // Contacts of arc a: positions contactOffsets[a]..<contactOffsets[a + 1] in each of the arrays below.
    let contactOffsets: [Int]
    /// Contacts sorted by (first, last, interaction) within each arc.
    let byFirst: [Contact]
    /// `suffixMinLast[i]`: the least `last` among `byFirst[i..<arc end]`.
    let suffixMinLast: [Int]
    /// The arc's `last` days ascending.
    let lastAscending: [Int]
    /// `suffixMinFirst[i]`: the least `first` among the contacts whose `last` is `lastAscending[i...]`.
    let suffixMinFirst: [Int]
    /// The arc's interaction indices ascending (for membership tests).
    let interactionsAscending: [Int]
    // In-arcs of node v: the arcs inArcs[inOffsets[v]..<inOffsets[v + 1]], sources ascending.
    let inOffsets: [Int]
    let inArcs: [Int]
    /// Each node's out-arcs (positions `arcOffsets[v]..<arcOffsets[v + 1]`), ordered by
    /// the last first day among their contacts, latest first: in certain order a
    /// path whose key is `k` can continue only along arcs with a contact beginning
    /// after `k`, so a search stops at the first arc that has none.
    let arcsByLatestFirst: [Int32]
    /// The same, ordered by the latest last day, latest first: in possible order a
    /// path can continue only along arcs with a contact ending on or after its key.
    let arcsByLatestLast: [Int32]
    let arcSources: [Int32]

    /// Projects `dataset` with `options` and keeps each tie's dated interactions.
    ///
    /// - Parameters:
    ///   - dataset: the dataset.
    ///   - options: the projection, window and filters included.
    /// - Complexity: the projection's, plus O(C log C) for C contacts.
    public init(dataset: Dataset, options: ProjectionOptions = ProjectionOptions()) {
        self.init(network: dataset.project(options), interactions: dataset.interactions)
    }

    /// Keeps the dated interactions behind the ties of a network projected from a
    /// dataset.
    ///
    /// - Parameters:
    ///   - network: a network projected from a dataset.
    ///   - interactions: that dataset's interactions (the ties' indices point into it).
    /// - Complexity: O(V + C log C) for C contacts.
    public init(network: ProjectedNetwork, interactions: [Interaction]) {
        self.network = network
        interactionIDs = interactions.map(\.id)
        struct Arc {
            var source: Int32
            var target: Int32
            var contacts: [Contact]
        }
        var arcs: [Arc] = []
        var undated = Set<UndatedArc>()
        for tie in network.ties {
            var contacts: [Contact] = []
            var hasUndated = tie.isAffiliation || tie.interactions.isEmpty
            for index in tie.interactions where interactions.indices.contains(index) {
                if let interval = interactions[index].interval {
                    contacts.append(Contact(interaction: index, interval: interval))
                } else {
                    hasUndated = true
                }
            }
            if hasUndated {
                undated.insert(UndatedArc(source: Int32(tie.source), target: Int32(tie.target)))
                if !network.graph.isDirected { undated.insert(UndatedArc(source: Int32(tie.target), target: Int32(tie.source))) }
            }
            guard !contacts.isEmpty else { continue }
            contacts.sort { ($0.interval.first, $0.interval.last, $0.interaction) < ($1.interval.first, $1.interval.last, $1.interaction) }
            arcs.append(Arc(source: Int32(tie.source), target: Int32(tie.target), contacts: contacts))
            if !network.graph.isDirected {
                arcs.append(Arc(source: Int32(tie.target), target: Int32(tie.source), contacts: contacts))
            }
        }
        arcs.sort { ($0.source, $0.target) < ($1.source, $1.target) }
        let n = network.graph.nodeCount
        var arcOffsets = [Int](repeating: 0, count: n + 1)
        var arcTargets: [Int32] = []
        var arcSources: [Int32] = []
        var contactOffsets = [0]
        var byFirst: [Contact] = []
        var suffixMinLast: [Int] = []
        var lastAscending: [Int] = []
        var suffixMinFirst: [Int] = []
        var interactionsAscending: [Int] = []
        arcTargets.reserveCapacity(arcs.count)
        for arc in arcs {
            arcOffsets[Int(arc.source) + 1] += 1
            arcTargets.append(arc.target)
            arcSources.append(arc.source)
            let base = byFirst.count
            byFirst.append(contentsOf: arc.contacts)
            var minimum = Int.max
            var suffix = [Int](repeating: 0, count: arc.contacts.count)
            for i in arc.contacts.indices.reversed() {
                minimum = min(minimum, arc.contacts[i].interval.last)
                suffix[i] = minimum
            }
            suffixMinLast.append(contentsOf: suffix)
            let byLast = arc.contacts.sorted { ($0.interval.last, $0.interval.first) < ($1.interval.last, $1.interval.first) }
            lastAscending.append(contentsOf: byLast.map(\.interval.last))
            minimum = Int.max
            for i in byLast.indices.reversed() {
                minimum = min(minimum, byLast[i].interval.first)
                suffix[i] = minimum
            }
            suffixMinFirst.append(contentsOf: suffix)
            interactionsAscending.append(contentsOf: arc.contacts.map(\.interaction).sorted())
            contactOffsets.append(base + arc.contacts.count)
        }
        for v in 0..<n { arcOffsets[v + 1] += arcOffsets[v] }
        var inOffsets = [Int](repeating: 0, count: n + 1)
        for arc in arcs { inOffsets[Int(arc.target) + 1] += 1 }
        for v in 0..<n { inOffsets[v + 1] += inOffsets[v] }
        var inArcs = [Int](repeating: 0, count: arcs.count)
        var fill = inOffsets
        for (index, arc) in arcs.enumerated() {
            inArcs[fill[Int(arc.target)]] = index
            fill[Int(arc.target)] += 1
        }
        self.undatedArcs = undated
        self.arcOffsets = arcOffsets
        self.arcTargets = arcTargets
        self.arcSources = arcSources
        self.contactOffsets = contactOffsets
        self.byFirst = byFirst
        self.suffixMinLast = suffixMinLast
        self.lastAscending = lastAscending
        self.suffixMinFirst = suffixMinFirst
        self.interactionsAscending = interactionsAscending
        self.inOffsets = inOffsets
        self.inArcs = inArcs
        var byLatestFirst = [Int32](repeating: 0, count: arcs.count)
        var byLatestLast = [Int32](repeating: 0, count: arcs.count)
        for v in 0..<n {
            let range = arcOffsets[v]..<arcOffsets[v + 1]
            let latestFirst = range.sorted { a, b in
                let x = byFirst[contactOffsets[a + 1] - 1].interval.first
                let y = byFirst[contactOffsets[b + 1] - 1].interval.first
                return x != y ? x > y : a < b
            }
            let latestLast = range.sorted { a, b in
                let x = lastAscending[contactOffsets[a + 1] - 1]
                let y = lastAscending[contactOffsets[b + 1] - 1]
                return x != y ? x > y : a < b
            }
            for (offset, arc) in latestFirst.enumerated() { byLatestFirst[range.lowerBound + offset] = Int32(arc) }
            for (offset, arc) in latestLast.enumerated() { byLatestLast[range.lowerBound + offset] = Int32(arc) }
        }
        arcsByLatestFirst = byLatestFirst
        arcsByLatestLast = byLatestLast
    }

    /// The contacts on the arc `source → target`, ordered by first day, then last
    /// day, then interaction; empty when there is no such arc.
    ///
    /// - Parameters:
    ///   - source: the tail node.
    ///   - target: the head node.
    /// - Complexity: O(log d + c) for out-degree d and c contacts.
    public func contacts(from source: Int, to target: Int) -> ArraySlice<Contact> {
        guard let arc = arc(from: source, to: target) else { return [] }
        return byFirst[contactOffsets[arc]..<contactOffsets[arc + 1]]
    }

    /// The id of the interaction at `index` in the dataset, or `#index` when out of range.
    ///
    /// - Parameter index: a ``Contact/interaction``.
    public func interactionID(_ index: Int) -> String {
        interactionIDs.indices.contains(index) ? interactionIDs[index] : "#\(index)"
    }

    // MARK: - Internals shared by the scores

    /// The arc `source → target`, if any (binary search in the sorted out-arcs).
    func arc(from source: Int, to target: Int) -> Int? {
        guard source >= 0, source < nodeCount else { return nil }
        var low = arcOffsets[source]
        var high = arcOffsets[source + 1]
        let wanted = Int32(target)
        while low < high {
            let mid = (low + high) / 2
            if arcTargets[mid] < wanted { low = mid + 1 } else { high = mid }
        }
        return low < arcOffsets[source + 1] && arcTargets[low] == wanted ? low : nil
    }

    /// The key of a path extended along `arc` from a path whose key is `key`, or
    /// `nil` when no contact of the arc can follow it.
    ///
    /// A path's key sums up everything its continuation depends on. In certain
    /// order it is the last day of the path's final interaction (the next must
    /// begin after it); the best contact to take is the one that ends first among
    /// those beginning after `key`. In possible order it is the earliest instant
    /// the final interaction can have happened on one time line (the greatest
    /// first day along the path); a contact can follow when it ends on or after
    /// `key`, and the best is the one beginning first. A smaller key can follow
    /// everything a larger one can, so the greedy choice is optimal, and keys
    /// never decrease along a path. The empty path's key is `Int.min`.
    ///
    /// - Complexity: O(log c) for c contacts on the arc.
    @inline(__always)
    func extend(_ key: Int, along arc: Int, order: TimeOrder) -> Int? {
        let begin = contactOffsets[arc]
        let end = contactOffsets[arc + 1]
        switch order {
        case .certain:
            // The first contact with first > key.
            var low = begin
            var high = end
            while low < high {
                let mid = (low + high) / 2
                if byFirst[mid].interval.first <= key { low = mid + 1 } else { high = mid }
            }
            return low < end ? suffixMinLast[low] : nil
        case .possible:
            // The first contact with last >= key.
            var low = begin
            var high = end
            while low < high {
                let mid = (low + high) / 2
                if lastAscending[mid] < key { low = mid + 1 } else { high = mid }
            }
            return low < end ? max(key, suffixMinFirst[low]) : nil
        }
    }

    /// A lower bound of every key `extend(key, along: arc, order:)` can give:
    /// the arc's least last day (certain order) or `max(key, least first day)`
    /// (possible order). A target whose best key is already at or below it
    /// cannot gain, so the search skips the arc without a binary search.
    @inline(__always)
    func leastKey(after key: Int, along arc: Int, order: TimeOrder) -> Int {
        let begin = contactOffsets[arc]
        switch order {
        case .certain: return suffixMinLast[begin]
        case .possible: return max(key, byFirst[begin].interval.first)
        }
    }

    /// Whether a path whose key is `key` can continue along `arc` at all: in
    /// certain order some contact begins after `key`, in possible order some
    /// contact ends on or after it. Arcs visited in ``arcsByLatestFirst`` /
    /// ``arcsByLatestLast`` order fail this only after all that pass it.
    @inline(__always)
    func canContinue(_ key: Int, along arc: Int, order: TimeOrder) -> Bool {
        let end = contactOffsets[arc + 1] - 1
        switch order {
        case .certain: return byFirst[end].interval.first > key
        case .possible: return lastAscending[end] >= key
        }
    }

    /// The out-arc at `position` (in `arcOffsets[v]..<arcOffsets[v + 1]`) in the
    /// order in which a search for `order` visits them.
    @inline(__always)
    func searchArc(at position: Int, order: TimeOrder) -> Int {
        Int(order == .certain ? arcsByLatestFirst[position] : arcsByLatestLast[position])
    }

    /// Whether `interaction` is one of the arc's contacts.
    func arc(_ arc: Int, carries interaction: Int) -> Bool {
        var low = contactOffsets[arc]
        let end = contactOffsets[arc + 1]
        var high = end
        while low < high {
            let mid = (low + high) / 2
            if interactionsAscending[mid] < interaction { low = mid + 1 } else { high = mid }
        }
        return low < end && interactionsAscending[low] == interaction
    }
}
