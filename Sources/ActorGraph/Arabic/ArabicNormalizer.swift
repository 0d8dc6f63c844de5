import Foundation

/// Folds the spelling differences of Arabic-script text that do not change which
/// name is meant, so that two spellings of one name compare equal.
///
/// Each rule is one member of ``Rules`` and can be switched off. With
/// ``Rules/standard`` (the default) the rules apply in this order:
///
/// 1. ``Rules/compatibilityForms``: Unicode NFKC, so presentation forms
///    (U+FB50–U+FDFF, U+FE70–U+FEFF) and ligatures such as U+FEFB become plain
///    letters. When this rule is off, NFC is still applied, so canonically
///    equivalent spellings (a precomposed أ and alef + U+0654) always agree.
/// 2. ``Rules/removeInvisibleControls``: drops bidirectional controls (U+200E,
///    U+200F, U+061C, U+202A–U+202E, U+2066–U+2069), zero-width characters
///    (U+200B–U+200D, U+2060–U+2064, U+FEFF) and the soft hyphen U+00AD.
/// 3. ``Rules/removeDiacritics``: drops every combining mark (general category
///    Mn, Mc or Me) in the Arabic blocks. That covers the harakat U+064B–U+0652,
///    the combining maddah and hamzas U+0653–U+0655, the other marks to U+065F,
///    the superscript alef U+0670, the Quranic signs U+0610–U+061A and
///    U+06D6–U+06ED and the extended marks U+08D3–U+08FF; also the small waw
///    U+06E5 and small yeh U+06E6 (modifier letters that only lengthen a vowel).
///    Combining marks of other scripts (a Latin acute accent) are kept.
/// 4. ``Rules/removeTatweel``: drops the kashida U+0640.
/// 5. ``Rules/unifyAlef``: أ U+0623, إ U+0625, آ U+0622, ٱ U+0671 and the rarer
///    ٲ U+0672, ٳ U+0673, ٵ U+0675 become bare alef ا U+0627.
/// 6. ``Rules/foldHamzaSeats``: a hamza on a carrier becomes the carrier: ؤ U+0624
///    and ٶ U+0676 and ٷ U+0677 → و; ئ U+0626 and ٸ U+0678 → ي; the high hamza
///    U+0674 is dropped. The standalone hamza ء U+0621 is **kept**: it is a letter
///    of its own (سماء and سما are different words) and dropping it would merge more
///    than it unifies.
/// 7. ``Rules/foldAlefMaksura``: ى U+0649 → ي U+064A.
/// 8. ``Rules/foldTehMarbuta``: ة U+0629 → ه U+0647.
/// 9. ``Rules/foldPersianLetters``: the Persian, Urdu, Pashto and Kurdish shapes of
///    Arabic letters become the Arabic letter: ک U+06A9 and ڪ U+06AA → ك; ی U+06CC,
///    ۍ U+06CD, ێ U+06CE, ې U+06D0 and ے U+06D2 → ي; ە U+06D5, ۀ U+06C0, ہ U+06C1,
///    ۂ U+06C2, ۃ U+06C3 and ھ U+06BE → ه; ۆ U+06C6, ۇ U+06C7 and ۈ U+06C8 → و.
///    Letters for sounds Arabic lacks (پ, چ, ژ, ڤ, گ) are **not** folded here: they
///    are distinct letters, and ``TransliterationVariants`` treats them as variants.
/// 10. ``Rules/foldDigits``: Arabic-Indic digits U+0660–U+0669 and Persian digits
///     U+06F0–U+06F9 become ASCII 0–9.
/// 11. ``Rules/foldCase``: upper-case letters of bicameral scripts (Latin, Greek,
///     Cyrillic) become lower case, so `CIA` and `cia` agree.
/// 12. ``Rules/foldWhitespace``: every run of white space (including no-break
///     spaces and line breaks) becomes one ASCII space; leading and trailing white
///     space is removed.
///
/// ```swift
/// let normalizer = ArabicNormalizer()
/// normalizer.normalize("إِيرَانُ")   // "ايران"
/// normalizer.normalize("مدرسـة")     // "مدرسه"
/// ```
///
/// - Complexity: ``normalize(_:)`` is O(n) in the length of the text.
public struct ArabicNormalizer: Sendable, Hashable {
    /// The rules a normalizer applies; see ``ArabicNormalizer`` for what each one does.
    public struct Rules: OptionSet, Sendable, Hashable {
        /// The rule bits.
        public let rawValue: UInt32

        /// Creates a rule set from its raw bits.
        public init(rawValue: UInt32) { self.rawValue = rawValue }

        /// Unicode NFKC instead of NFC (rule 1).
        public static let compatibilityForms = Rules(rawValue: 1 << 0)
        /// Drop bidirectional controls, zero-width characters and the soft hyphen (rule 2).
        public static let removeInvisibleControls = Rules(rawValue: 1 << 1)
        /// Drop the combining marks of the Arabic blocks (rule 3).
        public static let removeDiacritics = Rules(rawValue: 1 << 2)
        /// Drop the tatweel U+0640 (rule 4).
        public static let removeTatweel = Rules(rawValue: 1 << 3)
        /// أ إ آ ٱ ٲ ٳ ٵ → ا (rule 5).
        public static let unifyAlef = Rules(rawValue: 1 << 4)
        /// ؤ → و, ئ → ي, high hamza dropped; ء kept (rule 6).
        public static let foldHamzaSeats = Rules(rawValue: 1 << 5)
        /// ى → ي (rule 7).
        public static let foldAlefMaksura = Rules(rawValue: 1 << 6)
        /// ة → ه (rule 8).
        public static let foldTehMarbuta = Rules(rawValue: 1 << 7)
        /// Persian, Urdu, Pashto and Kurdish letter shapes → Arabic letters (rule 9).
        public static let foldPersianLetters = Rules(rawValue: 1 << 8)
        /// Arabic-Indic and Persian digits → ASCII digits (rule 10).
        public static let foldDigits = Rules(rawValue: 1 << 9)
        /// Lower-case bicameral scripts (rule 11).
        public static let foldCase = Rules(rawValue: 1 << 10)
        /// Collapse and trim white space (rule 12).
        public static let foldWhitespace = Rules(rawValue: 1 << 11)

        /// Every rule: what name matching uses.
        public static let standard: Rules = [
            .compatibilityForms, .removeInvisibleControls, .removeDiacritics, .removeTatweel, .unifyAlef,
            .foldHamzaSeats, .foldAlefMaksura, .foldTehMarbuta, .foldPersianLetters, .foldDigits, .foldCase,
            .foldWhitespace,
        ]

        /// The four rules CAMeL Tools offers as `dediac_ar`, `normalize_alef_ar`,
        /// `normalize_alef_maksura_ar` and `normalize_teh_marbuta_ar`. Our diacritic set
        /// is wider than CAMeL's (see `Guides/Arabic.md`).
        public static let camelEquivalent: Rules = [.removeDiacritics, .unifyAlef, .foldAlefMaksura, .foldTehMarbuta]
    }

    /// The rules this normalizer applies.
    public var rules: Rules

    /// Creates a normalizer.
    ///
    /// - Parameter rules: the rules to apply; every rule by default.
    public init(rules: Rules = .standard) {
        self.rules = rules
    }

    /// The text with every rule of ``rules`` applied.
    ///
    /// - Parameter text: any text; non-Arabic parts pass through except for the
    ///   script-independent rules (controls, digits, case, white space, NFKC).
    /// - Returns: the normalised text.
    /// - Complexity: O(n) in the length of `text`.
    public func normalize<Text: StringProtocol>(_ text: Text) -> String {
        let composed =
            rules.contains(.compatibilityForms)
            ? String(text).precomposedStringWithCompatibilityMapping
            : String(text).precomposedStringWithCanonicalMapping
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in composed.unicodeScalars {
            if rules.contains(.foldWhitespace), scalar.properties.isWhitespace {
                pendingSpace = !output.isEmpty
                continue
            }
            guard let folded = fold(scalar) else { continue }
            if pendingSpace {
                output.append(" ")
                pendingSpace = false
            }
            if rules.contains(.foldCase), folded.properties.changesWhenLowercased {
                output.append(contentsOf: folded.properties.lowercaseMapping.unicodeScalars)
            } else {
                output.append(folded)
            }
        }
        return String(output)
    }

    /// The scalar after the letter rules, or `nil` when a rule drops it.
    func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        if rules.contains(.removeInvisibleControls), Self.isInvisibleControl(value) { return nil }
        if rules.contains(.removeDiacritics), Self.isArabicDiacritic(scalar) { return nil }
        if rules.contains(.removeTatweel), value == 0x0640 { return nil }
        switch value {
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673, 0x0675:
            return rules.contains(.unifyAlef) ? "\u{0627}" : scalar
        case 0x0624, 0x0676, 0x0677:
            return rules.contains(.foldHamzaSeats) ? "\u{0648}" : scalar
        case 0x0626, 0x0678:
            return rules.contains(.foldHamzaSeats) ? "\u{064A}" : scalar
        case 0x0674:
            return rules.contains(.foldHamzaSeats) ? nil : scalar
        case 0x0649:
            return rules.contains(.foldAlefMaksura) ? "\u{064A}" : scalar
        case 0x0629:
            return rules.contains(.foldTehMarbuta) ? "\u{0647}" : scalar
        case 0x06A9, 0x06AA:
            return rules.contains(.foldPersianLetters) ? "\u{0643}" : scalar
        case 0x06CC, 0x06CD, 0x06CE, 0x06D0, 0x06D2:
            return rules.contains(.foldPersianLetters) ? "\u{064A}" : scalar
        case 0x06D5, 0x06C0, 0x06C1, 0x06C2, 0x06C3, 0x06BE:
            return rules.contains(.foldPersianLetters) ? "\u{0647}" : scalar
        case 0x06C6, 0x06C7, 0x06C8:
            return rules.contains(.foldPersianLetters) ? "\u{0648}" : scalar
        case 0x0660...0x0669:
            return rules.contains(.foldDigits) ? Unicode.Scalar(value - 0x0660 + 0x30) : scalar
        case 0x06F0...0x06F9:
            return rules.contains(.foldDigits) ? Unicode.Scalar(value - 0x06F0 + 0x30) : scalar
        default:
            return scalar
        }
    }

    /// Bidirectional controls, zero-width characters and the soft hyphen.
    static func isInvisibleControl(_ value: UInt32) -> Bool {
        switch value {
        case 0x00AD, 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }

    /// A combining mark in one of the Arabic blocks, or the small waw or small yeh.
    static func isArabicDiacritic(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        let inArabicBlock =
            (0x0600...0x06FF).contains(value) || (0x0750...0x077F).contains(value)
            || (0x08A0...0x08FF).contains(value) || (0xFB50...0xFDFF).contains(value)
            || (0xFE70...0xFEFF).contains(value)
        guard inArabicBlock else { return false }
        if value == 0x06E5 || value == 0x06E6 { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
