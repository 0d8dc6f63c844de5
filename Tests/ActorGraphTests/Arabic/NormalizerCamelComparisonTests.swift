import Foundation
import Testing

@testable import ActorGraph

/// Checks ArabicNormalizer against the file `scripts/arabic/compare_camel.py` writes:
/// CAMeL Tools' output for the same strings, our expected output, and the reasons
/// where the two differ on purpose.
struct NormalizerCamelComparisonTests {
    struct Case: Decodable {
        var id: String
        var input: String
        var camel: String
        var ours: String
        var difference: String?
    }

    struct File: Decodable {
        var cases: [Case]
    }

    static func load() throws -> [Case] {
        let url = try #require(
            Bundle.module.url(forResource: "normalizer_camel", withExtension: "json", subdirectory: "Fixtures/arabic"))
        return try JSONDecoder().decode(File.self, from: Data(contentsOf: url)).cases
    }

    @Test func ourOutputMatchesTheExpectedColumn() throws {
        let cases = try Self.load()
        #expect(cases.count >= 30)
        let normalizer = ArabicNormalizer()
        for item in cases {
            #expect(normalizer.normalize(item.input) == item.ours, "case \(item.id)")
        }
    }

    @Test func casesWithoutDocumentedDifferenceEqualCamel() throws {
        for item in try Self.load() where item.difference == nil {
            #expect(item.ours == item.camel, "case \(item.id)")
            #expect(ArabicNormalizer().normalize(item.input) == item.camel, "case \(item.id)")
        }
    }

    @Test func camelEquivalentRulesAgreeWithCamelOnTheSharedRules() throws {
        // With only the four rules CAMeL also has, the cases that test those rules agree.
        let shared = ArabicNormalizer(rules: .camelEquivalent)
        for item in try Self.load() where item.difference == nil {
            #expect(shared.normalize(item.input) == item.camel, "case \(item.id)")
        }
    }
}
