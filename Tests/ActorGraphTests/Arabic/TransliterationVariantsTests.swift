import Testing

@testable import ActorGraph

/// One test per variant class of ``TransliterationVariants``, plus the classes it refuses.
struct TransliterationVariantsTests {
    private func key(_ word: String) -> String {
        TransliterationVariants.key(ArabicNormalizer().normalize(word))
    }

    @Test func foreignGLettersAreVariants() {
        #expect(key("غوردون") == key("جوردون"))
        #expect(key("غوردون") == key("قوردون"))
        #expect(key("غوردون") == key("گوردون"))
    }

    @Test func foreignVLettersAreVariants() {
        #expect(key("فيكتور") == key("ڤيكتور"))
    }

    @Test func foreignPLettersAreVariants() {
        #expect(key("بيتر") == key("پيتر"))
    }

    @Test func zAndVoicedThLettersAreVariants() {
        #expect(key("زاخاروف") == key("ذاخاروف"))
        #expect(key("زاخاروف") == key("ظاخاروف"))
    }

    @Test func sAndVoicelessThLettersAreVariants() {
        #expect(key("سميث") == key("سميس"))
        #expect(key("صوفيا") == key("سوفيا"))
    }

    @Test func tLettersAreVariants() {
        #expect(key("ترامب") == key("طرامب"))
    }

    @Test func initialYuAndUAreVariants() {
        #expect(key("يوليا") == key("أوليا"))
        #expect(key("يوشاكوف") == key("أوشاكوف"))
    }

    @Test func internalLongVowelsMayBeMissingOrExtra() {
        #expect(key("ماكسيم") == key("ماكسم"))
        #expect(key("دميترييف") == key("ديميترييف"))
        #expect(key("كوبشان") == key("كبشان"))
    }

    @Test func kafIsNotAForeignGLetter() {
        #expect(key("كارتر") != key("غارتر"))
    }

    @Test func finalAndInitialLongVowelsCount() {
        #expect(key("روسي") != key("روس"))
        #expect(key("وليد") != key("ليد"))
    }

    @Test func shortKeysAreNotUsable() {
        #expect(!TransliterationVariants.isUsableKey(key("كييف")))
        #expect(TransliterationVariants.isUsableKey(key("موسكو")))
    }
}
