import Foundation
import Testing

@testable import ActorGraph

/// The package root, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

@Suite struct SeedDatasetTests {
    static let url = packageRoot.appendingPathComponent("seeds/backchannel.json")

    @Test func seedDatasetLoadsAndValidates() throws {
        let dataset = try DatasetLoader.load(contentsOf: Self.url)
        #expect(dataset.validate().isEmpty)
        #expect(dataset.actors.count >= 25)
        #expect(dataset.interactions.count >= 18)
    }

    @Test func seedDatasetDrawsOnAllFiveDocuments() throws {
        let dataset = try DatasetLoader.load(contentsOf: Self.url)
        let documents = Set(dataset.interactions.flatMap { $0.sources.map(\.document) })
        #expect(documents.count == 5)
    }

    @Test func everySpellingOfOnePersonIsOneActor() throws {
        let dataset = try DatasetLoader.load(contentsOf: Self.url)
        // Spellings that differ in the articles: both belong to one actor each.
        let pairs = [("توماس غراهام", "توماس جراهام"), ("يوري أوشاكوف", "يوري يوشاكوف")]
        for (first, second) in pairs {
            let owners = dataset.actors.filter { $0.aliases.contains(first) || $0.aliases.contains(second) }
            #expect(owners.count == 1, "\(first) / \(second)")
            #expect(owners.first.map { $0.aliases.contains(first) && $0.aliases.contains(second) } == true)
        }
    }
}
