/// The one-letter words Arabic writes joined to the next word, and the ways to
/// take them off a word to find a name inside it.
///
/// A name in running text often carries a conjunction, a preposition or the
/// article: وبوتين ("and Putin"), بالكرملين ("at the Kremlin"), للبيت ("to the
/// House", where ل + ال is written لل). ``strippings(of:)`` lists every way to
/// read a normalised word as such a prefix plus a stem, in this grammar:
///
/// - an optional conjunction: و or ف;
/// - then an optional preposition: ب, ل or ك;
/// - then an optional article ال. After ل the article's alef is not written, so
///   ل + ال appears as لل, and the stem is restored with its article (للبيت → البيت,
///   or بيت without the article).
///
/// So وال، بال، فال، لل، وب، ول، وبال، ولل، فك… are all recognised. Every stem
/// keeps at least two letters.
///
/// Stripping is only ever a *hypothesis*: ``ActorResolver`` uses a stripped stem only
/// when the word as written is not itself the first word of an alias, and only when
/// the stem matches an alias. A name that starts with و, ب or ل (وليام, بكين, لافروف)
/// is therefore never cut.
public enum AttachedPrefixes {
    /// One way to read a word as prefix + stem.
    public struct Stripping: Sendable, Hashable {
        /// The prefix letters taken off, normalised (for example "وب" or "لل").
        public var prefix: String
        /// How many letters of the written word precede the stem. For ل + ال read
        /// as a stem with its article, this counts only the letters before the
        /// article's lam.
        public var lettersSkipped: Int
        /// The stem to look up among the aliases.
        public var stem: String

        /// Creates a stripping.
        ///
        /// - Parameters:
        ///   - prefix: the normalised prefix letters.
        ///   - lettersSkipped: the number of written letters before the stem.
        ///   - stem: the remaining word.
        public init(prefix: String, lettersSkipped: Int, stem: String) {
            self.prefix = prefix
            self.lettersSkipped = lettersSkipped
            self.stem = stem
        }
    }

    private static let conjunctions: [Unicode.Scalar] = ["\u{0648}", "\u{0641}"]
    private static let prepositions: [Unicode.Scalar] = ["\u{0628}", "\u{0644}", "\u{0643}"]
    private static let alef: Unicode.Scalar = "\u{0627}"
    private static let lam: Unicode.Scalar = "\u{0644}"
    private static let minimumStem = 2

    /// Every reading of `word` as a non-empty prefix and a stem, fewest letters
    /// skipped first; each stem appears once.
    ///
    /// - Parameter word: one word, normalised with ``ArabicNormalizer``.
    /// - Returns: the readings; empty when the word starts with no prefix letter.
    /// - Complexity: O(n) in the length of the word (at most a dozen readings).
    public static func strippings<Word: StringProtocol>(of word: Word) -> [Stripping] {
        let letters = Array(word.unicodeScalars)
        var readings: [Stripping] = []
        var seenStems: Set<String> = [String(word)]

        func add(_ prefix: ArraySlice<Unicode.Scalar>, skipped: Int, stem: [Unicode.Scalar]) {
            guard stem.count >= minimumStem else { return }
            let stemText = String(String.UnicodeScalarView(stem))
            guard seenStems.insert(stemText).inserted else { return }
            readings.append(
                Stripping(prefix: String(String.UnicodeScalarView(prefix)), lettersSkipped: skipped, stem: stemText))
        }

        /// Adds the reading `prefix + stem`, and the stem without its article if it has one.
        func addWithArticle(prefixLength: Int, stem: [Unicode.Scalar]) {
            if prefixLength > 0 { add(letters[0..<prefixLength], skipped: prefixLength, stem: stem) }
            if stem.count >= 2 + minimumStem, stem[0] == alef, stem[1] == lam {
                add(
                    letters[0..<prefixLength] + [alef, lam], skipped: prefixLength + 2,
                    stem: Array(stem.dropFirst(2)))
            }
        }

        var conjunctionLengths = [0]
        if let first = letters.first, conjunctions.contains(first) { conjunctionLengths.append(1) }
        for conjunction in conjunctionLengths {
            var prepositionLengths = [0]
            if letters.count > conjunction, prepositions.contains(letters[conjunction]) {
                prepositionLengths.append(1)
            }
            for preposition in prepositionLengths {
                let length = conjunction + preposition
                addWithArticle(prefixLength: length, stem: Array(letters[length...]))
            }
            // ل + ال written لل: the stem regains its article.
            if letters.count >= conjunction + 2 + minimumStem, letters[conjunction] == lam,
                letters[conjunction + 1] == lam
            {
                let stem = [alef] + Array(letters[(conjunction + 1)...])
                add(letters[0..<(conjunction + 1)], skipped: conjunction + 1, stem: stem)
                add(letters[0..<(conjunction + 2)], skipped: conjunction + 2, stem: Array(letters[(conjunction + 2)...]))
            }
        }
        return readings.sorted { $0.lettersSkipped < $1.lettersSkipped }
    }
}
