/// What kind of contact an interaction was.
///
/// The well-known kinds are named cases; any other word found in a dataset loads as
/// ``custom(_:)`` rather than failing, so that a dataset can use its own vocabulary.
public enum InteractionKind: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    /// A meeting.
    case meeting
    /// A call; its ``Interaction/initiator``, when given, is the caller.
    case call
    /// A visit.
    case visit
    /// Talks.
    case talks
    /// A summit.
    case summit
    /// A briefing; its ``Interaction/initiator``, when given, is the side that briefed.
    case briefing
    /// A message; its ``Interaction/initiator``, when given, is the sender.
    case message
    /// Any other kind, by the word the dataset uses for it.
    case custom(String)

    /// The kinds with a name of their own, in a fixed order.
    public static let known: [InteractionKind] = [
        .meeting, .call, .visit, .talks, .summit, .briefing, .message,
    ]

    /// Creates a kind from its dataset spelling; unknown words become ``custom(_:)``.
    ///
    /// - Parameter rawValue: the kind's spelling, for example `"meeting"`.
    public init(rawValue: String) {
        self = Self.known.first { $0.rawValue == rawValue } ?? .custom(rawValue)
    }

    /// The spelling used in datasets and on the command line.
    public var rawValue: String {
        switch self {
        case .meeting: "meeting"
        case .call: "call"
        case .visit: "visit"
        case .talks: "talks"
        case .summit: "summit"
        case .briefing: "briefing"
        case .message: "message"
        case .custom(let word): word
        }
    }

    public var description: String { rawValue }

    /// Whether this is a ``custom(_:)`` kind rather than a known one.
    public var isCustom: Bool {
        if case .custom = self { return true }
        return false
    }

    public static func < (lhs: InteractionKind, rhs: InteractionKind) -> Bool {
        let l = known.firstIndex(of: lhs) ?? known.count
        let r = known.firstIndex(of: rhs) ?? known.count
        return l != r ? l < r : lhs.rawValue < rhs.rawValue
    }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
