/// The spelling variants of a foreign name written in Arabic letters that name
/// matching accepts, at a lower confidence than an exact match.
///
/// Arabic has no letter for several European sounds, and outlets choose different
/// letters for them; long vowels are written or left out at will. Two normalised
/// words (see ``ArabicNormalizer``) are variants of each other when their
/// ``key(_:)`` is equal. The key applies these classes:
///
/// | Class | Letters treated alike | Example |
/// |---|---|---|
/// | foreign G | غ ج ق گ ڨ ݣ | غوردون / جوردون / قوردون |
/// | foreign V | ف ڤ | فيكتور / ڤيكتور |
/// | foreign P | ب پ | بيتر / پيتر |
/// | foreign Z and voiced TH | ز ذ ظ ژ | زاخاروف / ذاخاروف |
/// | foreign S and voiceless TH | س ث ص | سميث / سميس |
/// | foreign T | ت ط | تيد / طيد |
/// | initial Yu, U, O | يو and او at the start of a word | يوليا / اوليا |
/// | long vowels | a ي or و inside a word (neither the first nor the last letter) may be present or absent | ماكسيم / ماكسم |
///
/// Not accepted, on purpose: ك against the G letters (ك is a plain K in most
/// names, and كين / جين / غين are different names), ي or و as the first or last
/// letter (a final ي often makes an adjective or a different name), a missing or
/// extra alef, and ه against ا at the end of a word. Latin letters are compared after
/// case folding only.
///
/// Keys shorter than three letters are never used for matching (see
/// ``isUsableKey(_:)``), so that short words do not collide.
public enum TransliterationVariants {
    /// The letter every member of a class becomes in a key.
    private static let classRepresentative: [Unicode.Scalar: Unicode.Scalar] = [
        // foreign G
        "\u{063A}": "\u{063A}", "\u{062C}": "\u{063A}", "\u{0642}": "\u{063A}", "\u{06AF}": "\u{063A}",
        "\u{06A8}": "\u{063A}", "\u{0763}": "\u{063A}",
        // foreign V
        "\u{06A4}": "\u{0641}",
        // foreign P
        "\u{067E}": "\u{0628}",
        // Z and voiced TH
        "\u{0630}": "\u{0632}", "\u{0638}": "\u{0632}", "\u{0698}": "\u{0632}",
        // S and voiceless TH
        "\u{062B}": "\u{0633}", "\u{0635}": "\u{0633}",
        // T
        "\u{0637}": "\u{062A}",
    ]

    private static let alef: Unicode.Scalar = "\u{0627}"
    private static let waw: Unicode.Scalar = "\u{0648}"
    private static let yeh: Unicode.Scalar = "\u{064A}"

    /// The variant key of one normalised word: equal keys mean the words are
    /// transliteration variants of each other.
    ///
    /// - Parameter word: one word, already normalised with ``ArabicNormalizer``.
    /// - Returns: the word with every letter replaced by its class's representative,
    ///   a leading يو written as او, and every ي and و between the first and the last
    ///   letter removed.
    /// - Complexity: O(n) in the length of the word.
    public static func key<Word: StringProtocol>(_ word: Word) -> String {
        var scalars = word.unicodeScalars.map { classRepresentative[$0] ?? $0 }
        if scalars.count >= 2, scalars[0] == yeh, scalars[1] == waw {
            scalars[0] = alef
        }
        guard scalars.count > 2 else { return String(String.UnicodeScalarView(scalars)) }
        var key = String.UnicodeScalarView()
        key.append(scalars[0])
        // Position 1 of an initial او is part of the initial class, not a long vowel.
        let keepsSecond = scalars[0] == alef && scalars[1] == waw
        for index in 1..<(scalars.count - 1) {
            let scalar = scalars[index]
            if (scalar == yeh || scalar == waw) && !(index == 1 && keepsSecond) { continue }
            key.append(scalar)
        }
        key.append(scalars[scalars.count - 1])
        return String(key)
    }

    /// Whether a key is long enough to match on: at least three letters.
    ///
    /// - Parameter key: a key from ``key(_:)``.
    /// - Complexity: O(1) for keys of up to three scalars, O(n) otherwise.
    public static func isUsableKey(_ key: String) -> Bool {
        key.unicodeScalars.count >= 3
    }
}
