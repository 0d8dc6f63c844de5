import Testing

@testable import ActorGraph

/// One test per rule of ``ArabicNormalizer``, on strings written for these tests.
struct ArabicNormalizerTests {
    let normalizer = ArabicNormalizer()

    @Test func removesHarakatAndTanwin() {
        #expect(normalizer.normalize("دَرَسَ الطُّلَّابُ دَرْساً") == "درس الطلاب درسا")
    }

    @Test func removesSuperscriptAlefAndQuranicMarks() {
        #expect(normalizer.normalize("رَحْمٰن") == "رحمن")
        #expect(normalizer.normalize("\u{0642}\u{0627}\u{0644}\u{06D6}\u{0670}") == "قال")
        #expect(normalizer.normalize("\u{0633}\u{0644}\u{0627}\u{0645}\u{0610}") == "سلام")
    }

    @Test func removesTatweel() {
        #expect(normalizer.normalize("كبيــــر") == "كبير")
    }

    @Test func unifiesAlefForms() {
        #expect(normalizer.normalize("أسد إبل آخر ٱسم") == "اسد ابل اخر اسم")
        #expect(normalizer.normalize("\u{0672}\u{0673}\u{0675}") == "ااا")
    }

    @Test func foldsHamzaSeatsAndKeepsStandaloneHamza() {
        #expect(normalizer.normalize("سؤال") == "سوال")
        #expect(normalizer.normalize("سائق") == "سايق")
        #expect(normalizer.normalize("ضوء") == "ضوء")
    }

    @Test func foldsAlefMaksura() {
        #expect(normalizer.normalize("هدى") == "هدي")
    }

    @Test func foldsTehMarbuta() {
        #expect(normalizer.normalize("سفارة") == "سفاره")
    }

    @Test func foldsPersianAndUrduLetterShapes() {
        let table: [(String, String)] = [
            ("\u{06A9}", "ك"), ("\u{06AA}", "ك"), ("\u{06CC}", "ي"), ("\u{06CD}", "ي"), ("\u{06CE}", "ي"),
            ("\u{06D0}", "ي"), ("\u{06D2}", "ي"), ("\u{06D5}", "ه"), ("\u{06C0}", "ه"), ("\u{06C1}", "ه"),
            ("\u{06C2}", "ه"), ("\u{06C3}", "ه"), ("\u{06BE}", "ه"), ("\u{06C6}", "و"), ("\u{06C7}", "و"),
            ("\u{06C8}", "و"),
        ]
        for (persian, arabic) in table {
            #expect(normalizer.normalize("ب" + persian + "ن") == "ب" + arabic + "ن", "\(persian.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func keepsLettersForForeignSounds() {
        // پ چ ژ ڤ گ are letters of their own; TransliterationVariants handles them.
        #expect(normalizer.normalize("پچژڤگ") == "پچژڤگ")
    }

    @Test func removesBidirectionalControls() {
        let controls = ["\u{200E}", "\u{200F}", "\u{061C}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}",
                        "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}"]
        for control in controls {
            #expect(normalizer.normalize("نا" + control + "دي") == "نادي")
        }
    }

    @Test func removesZeroWidthCharacters() {
        for invisible in ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}"] {
            #expect(normalizer.normalize("قل" + invisible + "م") == "قلم")
        }
    }

    @Test func foldsWhiteSpace() {
        #expect(normalizer.normalize(" \tنهر\u{00A0}\u{00A0}كبير\n\u{2003}") == "نهر كبير")
    }

    @Test func foldsLatinCase() {
        #expect(normalizer.normalize("The UN Office") == "the un office")
    }

    @Test func foldsArabicIndicAndPersianDigits() {
        #expect(normalizer.normalize("\u{0661}\u{0669}\u{0669}\u{0664}-\u{06F2}\u{06F0}") == "1994-20")
    }

    @Test func appliesCompatibilityFormsWithNFKC() {
        #expect(normalizer.normalize("\u{FEFB}") == "لا")
        #expect(normalizer.normalize("\u{FE91}\u{FEF4}\u{FE96}") == "بيت")
    }

    @Test func composesCanonicalSequencesWithoutNFKC() {
        let canonicalOnly = ArabicNormalizer(rules: [.unifyAlef])
        #expect(canonicalOnly.normalize("\u{0627}\u{0654}") == "ا")
        #expect(canonicalOnly.normalize("\u{FEFB}") == "\u{FEFB}")
    }

    @Test func rulesCanBeSwitchedOff() {
        let none = ArabicNormalizer(rules: [])
        #expect(none.normalize("أحمدُ ـ ى ة") == "أحمدُ ـ ى ة")
        let onlyMaksura = ArabicNormalizer(rules: [.foldAlefMaksura])
        #expect(onlyMaksura.normalize("أُنثى") == "أُنثي")
    }
}
