import Testing

@testable import ActorGraph

/// Sentences written for these tests.
struct MentionFinderTests {
    let dataset = Dataset(
        actors: [
            Actor(id: "petrov", kind: .person, name: "Ivan Petrov", aliases: ["إيفان بتروف", "بتروف"]),
            Actor(id: "admin", kind: .institution, name: "Petrov administration", aliases: ["إدارة إيفان بتروف"]),
            Actor(id: "oslo", kind: .country, name: "Norway", aliases: ["النرويج", "أوسلو"]),
            Actor(id: "mary", kind: .person, name: "Mary Smith", aliases: ["ماري سميث"]),
        ],
        interactions: [])

    @Test func longestAliasIsOneMention() {
        let report = MentionFinder(dataset: dataset).mentions(in: TextDocument(text: "عنوان\nوصل إيفان بتروف أمس"))
        #expect(report.mentions.count == 1)
        #expect(report.mentions.first?.actorID == "petrov")
        #expect(report.mentions.first?.wordCount == 2)
        #expect(report.mentions.first?.paragraph == 2)
    }

    @Test func mentionRangeLeavesOutThePrefixAndGivesOffsets() throws {
        let text = "😀\nسافر وبتروف إلى أوسلو"
        let report = MentionFinder(dataset: dataset).mentions(in: TextDocument(text: text))
        let petrov = try #require(report.mentions.first { $0.actorID == "petrov" })
        #expect(petrov.text == "بتروف")
        #expect(String(text[petrov.range]) == "بتروف")
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[petrov.scalarOffsets])) == "بتروف")
        let utf16 = Array(text.utf16)
        #expect(String(decoding: utf16[petrov.utf16Offsets], as: UTF16.self) == "بتروف")
        #expect(petrov.matches.first?.prefix == "و")
    }

    @Test func diacriticsAndTatweelInsideTheNameAreCovered() throws {
        let text = "قابل بِبِتْـروف"
        let report = MentionFinder(dataset: dataset).mentions(in: TextDocument(text: text))
        let petrov = try #require(report.mentions.first)
        #expect(petrov.text == "بِتْـروف")
    }

    @Test func innerNamesOfOtherActorsAreReportedAsNested() throws {
        let document = TextDocument(text: "قررت إدارة إيفان بتروف")
        let report = MentionFinder(dataset: dataset).mentions(in: document)
        #expect(report.mentions.compactMap(\.actorID) == ["admin", "petrov"])
        let inner = try #require(report.mentions.last)
        #expect(inner.text == "إيفان بتروف")
        #expect(inner.enclosing?.text == "إدارة إيفان بتروف")
        #expect(report.mentions.first?.enclosing == nil)
        let outerOnly = MentionFinder(dataset: dataset, includesNestedMentions: false).mentions(in: document)
        #expect(outerOnly.mentions.compactMap(\.actorID) == ["admin"])
    }

    @Test func namesOfTheSameActorInsideItsLongerNameAreNotRepeated() {
        // The council's longer alias holds its shorter one: one mention.
        let council = Dataset(
            actors: [
                Actor(id: "nsc", kind: .institution, name: "Council", aliases: ["مجلس الأمن القومي", "مجلس الأمن القومي الأميركي"]),
                Actor(id: "us", kind: .country, name: "US", aliases: ["الأميركي"]),
            ], interactions: [])
        let report = MentionFinder(dataset: council).mentions(in: TextDocument(text: "أبلغ مجلس الأمن القومي الأميركي الوفد"))
        #expect(report.mentions.map(\.actorID) == ["nsc"])
    }

    @Test func placesInsideALongerNameAreNotNested() {
        // أوسلو in the embassy's name is where it is, not a party.
        let embassy = Dataset(
            actors: dataset.actors + [Actor(id: "embassy", kind: .institution, name: "Embassy", aliases: ["السفارة في أوسلو"])],
            interactions: [])
        let report = MentionFinder(dataset: embassy).mentions(in: TextDocument(text: "أعلنت السفارة في أوسلو"))
        #expect(report.mentions.map(\.actorID) == ["embassy"])
    }

    @Test func namesDoNotSpanPunctuation() {
        let report = MentionFinder(dataset: dataset).mentions(in: TextDocument(text: "قالت ماري، سميث"))
        // Two partial names (an unsettled given name, a surname), never the full name.
        #expect(report.mentions.map(\.wordCount) == [1, 1])
        #expect(report.mentions.map(\.part) == [.givenName, .surname])
        let hyphen = MentionFinder(dataset: dataset).mentions(in: TextDocument(text: "قالت ماري-سميث"))
        #expect(hyphen.mentions.first?.actorID == "mary")
    }

    @Test func blocksRuleLetsANameContinueOnTheNextLine() {
        let document = TextDocument(text: "عنوان\n\nوصلت ماري\nسميث اليوم", rule: .blocks)
        let report = MentionFinder(dataset: dataset).mentions(in: document)
        #expect(report.mentions.first?.actorID == "mary")
        #expect(report.mentions.first?.paragraph == 2)
    }

    @Test func paragraphFilterLimitsTheSearch() {
        let document = TextDocument(text: "بتروف\nأوسلو\nبتروف")
        let report = MentionFinder(dataset: dataset).mentions(in: document, paragraphs: [2])
        #expect(report.mentions.map(\.paragraph) == [2])
    }

    @Test func unknownNameAfterATitleIsACandidate() {
        let text = "وقال وزير الخارجية الفنلندي ماتي كورهونن إن المحادثات مستمرة"
        let report = MentionFinder(dataset: dataset).mentions(in: TextDocument(text: text))
        #expect(report.candidates.map(\.text) == ["ماتي كورهونن"])
        #expect(report.candidates.first?.cue == "وزير")
    }

    @Test func knownNameAfterATitleIsNoCandidate() {
        let text = "وقال الرئيس النرويجي إيفان بتروف إن الوفد وصل"
        let report = MentionFinder(dataset: dataset).mentions(in: TextDocument(text: text))
        #expect(report.candidates.isEmpty)
        #expect(report.mentions.first?.actorID == "petrov")
    }

    @Test func capitalisedLatinWordsAreCandidates() {
        let text = "نقلت صحيفة Nordic Daily Post عن مصادر في أوسلو"
        let report = MentionFinder(dataset: dataset).mentions(in: TextDocument(text: text))
        #expect(report.candidates.map(\.text) == ["Nordic Daily Post"])
        #expect(report.candidates.first?.cue == "")
        #expect(report.candidates.first?.cueKind == .latinCapitals)
    }

    @Test func ambiguousNamesAreReportedNotMerged() {
        let twins = Dataset(
            actors: [
                Actor(id: "layla", kind: .person, name: "Layla", aliases: ["ليلى"]),
                Actor(id: "lily", kind: .person, name: "Lily", aliases: ["ليلي"]),
            ], interactions: [])
        let report = MentionFinder(dataset: twins).mentions(in: TextDocument(text: "وصلت ليلى"))
        #expect(report.mentions.count == 1)
        #expect(report.mentions.first?.actorID == nil)
        #expect(report.ambiguousMentions.first?.resolution == .ambiguous(["layla", "lily"]))
    }
}
