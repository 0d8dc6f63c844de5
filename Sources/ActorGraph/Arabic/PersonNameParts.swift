/// The given name and the surname of a person's alias, for resolving a name that a
/// text gives only in part.
///
/// An alias such as "سيرغي لافروف" or "Sergei Lavrov" is split into *name units*:
/// a word, or a particle joined to the word after it. The particles are
///
/// - Arabic: بن، ابن، بنت، أبو، أبي، أم، آل، عبد، ذو، ذي, and the transliterated
///   European فون، فان، دي، دير، دو، دا، ديل، لا;
/// - Latin: bin, ibn, bint, abu, abd, al, el, van, von, der, de, da, di, du, del,
///   della, la, le, dos, das.
///
/// so "محمد بن سلمان" has the units محمد | بن سلمان, "عبد الله الثاني" has
/// عبد الله | الثاني and "Ursula von der Leyen" has ursula | von der leyen. The
/// **given name** is the first unit, the **surname** the last; an alias of one
/// unit has neither (it is a name on its own and matches as an alias). Title words
/// (الرئيس، وزير…) and words with the article ال before the first name word are
/// left out, so an alias written "الرئيس فلاديمير بوتين" still gives فلاديمير and
/// بوتين, and "الرئيس الروسي بوتين" gives nothing (one name unit is left).
///
/// ```swift
/// let parts = PersonNameParts(aliasWords: ["سيرغي", "لافروف"])
/// parts?.given      // ["سيرغي"]
/// parts?.surname    // ["لافروف"]
/// ```
public struct PersonNameParts: Sendable, Hashable {
    /// The words of the given name (one unit: a word, or a particle and its word).
    public var given: [String]
    /// The words of the surname (one unit).
    public var surname: [String]

    /// Particles, normalised with ``ArabicNormalizer``.
    static let particles: Set<String> = {
        let normalizer = ArabicNormalizer()
        return Set(
            [
                "بن", "ابن", "بنت", "أبو", "أبي", "أم", "آل", "عبد", "ذو", "ذي", "فون", "فان", "دي", "دير", "دو", "دا", "ديل",
                "لا", "bin", "ibn", "bint", "abu", "abd", "al", "el", "van", "von", "der", "de", "da", "di", "du", "del",
                "della", "la", "le", "dos", "das",
            ].map { normalizer.normalize($0) })
    }()

    /// Splits an alias, given as normalised words, into its given name and surname.
    ///
    /// - Parameters:
    ///   - aliasWords: the alias's words after ``ArabicNormalizer``.
    ///   - writtenWords: the same words as written, when known: the article is then
    ///     told by its bare alef (الروسي), so that a name written with a hamza
    ///     (ألكسندر, normalised الكسندر) is not taken for an article word. Without
    ///     them, a normalised word starting with ال counts as an article word.
    /// - Returns: the parts, or `nil` when the alias has fewer than two name units.
    /// - Complexity: O(w) in the number of words.
    public init?(aliasWords: [String], writtenWords: [String]? = nil) {
        let written = writtenWords.map { $0.count == aliasWords.count ? $0 : aliasWords } ?? aliasWords
        var start = 0
        // Leading titles and article words are no part of the name (الرئيس الروسي بوتين).
        while start < aliasWords.count - 1 {
            let word = aliasWords[start]
            let isArticleWord = written[start].hasPrefix("\u{0627}\u{0644}") && !Self.particles.contains(word)
            guard NameCandidateHeuristic.titles.contains(word) || isArticleWord else { break }
            start += 1
        }
        let words = aliasWords[start...]
        var units: [[String]] = []
        var pending: [String] = []
        for word in words {
            pending.append(word)
            if !Self.particles.contains(word) {
                units.append(pending)
                pending = []
            }
        }
        if !pending.isEmpty {
            // A particle at the end belongs to the unit before it.
            if units.isEmpty { units.append(pending) } else { units[units.count - 1] += pending }
        }
        guard units.count >= 2, let first = units.first, let last = units.last else { return nil }
        given = first
        surname = last
    }
}
