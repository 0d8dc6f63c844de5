/// The given name and the surname of a person's alias, for resolving a name that a
/// text gives only in part.
///
/// An alias such as "سيرغي لافروف" or "Sergei Lavrov" is split into *name units*:
/// a word, or a particle joined to the word after it. The particles are
///
/// - Arabic: بن، ابن، بنت، أبو، أبي، أم، آل، عبد، ذو، ذي, and the transliterated
///   European فون، فان، دي، دو، دا، ديل، لا;
/// - Latin: bin, ibn, bint, abu, abd, al, el, van, von, der, de, da, di, du, del,
///   della, la, le, dos, das.
///
/// so "محمد بن سلمان" has the units محمد | بن سلمان, "عبد الله الثاني" has
/// عبد الله | الثاني and "Ursula von der Leyen" has ursula | von der leyen. The
/// **given name** is the first unit, the **surname** the last; an alias of one
/// unit has neither (it is a name on its own and matches as an alias). Title words
/// (الرئيس، وزير…) and words with the article ال before the first name word are
/// left out, so an alias written "الرئيس فلاديمير بوتين" still gives فلاديمير and
/// بوتين.
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
                "بن", "ابن", "بنت", "أبو", "أبي", "أم", "آل", "عبد", "ذو", "ذي", "فون", "فان", "دي", "دو", "دا", "ديل",
                "لا", "bin", "ibn", "bint", "abu", "abd", "al", "el", "van", "von", "der", "de", "da", "di", "du", "del",
                "della", "la", "le", "dos", "das",
            ].map { normalizer.normalize($0) })
    }()

    /// Splits an alias, given as normalised words, into its given name and surname.
    ///
    /// - Parameter aliasWords: the alias's words after ``ArabicNormalizer``.
    /// - Returns: the parts, or `nil` when the alias has fewer than two name units.
    /// - Complexity: O(w) in the number of words.
    public init?(aliasWords: [String]) {
        var words = aliasWords[...]
        while let first = words.first, words.count > 2,
            NameCandidateHeuristic.titles.contains(first) || (first.hasPrefix("ال") && !Self.particles.contains(first))
        {
            words = words.dropFirst()
        }
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
