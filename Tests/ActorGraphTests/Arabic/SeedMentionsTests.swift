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
}
