/// Finds every mention of every actor of a dataset in a document, with its
/// paragraph and its place in the text, and the name-like spans it could not resolve.
///
/// Each paragraph (see ``TextDocument`` for the paragraph rules) is split into
/// words; at each word the ``ActorResolver`` looks up the aliases and name parts
/// that start there (an index keyed by a first normalised word and by its variant
/// key, so the cost does not grow with the number of actors). The longest match
/// wins, so "يوري أوشاكوف" is one mention, not a mention of يوري and another of
/// أوشاكوف; the scan then continues after it.
///
/// **Nested names.** Inside a mention of several words that is not a person's name,
/// a name of *another* actor is reported too, as a nested mention
/// (``Mention/enclosing``): بايدن inside إدارة الرئيس جو بايدن names Biden as well
/// as the administration. Names of the same actor inside its own longer name are
/// not repeated, and nothing is nested in a person's name (فاغنر in ريتشارد فاغنر
/// is not the Wagner group). ``SourceVerifier``
/// reads the same mentions, so `mentions` and `verify` follow one rule.
///
/// **The document settles partial names**, reading it in order:
///
/// - a surname several actors share goes to the one named in full nearest before
///   it (``NamePart/surnameAfterFull``, with ``Mention/antecedent``); with none,
///   the mention is ambiguous (``Ambiguity/sharedSurname``);
/// - a given name resolves only when one actor carries it *and* that actor was
///   named in full earlier (``NamePart/givenNameAfterFull``); otherwise it is
///   ambiguous with its candidates (``Ambiguity/sharedGivenName``,
///   ``Ambiguity/givenNameWithoutFullName``). A given name followed directly by
///   another name-like word is not reported: it is most often a different person
///   with the same given name (سيرغي ريابكوف), left to the name candidates.
///
/// A *full mention* is a mention of a person by an alias with a given name and a
/// surname (``PersonNameParts``), nested ones included.
///
/// Unresolved name candidates (``NameCandidate``) are found by
/// ``NameCandidateHeuristic`` among the words no mention covers.
///
/// ```swift
/// let finder = MentionFinder(dataset: dataset)
/// let report = finder.mentions(in: try TextDocument.load(contentsOf: url))
/// for mention in report.mentions { print(mention.paragraph, mention.text, mention.actorID ?? "?") }
/// ```
public struct MentionFinder: Sendable {
    /// The resolver that matches words to aliases.
    public let resolver: ActorResolver
    /// Report names of other actors nested inside longer names (default `true`).
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
    public init(dataset: Dataset, normalizer: ArabicNormalizer = ArabicNormalizer(), includesNestedMentions: Bool = true) {
        self.resolver = ActorResolver(dataset: dataset, normalizer: normalizer)
        self.includesNestedMentions = includesNestedMentions
        self.findsCandidates = true
        var kinds: [String: ActorKind] = [:]
        for actor in dataset.actors { kinds[actor.id] = actor.kind }
        self.heuristic = NameCandidateHeuristic(kinds: kinds)
    }

    /// One match found in a paragraph, before the document settles it.
    private struct Found {
        var match: ActorResolver.PositionMatch
        var start: Int
        var enclosing: Int?
    }

    /// The mentions in a document.
    ///
    /// - Parameters:
    ///   - document: the document.
    ///   - paragraphs: report only these paragraph numbers, or every paragraph when
    ///     `nil`. The whole document is still read, in order, so that partial names
    ///     are settled by the full mentions before them. Numbers beyond the document
    ///     are ignored.
    /// - Returns: mentions and candidates in text order.
    /// - Complexity: O(w · a) for w words and a the most aliases sharing a first word;
    ///   in practice linear in the length of the document.
    public func mentions(in document: TextDocument, paragraphs: Set<Int>? = nil) -> MentionReport {
        let tokenizer = WordTokenizer(normalizer: resolver.normalizer)
        var mentions: [Mention] = []
        var candidates: [NameCandidate] = []
        var lastFullMention: [String: MentionSpan] = [:]
        for paragraph in document.paragraphs {
            let reported = paragraphs?.contains(paragraph.number) ?? true
            let words = tokenizer.tokens(
                in: document.text, range: paragraph.range, base: (paragraph.scalarOffset, paragraph.utf16Offset))
            var found: [Found] = []
            var index = 0
            while index < words.count {
                guard let match = resolver.match(in: words, at: index) else {
                    index += 1
                    continue
                }
                if match.matches.allSatisfy({ $0.part == .givenName }), startsAnotherName(after: index + match.length, in: words, text: document.text) {
                    index += match.length
                    continue
                }
                let outer = found.count
                found.append(Found(match: match, start: index, enclosing: nil))
                if includesNestedMentions {
                    found += nested(in: words, from: index, to: index + match.length, enclosing: outer, of: match)
                }
                index += match.length
            }
            var mentionOf: [Int: ActorResolution] = [:]
            for item in found where item.enclosing == nil {
                for covered in item.start..<(item.start + item.match.length) { mentionOf[covered] = item.match.resolution }
            }
            var spans: [Int: MentionSpan] = [:]
            for (position, item) in found.enumerated() {
                var mention = self.mention(
                    item.match, words: words, at: item.start, text: document.text, paragraph: paragraph.number)
                if let outer = item.enclosing { mention.enclosing = spans[outer] }
                settle(&mention, lastFullMention: lastFullMention)
                spans[position] = mention.span
                if item.match.isFullName, let id = mention.actorID { lastFullMention[id] = mention.span }
                if reported { mentions.append(mention) }
            }
            if findsCandidates && reported {
                candidates += heuristic.candidates(
                    in: words, mentionOf: mentionOf, text: document.text, paragraph: paragraph.number)
            }
        }
        return MentionReport(
            document: document.name, paragraphCount: document.paragraphs.count, mentions: mentions,
            candidates: candidates)
    }

    /// The names of other actors inside the match covering `start..<end`.
    private func nested(
        in words: [WordToken], from start: Int, to end: Int, enclosing: Int, of outer: ActorResolver.PositionMatch
    ) -> [Found] {
        let outerActors = Set(outer.resolution.candidateIDs)
        // Inside a person's name, another actor's name is a coincidence (ريتشارد فاغنر).
        guard end - start >= 2, !outerActors.contains(where: { heuristic.kinds[$0] == .person }) else { return [] }
        var result: [Found] = []
        var index = start
        while index < end {
            guard let inner = resolver.match(in: words, at: index, endingBy: end), index > start || inner.length < end - start
            else {
                index += 1
                continue
            }
            if outerActors.isDisjoint(with: inner.resolution.candidateIDs) {
                result.append(Found(match: inner, start: index, enclosing: enclosing))
            }
            index += inner.length
        }
        return result
    }

    /// Whether the word at `index` continues a name: it joins the previous word and
    /// looks like a name word that no alias starts.
    private func startsAnotherName(after index: Int, in words: [WordToken], text: String) -> Bool {
        guard index < words.count, words[index].joinsPrevious else { return false }
        return heuristic.looksLikeNameWord(words[index], text: text) && resolver.match(in: words, at: index) == nil
    }

    /// Settles a partial name with the full mentions before it.
    private func settle(_ mention: inout Mention, lastFullMention: [String: MentionSpan]) {
        let matches = mention.matches
        guard matches.contains(where: { $0.part.isPartial }) else {
            if case .ambiguous = mention.resolution { mention.ambiguity = .sameName }
            return
        }
        let surnames = matches.filter { $0.part == .surname }
        let givenNames = matches.filter { $0.part == .givenName }
        if surnames.count == 1, givenNames.isEmpty {
            mention.antecedent = lastFullMention[surnames[0].actorID]
            return
        }
        if !surnames.isEmpty {
            let nearest = surnames.compactMap { match in lastFullMention[match.actorID].map { (match, $0) } }
                .max { $0.1.utf16Offsets.lowerBound < $1.1.utf16Offsets.lowerBound }
            if let (match, antecedent) = nearest {
                var settled = match
                settled.part = .surnameAfterFull
                mention.resolution = .matched(settled)
                mention.matches = [settled]
                mention.antecedent = antecedent
            } else {
                mention.ambiguity = givenNames.isEmpty ? .sharedSurname : .sameName
            }
            return
        }
        if givenNames.count == 1, let antecedent = lastFullMention[givenNames[0].actorID] {
            var settled = givenNames[0]
            settled.part = .givenNameAfterFull
            mention.resolution = .matched(settled)
            mention.matches = [settled]
            mention.antecedent = antecedent
        } else {
            mention.ambiguity = givenNames.count == 1 ? .givenNameWithoutFullName : .sharedGivenName
        }
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
