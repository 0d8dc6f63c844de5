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
/// the name of a *person* other than that actor is reported too, as a nested
/// mention (``Mention/enclosing``): بايدن inside إدارة الرئيس جو بايدن names Biden
/// as well as the administration. Places and institutions inside longer names are
/// not (واشنطن in السفارة الروسية في واشنطن is where the embassy is), nothing is
/// nested in a person's name (فاغنر in ريتشارد فاغنر is not the Wagner group), and
/// names of the same actor inside its own longer name are not repeated. ``SourceVerifier``
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
///   ``Ambiguity/givenNameWithoutFullName``);
/// - a given name followed by another name-like word is ambiguous whatever came
///   before (``Ambiguity/givenNameBeforeAnotherName``), and so is a surname after
///   a name-like word when a title or a reporting or meeting verb introduces the
///   two (``Ambiguity/surnameAfterAnotherName``): most often another person with
///   that name (سيرغي ريابكوف، السيناتور ليندسي غراهام); the words are left to the
///   name candidates. Without such a cue the word before a surname is taken for an
///   ordinary word (عزل بوتين، إلى جانب لافروف).
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
        /// A partial name next to another name: ambiguous whatever came before.
        var forced: Ambiguity? = nil
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
                var forced: Ambiguity?
                // A given name before another name word, or a surname after one in a
                // name a title or a cue verb introduces: another person's name
                // (سيرغي ريابكوف، السيناتور ليندسي غراهام).
                if match.matches.allSatisfy({ $0.part == .givenName }),
                    continuesName(at: index + match.length, after: index + match.length - 1, in: words, text: document.text)
                {
                    forced = .givenNameBeforeAnotherName
                } else if match.matches.allSatisfy({ $0.part == .surname }), match.lettersSkipped == 0, index > 0,
                    words[index].joinsPrevious,
                    found.last(where: { $0.enclosing == nil }).map({ $0.start + $0.match.length <= index - 1 }) ?? true,
                    heuristic.isIntroducedAsName(at: index - 1, in: words),
                    continuesName(at: index - 1, after: index, in: words, text: document.text)
                {
                    forced = .surnameAfterAnotherName
                }
                let outer = found.count
                found.append(Found(match: match, start: index, enclosing: nil, forced: forced))
                if includesNestedMentions {
                    found += nested(in: words, from: index, to: index + match.length, enclosing: outer, of: match)
                }
                index += match.length
            }
            var mentionOf: [Int: ActorResolution] = [:]
            // Partial names next to another name are left to the candidates (سيرغي ريابكوف).
            for item in found where item.enclosing == nil && item.forced == nil {
                for covered in item.start..<(item.start + item.match.length) { mentionOf[covered] = item.match.resolution }
            }
            var spans: [Int: MentionSpan] = [:]
            for (position, item) in found.enumerated() {
                var mention = self.mention(
                    item.match, words: words, at: item.start, text: document.text, paragraph: paragraph.number)
                if let outer = item.enclosing { mention.enclosing = spans[outer] }
                if let forced = item.forced {
                    mention.resolution = .ambiguous(mention.resolution.candidateIDs)
                    mention.ambiguity = forced
                } else {
                    settle(&mention, lastFullMention: lastFullMention)
                }
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
        func isPerson(_ match: ActorResolver.PositionMatch) -> Bool {
            match.resolution.candidateIDs.allSatisfy { heuristic.kinds[$0] == .person }
        }
        var result: [Found] = []
        var index = start
        while index < end {
            guard let inner = resolver.match(in: words, at: index, endingBy: end), index > start || inner.length < end - start
            else {
                index += 1
                continue
            }
            if isPerson(inner), outerActors.isDisjoint(with: inner.resolution.candidateIDs) {
                result.append(Found(match: inner, start: index, enclosing: enclosing))
            }
            index += inner.length
        }
        return result
    }

    /// Whether the word at `index` makes one name with the partial name's word at
    /// `neighbour`: only white space or a hyphen between them, and it looks like a
    /// name word (Arabic: ``NameCandidateHeuristic/looksLikeNameWord(_:text:)``;
    /// Latin: a capital when the name has one) that no alias or name part starts.
    private func continuesName(at index: Int, after neighbour: Int, in words: [WordToken], text: String) -> Bool {
        guard index >= 0, index < words.count, words[max(index, neighbour)].joinsPrevious else { return false }
        let word = words[index]
        let looksLikeName =
            word.isLatin
            ? word.isCapitalizedLatin && words[neighbour].isCapitalizedLatin
            : heuristic.looksLikeNameWord(word, text: text)
        return looksLikeName && resolver.match(in: words, at: index) == nil
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
