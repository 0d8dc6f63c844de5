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
    public init(
        resolution: ActorResolution, matches: [ActorMatch], paragraph: Int, range: Range<String.Index>,
        scalarOffsets: Range<Int>, utf16Offsets: Range<Int>, text: String, wordCount: Int
    ) {
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

    /// The confidence of the best match (equal for every actor of an ambiguous mention).
    public var confidence: Double { matches.first?.confidence ?? 0 }
}

/// Everything ``MentionFinder`` found in one document.
public struct MentionReport: Sendable, Hashable {
    /// The document's name.
    public var document: String
    /// How many paragraphs the document has.
    public var paragraphCount: Int
    /// The mentions, in text order.
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
