/// One reported contact between two or more actors: a meeting, a call, a visit,
/// talks, a summit, a briefing or a message.
///
/// A multi-party meeting is one interaction with all its participants; the
/// projection (``ProjectionOptions``) turns it into actor-to-actor ties.
public struct Interaction: Sendable, Hashable, Identifiable, Codable {
    /// A stable identifier, unique within a dataset.
    public var id: String
    /// What kind of contact it was.
    public var kind: InteractionKind
    /// The actor ids taking part; at least two, each once.
    public var participants: [String]
    /// The side that asked for the contact, called, briefed or sent the message; one
    /// of ``participants``. It gives a tie its direction.
    public var initiator: String?
    /// When it happened (or is planned), to the precision reported.
    public var date: PartialDate?
    /// The last day of a contact that spanned several days, if reported.
    public var endDate: PartialDate?
    /// Where it took place, in English.
    public var place: String?
    /// The diplomatic track it went through, if known.
    public var track: ChannelTrack?
    /// How openly it took place, if known.
    public var disclosure: Disclosure?
    /// How well established it is, if known.
    public var status: InteractionStatus?
    /// Short English tags for what was discussed.
    public var topics: [String]
    /// The documents and paragraphs that report it.
    public var sources: [SourceReference]
    /// Free-text remarks by the dataset's author.
    public var notes: String?

    /// Creates an interaction; only the id, kind and participants are required.
    /// Each parameter sets the property of the same name.
    public init(
        id: String, kind: InteractionKind, participants: [String], initiator: String? = nil,
        date: PartialDate? = nil, endDate: PartialDate? = nil, place: String? = nil,
        track: ChannelTrack? = nil, disclosure: Disclosure? = nil, status: InteractionStatus? = nil,
        topics: [String] = [], sources: [SourceReference] = [], notes: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.participants = participants
        self.initiator = initiator
        self.date = date
        self.endDate = endDate
        self.place = place
        self.track = track
        self.disclosure = disclosure
        self.status = status
        self.topics = topics
        self.sources = sources
        self.notes = notes
    }

    /// Whether the span from ``date`` to ``endDate`` overlaps the window (the
    /// interaction lies **possibly** in it); an undated interaction is outside
    /// every bounded window. The same as ``lies(from:to:match:)`` with
    /// ``WindowMatch/possibly``.
    ///
    /// - Parameters:
    ///   - start: the window's first date, or `nil` for no lower bound.
    ///   - end: the window's last date, or `nil` for no upper bound.
    public func falls(from start: PartialDate?, to end: PartialDate?) -> Bool {
        lies(from: start, to: end, match: .possibly)
    }

    /// Whether the interaction lies in the window from the first day of `start`
    /// to the last day of `end`: **possibly** when its ``interval`` overlaps the
    /// window, **certainly** when the interval is inside it. An undated
    /// interaction is in no bounded window; with neither bound every interaction
    /// is in.
    ///
    /// - Parameters:
    ///   - start: the window's first date, or `nil` for no lower bound.
    ///   - end: the window's last date, or `nil` for no upper bound.
    ///   - match: whether overlapping the window is enough.
    /// - Complexity: O(1).
    public func lies(from start: PartialDate?, to end: PartialDate?, match: WindowMatch) -> Bool {
        guard start != nil || end != nil else { return true }
        guard let interval else { return false }
        let lower = start?.firstDay.dayNumber ?? Int.min
        let upper = end?.lastDay.dayNumber ?? Int.max
        switch match {
        case .possibly: return interval.last >= lower && interval.first <= upper
        case .certainly: return interval.first >= lower && interval.last <= upper
        }
    }
}

/// How an interaction's days must meet a time window for the interaction to count
/// in it (see ``DayInterval``).
public enum WindowMatch: String, Sendable, Hashable, CaseIterable, Codable {
    /// The interaction's interval overlaps the window: it may have happened inside
    /// (a contact reported as "2023" counts in a window of April 2023). The default.
    case possibly
    /// The interaction's interval lies inside the window: it happened inside
    /// whichever day it was (a contact reported as "2023" counts in 2023 and in
    /// 2022–2024, not in April 2023).
    case certainly
}
