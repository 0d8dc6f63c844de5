import Foundation
import Testing

@testable import ActorGraph

/// Mentions in the five seed articles in `../shared/seeds`: every spelling of an
/// actor resolves to that one actor.
@Suite(.enabled(if: SharedSeedsLocation.articlesAvailable, "the seed articles folder ../shared/seeds is absent"))
struct SeedMentionsTests {
    static func reports() throws -> (Dataset, [MentionReport]) {
        let dataset = try DatasetLoader.load(contentsOf: SharedSeedsLocation.dataset)
        let finder = MentionFinder(dataset: dataset)
        let reports = try SharedSeedsLocation.documentNames.map { name in
            finder.mentions(in: try TextDocument.load(contentsOf: SharedSeedsLocation.articles.appendingPathComponent(name)))
        }
        return (dataset, reports)
    }

    /// The spellings unified per actor (as written, attached prefixes left out).
    static let expectedSpellings: [String: Set<String>] = [
        "ushakov": ["يوري أوشاكوف", "أوشاكوف", "يوري يوشاكوف", "يوشاكوف"],
        "graham": ["توماس غراهام", "توماس جراهام"],
        "long": ["ماري بيث لونغ", "ماري بيث لونج"],
        "lavrov": ["سيرغي لافروف", "لافروف"],
        "burns": ["وليام بيرنز", "بيرنز"],
        "putin": ["فلاديمير بوتين", "بوتين"],
        "sullivan": ["جيك سوليفان", "سوليفان"],
        "witkoff": ["ستيف ويتكوف", "ويتكوف"],
        "cia": ["وكالة الاستخبارات الأميركية المركزية", "وكالة الاستخبارات المركزية الأميركية", "CIA"],
        "us-nsc": ["مجلس الأمن القومي", "مجلس الأمن القومي الأميركي", "مجلس الأمن القومي الأمريكي", "مجلس الأمن القومي في البيت الأبيض"],
        "us-state-department": ["وزارة الخارجية الأميركية", "وزارة الخارجية الأمريكية", "الخارجية الأميركية", "وزارة الخارجية"],
        "us-administration": ["الإدارة الأميركية", "الإدارة الأمريكية", "إدارة بايدن", "إدارة الرئيس جو بايدن", "إدارة الرئيس الأمريكي جو بايدن"],
        "kremlin": ["الكرملين", "الرئاسة الروسية"],
    ]

    @Test func everySpellingOfAnActorResolvesToThatActor() throws {
        let (dataset, reports) = try Self.reports()
        let normalizer = ArabicNormalizer()
        var compared = 0
        for actor in dataset.actors {
            let arabic = actor.aliases.filter { $0.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) } }
            guard arabic.count >= 2 else { continue }  // one spelling: nothing to unify
            let spellings = Set(arabic.map { normalizer.normalize($0) })
            for report in reports {
                for mention in report.mentions where spellings.contains(normalizer.normalize(mention.text)) {
                    #expect(mention.actorID == actor.id, "\(report.document) ¶\(mention.paragraph): \(mention.text)")
                    compared += 1
                }
            }
        }
        #expect(compared > 0, "no mention of an actor with several Arabic spellings was checked")
    }

    @Test func unifiedSpellingsPerActor() throws {
        let (_, reports) = try Self.reports()
        var found: [String: Set<String>] = [:]
        for report in reports {
            #expect(report.ambiguousMentions.isEmpty, "\(report.document)")
            for mention in report.mentions {
                if let id = mention.actorID { found[id, default: []].insert(mention.text) }
            }
        }
        for (id, expected) in Self.expectedSpellings.sorted(by: { $0.key < $1.key }) {
            #expect(found[id] == expected, "\(id)")
            print("\(id): \(found[id, default: []].sorted().joined(separator: " / "))")
        }
    }

    @Test func ushakovSpellingsResolveEvenWithoutTheirAliases() throws {
        // Keep only "يوري أوشاكوف": the other spellings must still reach Ushakov as variants.
        let (dataset, _) = try Self.reports()
        let trimmed = dataset.actors.map { actor -> Actor in
            var copy = actor
            if actor.id == "ushakov" { copy.aliases = ["يوري أوشاكوف"] }
            if actor.id == "graham" { copy.aliases = ["توماس غراهام"] }
            return copy
        }
        let resolver = ActorResolver(actors: trimmed)
        #expect(resolver.resolve("يوري يوشاكوف").actorID == "ushakov")
        #expect(resolver.resolve("توماس جراهام").actorID == "graham")
    }

    // MARK: - Against the hand-judged fixture

    /// One person mention judged by hand (Fixtures/arabic/seed_person_mentions.json).
    struct Judged: Decodable {
        var paragraph: Int
        var text: String
        var actor: String?
        var person: String?
        var form: String
    }

    struct JudgedDocument: Decodable {
        var document: String
        var mentions: [Judged]
    }

    struct Judgement: Decodable {
        var documents: [JudgedDocument]
    }

    /// Precision and recall of the person mentions and the new-person candidates.
    struct Score: CustomStringConvertible {
        var found = 0, right = 0, expected = 0, recalled = 0
        var candidates = 0, rightCandidates = 0, newPeople = 0, recalledNewPeople = 0
        var ambiguous = 0
        var precision: Double { Double(right) / Double(max(found, 1)) }
        var recall: Double { Double(recalled) / Double(max(expected, 1)) }
        var candidatePrecision: Double { Double(rightCandidates) / Double(max(candidates, 1)) }
        var candidateRecall: Double { Double(recalledNewPeople) / Double(max(newPeople, 1)) }
        var description: String {
            "persons: \(right)/\(found) right (precision \(precision)), \(recalled)/\(expected) found (recall \(recall)), "
                + "\(ambiguous) ambiguous; new people: \(rightCandidates)/\(candidates) candidates right (precision "
                + "\(candidatePrecision)), \(recalledNewPeople)/\(newPeople) found (recall \(candidateRecall))"
        }
    }

    static func judgement() throws -> Judgement {
        let url = try #require(
            Bundle.module.url(forResource: "seed_person_mentions", withExtension: "json", subdirectory: "Fixtures/arabic"))
        return try JSONDecoder().decode(Judgement.self, from: Data(contentsOf: url))
    }

    /// Where each judged mention stands, as UTF-16 offsets in the document: the
    /// fixture lists a paragraph's mentions in text order, so each is the first
    /// occurrence of its text after the one before it.
    static func spans(of judged: JudgedDocument, in document: TextDocument) throws -> [Range<Int>] {
        var cursor: [Int: String.Index] = [:]
        return try judged.mentions.map { mention in
            let paragraph = try #require(document.paragraph(mention.paragraph))
            let text = document.text(of: paragraph)
            let from = cursor[mention.paragraph] ?? text.startIndex
            let range = try #require(
                text.range(of: mention.text, range: from..<text.endIndex), "¶\(mention.paragraph) \(mention.text)")
            cursor[mention.paragraph] = range.upperBound
            let start = paragraph.utf16Offset + text.utf16.distance(from: text.startIndex, to: range.lowerBound)
            return start..<(start + text[range].utf16.count)
        }
    }

    /// Scores `mentions` on the five articles with `dataset`: a person mention is
    /// right when its span overlaps the span of a judged mention of the same actor;
    /// a candidate is right when its span overlaps a judged mention of a person the
    /// dataset lacks. Each judged mention is used once.
    static func score(with dataset: Dataset) throws -> Score {
        let persons = Set(dataset.actors.filter { $0.kind == .person }.map(\.id))
        let finder = MentionFinder(dataset: dataset)
        var score = Score()
        for judged in try judgement().documents {
            let document = try TextDocument.load(contentsOf: SharedSeedsLocation.articles.appendingPathComponent(judged.document))
            let spans = try Self.spans(of: judged, in: document)
            let report = finder.mentions(in: document)
            var used = Set<Int>()
            for mention in report.mentions where mention.resolution.candidateIDs.contains(where: persons.contains) {
                guard let id = mention.actorID else {
                    score.ambiguous += 1
                    continue
                }
                score.found += 1
                let match = judged.mentions.indices.first {
                    !used.contains($0) && judged.mentions[$0].actor == id && spans[$0].overlaps(mention.utf16Offsets)
                }
                if let match {
                    used.insert(match)
                    score.right += 1
                }
            }
            score.expected += judged.mentions.filter { $0.actor != nil }.count
            score.recalled += used.count
            var usedNew = Set<Int>()
            for candidate in report.candidates {
                score.candidates += 1
                let match = judged.mentions.indices.first {
                    !usedNew.contains($0) && judged.mentions[$0].actor == nil && spans[$0].overlaps(candidate.utf16Offsets)
                }
                if let match {
                    usedNew.insert(match)
                    score.rightCandidates += 1
                }
            }
            score.newPeople += judged.mentions.filter { $0.actor == nil }.count
            score.recalledNewPeople += usedNew.count
        }
        return score
    }

    /// The fixture is the articles' text: every judged span is in its paragraph.
    @Test func theJudgedFixtureMatchesTheArticles() throws {
        let dataset = try DatasetLoader.load(contentsOf: SharedSeedsLocation.dataset)
        let persons = Set(dataset.actors.filter { $0.kind == .person }.map(\.id))
        for judged in try Self.judgement().documents {
            let document = try TextDocument.load(contentsOf: SharedSeedsLocation.articles.appendingPathComponent(judged.document))
            for mention in judged.mentions {
                let paragraph = try #require(document.paragraph(mention.paragraph), "\(judged.document) ¶\(mention.paragraph)")
                #expect(document.text(of: paragraph).contains(mention.text), "\(judged.document) ¶\(mention.paragraph): \(mention.text)")
                if let actor = mention.actor { #expect(persons.contains(actor), "\(actor)") } else { #expect(mention.person != nil) }
            }
        }
    }

    @Test func everyJudgedPersonMentionIsFoundWithTheSeedDataset() throws {
        let score = try Self.score(with: DatasetLoader.load(contentsOf: SharedSeedsLocation.dataset))
        print("seed dataset: \(score)")
        #expect(score.expected == 88)
        #expect(score.recalled == score.expected)
        #expect(score.right == score.found)
        #expect(score.ambiguous == 0)
        #expect(score.newPeople == 15)
        #expect(score.candidateRecall >= 0.9)
        #expect(score.candidatePrecision >= 0.7)
    }

    /// With every person known by full names only, surnames alone are found through
    /// the name parts and the full mentions before them.
    @Test func everyJudgedPersonMentionIsFoundWithFullNamesOnly() throws {
        let seed = try DatasetLoader.load(contentsOf: SharedSeedsLocation.dataset)
        let normalizer = ArabicNormalizer()
        var removed = 0
        let actors = seed.actors.map { actor -> Actor in
            guard actor.kind == .person else { return actor }
            var copy = actor
            copy.aliases.removeAll { normalizer.normalize($0).split(separator: " ").count < 2 }
            removed += actor.aliases.count - copy.aliases.count
            return copy
        }
        let dataset = Dataset(actors: actors, interactions: [])
        #expect(removed >= 12, "single-word aliases removed: \(removed)")
        let score = try Self.score(with: dataset)
        print("full names only (\(removed) one-word aliases removed): \(score)")
        #expect(score.recalled == score.expected)
        #expect(score.right == score.found)
        #expect(score.ambiguous == 0)
    }

    /// A common-noun phrase after a title word (004 ¶19: المبعوث الأمريكي فرصة
    /// لتبادل…) was reported as a name; the new people there are named.
    @Test func noCommonNounPhraseAfterATitleIn004() throws {
        let dataset = try DatasetLoader.load(contentsOf: SharedSeedsLocation.dataset)
        let document = try TextDocument.load(
            contentsOf: SharedSeedsLocation.articles.appendingPathComponent("004_2e52cb4734095ae0.txt"))
        let report = MentionFinder(dataset: dataset).mentions(in: document)
        let nineteen = report.candidates.filter { $0.paragraph == 19 }
        #expect(nineteen.map(\.text) == ["بيسكوف"])
        #expect(!report.candidates.contains { $0.text.contains("فرصة") })
        #expect(report.candidates.map(\.text) == ["دميتري بيسكوف", "ديمتري بيسكوف", "بيسكوف"])
    }
}

