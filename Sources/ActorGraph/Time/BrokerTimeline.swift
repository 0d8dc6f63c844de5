/// Who became a broker when: for each actor, the first window in which it holds
/// each brokerage role in time order, the windows in which its total brokerage
/// stands out against sna's null model, and the pairs it brokers in time order
/// over the whole span (`actorgraph timeline --brokers`).
public struct BrokerTimeline: Sendable {
    /// One actor that brokers in some window or over the span.
    public struct Broker: Sendable {
        /// The actor's id.
        public let id: String
        /// Its display name.
        public let label: String
        /// Its group label (``NodeScores/ungroupedLabel`` when it has none).
        public let group: String
        /// For each role it ever holds in time order (``TemporalNetwork/brokerage(groups:order:)``),
        /// the index in ``BrokerTimeline/windows`` of the first window where it does.
        public let firstWindow: [BrokerageRole: Int]
        /// The windows (indices) where the z-score of its static total brokerage
        /// (sna's null model for that window's network) exceeds the threshold.
        public let windowsAboveThreshold: [Int]
        /// The ordered pairs it brokers in time order over the whole span, with
        /// their contacts; node indices refer to ``BrokerTimeline/span``.
        public let pairs: [BrokeredPair]
    }

    /// The windows, in the order given.
    public let windows: [TimeWindow]
    /// How sure each "before" had to be.
    public let order: TimeOrder
    /// The z-score a window's total must exceed.
    public let threshold: Double
    /// The network of the whole span (from the earliest window's first day to the
    /// latest one's last), whose pairs are listed.
    public let span: TemporalNetwork
    /// The brokers, by their first window in any role, then by name.
    public let brokers: [Broker]

    /// Computes the timeline.
    ///
    /// - Parameters:
    ///   - dataset: the dataset.
    ///   - windows: the windows (at least one for a non-empty result).
    ///   - options: the projection (filters, direction, window match); its own
    ///     dates are replaced by each window's.
    ///   - group: the node attribute that groups actors (default `country`);
    ///     actors without it share the group ``NodeScores/ungroupedLabel``.
    ///   - order: how sure each "before" must be.
    ///   - threshold: the z-score above which a window counts as standing out
    ///     (default 1.96, two-sided 5 %).
    /// - Complexity: W temporal brokerage counts plus one over the span.
    public init(
        dataset: Dataset, windows: [TimeWindow], options: ProjectionOptions, group: String = "country",
        order: TimeOrder = .certain, threshold: Double = 1.96
    ) {
        self.windows = windows
        self.order = order
        self.threshold = threshold
        func labels(_ network: ProjectedNetwork) -> [String] {
            (network.groups(by: group) ?? Array(repeating: nil, count: network.graph.nodeCount))
                .map { $0 ?? NodeScores.ungroupedLabel }
        }
        var firstWindow: [String: [BrokerageRole: Int]] = [:]
        var above: [String: [Int]] = [:]
        for (index, window) in windows.enumerated() {
            let network = dataset.project(options.restricted(to: window))
            let temporal = TemporalNetwork(network: network, interactions: dataset.interactions)
            let groups = labels(network)
            let roles = temporal.brokerage(groups: TemporalNetwork.groupNumbers(groups), order: order)
            for node in 0..<network.graph.nodeCount {
                let id = network.graph.ids[node]
                for role in BrokerageRole.allCases where roles.raw[role][node] > 0 && firstWindow[id]?[role] == nil {
                    firstWindow[id, default: [:]][role] = index
                }
                if let z = roles.staticRoles.z[.total][node], z > threshold { above[id, default: []].append(index) }
            }
        }
        var spanOptions = options
        if let first = windows.map({ $0.interval.first }).min(), let last = windows.map({ $0.interval.last }).max() {
            let whole = TimeWindow(days: DayInterval(unchecked: first, last: last))
            spanOptions = options.restricted(to: whole)
        }
        span = TemporalNetwork(dataset: dataset, options: spanOptions)
        let spanNetwork = span.network
        let spanGroups = labels(spanNetwork)
        let groupNumbers = TemporalNetwork.groupNumbers(spanGroups)
        var nodeOfID: [String: Int] = [:]
        for (node, id) in spanNetwork.graph.ids.enumerated() { nodeOfID[id] = node }
        var ids = Set(firstWindow.keys).union(above.keys)
        var pairsOf: [String: [BrokeredPair]] = [:]
        for node in 0..<spanNetwork.graph.nodeCount {
            let pairs = span.brokeredPairs(by: node, groups: groupNumbers, order: order)
            if !pairs.isEmpty {
                pairsOf[spanNetwork.graph.ids[node]] = pairs
                ids.insert(spanNetwork.graph.ids[node])
            }
        }
        let actorByID = Dictionary(dataset.actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var brokers: [Broker] = ids.map { id in
            let node = nodeOfID[id]
            let label = node.map { spanNetwork.nodes[$0].label } ?? actorByID[id]?.name ?? id
            let groupLabel = node.map { spanGroups[$0] }
                ?? actorByID[id].flatMap { group == "country" ? $0.country?.rawValue : nil } ?? NodeScores.ungroupedLabel
            return Broker(
                id: id, label: label, group: groupLabel, firstWindow: firstWindow[id] ?? [:],
                windowsAboveThreshold: above[id] ?? [], pairs: pairsOf[id] ?? [])
        }
        brokers.sort { a, b in
            let x = a.firstWindow.values.min() ?? Int.max
            let y = b.firstWindow.values.min() ?? Int.max
            return x != y ? x < y : (a.label, a.id) < (b.label, b.id)
        }
        self.brokers = brokers
    }
}
