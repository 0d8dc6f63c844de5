import Testing

@testable import ActorGraph

/// Surnames alone, given names, shared names and nested names, in sentences written
/// for these tests. Every person is known only by a full name.
struct PartialNameTests {
    static let dataset = Dataset(
        actors: [
            Actor(id: "lavrov", kind: .person, name: "Sergei Lavrov", aliases: ["سيرغي لافروف"]),
            Actor(id: "shoigu", kind: .person, name: "Sergei Shoigu", aliases: ["سيرغي شويغو"]),
            Actor(id: "naryshkin", kind: .person, name: "Sergei Naryshkin", aliases: ["سيرجي ناريشكين"]),
            Actor(id: "graham", kind: .person, name: "Thomas Graham", aliases: ["توماس غراهام"]),
            Actor(id: "kupchan", kind: .person, name: "Charles Kupchan", aliases: ["تشارلز كوبشان"]),
            Actor(id: "zelensky", kind: .person, name: "Volodymyr Zelensky", aliases: ["فولوديمير زيلينسكي"]),
            Actor(id: "andrei-k", kind: .person, name: "Andrei Kuznetsov", aliases: ["أندريه كوزنيتسوف"]),
            Actor(id: "alexander-k", kind: .person, name: "Alexander Kuznetsov", aliases: ["ألكسندر كوزنيتسوف"]),
            Actor(id: "mbz", kind: .person, name: "Abdullah bin Zayed", aliases: ["عبد الله بن زايد"]),
            Actor(id: "long", kind: .person, name: "Mary Beth Long", aliases: ["ماري بيث لونغ"]),
            Actor(id: "biden", kind: .person, name: "Joe Biden", aliases: ["جو بايدن"]),
            Actor(id: "baker", kind: .person, name: "John Baker", aliases: ["جون بيكر"]),
            Actor(id: "ua-office", kind: .institution, name: "Office of the President of Ukraine", aliases: ["مكتب الرئيس فولوديمير زيلينسكي"]),
            Actor(id: "wagner", kind: .institution, name: "Wagner Group", aliases: ["فاغنر"]),
            Actor(id: "richard-wagner", kind: .person, name: "Richard Wagner", aliases: ["ريتشارد فاغنر"]),
        ],
        interactions: [])

    static func report(_ text: String) -> MentionReport {
        MentionFinder(dataset: dataset).mentions(in: TextDocument(text: text))
    }

    // MARK: Surnames

    @Test func surnamesAloneWithPrefixesAndVariantsResolve() throws {
        let report = Self.report("التقى جراهام وكوبشان في جنيف")
        #expect(report.mentions.map(\.actorID) == ["graham", "kupchan"])
        #expect(report.mentions.map(\.text) == ["جراهام", "كوبشان"])
        let graham = try #require(report.mentions.first?.matches.first)
        #expect(graham.part == .surname)
        #expect(graham.kind == .variant)  // ج for غ
        #expect(abs(graham.confidence - 0.75 * 0.8) < 1e-12)
        let kupchan = try #require(report.mentions.last?.matches.first)
        #expect(kupchan.kind == .prefixed)
        #expect(kupchan.prefix == "و")
        #expect(abs(kupchan.confidence - 0.9 * 0.8) < 1e-12)
    }

    @Test func missingLongVowelAndDiacriticsStillResolve() {
        #expect(Self.report("وقال زيلنسكي إن الهدنة ممكنة").mentions.map(\.actorID) == ["zelensky"])
        #expect(Self.report("وصرّح لافْرُوف للصحافيين").mentions.map(\.actorID) == ["lavrov"])
        #expect(Self.report("ولِكُوبشان رأي آخر").mentions.map(\.actorID) == ["kupchan"])
    }

    @Test func aSurnameIsLessConfidentThanTheFullName() throws {
        let report = Self.report("وصل توماس غراهام ثم تحدث غراهام")
        #expect(report.mentions.map(\.actorID) == ["graham", "graham"])
        #expect(report.mentions.map(\.part) == [.alias, .surname])
        #expect(report.mentions[0].confidence > report.mentions[1].confidence)
        // The full mention before it is shown, although one actor carries the surname.
        #expect(report.mentions[1].antecedent?.text == "توماس غراهام")
    }

    @Test func surnameWithAParticle() throws {
        let report = Self.report("وقال بن زايد إن الاتصالات مستمرة")
        let mention = try #require(report.mentions.first)
        #expect(mention.actorID == "mbz")
        #expect(mention.text == "بن زايد")
        #expect(mention.part == .surname)
    }

    @Test func theArticleIsNeverTakenOffAPart() {
        // البيكر is not Baker; وبيكر is.
        #expect(Self.report("قرب البيكر").mentions.isEmpty)
        #expect(Self.report("التقى الوفد وبيكر").mentions.map(\.actorID) == ["baker"])
    }

    @Test func shortPartsAreNotIndexed() {
        // جو (Joe) is two letters: الجو and جو are not Biden.
        #expect(Self.report("كان الجو هادئا وجو المحادثات إيجابيا").mentions.isEmpty)
    }

    @Test func latinPartsNeedACapital() {
        let dataset = Dataset(
            actors: [Actor(id: "long", kind: .person, name: "Mary Beth Long", aliases: ["Mary Beth Long"])], interactions: [])
        let finder = MentionFinder(dataset: dataset)
        #expect(finder.mentions(in: TextDocument(text: "Long said the talks were useful")).mentions.map(\.actorID) == ["long"])
        #expect(finder.mentions(in: TextDocument(text: "after a long meeting")).mentions.isEmpty)
    }

    @Test func aWholeAliasBeatsAPersonsSurname() {
        // فاغنر alone is the group's alias, not Richard Wagner's surname.
        #expect(Self.report("أعلنت فاغنر انسحابها").mentions.map(\.actorID) == ["wagner"])
        #expect(Self.report("عزف ريتشارد فاغنر").mentions.map(\.actorID) == ["richard-wagner"])
    }

    // MARK: Shared surnames

    @Test func theNearestEarlierFullMentionDecidesASharedSurname() throws {
        let text = """
            استقبل أندريه كوزنيتسوف الوفد
            وقال كوزنيتسوف إن الجولة مفيدة
            ثم وصل ألكسندر كوزنيتسوف
            وأكد كوزنيتسوف أن الطرفين اتفقا
            """
        let report = Self.report(text)
        let surnames = report.mentions.filter { $0.wordCount == 1 }
        #expect(surnames.map(\.actorID) == ["andrei-k", "alexander-k"])
        #expect(surnames.map(\.part) == [.surnameAfterFull, .surnameAfterFull])
        #expect(surnames.map { $0.antecedent?.text } == ["أندريه كوزنيتسوف", "ألكسندر كوزنيتسوف"])
        #expect(surnames.map { $0.antecedent?.paragraph } == [1, 3])
    }

    @Test func aSharedSurnameWithoutAFullMentionIsAmbiguous() throws {
        let report = Self.report("وقال كوزنيتسوف إن الجولة مفيدة")
        let mention = try #require(report.mentions.first)
        #expect(mention.actorID == nil)
        #expect(mention.resolution == .ambiguous(["alexander-k", "andrei-k"]))
        #expect(mention.ambiguity == .sharedSurname)
        #expect(report.ambiguousMentions.count == 1)
    }

    // MARK: Given names

    @Test func aSharedGivenNameIsAmbiguousWithEveryCarrier() throws {
        // سيرجي (Naryshkin's spelling) is a variant of سيرغي: three candidates.
        let report = Self.report("وصل سيرغي لافروف ثم قال سيرغي إن الوفد جاهز")
        let given = try #require(report.mentions.last)
        #expect(given.text == "سيرغي")
        #expect(given.actorID == nil)
        #expect(given.resolution == .ambiguous(["lavrov", "naryshkin", "shoigu"]))
        #expect(given.ambiguity == .sharedGivenName)
    }

    @Test func aUniqueGivenNameResolvesOnlyAfterTheFullName() throws {
        let before = Self.report("وقال فولوديمير إن الهدنة ممكنة")
        #expect(before.mentions.first?.resolution == .ambiguous(["zelensky"]))
        #expect(before.mentions.first?.ambiguity == .givenNameWithoutFullName)

        let after = Self.report("استقبل فولوديمير زيلينسكي الوفد\nوقال فولوديمير إن الهدنة ممكنة")
        let given = try #require(after.mentions.last)
        #expect(given.actorID == "zelensky")
        #expect(given.part == .givenNameAfterFull)
        #expect(given.antecedent?.paragraph == 1)
        #expect(abs(given.confidence - 0.7) < 1e-12)
    }

    @Test func aCompoundGivenNameWithAParticle() throws {
        let report = Self.report("وصل عبد الله بن زايد\nوقال عبد الله إن المحادثات جدية")
        let given = try #require(report.mentions.last)
        #expect(given.text == "عبد الله")
        #expect(given.actorID == "mbz")
        #expect(given.part == .givenNameAfterFull)
    }

    @Test func aGivenNameFollowedByAnotherNameIsAnotherPerson() throws {
        let report = Self.report("وقال سيرغي ريابكوف إن الوفد جاهز")
        #expect(report.mentions.map(\.text) == ["سيرغي"])
        #expect(report.mentions.first?.actorID == nil)
        #expect(report.mentions.first?.ambiguity == .givenNameBeforeAnotherName)
        #expect(report.candidates.map(\.text) == ["سيرغي ريابكوف"])
    }

    @Test func aFullMentionInAnotherDocumentDoesNotCount() {
        // Coreference is per document: the same finder reads a second document afresh.
        let finder = MentionFinder(dataset: Self.dataset)
        let first = finder.mentions(in: TextDocument(text: "وصل فولوديمير زيلينسكي\nوقال فولوديمير إن"))
        #expect(first.mentions.last?.actorID == "zelensky")
        let second = finder.mentions(in: TextDocument(text: "وقال فولوديمير إن"))
        #expect(second.mentions.first?.actorID == nil)
        #expect(second.mentions.first?.ambiguity == .givenNameWithoutFullName)
    }

    // MARK: Partial names next to other names

    @Test func aSurnameAfterAnotherGivenNameIsAnotherPerson() throws {
        let report = Self.report("وقال السيناتور ليندسي غراهام إن العقوبات باقية\nوصرح كليف كوبشان، مدير المعهد، بأن")
        #expect(report.mentions.map(\.resolution) == [.ambiguous(["graham"]), .ambiguous(["kupchan"])])
        #expect(report.mentions.map(\.ambiguity) == [.surnameAfterAnotherName, .surnameAfterAnotherName])
        #expect(report.candidates.map(\.text) == ["ليندسي غراهام", "كليف كوبشان"])
    }

    @Test func anOrdinaryWordBeforeASurnameIsNoGivenName() {
        // No title or cue verb introduces the two words: the surname is Graham's.
        let report = Self.report("وطالب الحزب بعزل جراهام من اللجنة\nوانتقد الحزب قرار كوبشان")
        #expect(report.mentions.map(\.actorID) == ["graham", "kupchan"])
    }

    @Test func aGivenNameBeforeAnotherNameIsAmbiguousEvenAfterTheFullName() throws {
        let report = Self.report("استقبل فولوديمير زيلينسكي الوفد\nوقال فولوديمير كوفال إن الوفد غادر")
        let given = try #require(report.mentions.last)
        #expect(given.text == "فولوديمير")
        #expect(given.resolution == .ambiguous(["zelensky"]))
        #expect(given.ambiguity == .givenNameBeforeAnotherName)
        #expect(report.candidates.map(\.text) == ["فولوديمير كوفال"])
    }

    @Test func aLatinGivenNameBeforeACapitalisedWordIsAmbiguous() {
        let dataset = Dataset(
            actors: [Actor(id: "lavrov", kind: .person, name: "Sergei Lavrov", aliases: [])], interactions: [])
        let report = MentionFinder(dataset: dataset).mentions(in: TextDocument(text: "Sergei Ryabkov said Sergei Lavrov agreed"))
        #expect(report.mentions.map(\.ambiguity) == [.givenNameBeforeAnotherName, nil])
        #expect(report.mentions.last?.actorID == "lavrov")
    }

    @Test func aLatinSurnameWithParticlesMatchesWithItsCapital() {
        let dataset = Dataset(
            actors: [Actor(id: "vdl", kind: .person, name: "Ursula von der Leyen", aliases: ["أورسولا فون دير لاين"])],
            interactions: [])
        let finder = MentionFinder(dataset: dataset)
        #expect(finder.mentions(in: TextDocument(text: "Later, von der Leyen said")).mentions.map(\.text) == ["von der Leyen"])
        #expect(finder.mentions(in: TextDocument(text: "وقالت فون دير لاين إن")).mentions.map(\.text) == ["فون دير لاين"])
    }

    @Test func aOneWordAliasSharedAsAnotherPersonsSurnameIsASharedSurname() throws {
        let dataset = Dataset(
            actors: [
                Actor(id: "wburns", kind: .person, name: "William Burns", aliases: ["وليام بيرنز", "بيرنز"]),
                Actor(id: "nburns", kind: .person, name: "Nicholas Burns", aliases: ["نيكولاس بيرنز"]),
            ], interactions: [])
        let finder = MentionFinder(dataset: dataset)
        let after = finder.mentions(in: TextDocument(text: "وقال السفير نيكولاس بيرنز إن\nوأضاف بيرنز أن"))
        #expect(after.mentions.last?.actorID == "nburns")
        #expect(after.mentions.last?.part == .surnameAfterFull)
        let alone = finder.mentions(in: TextDocument(text: "وأضاف بيرنز أن"))
        #expect(alone.mentions.first?.resolution == .ambiguous(["nburns", "wburns"]))
        #expect(alone.mentions.first?.ambiguity == .sharedSurname)
    }

    @Test func theParagraphFilterStillReadsTheWholeDocument() throws {
        let document = TextDocument(text: "استقبل فولوديمير زيلينسكي الوفد\nوقال فولوديمير إن الهدنة ممكنة")
        let report = MentionFinder(dataset: Self.dataset).mentions(in: document, paragraphs: [2])
        #expect(report.mentions.map(\.paragraph) == [2])
        #expect(report.mentions.first?.actorID == "zelensky")
    }

    // MARK: Nested names

    @Test func aPersonInsideAnInstitutionsNameIsNestedAndCountsAsAFullMention() throws {
        let report = Self.report("أعلن مكتب الرئيس فولوديمير زيلينسكي\nوقال فولوديمير إن")
        #expect(report.mentions.map(\.actorID) == ["ua-office", "zelensky", "zelensky"])
        #expect(report.mentions[1].enclosing?.text == "مكتب الرئيس فولوديمير زيلينسكي")
        #expect(report.mentions[2].part == .givenNameAfterFull)
    }

    // MARK: The resolver alone

    @Test func theResolverAloneSettlesOnlyUniqueSurnames() {
        let resolver = ActorResolver(dataset: Self.dataset)
        #expect(resolver.resolve("لافروف").actorID == "lavrov")
        #expect(resolver.resolve("كوزنيتسوف") == .ambiguous(["alexander-k", "andrei-k"]))
        #expect(resolver.resolve("فولوديمير") == .ambiguous(["zelensky"]))
    }
}
