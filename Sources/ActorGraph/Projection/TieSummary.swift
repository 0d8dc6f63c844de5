/// What the interactions behind one tie add up to: their kinds, tracks and
/// statuses, the span of their dates, their ids and their number.
///
/// A summary is computed once, when a dataset is projected (see
/// ``Dataset/project(_:)``), and every output reads it from
/// ``ProjectedNetwork/Tie/summary``: the diagram's colours, line styles and edge
/// labels, and the tie attributes of GraphML, Gephi CSV and edge-list exports.
/// A network read from a graph file carries the summary its tie attributes give
/// (see ``ProjectedNetwork/init(graph:)``).
///
/// Dates follow one rule everywhere: ``firstDate`` is the reported date whose
/// period starts first and ``lastDate`` the reported date (an ``Interaction/endDate``
/// where given) whose period ends last, where a partial date's period runs from its
/// ``PartialDate/firstDay`` to its ``PartialDate/lastDay``. Two calls dated `2023`
/// and `2023-06-15` span 2023-01-01 … 2023-12-31: first and last date are both
/// `2023`. When two dates start (or end) on the same day the coarser one is kept,
/// since it is what the report said.
public struct TieSummary: Sendable, Hashable {
    /// An interaction kind and how many of the tie's interactions are of it.
    public struct KindCount: Sendable, Hashable {
        /// The kind.
        public var kind: InteractionKind
        /// The number of interactions of that kind on the tie.
        public var count: Int
    }

    /// A channel track and how many of the tie's interactions went through it.
    public struct TrackCount: Sendable, Hashable {
        /// The track.
        public var track: ChannelTrack
        /// The number of interactions on that track.
        public var count: Int
    }

    /// The kinds on the tie, most frequent first, equal counts in the kinds' order.
    public private(set) var kindCounts: [KindCount] = []
    /// The tracks on the tie, most frequent first, equal counts in track order
    /// (official first). Interactions with no track are not counted.
    public private(set) var trackCounts: [TrackCount] = []
    /// The distinct statuses of the tie's interactions, in declaration order.
    public private(set) var statuses: [InteractionStatus] = []
    /// The reported date whose period starts first; `nil` when no interaction is dated.
    public private(set) var firstDate: PartialDate?
    /// The reported date (end date where given) whose period ends last; `nil` when
    /// no interaction is dated.
    public private(set) var lastDate: PartialDate?
    /// The ids of the tie's interactions, in dataset order.
    public private(set) var interactionIDs: [String] = []
    /// The number of interactions on the tie. It can exceed
    /// ``interactionIDs``'s count only for a summary read from a file that gave a
    /// count without ids.
    public private(set) var count: Int = 0

    /// An empty summary: no interactions (an affiliation tie, or a tie read from a
    /// file without interaction attributes).
    public init() {}

    /// The summary of some interactions.
    ///
    /// - Parameter interactions: the interactions behind one tie, in dataset order.
    /// - Complexity: O(n log n) for n interactions.
    public init(_ interactions: some Sequence<Interaction>) {
        var accumulator = Accumulator()
        for interaction in interactions { accumulator.add(interaction) }
        self = accumulator.summary
    }

    /// A summary as a file gives it (the tie attributes ActorGraph writes; see
    /// ``AttributedGraph/NetworkKey``). A file lists which kinds and tracks a tie
    /// has, not how many interactions of each: each listed kind and track counts
    /// once.
    ///
    /// - Parameters:
    ///   - kinds: the kinds, in any order (repeats are ignored).
    ///   - tracks: the tracks, in any order.
    ///   - statuses: the statuses, in any order.
    ///   - firstDate: the first date.
    ///   - lastDate: the last date.
    ///   - interactionIDs: the interaction ids.
    ///   - count: the number of interactions; by default the number of ids.
    public init(
        kinds: [InteractionKind], tracks: [ChannelTrack], statuses: [InteractionStatus], firstDate: PartialDate?,
        lastDate: PartialDate?, interactionIDs: [String], count: Int? = nil
    ) {
        kindCounts = Array(Set(kinds)).sorted().map { KindCount(kind: $0, count: 1) }
        trackCounts = Array(Set(tracks)).sorted().map { TrackCount(track: $0, count: 1) }
        self.statuses = InteractionStatus.allCases.filter(Set(statuses).contains)
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.interactionIDs = interactionIDs
        self.count = count ?? interactionIDs.count
    }

    /// The distinct kinds on the tie, in the kinds' order (``InteractionKind/known``
    /// first, then custom kinds by name).
    public var kinds: [InteractionKind] { kindCounts.map(\.kind).sorted() }
    /// The distinct tracks on the tie, official first.
    public var tracks: [ChannelTrack] { trackCounts.map(\.track).sorted() }
    /// The most frequent kind (the earlier kind on equal counts), or `nil`.
    public var dominantKind: InteractionKind? { kindCounts.first?.kind }
    /// The most frequent track (the more official on equal counts), or `nil`.
    public var dominantTrack: ChannelTrack? { trackCounts.first?.track }
    /// The first day of ``firstDate``'s period.
    public var firstDay: PartialDate? { firstDate?.firstDay }
    /// The last day of ``lastDate``'s period.
    public var lastDay: PartialDate? { lastDate?.lastDay }

    /// The dates as one short text: `2023` when first and last date are the same,
    /// else `2021-11 – 2022-03`; `nil` when nothing is dated.
    public var dateRangeText: String? {
        guard let firstDate, let lastDate else { return nil }
        return firstDate == lastDate ? firstDate.description : firstDate.description + " – " + lastDate.description
    }

    /// The kinds with their counts, as an edge label shows them: `talks ×3, call`.
    public var kindCountText: String {
        kindCounts.map { $0.count > 1 ? "\($0.kind.rawValue) ×\($0.count)" : $0.kind.rawValue }
            .joined(separator: ", ")
    }

    /// Adds another summary of the same tie (as when a file repeats a tie): kind and
    /// track counts, statuses, ids and counts add up, dates widen by the rule above.
    ///
    /// - Parameter other: the summary to add.
    /// - Complexity: O(k log k) in the number of kinds and tracks, plus the ids.
    public mutating func merge(_ other: TieSummary) {
        var kinds: [InteractionKind: Int] = [:]
        for entry in kindCounts + other.kindCounts { kinds[entry.kind, default: 0] += entry.count }
        kindCounts = kinds.map { KindCount(kind: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.kind < $1.kind }
        var tracks: [ChannelTrack: Int] = [:]
        for entry in trackCounts + other.trackCounts { tracks[entry.track, default: 0] += entry.count }
        trackCounts = tracks.map { TrackCount(track: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.track < $1.track }
        statuses = InteractionStatus.allCases.filter(Set(statuses + other.statuses).contains)
        if let date = other.firstDate, firstDate.map({ date < $0 }) ?? true { firstDate = date }
        if let date = other.lastDate { lastDate = Self.later(lastDate, date) }
        interactionIDs += other.interactionIDs
        count += other.count
    }

    /// Of two end dates, the one whose period ends last; the coarser on the same day.
    static func later(_ current: PartialDate?, _ candidate: PartialDate) -> PartialDate {
        guard let current else { return candidate }
        let (a, b) = (candidate.lastDay, current.lastDay)
        return b < a || (a == b && candidate.precision < current.precision) ? candidate : current
    }

    /// Builds a summary one interaction at a time, as projection does.
    struct Accumulator {
        private var kinds: [InteractionKind: Int] = [:]
        private var tracks: [ChannelTrack: Int] = [:]
        private var statuses = Set<InteractionStatus>()
        private var first: PartialDate?
        private var last: PartialDate?
        private var ids: [String] = []

        mutating func add(_ interaction: Interaction) {
            kinds[interaction.kind, default: 0] += 1
            if let track = interaction.track { tracks[track, default: 0] += 1 }
            if let status = interaction.status { statuses.insert(status) }
            if let date = interaction.date {
                // PartialDate orders by first day, then coarser first: the minimum is the rule.
                if first.map({ date < $0 }) ?? true { first = date }
                last = TieSummary.later(last, interaction.endDate ?? date)
            }
            ids.append(interaction.id)
        }

        var summary: TieSummary {
            var result = TieSummary()
            result.kindCounts = kinds.map { KindCount(kind: $0.key, count: $0.value) }
                .sorted { $0.count != $1.count ? $0.count > $1.count : $0.kind < $1.kind }
            result.trackCounts = tracks.map { TrackCount(track: $0.key, count: $0.value) }
                .sorted { $0.count != $1.count ? $0.count > $1.count : $0.track < $1.track }
            result.statuses = InteractionStatus.allCases.filter(statuses.contains)
            result.firstDate = first
            result.lastDate = last
            result.interactionIDs = ids
            result.count = ids.count
            return result
        }
    }
}
