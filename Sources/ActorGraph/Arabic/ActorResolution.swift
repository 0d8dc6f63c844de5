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

/// Which part of an actor's name a piece of text gives: a whole alias, or the
/// surname or given name of a person's alias alone (see ``PersonNameParts``).
///
/// A part lowers the confidence of the spelling's ``MatchKind`` by its
/// ``factor``: a surname alone is less certain than a full name.
///
/// | Part | Factor | Meaning |
/// |---|---|---|
/// | ``alias`` | 1.0 | the text is a whole alias |
/// | ``surname`` | 0.8 | a surname carried by exactly one actor of the dataset |
/// | ``surnameAfterFull`` | 0.8 | a surname several actors share, given to the one named in full nearest before it in the document |
/// | ``givenNameAfterFull`` | 0.7 | a given name carried by one actor only, named in full earlier in the document |
/// | ``givenName`` | 0.7 | a given name that nothing settles: always part of an ambiguous mention |
public enum NamePart: String, Sendable, Hashable, Codable, CaseIterable {
    /// The text is a whole alias of the actor.
    case alias
    /// The surname alone, carried by exactly one actor.
    case surname
    /// A shared surname, decided by the nearest earlier full mention in the document.
    case surnameAfterFull = "surname-after-full"
    /// A unique given name after a full mention of the same person in the document.
    case givenNameAfterFull = "given-name-after-full"
    /// A given name alone that nothing settles (shared, or not named in full before).
    case givenName = "given-name"

    /// The factor applied to the spelling's confidence.
    ///
    /// - Complexity: O(1).
    public var factor: Double {
        switch self {
        case .alias: 1.0
        case .surname, .surnameAfterFull: 0.8
        case .givenNameAfterFull, .givenName: 0.7
        }
    }

    /// Whether the text gives only part of a person's name.
    public var isPartial: Bool { self != .alias }
}

/// One actor that a piece of text names.
public struct ActorMatch: Sendable, Hashable {
    /// The actor's id.
    public var actorID: String
    /// How the text's spelling matched.
    public var kind: MatchKind
    /// The alias that matched, as the dataset writes it; for a partial name, the
    /// alias the part was taken from.
    public var alias: String
    /// The attached prefix taken off, normalised; empty when none.
    public var prefix: String
    /// Which part of the name the text gives.
    public var part: NamePart

    /// Creates a match.
    ///
    /// - Parameters:
    ///   - actorID: the actor's id.
    ///   - kind: how the text's spelling matched.
    ///   - alias: the alias that matched.
    ///   - prefix: the normalised prefix taken off, or "".
    ///   - part: which part of the name the text gives (default: a whole alias).
    public init(actorID: String, kind: MatchKind, alias: String, prefix: String = "", part: NamePart = .alias) {
        self.actorID = actorID
        self.kind = kind
        self.alias = alias
        self.prefix = prefix
        self.part = part
    }

    /// The confidence in 0...1: the spelling's ``MatchKind/confidence`` times the
    /// part's ``NamePart/factor``.
    public var confidence: Double { kind.confidence * part.factor }
}

/// What a piece of text resolves to.
///
/// Two different actors are never merged silently: when the best matches of two or
/// more actors are equally good, the result is ``ambiguous(_:)`` with all of them.
/// A given name alone that nothing settles is ambiguous too, even with one
/// candidate (see ``NamePart/givenName``).
public enum ActorResolution: Sendable, Hashable {
    /// Exactly one actor matches best.
    case matched(ActorMatch)
    /// The text could name any of these actors and nothing settles which: several
    /// actors match equally well, or a given name is not backed by an earlier full
    /// mention. Their ids, sorted.
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
