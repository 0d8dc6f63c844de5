import Foundation
import Testing

@testable import ActorGraph

@Suite struct DatasetWriterTests {
    @Test func seedLoadWriteLoadIsEqual() throws {
        let dataset = try FormatFixtures.seed()
        let again = try DatasetLoader.load(json: DatasetWriter.json(dataset))
        #expect(again == dataset)
    }

    @Test func seedIsWrittenByteForByte() throws {
        let original = try String(contentsOf: SeedDatasetTests.url, encoding: .utf8)
        #expect(DatasetWriter.json(try FormatFixtures.seed()) == original)
    }

    @Test func everyFieldAndTrickyTextRoundTrips() throws {
        // Control characters are refused in ids, names and aliases (no export can carry
        // them) but written and read back exactly in free text such as topics.
        let names = TrickyStrings.names + ["slash / and \u{2028}"]
        let freeText = names + ["control \u{1}\u{8}\u{C}\u{1F}"]
        let actors = names.enumerated().map { index, name in
            Actor(
                id: "a\(index)", kind: index == 0 ? .institution : ActorKind.allCases[index % 3], name: name, aliases: [name, "ب\(index)"],
                country: index % 2 == 0 ? CountryCode(rawValue: "QA") : nil,
                affiliations: index == 1
                    ? [
                        Affiliation(
                            institution: "a0", role: name, from: PartialDate(year: 2020, month: 2),
                            to: PartialDate(year: 2021, month: 3, day: 4), former: true)
                    ] : [],
                parent: index == 2 ? "a0" : nil)
        }
        let interactions = [
            Interaction(
                id: "i,1", kind: .custom("back channel \"x\""), participants: ["a0", "a1", "a2"], initiator: "a1",
                date: PartialDate(year: 2023, month: 4), endDate: PartialDate(year: 2023, month: 4, day: 30),
                place: names[0], track: .track1_5, disclosure: .secret, status: .reported, topics: freeText,
                sources: [SourceReference(document: "doc \"1\".txt", paragraphs: [1, 12])]),
            Interaction(id: "i2", kind: .call, participants: ["a3", "a4"]),
        ]
        let dataset = Dataset(actors: actors, interactions: interactions)
        #expect(dataset.validate().isEmpty)
        let json = DatasetWriter.json(dataset)
        #expect(json.contains("عبد الله بن زايد"))  // non-ASCII kept as is
        #expect(json.contains("\\u0001"))
        #expect(try DatasetLoader.load(json: json) == dataset)
        #expect(DatasetWriter.json(try DatasetLoader.load(json: json)) == json)
    }

    @Test func writesAFile() throws {
        let dataset = try FormatFixtures.seed()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-writer-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try DatasetWriter.write(dataset, to: url)
        #expect(try DatasetLoader.load(contentsOf: url) == dataset)
    }
}
