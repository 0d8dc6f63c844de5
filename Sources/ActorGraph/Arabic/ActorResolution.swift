/// How a piece of text matched an actor's alias, which fixes the match's confidence.
///
/// The confidence scale (see `Guides/Arabic.md`):
///
/// | Kind | Confidence | Meaning |
/// |---|---|---|
/// | ``exact`` | 1.0 | every word equals the alias's word after ``ArabicNormalizer`` |
/// | ``prefixed`` | 0.9 | the same, once an attached prefix (و, ب, ال…) is taken off the first word |
/// | ``variant`` | 0.75 | some word matches only as a transliteration variant (``TransliterationVariants``) |
/// | ``prefixedVariant`` | 0.675 | both: a prefix was taken off and some word is a variant |
public enum MatchKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Every word equals the alias's word after normalization (confidence 1.0).
    case exact
    /// An exact match once an attached prefix is taken off the first word (0.9).
    case prefixed
    /// Some word matches only as a transliteration variant (0.75).
    case variant
    /// A prefix was taken off and some word is a variant (0.675).
    case prefixedVariant

    /// The confidence in 0...1 that the text names the actor.
    ///
    /// - Complexity: O(1).
    public var confidence: Double {
        switch self {
        case .exact: 1.0
        case .prefixed: 0.9
        case .variant: 0.75
        case .prefixedVariant: 0.675
        }
    }

    /// Orders kinds from the most to the least confident.
    public static func < (lhs: MatchKind, rhs: MatchKind) -> Bool {
        lhs.confidence > rhs.confidence
    }

    /// The kind for a match with or without a stripped prefix and variant words.
    static func of(prefixed: Bool, variant: Bool) -> MatchKind {
        switch (prefixed, variant) {
        case (false, false): .exact
        case (true, false): .prefixed
        case (false, true): .variant
        case (true, true): .prefixedVariant
        }
    }
}

/// One actor that a piece of text names.
public struct ActorMatch: Sendable, Hashable {
    /// The actor's id.
    public var actorID: String
    /// How the text matched.
    public var kind: MatchKind
    /// The alias that matched, as the dataset writes it.
    public var alias: String
    /// The attached prefix taken off the first word, normalised; empty when none.
    public var prefix: String

    /// Creates a match.
    ///
    /// - Parameters:
    ///   - actorID: the actor's id.
    ///   - kind: how the text matched.
    ///   - alias: the alias that matched.
    ///   - prefix: the normalised prefix taken off, or "".
    public init(actorID: String, kind: MatchKind, alias: String, prefix: String = "") {
        self.actorID = actorID
        self.kind = kind
        self.alias = alias
        self.prefix = prefix
    }

    /// The confidence in 0...1, from ``kind``.
    public var confidence: Double { kind.confidence }
}

/// What a piece of text resolves to.
///
/// Two different actors are never merged silently: when the best matches of two or
/// more actors are equally good, the result is ``ambiguous(_:)`` with all of them.
public enum ActorResolution: Sendable, Hashable {
    /// Exactly one actor matches best.
    case matched(ActorMatch)
    /// Several actors match equally well; their ids, sorted.
    case ambiguous([String])
    /// No alias matches.
    case unresolved

    /// The actor id of a ``matched(_:)`` result, otherwise `nil`.
    public var actorID: String? {
        if case .matched(let match) = self { return match.actorID }
        return nil
    }

    /// The ids of every actor the result could name: one, several or none.
    public var candidateIDs: [String] {
        switch self {
        case .matched(let match): [match.actorID]
        case .ambiguous(let ids): ids
        case .unresolved: []
        }
    }
}
