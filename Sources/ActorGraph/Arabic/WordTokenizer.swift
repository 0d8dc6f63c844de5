/// One word of a text, where it stands, and its normalised forms.
struct WordToken: Sendable, Hashable {
    /// The word as written (without leading or trailing invisible controls).
    var range: Range<String.Index>
    /// The same span counted in Unicode scalars from the start of the text.
    var scalarOffsets: Range<Int>
    /// The same span counted in UTF-16 code units from the start of the text.
    var utf16Offsets: Range<Int>
    /// The word after ``ArabicNormalizer``.
    var normalized: String
    /// ``TransliterationVariants/key(_:)`` of ``normalized``.
    var variantKey: String
    /// Whether only white space, hyphens and invisible controls separate this word
    /// from the previous one, so that a multi-word name may continue across the gap.
    var joinsPrevious: Bool
    /// Whether the word starts with an upper-case Latin letter.
    var isCapitalizedLatin: Bool

    /// Whether the word starts with a Latin letter.
    var isLatin: Bool {
        guard let first = normalized.unicodeScalars.first else { return false }
        return first.value < 0x0250 && first.properties.isAlphabetic
    }
}

/// Splits text into words for name matching.
///
/// A word is a maximal run of letters, combining marks and digits (the tatweel is a
/// letter, and invisible controls inside a run do not end it); everything else
/// separates words. Invisible controls at either end of a run are left out of the
/// word's range.
///
/// - Complexity: O(n) in the length of the text.
struct WordTokenizer: Sendable {
    var normalizer: ArabicNormalizer

    /// The words of `text[range]`; offsets count from `base` (the scalar and UTF-16
    /// offsets of `range.lowerBound` in the whole text).
    func tokens(
        in text: String, range: Range<String.Index>? = nil, base: (scalars: Int, utf16: Int) = (0, 0)
    ) -> [WordToken] {
        let scalars = text.unicodeScalars
        let bounds = range ?? text.startIndex..<text.endIndex
        var result: [WordToken] = []
        var index = bounds.lowerBound
        var scalarOffset = base.scalars
        var utf16Offset = base.utf16
        var gapJoinable = false

        // The word being read: start, and end after its last visible scalar.
        var start: (index: String.Index, scalars: Int, utf16: Int)?
        var end: (index: String.Index, scalars: Int, utf16: Int)?

        func finishWord() {
            guard let wordStart = start, let wordEnd = end else { return }
            let wordRange = wordStart.index..<wordEnd.index
            let normalized = normalizer.normalize(Substring(text.unicodeScalars[wordRange]))
            let capitalized = text.unicodeScalars[wordStart.index].properties.isUppercase
                && text.unicodeScalars[wordStart.index].value < 0x0250
            var first = true
            for part in normalized.split(separator: " ") {
                result.append(
                    WordToken(
                        range: wordRange, scalarOffsets: wordStart.scalars..<wordEnd.scalars,
                        utf16Offsets: wordStart.utf16..<wordEnd.utf16, normalized: String(part),
                        variantKey: TransliterationVariants.key(part), joinsPrevious: first ? gapJoinable : true,
                        isCapitalizedLatin: capitalized))
                first = false
            }
            // A word that normalises to nothing (a lone mark) breaks a name.
            gapJoinable = !normalized.isEmpty
            start = nil
            end = nil
        }

        while index < bounds.upperBound {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            let width = scalar.utf16.count
            if ArabicNormalizer.isInvisibleControl(scalar.value) {
                // Part of a word when inside one; otherwise neutral in a gap.
            } else if Self.isWordScalar(scalar) {
                if start == nil {
                    start = (index, scalarOffset, utf16Offset)
                }
                end = (next, scalarOffset + 1, utf16Offset + width)
            } else {
                if start != nil { finishWord() }
                if !Self.isJoiningGapScalar(scalar) { gapJoinable = false }
            }
            index = next
            scalarOffset += 1
            utf16Offset += width
        }
        finishWord()
        return result
    }

    /// Letters, combining marks and digits.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// The scalars between two words of `text`: empty when the second starts where
    /// or before the first ends (the parts of one written word that normalises to
    /// several words, such as ﷺ, share its range).
    static func gap(between first: WordToken, and second: WordToken, in text: String) -> Substring.UnicodeScalarView {
        guard first.range.upperBound < second.range.lowerBound else { return Substring.UnicodeScalarView() }
        return text.unicodeScalars[first.range.upperBound..<second.range.lowerBound]
    }

    /// Whether two words are separated by a comma (، or ,) and white space only.
    static func isCommaGap(between first: WordToken, and second: WordToken, in text: String) -> Bool {
        let scalars = gap(between: first, and: second, in: text)
        return scalars.contains { $0 == "\u{060C}" || $0 == "," }
            && scalars.allSatisfy {
                $0 == "\u{060C}" || $0 == "," || $0.properties.isWhitespace || ArabicNormalizer.isInvisibleControl($0.value)
            }
    }

    /// White space and hyphens: the only separators a multi-word name may span.
    static func isJoiningGapScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isWhitespace { return true }
        switch scalar.value {
        case 0x002D, 0x2010, 0x2011: return true
        default: return false
        }
    }
}
