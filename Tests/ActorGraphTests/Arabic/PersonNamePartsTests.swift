import Testing

@testable import ActorGraph

/// Names written for these tests.
struct PersonNamePartsTests {
    private func parts(_ alias: String) -> PersonNameParts? {
        let normalizer = ArabicNormalizer()
        return PersonNameParts(aliasWords: normalizer.normalize(alias).split(separator: " ").map(String.init))
    }

    private func normalized(_ text: String) -> [String] {
        ArabicNormalizer().normalize(text).split(separator: " ").map(String.init)
    }

    @Test func givenNameAndSurname() throws {
        let name = try #require(parts("سيرغي لافروف"))
        #expect(name.given == normalized("سيرغي"))
        #expect(name.surname == normalized("لافروف"))
    }

    @Test func middleNamesAreNeitherGivenNorSurname() throws {
        let name = try #require(parts("ماري بيث لونغ"))
        #expect(name.given == normalized("ماري"))
        #expect(name.surname == normalized("لونغ"))
    }

    @Test func particlesJoinTheWordAfterThem() throws {
        let bin = try #require(parts("محمد بن سلمان"))
        #expect(bin.given == normalized("محمد"))
        #expect(bin.surname == normalized("بن سلمان"))
        let abd = try #require(parts("عبد الله بن زايد"))
        #expect(abd.given == normalized("عبد الله"))
        #expect(abd.surname == normalized("بن زايد"))
        let family = try #require(parts("فيصل آل سعود"))
        #expect(family.surname == normalized("آل سعود"))
        let latin = try #require(parts("Ursula von der Leyen"))
        #expect(latin.given == ["ursula"])
        #expect(latin.surname == ["von", "der", "leyen"])
    }

    @Test func titlesAndArticleWordsBeforeTheNameAreLeftOut() throws {
        let name = try #require(parts("الرئيس الفنلندي ماتي كورهونن"))
        #expect(name.given == normalized("ماتي"))
        #expect(name.surname == normalized("كورهونن"))
        // A surname with the article keeps it.
        let assad = try #require(parts("بشار الأسد"))
        #expect(assad.surname == normalized("الأسد"))
    }

    @Test func aNameWrittenWithAHamzaIsNoArticleWord() throws {
        // ألكسندر normalises to الكسندر; as written, it has no article.
        let words = ["ألكسندر", "كوزنيتسوف"]
        let normalizer = ArabicNormalizer()
        let name = try #require(PersonNameParts(aliasWords: words.map { normalizer.normalize($0) }, writtenWords: words))
        #expect(name.given == [normalizer.normalize("ألكسندر")])
    }

    @Test func aTitleBeforeOneNameLeavesNoParts() {
        // الروسي is no given name of Putin, الأمير none of Mohammed.
        #expect(parts("الرئيس الروسي بوتين") == nil)
        #expect(parts("الأمير محمد") == nil)
        #expect(parts("فون دير لاين") == nil)  // one unit: particles joined to their word
    }

    @Test func oneUnitHasNoParts() {
        #expect(parts("بوتين") == nil)
        #expect(parts("عبد الله") == nil)
        #expect(parts("") == nil)
    }
}
