/// Finds every mention of every actor of a dataset in a document, with its
/// paragraph and its place in the text, and the name-like spans it could not resolve.
///
/// Each paragraph (see ``TextDocument`` for the paragraph rules) is split into
/// words; at each word the ``ActorResolver`` looks up the aliases that start there
/// (an index keyed by an alias's first normalised word and by its variant key, so the
/// cost does not grow with the number of actors). The longest match wins, so
/// "يوري أوشاكوف" is one mention, not a mention of يوري and another of أوشاكوف; the
/// scan then continues after it. With ``includesNestedMentions`` the scan instead
/// moves one word at a time, so that a name inside a longer one ("بايدن" inside
/// "إدارة الرئيس جو بايدن") is reported as well; ``SourceVerifier`` uses that.
///
/// Unresolved name candidates (``NameCandidate``) are the words after a title
/// word (الرئيس, وزير…) and runs of capitalised Latin words that no alias matched.
///
/// ```swift
/// let finder = MentionFinder(dataset: dataset)
/// let report = finder.mentions(in: try TextDocument.load(contentsOf: url))
/// for mention in report.mentions { print(mention.paragraph, mention.text, mention.actorID ?? "?") }
/// ```
public struct MentionFinder: Sendable {
    /// The resolver that matches words to aliases.
    public let resolver: ActorResolver
    /// Report names nested inside longer names too (default `false`).
    public var includesNestedMentions: Bool
    /// Report unresolved name candidates (default `true`).
    public var findsCandidates: Bool
    private let heuristic: NameCandidateHeuristic

    /// Creates a finder for a dataset's actors.
    ///
    /// - Parameters:
    ///   - dataset: the actors to look for.
    ///   - normalizer: the normalisation of aliases and text.
    ///   - includesNestedMentions: also report names nested in longer names.
    /// - Complexity: O(L) in the total length of the aliases.
    public init(dataset: Dataset, normalizer: ArabicNormalizer = ArabicNormalizer(), includesNestedMentions: Bool = false) {
        self.resolver = ActorResolver(dataset: dataset, normalizer: normalizer)
        self.includesNestedMentions = includesNestedMentions
        self.findsCandidates = true
        var kinds: [String: ActorKind] = [:]
        for actor in dataset.actors { kinds[actor.id] = actor.kind }
        self.heuristic = NameCandidateHeuristic(kinds: kinds)
    }

    /// The mentions in a document.
    ///
    /// - Parameters:
    ///   - document: the document.
    ///   - paragraphs: only these paragraph numbers, or every paragraph when `nil`.
    ///     Numbers beyond the document are ignored.
    /// - Returns: mentions and candidates in text order.
    /// - Complexity: O(w · a) for w words and a the most aliases sharing a first word;
    ///   in practice linear in the length of the document.
    public func mentions(in document: TextDocument, paragraphs: Set<Int>? = nil) -> MentionReport {
        let tokenizer = WordTokenizer(normalizer: resolver.normalizer)
        var mentions: [Mention] = []
        var candidates: [NameCandidate] = []
        for paragraph in document.paragraphs where paragraphs?.contains(paragraph.number) ?? true {
            let words = tokenizer.tokens(
                in: document.text, range: paragraph.range, base: (paragraph.scalarOffset, paragraph.utf16Offset))
            var mentionOf: [Int: ActorResolution] = [:]
            var index = 0
            while index < words.count {
                guard let match = resolver.match(in: words, at: index) else {
                    index += 1
                    continue
                }
                mentions.append(mention(match, words: words, at: index, text: document.text, paragraph: paragraph.number))
                for covered in index..<(index + match.length) where mentionOf[covered] == nil {
                    mentionOf[covered] = match.resolution
                }
                index += includesNestedMentions ? 1 : match.length
            }
            if findsCandidates {
                candidates += heuristic.candidates(
                    in: words, mentionOf: mentionOf, text: document.text, paragraph: paragraph.number)
            }
        }
        return MentionReport(
            document: document.name, paragraphCount: document.paragraphs.count, mentions: mentions,
            candidates: candidates)
    }

    private func mention(
        _ match: ActorResolver.PositionMatch, words: [WordToken], at index: Int, text: String, paragraph: Int
    ) -> Mention {
        let first = words[index]
        let last = words[index + match.length - 1]
        let start = nameStart(in: first, skipping: match.lettersSkipped, text: text)
        let range = start.index..<last.range.upperBound
        return Mention(
            resolution: match.resolution, matches: match.matches, paragraph: paragraph, range: range,
            scalarOffsets: start.scalars..<last.scalarOffsets.upperBound,
            utf16Offsets: start.utf16..<last.utf16Offsets.upperBound,
            text: String(Substring(text.unicodeScalars[range])), wordCount: match.length)
    }

    /// Where the name starts inside its first word, after `letters` prefix letters
    /// and any marks or tatweel that follow them.
    private func nameStart(
        in word: WordToken, skipping letters: Int, text: String
    ) -> (index: String.Index, scalars: Int, utf16: Int) {
        let fallback = (word.range.lowerBound, word.scalarOffsets.lowerBound, word.utf16Offsets.lowerBound)
        guard letters > 0 else { return fallback }
        let scalars = text.unicodeScalars
        var index = word.range.lowerBound
        var scalarOffset = word.scalarOffsets.lowerBound
        var utf16Offset = word.utf16Offsets.lowerBound
        var counted = 0
        while index < word.range.upperBound {
            let scalar = scalars[index]
            let produced = resolver.normalizer.normalize(String(scalar)).unicodeScalars.count
            if counted >= letters && produced > 0 { return (index, scalarOffset, utf16Offset) }
            counted += produced
            index = scalars.index(after: index)
            scalarOffset += 1
            utf16Offset += scalar.utf16.count
        }
        return fallback
    }
}
