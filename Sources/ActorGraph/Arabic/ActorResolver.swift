/// Maps a span of text to the actor it names, through the actors' aliases.
///
/// Every alias (and the actor's English name) is normalised with
/// ``ArabicNormalizer`` and split into words. A span matches an alias when its words
/// match the alias's words in order:
///
/// 1. **Exact**: each word equals the alias word after normalisation (confidence 1.0).
/// 2. **Attached prefix**: the first word carries و, ف, ب, ل, ك, ال or a combination
///    (``AttachedPrefixes``). The written word is always tried first, and it is only
///    cut when it is *not* itself the first word of some alias; a stem is then used
///    only when it matches an alias (confidence 0.9). So وليام stays وليام even
///    when an actor is called ليام.
/// 3. **Transliteration variant**: a word matches when its
///    ``TransliterationVariants/key(_:)`` equals the alias word's key (confidence
///    0.75, or 0.675 with a prefix).
///
/// **Partial names.** Each person's aliases of two or more name units also give a
/// surname and a given name (``PersonNameParts``), indexed apart from the aliases.
/// A span that is no alias may match such a part, with the same prefixes and
/// variants, except that an article ال is never taken off (a name with the
/// article, like الأسد, carries it in the alias), a Latin part needs a capital
/// letter in the text, and parts shorter than three letters are not indexed. A
/// surname carried by exactly one actor is ``ActorResolution/matched(_:)`` with
/// ``NamePart/surname``. Every actor whose part matches, in any spelling, is a
/// candidate (سيرغي and سيرجي both give Sergei); a surname several actors share,
/// and every given name, is
/// ``ActorResolution/ambiguous(_:)`` here: only a document can settle them, which
/// ``MentionFinder`` does from the full mentions before them.
///
/// The best match is the one covering the most words, then a whole alias before a
/// part, then the most confident. One exception: a person's one-word alias (بيرنز)
/// that is also another person's surname is a shared surname, settled like one. When the best matches belong to two or more
/// actors, the result is ``ActorResolution/ambiguous(_:)``: different actors are
/// never merged silently. Several aliases of the same actor matching is not
/// ambiguous.
///
/// ```swift
/// let resolver = ActorResolver(dataset: dataset)
/// resolver.resolve("وبوتين")   // .matched(putin, .prefixed, 0.9)
/// ```
public struct ActorResolver: Sendable {
    /// One alias, ready to match.
    struct AliasEntry: Sendable {
        var actorID: String
        var alias: String
        var words: [String]
        var keys: [String]
        /// ``NamePart/alias`` for a whole alias; ``NamePart/surname`` or
        /// ``NamePart/givenName`` for a part of a person's alias.
        var part: NamePart = .alias
        /// Whether the words are Latin (a part then needs a capital in the text).
        var isLatin = false
        /// For a whole alias of a person: whether it names the person in full (it
        /// has a given name and a surname).
        var isFullName = false
        /// For a whole alias of a person: whether it is one name unit (بيرنز), which
        /// another person's surname may equal.
        var isPersonNameUnit = false
    }

    /// One way the words at a position match an alias.
    struct Candidate: Sendable {
        var entry: Int
        var length: Int
        var kind: MatchKind
        var prefix: String
        var lettersSkipped: Int
        var part: NamePart
    }

    /// The best reading of the words at a position.
    struct PositionMatch: Sendable {
        /// How many words it covers.
        var length: Int
        var resolution: ActorResolution
        /// Letters of the first word before the name (an attached prefix).
        var lettersSkipped: Int
        /// The best candidate of each actor involved.
        var matches: [ActorMatch]
        /// Whether it is a whole alias of a person with a given name and a surname.
        var isFullName: Bool
    }

    /// The normalizer applied to aliases and text.
    public let normalizer: ArabicNormalizer
    private let entries: [AliasEntry]
    private let exactIndex: [String: [Int]]
    private let variantIndex: [String: [Int]]
    private let partExactIndex: [String: [Int]]
    private let partVariantIndex: [String: [Int]]

    /// Builds the alias index.
    ///
    /// - Parameters:
    ///   - actors: the actors; each one's ``Actor/aliases`` and ``Actor/name`` are indexed.
    ///   - normalizer: the normalisation applied to aliases and text.
    /// - Complexity: O(L) in the total length of the aliases.
    public init(actors: [Actor], normalizer: ArabicNormalizer = ArabicNormalizer()) {
        self.normalizer = normalizer
        let tokenizer = WordTokenizer(normalizer: normalizer)
        var entries: [AliasEntry] = []
        var exact: [String: [Int]] = [:]
        var variant: [String: [Int]] = [:]
        var partExact: [String: [Int]] = [:]
        var partVariant: [String: [Int]] = [:]
        for actor in actors {
            var seen: Set<[String]> = []
            var parts: [(words: [String], part: NamePart, alias: String, isLatin: Bool)] = []
            for alias in actor.aliases + [actor.name] {
                let words = tokenizer.tokens(in: alias)
                guard !words.isEmpty else { continue }
                let normalized = words.map(\.normalized)
                guard seen.insert(normalized).inserted else { continue }
                let written = words.map { String(Substring(alias.unicodeScalars[$0.range])) }
                let nameParts = actor.kind == .person ? PersonNameParts(aliasWords: normalized, writtenWords: written) : nil
                let index = entries.count
                entries.append(
                    AliasEntry(
                        actorID: actor.id, alias: alias, words: normalized, keys: words.map(\.variantKey),
                        isFullName: nameParts != nil, isPersonNameUnit: actor.kind == .person && nameParts == nil))
                exact[normalized[0], default: []].append(index)
                if TransliterationVariants.isUsableKey(words[0].variantKey) {
                    variant[words[0].variantKey, default: []].append(index)
                }
                if let nameParts {
                    let isLatin = words[0].isLatin
                    parts.append((nameParts.surname, .surname, alias, isLatin))
                    parts.append((nameParts.given, .givenName, alias, isLatin))
                }
            }
            // A part that is itself an alias of the actor matches as the alias.
            var seenParts: Set<[String]> = []
            for part in parts where !seen.contains(part.words) && seenParts.insert(part.words).inserted {
                guard part.words.reduce(0, { $0 + $1.unicodeScalars.count }) >= 3 else { continue }
                let keys = part.words.map { TransliterationVariants.key($0) }
                let index = entries.count
                entries.append(
                    AliasEntry(
                        actorID: actor.id, alias: part.alias, words: part.words, keys: keys, part: part.part,
                        isLatin: part.isLatin))
                partExact[part.words[0], default: []].append(index)
                if TransliterationVariants.isUsableKey(keys[0]) {
                    partVariant[keys[0], default: []].append(index)
                }
            }
        }
        self.entries = entries
        self.exactIndex = exact
        self.variantIndex = variant
        self.partExactIndex = partExact
        self.partVariantIndex = partVariant
    }

    /// Builds the alias index of a dataset's actors.
    ///
    /// - Parameters:
    ///   - dataset: the dataset whose actors to index.
    ///   - normalizer: the normalisation applied to aliases and text.
    /// - Complexity: O(L) in the total length of the aliases.
    public init(dataset: Dataset, normalizer: ArabicNormalizer = ArabicNormalizer()) {
        self.init(actors: dataset.actors, normalizer: normalizer)
    }

    /// The actor a whole span of text names.
    ///
    /// - Parameter surface: the span, for example "ووزير الخارجية سيرغي لافروف" minus
    ///   the title: "سيرغي لافروف". Every word of it must belong to the alias.
    /// - Returns: the match, ``ActorResolution/ambiguous(_:)`` when several actors match
    ///   equally well, or ``ActorResolution/unresolved``.
    /// - Complexity: O(w · a) for w words in the span and a aliases sharing its first
    ///   word (or its variant key); independent of the number of actors otherwise.
    public func resolve(_ surface: String) -> ActorResolution {
        let words = WordTokenizer(normalizer: normalizer).tokens(in: surface)
        guard !words.isEmpty else { return .unresolved }
        let candidates = self.candidates(in: words, at: 0).filter { $0.length == words.count }
        return best(of: candidates)?.resolution ?? .unresolved
    }

    // MARK: - Matching

    /// The best reading of the words starting at `position`, or `nil` when no alias
    /// starts there.
    func match(in words: [WordToken], at position: Int) -> PositionMatch? {
        best(of: candidates(in: words, at: position))
    }

    /// Every alias the words starting at `position` match, with how they match.
    func candidates(in words: [WordToken], at position: Int) -> [Candidate] {
        let first = words[position].normalized
        var forms = [AttachedPrefixes.Stripping(prefix: "", lettersSkipped: 0, stem: first)]
        if exactIndex[first] == nil && partExactIndex[first] == nil {
            forms += AttachedPrefixes.strippings(of: first)
        }
        var result: [Candidate] = []
        for form in forms {
            result += candidates(in: words, at: position, form: form, exact: exactIndex, variant: variantIndex)
        }
        guard !partExactIndex.isEmpty else { return result }
        // Parts: never with the article taken off, Latin only when capitalised.
        for form in forms where !(form.prefix.hasSuffix("ال") || form.prefix.hasSuffix("لل")) {
            result += candidates(in: words, at: position, form: form, exact: partExactIndex, variant: partVariantIndex)
                .filter { candidate in
                    !entries[candidate.entry].isLatin
                        || (position..<(position + candidate.length)).contains { words[$0].isCapitalizedLatin }
                }
        }
        return result
    }

    /// The entries of one index that the words at `position` match, read with `form`.
    private func candidates(
        in words: [WordToken], at position: Int, form: AttachedPrefixes.Stripping, exact: [String: [Int]],
        variant: [String: [Int]]
    ) -> [Candidate] {
        var result: [Candidate] = []
        let prefixed = !form.prefix.isEmpty
        for entry in exact[form.stem] ?? [] {
            if let isVariant = continues(entries[entry], in: words, at: position) {
                result.append(
                    Candidate(
                        entry: entry, length: entries[entry].words.count, kind: .of(prefixed: prefixed, variant: isVariant),
                        prefix: form.prefix, lettersSkipped: form.lettersSkipped, part: entries[entry].part))
            }
        }
        let key = TransliterationVariants.key(form.stem)
        guard TransliterationVariants.isUsableKey(key) else { return result }
        for entry in variant[key] ?? [] where entries[entry].words[0] != form.stem {
            if continues(entries[entry], in: words, at: position) != nil {
                result.append(
                    Candidate(
                        entry: entry, length: entries[entry].words.count, kind: .of(prefixed: prefixed, variant: true),
                        prefix: form.prefix, lettersSkipped: form.lettersSkipped, part: entries[entry].part))
            }
        }
        return result
    }

    /// Whether the words after the first continue the alias: `nil` when they do not,
    /// `false` when all match exactly, `true` when some match only as variants.
    private func continues(_ entry: AliasEntry, in words: [WordToken], at position: Int) -> Bool? {
        guard position + entry.words.count <= words.count else { return nil }
        var variant = false
        for offset in entry.words.indices.dropFirst() {
            let word = words[position + offset]
            guard word.joinsPrevious else { return nil }
            if word.normalized == entry.words[offset] { continue }
            guard TransliterationVariants.isUsableKey(word.variantKey), word.variantKey == entry.keys[offset] else {
                return nil
            }
            variant = true
        }
        return variant
    }

    /// The longest, then most confident candidates; ambiguous when they name several actors.
    private func best(of candidates: [Candidate]) -> PositionMatch? {
        guard let top = candidates.max(by: { rank($0) < rank($1) }) else { return nil }
        // Whole aliases: only the most confident compete. Parts: every actor whose
        // part matches in any spelling is a candidate, for the document to settle.
        var winners = candidates.filter {
            top.part == .alias ? rank($0) == rank(top) : ($0.length, $0.part == .alias) == (top.length, false)
        }
        // A person's one-word alias that is also another person's surname is a
        // shared surname (بيرنز of William and of Nicholas Burns).
        if top.part == .alias, winners.allSatisfy({ entries[$0.entry].isPersonNameUnit }) {
            let others = candidates.filter { candidate in
                candidate.part == .surname && candidate.length == top.length
                    && !winners.contains { entries[$0.entry].actorID == entries[candidate.entry].actorID }
            }
            if !others.isEmpty {
                winners = winners.map { var shared = $0; shared.part = .surname; return shared } + others
            }
        }
        var byActor: [String: Candidate] = [:]
        for winner in winners {
            let id = entries[winner.entry].actorID
            if let held = byActor[id], preference(held) >= preference(winner) {
                continue
            }
            byActor[id] = winner
        }
        let matches = byActor.keys.sorted().compactMap { id in
            byActor[id].map {
                ActorMatch(actorID: id, kind: $0.kind, alias: entries[$0.entry].alias, prefix: $0.prefix, part: $0.part)
            }
        }
        let skipped = byActor.values.map(\.lettersSkipped).min() ?? 0
        let settled = matches.count == 1 && (matches[0].part == .alias || matches[0].part == .surname)
        let resolution: ActorResolution = settled ? .matched(matches[0]) : .ambiguous(matches.map(\.actorID))
        let isFullName = matches.count == 1 && byActor.values.contains { entries[$0.entry].isFullName }
        return PositionMatch(
            length: top.length, resolution: resolution, lettersSkipped: skipped, matches: matches, isFullName: isFullName)
    }

    /// Of one actor's candidates: a surname before a given name, then the most
    /// confident, then the fewest prefix letters.
    private func preference(_ candidate: Candidate) -> (Int, Double, Int) {
        (candidate.part == .givenName ? 0 : 1, candidate.kind.confidence, -candidate.lettersSkipped)
    }

    /// Longer first, then a whole alias before a part, then the more confident.
    private func rank(_ candidate: Candidate) -> (Int, Int, Double) {
        (candidate.length, candidate.part == .alias ? 1 : 0, candidate.kind.confidence)
    }

    /// Whether a normalised word is the first word of some alias.
    func isAliasFirstWord(_ word: String) -> Bool {
        exactIndex[word] != nil
    }

    /// The best reading of the words starting at `position` that ends at or before
    /// `end`, or `nil`.
    func match(in words: [WordToken], at position: Int, endingBy end: Int) -> PositionMatch? {
        best(of: candidates(in: words, at: position).filter { position + $0.length <= end })
    }
}
