import Foundation
import Testing

@testable import ActorGraph

/// The seed dataset against the five seed articles in `../shared/seeds`.
@Suite(.enabled(if: SharedSeedsLocation.articlesAvailable, "the seed articles folder ../shared/seeds is absent"))
struct SeedVerificationTests {
    @Test func seedDatasetPassesSourceVerification() throws {
        let dataset = try DatasetLoader.load(contentsOf: SharedSeedsLocation.dataset)
        let report = try SourceVerifier(dataset: dataset).verify(documentsIn: SharedSeedsLocation.articles)
        #expect(report.issues.map(\.description) == [])
        #expect(report.sourcesChecked == 32)
        #expect(report.participantChecks == 75)
    }
}
