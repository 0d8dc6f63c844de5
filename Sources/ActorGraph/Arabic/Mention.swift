/// One place where a document names an actor.
public struct Mention: Sendable, Hashable {
    /// The actor named, or the actors it could equally be (``ActorResolution/ambiguous(_:)``).
    public var resolution: ActorResolution
    /// The best match of each actor in ``resolution``: one for a resolved mention.
    public var matches: [ActorMatch]
    /// The 1-based paragraph number.
    public var paragraph: Int
    /// The name in the document's text, without an attached prefix (in وبوتين, just
    /// بوتين; for ل + ال written لل, from the article's lam).
    public var range: Range<String.Index>
    /// ``range`` in Unicode scalars from the start of the text.
    public var scalarOffsets: Range<Int>
    /// ``range`` in UTF-16 code units from the start of the text (JavaScript and
    /// JSON tools count in these).
    public var utf16Offsets: Range<Int>
    /// The name as written (the text in ``range``).
    public var text: String
    /// How many words the name spans.
    public var wordCount: Int
    /// The longer name this one stands inside (بايدن inside إدارة بايدن), or `nil`
    /// for a mention that stands on its own.
    public var enclosing: MentionSpan?
    /// For a partial name settled by the document (``NamePart/surnameAfterFull``,
    /// ``NamePart/givenNameAfterFull``), and for a surname whose person was named
    /// in full before it: the nearest earlier full mention of that person.
    public var antecedent: MentionSpan?
    /// Why the mention is ambiguous, or `nil` when it is not.
    public var ambiguity: Ambiguity?

    /// Creates a mention.
    ///
    /// - Parameters:
    ///   - resolution: the actor or actors named.
    ///   - matches: the best match of each actor.
    ///   - paragraph: the paragraph number.
    ///   - range: the name's range in the text.
    ///   - scalarOffsets: the range in Unicode scalars.
    ///   - utf16Offsets: the range in UTF-16 code units.
    ///   - text: the name as written.
    ///   - wordCount: the number of words.
    ///   - enclosing: the longer name it stands inside, if any.
    ///   - antecedent: the earlier full mention that settles or backs a partial name.
    ///   - ambiguity: why it is ambiguous, if it is.
    public init(
        resolution: ActorResolution, matches: [ActorMatch], paragraph: Int, range: Range<String.Index>,
        scalarOffsets: Range<Int>, utf16Offsets: Range<Int>, text: String, wordCount: Int,
        enclosing: MentionSpan? = nil, antecedent: MentionSpan? = nil, ambiguity: Ambiguity? = nil
    ) {
        self.enclosing = enclosing
        self.antecedent = antecedent
        self.ambiguity = ambiguity
        self.resolution = resolution
        self.matches = matches
        self.paragraph = paragraph
        self.range = range
        self.scalarOffsets = scalarOffsets
        self.utf16Offsets = utf16Offsets
        self.text = text
        self.wordCount = wordCount
    }

    /// The actor id when the mention is resolved to one actor.
    public var actorID: String? { resolution.actorID }

    /// Which part of the name the text gives (of the best match).
    public var part: NamePart { matches.first?.part ?? .alias }

    /// The mention's place and text, to refer to it from another mention.
    public var span: MentionSpan {
        MentionSpan(paragraph: paragraph, text: text, scalarOffsets: scalarOffsets, utf16Offsets: utf16Offsets)
    }

    /// The confidence of the best match (for an ambiguous mention, of its most
    /// confident candidate).
    public var confidence: Double { matches.map(\.confidence).max() ?? 0 }
}

/// A name's place in a document, for one mention to refer to another.
public struct MentionSpan: Sendable, Hashable {
    /// The 1-based paragraph number.
    public var paragraph: Int
    /// The name as written.
    public var text: String
    /// The span in Unicode scalars from the start of the text.
    public var scalarOffsets: Range<Int>
    /// The span in UTF-16 code units from the start of the text.
    public var utf16Offsets: Range<Int>

    /// Creates a span.
    ///
    /// - Parameters:
    ///   - paragraph: the paragraph number.
    ///   - text: the name as written.
    ///   - scalarOffsets: the range in Unicode scalars.
    ///   - utf16Offsets: the range in UTF-16 code units.
    public init(paragraph: Int, text: String, scalarOffsets: Range<Int>, utf16Offsets: Range<Int>) {
        self.paragraph = paragraph
        self.text = text
        self.scalarOffsets = scalarOffsets
        self.utf16Offsets = utf16Offsets
    }
}

/// Why a mention could name several actors, or one actor without enough evidence.
public enum Ambiguity: String, Sendable, Hashable, Codable, CaseIterable {
    /// Whole aliases, or name parts of different kinds, of several actors match
    /// equally well.
    case sameName = "same-name"
    /// A surname several actors carry, none of them named in full earlier in the document.
    case sharedSurname = "shared-surname"
    /// A given name several actors carry (a given name alone is settled only when
    /// one actor carries it).
    case sharedGivenName = "shared-given-name"
    /// A given name one actor carries, but that actor was not named in full earlier
    /// in the document.
    case givenNameWithoutFullName = "given-name-without-full-name"
    /// A given name followed by another name-like word: perhaps another person with
    /// that given name (سيرغي ريابكوف).
    case givenNameBeforeAnotherName = "given-name-before-another-name"
    /// A surname right after another name-like word: perhaps another person with
    /// that surname (ليندسي غراهام).
    case surnameAfterAnotherName = "surname-after-another-name"

    /// One line for people.
    public var explanation: String {
        switch self {
        case .sameName: "several actors' names match equally well"
        case .sharedSurname: "a surname several actors share, none named in full before"
        case .sharedGivenName: "a given name several actors share"
        case .givenNameWithoutFullName: "a given name alone, the person not named in full before"
        case .givenNameBeforeAnotherName: "a given name before another name: perhaps another person"
        case .surnameAfterAnotherName: "a surname after another name: perhaps another person"
        }
    }
}

/// Everything ``MentionFinder`` found in one document.
public struct MentionReport: Sendable, Hashable {
    /// The document's name.
    public var document: String
    /// How many paragraphs the document has.
    public var paragraphCount: Int
    /// The mentions, in text order; a nested mention (``Mention/enclosing``) right
    /// after the mention it stands inside.
    public var mentions: [Mention]
    /// Name-like spans no alias matched: candidates for new actors, in text order.
    public var candidates: [NameCandidate]

    /// Creates a report.
    ///
    /// - Parameters:
    ///   - document: the document's name.
    ///   - paragraphCount: the number of paragraphs.
    ///   - mentions: the mentions in text order.
    ///   - candidates: the unresolved name candidates in text order.
    public init(document: String, paragraphCount: Int, mentions: [Mention], candidates: [NameCandidate]) {
        self.document = document
        self.paragraphCount = paragraphCount
        self.mentions = mentions
        self.candidates = candidates
    }

    /// The mentions resolved to one actor.
    ///
    /// - Parameter actorID: the actor's id.
    /// - Complexity: O(m) in the number of mentions.
    public func mentions(of actorID: String) -> [Mention] {
        mentions.filter { $0.actorID == actorID }
    }

    /// The ids of the actors named (resolved mentions only), in order of first mention.
    ///
    /// - Complexity: O(m) in the number of mentions.
    public var actorIDs: [String] {
        var seen: Set<String> = []
        return mentions.compactMap(\.actorID).filter { seen.insert($0).inserted }
    }

    /// The mentions that could name several actors.
    public var ambiguousMentions: [Mention] {
        mentions.filter { if case .ambiguous = $0.resolution { return true } else { return false } }
    }
}
