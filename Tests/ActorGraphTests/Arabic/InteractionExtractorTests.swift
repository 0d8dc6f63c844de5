import Foundation
import Testing

@testable import ActorGraph

/// Draft actors and interactions from articles written for these tests.
struct InteractionExtractorTests {
    static let dataset = Dataset(
        actors: [
            Actor(id: "norway", kind: .country, name: "Norway", aliases: ["النرويج", "أوسلو"]),
            Actor(id: "finland", kind: .country, name: "Finland", aliases: ["فنلندا", "هلسنكي"]),
            Actor(id: "petrov", kind: .person, name: "Ivan Petrov", aliases: ["إيفان بتروف"]),
            Actor(id: "smith", kind: .person, name: "Mary Smith", aliases: ["ماري سميث"]),
            Actor(id: "hansen", kind: .person, name: "Ola Hansen", aliases: ["أولا هانسن"]),
            Actor(
                id: "fm", kind: .institution, name: "Foreign Ministry", aliases: ["وزارة الخارجية النرويجية"],
                affiliations: [], parent: "norway"),
        ],
        interactions: [])

    static func draft(_ text: String, name: String = "article.txt") -> InteractionExtractor.Draft {
        InteractionExtractor(dataset: dataset).extract(from: TextDocument(text: text, name: name))
    }

    @Test func aContactVerbJoiningTwoKnownPeopleIsADraftInteraction() throws {
        let draft = Self.draft("عنوان\nالتقى بتروف مع ماري سميث في أوسلو أمس.")
        let proposal = try #require(draft.proposals.first)
        #expect(draft.proposals.count == 1)
        #expect(proposal.interaction.kind == .meeting)
        #expect(Set(proposal.interaction.participants) == ["petrov", "smith"])
        #expect(proposal.interaction.sources == [SourceReference(document: "article.txt", paragraphs: [2])])
        #expect(proposal.interaction.status == .reported)
        #expect(proposal.interaction.date == nil)
        #expect(proposal.interaction.initiator == nil)
        #expect(proposal.cue == "التقى")
        #expect(proposal.interaction.notes?.contains("التقى") == true)
    }

    @Test func eachCueGivesItsKind() {
        let sentences: [(String, InteractionKind)] = [
            ("واتصل بتروف هاتفيا بسميث", .call),
            ("وزار بتروف هانسن في مكتبه", .visit),
            ("وأجرى بتروف وهانسن محادثات مطولة", .talks),
            ("وبعث بتروف برسالة إلى هانسن", .message),
            ("واستقبل هانسن نظيره بتروف", .meeting),
        ]
        for (sentence, kind) in sentences {
            let draft = Self.draft(sentence)
            #expect(draft.proposals.map(\.interaction.kind) == [kind], "\(sentence)")
        }
    }

    @Test func onePersonAloneIsNoInteraction() {
        #expect(Self.draft("التقى بتروف أعضاء الوفد.").proposals.isEmpty)
        #expect(Self.draft("وصل بتروف وسميث إلى أوسلو.").proposals.isEmpty)  // no contact word
    }

    @Test func sentencesAreSeparateAndTheSameEventIsOneInteraction() {
        let text = "التقى بتروف هانسن. ووصلت سميث إلى هلسنكي.\nوالتقى بتروف هانسن مرة أخرى في أوسلو."
        let draft = Self.draft(text)
        #expect(draft.proposals.count == 1)
        #expect(draft.proposals.first?.paragraphs == [1, 2])
        #expect(Set(draft.proposals.first?.interaction.participants ?? []) == ["petrov", "hansen"])
    }

    @Test func aDefiniteNounOrAJoiningWordContinuesTheEvent() throws {
        let text = """
            وعقد بتروف اجتماعا مع هانسن في أوسلو.
            وحضر الاجتماع ماري سميث.
            وتناول اللقاء ملف الطاقة.
            """
        let proposal = try #require(Self.draft(text).proposals.first)
        #expect(Set(proposal.interaction.participants) == ["petrov", "hansen", "smith"])
        #expect(proposal.paragraphs == [1, 2, 3])
    }

    @Test func aDefiniteNounOfAnotherKindOpensNoContinuation() {
        // A call, then "the message": not the same event; talks and a meeting are.
        let call = Self.draft("واتصل بتروف بهانسن.\nوقالت ماري سميث إن الرسالة وصلت.")
        #expect(call.proposals.map { Set($0.interaction.participants) } == [["petrov", "hansen"]])
        #expect(call.proposals.first?.paragraphs == [1])
        let talks = Self.draft("وأجرى بتروف وهانسن محادثات.\nوحضرت ماري سميث جانبا من اللقاء.")
        #expect(talks.proposals.map { Set($0.interaction.participants) } == [["petrov", "hansen", "smith"]])
    }

    @Test func anEventEndsAfterAParagraphWithoutIt() {
        let text = "اجتمع بتروف وهانسن.\nطقس بارد.\nعنوان آخر.\nوحضر الاجتماع ماري سميث."
        let draft = Self.draft(text)
        #expect(draft.proposals.map { Set($0.interaction.participants) } == [["petrov", "hansen"]])
    }

    @Test func placesDescriptionsAndSpeakersAreNoParties() {
        // أوسلو after في is a place; the ministry describes Hansen; the speaker reports.
        let text = "وقال إيفان بتروف إن وزارة الخارجية النرويجية أولا هانسن التقى ماري سميث في أوسلو."
        let draft = Self.draft(text)
        #expect(draft.proposals.map { Set($0.interaction.participants) } == [["hansen", "smith"]])
    }

    @Test func theCountryVisitedIsAParty() {
        let draft = Self.draft("وزار بتروف هلسنكي الأسبوع الماضي.")
        #expect(draft.proposals.map { Set($0.interaction.participants) } == [["petrov", "finland"]])
    }

    @Test func newPeopleBecomeDraftActorsWithEverySpelling() throws {
        let text = "وقال يوهان بيرغ إن الوفد جاهز.\nوالتقى يوهان بيرج مع بتروف.\nوأضاف بيرغ أن الجولة مفيدة."
        let draft = Self.draft(text)
        let new = try #require(draft.newActors.first)
        #expect(draft.newActors.count == 1)
        #expect(new.actor.id == "draft-1")
        #expect(new.actor.kind == .person)
        #expect(new.actor.name == "يوهان بيرغ")
        #expect(new.spellings == ["يوهان بيرغ", "يوهان بيرج", "بيرغ"])
        #expect(new.actor.aliases == new.spellings)
        #expect(new.paragraphs == [1, 2, 3])
        #expect(draft.proposals.map { Set($0.interaction.participants) } == [["draft-1", "petrov"]])
    }

    @Test func theDraftIsAValidDatasetOfItsOwn() throws {
        let text = "عنوان\nوقال يوهان بيرغ إن بتروف التقى ماري سميث.\nواتصل بتروف بهانسن."
        let draft = Self.draft(text)
        let reloaded = try DatasetLoader.load(json: DatasetWriter.json(draft.dataset))
        #expect(reloaded.actors.map(\.id) == ["petrov", "smith", "hansen", "draft-1"])
        // Known actors are copied by id without affiliations or parent.
        #expect(reloaded.actors.allSatisfy { $0.affiliations.isEmpty && $0.parent == nil })
        #expect(reloaded.interactions.count == 2)
    }

    @Test func ambiguousMentionsAreNoParticipantsButAreListed() {
        let twins = Dataset(
            actors: [
                Actor(id: "a", kind: .person, name: "Ivan A", aliases: ["إيفان أحمدوف"]),
                Actor(id: "b", kind: .person, name: "Ivan B", aliases: ["إيفان بكروف"]),
                Actor(id: "c", kind: .person, name: "Carl C", aliases: ["كارل كلاوس"]),
            ], interactions: [])
        let draft = InteractionExtractor(dataset: twins).extract(from: TextDocument(text: "والتقى إيفان كلاوس."))
        #expect(draft.proposals.isEmpty)
        #expect(draft.ambiguousMentions.map(\.text) == ["إيفان"])
    }

    @Test func draftIdsNeverClashWithTheDatasets() throws {
        let reviewed = Dataset(
            actors: Self.dataset.actors + [
                Actor(id: "draft-1", kind: .person, name: "Johan Berg", aliases: ["يوهان بيرغ"])
            ],
            interactions: [
                Interaction(id: "draft-article-1", kind: .meeting, participants: ["petrov", "draft-1"])
            ])
        let draft = InteractionExtractor(dataset: reviewed).extract(
            from: TextDocument(text: "وقال أنطون فاسيلييف إن بتروف التقى هانسن.", name: "article.txt"))
        #expect(draft.newActors.map(\.actor.id) == ["draft-2"])
        #expect(draft.proposals.map(\.interaction.id) == ["draft-article-2"])
        let merged = Dataset(
            actors: reviewed.actors + draft.newActors.map(\.actor),
            interactions: reviewed.interactions + draft.proposals.map(\.interaction))
        #expect(merged.validate().isEmpty)
    }

    @Test func interactionIdsComeFromTheWholeDocumentName() {
        #expect(InteractionExtractor.idStem(of: "my article.v2.txt") == "my-article-v2")
        #expect(InteractionExtractor.idStem(of: "a.v1.txt") != InteractionExtractor.idStem(of: "a.v2.txt"))
        #expect(InteractionExtractor.idStem(of: "...") == "document")
        #expect(InteractionExtractor.idStem(of: "مقال ١.txt") == "مقال-١")
    }

    @Test func peopleSharingASurnameStayApart() {
        let text = "وقال أنطون فاسيلييف إن الجولة مفيدة.\nوصرح يوري فاسيلييف بأن الوفد وصل.\nوأضاف فاسيلييف أن الرد سيأتي."
        let draft = Self.draft(text)
        #expect(draft.newActors.map(\.spellings) == [["أنطون فاسيلييف"], ["يوري فاسيلييف"], ["فاسيلييف"]])
    }

    @Test func moreoverJoinsNothing() {
        let draft = Self.draft("التقى بتروف هانسن.\nوبالإضافة إلى ذلك، انتقدت ماري سميث القرار.")
        #expect(draft.proposals.map { Set($0.interaction.participants) } == [["petrov", "hansen"]])
        #expect(draft.proposals.first?.paragraphs == [1])
    }

    @Test func aDeniedContactIsProposedAsDenied() throws {
        let proposal = try #require(Self.draft("ونفى المتحدث أن يكون بتروف قد التقى هانسن.").proposals.first)
        #expect(proposal.interaction.status == .denied)
        #expect(proposal.interaction.notes?.contains("denies") == true)
    }

    @Test func lettersThatNormaliseToSeveralWordsDoNotBreakSentences() {
        // ﷺ and ﷻ become several words sharing one range; so may presentation forms.
        for text in ["قال النبي ﷺ إن بتروف التقى هانسن.", "ﷻ ﷺ.", "التقى بتروف كت\u{FE76}اب هانسن", "\u{FDFA}"] {
            let draft = Self.draft(text)
            #expect((try? DatasetLoader.load(json: DatasetWriter.json(draft.dataset))) != nil, "\(text)")
        }
    }

    @Test func aNameAcrossAControlSpaceIsSpelledWithOneSpace() throws {
        // A vertical tab is white space between two name words; no export can carry it.
        let draft = Self.draft("وقال يوهان\u{0B}بيرغ إن بتروف التقى هانسن.")
        #expect(draft.newActors.map(\.actor.name) == ["يوهان بيرغ"])
        #expect(draft.newActors.first?.candidates.first?.text == "يوهان\u{0B}بيرغ")
        #expect(throws: Never.self) { try DatasetLoader.load(json: DatasetWriter.json(draft.dataset)) }
    }
}

