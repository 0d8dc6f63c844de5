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
/// The best match is the one covering the most words, then the most confident.
/// When the best matches belong to two or more actors, the result is
/// ``ActorResolution/ambiguous(_:)``: different actors are never merged silently.
/// Several aliases of the same actor matching is not ambiguous.
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
    }

    /// One way the words at a position match an alias.
    struct Candidate: Sendable {
        var entry: Int
        var length: Int
        var kind: MatchKind
        var prefix: String
        var lettersSkipped: Int
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
    }

    /// The normalizer applied to aliases and text.
    public let normalizer: ArabicNormalizer
    private let entries: [AliasEntry]
    private let exactIndex: [String: [Int]]
    private let variantIndex: [String: [Int]]

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
        for actor in actors {
            var seen: Set<[String]> = []
            for alias in actor.aliases + [actor.name] {
                let words = tokenizer.tokens(in: alias)
                guard !words.isEmpty else { continue }
                let normalized = words.map(\.normalized)
                guard seen.insert(normalized).inserted else { continue }
                let index = entries.count
                entries.append(AliasEntry(actorID: actor.id, alias: alias, words: normalized, keys: words.map(\.variantKey)))
                exact[normalized[0], default: []].append(index)
                if TransliterationVariants.isUsableKey(words[0].variantKey) {
                    variant[words[0].variantKey, default: []].append(index)
                }
            }
        }
        self.entries = entries
        self.exactIndex = exact
        self.variantIndex = variant
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
        if exactIndex[first] == nil {
            forms += AttachedPrefixes.strippings(of: first)
        }
        var result: [Candidate] = []
        for form in forms {
            let prefixed = !form.prefix.isEmpty
            for entry in exactIndex[form.stem] ?? [] {
                if let variant = continues(entries[entry], in: words, at: position) {
                    result.append(
                        Candidate(
                            entry: entry, length: entries[entry].words.count, kind: .of(prefixed: prefixed, variant: variant),
                            prefix: form.prefix, lettersSkipped: form.lettersSkipped))
                }
            }
            let key = TransliterationVariants.key(form.stem)
            guard TransliterationVariants.isUsableKey(key) else { continue }
            for entry in variantIndex[key] ?? [] where entries[entry].words[0] != form.stem {
                if continues(entries[entry], in: words, at: position) != nil {
                    result.append(
                        Candidate(
                            entry: entry, length: entries[entry].words.count, kind: .of(prefixed: prefixed, variant: true),
                            prefix: form.prefix, lettersSkipped: form.lettersSkipped))
                }
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
        let winners = candidates.filter { $0.length == top.length && $0.kind.confidence == top.kind.confidence }
        var byActor: [String: Candidate] = [:]
        for winner in winners {
            let id = entries[winner.entry].actorID
            if let held = byActor[id], held.lettersSkipped <= winner.lettersSkipped { continue }
            byActor[id] = winner
        }
        let matches = byActor.keys.sorted().compactMap { id in
            byActor[id].map {
                ActorMatch(actorID: id, kind: $0.kind, alias: entries[$0.entry].alias, prefix: $0.prefix)
            }
        }
        let skipped = byActor.values.map(\.lettersSkipped).min() ?? 0
        let resolution: ActorResolution =
            matches.count == 1 ? .matched(matches[0]) : .ambiguous(matches.map(\.actorID))
        return PositionMatch(length: top.length, resolution: resolution, lettersSkipped: skipped, matches: matches)
    }

    private func rank(_ candidate: Candidate) -> (Int, Double) {
        (candidate.length, candidate.kind.confidence)
    }

    /// Whether a normalised word is the first word of some alias.
    func isAliasFirstWord(_ word: String) -> Bool {
        exactIndex[word] != nil
    }
}
