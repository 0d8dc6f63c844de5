import Foundation
import Testing

@testable import ActorGraph

struct JSONLinesLoaderTests {
    static func seed() throws -> Dataset {
        try DatasetLoader.load(contentsOf: SharedSeedsLocation.dataset)
    }

    static func file(_ text: String, name: String = "d.jsonl") throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jsonl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    static func problems(_ text: String) -> [String] {
        do {
            _ = try JSONLinesLoader.load(data: Data(text.utf8), file: "d.jsonl")
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test func theSeedRoundTripsThroughJSONLines() throws {
        let seed = try Self.seed()
        let lines = DatasetWriter.jsonLines(seed)
        #expect(lines.split(separator: "\n").count == seed.actors.count + seed.interactions.count)
        #expect(lines.hasPrefix("{\"type\":\"actor\",\"id\":\""))
        let back = try JSONLinesLoader.load(data: Data(lines.utf8))
        #expect(back == seed)
        #expect(DatasetWriter.json(back) == DatasetWriter.json(seed))
    }

    @Test func everyChunkSizeReadsTheSameDataset() throws {
        let seed = try Self.seed()
        // A byte-order mark, CR LF line ends, blank lines and no final line feed.
        let text = "\u{FEFF}" + DatasetWriter.jsonLines(seed).replacingOccurrences(of: "\n", with: "\r\n\r\n").dropLast(2)  // "\r\n" is one Character
        let url = try Self.file(String(text))
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        for chunkSize in [1, 2, 3, 5, 64, 4096, 1 << 22] {
            #expect(try JSONLinesLoader.load(contentsOf: url, chunkSize: chunkSize) == seed, "chunk \(chunkSize)")
        }
        #expect(try DatasetLoader.load(contentsOf: url) == seed)
    }

    @Test func interactionsMayComeBeforeTheirActors() throws {
        let text = """
            {"type":"interaction","id":"m","kind":"meeting","participants":["a","b"],"date":"2023-04"}
            {"type":"actor","id":"a","kind":"person","name":"A"}
            {"type":"actor","id":"b","kind":"person","name":"B"}
            """
        let dataset = try JSONLinesLoader.load(data: Data(text.utf8))
        #expect(dataset.actors.map(\.id) == ["a", "b"])
        #expect(dataset.interactions.map(\.participants) == [["a", "b"]])
    }

    @Test func recordProblemsNameTheirLineAndColumn() {
        let text = """
            {"type":"actor","id":"a","kind":"person","name":"A"}

            {"type":"actor","id":"b","kind":"persn","name":"B"}
            {"type":"thing"}
            {"id":"c","kind":"person","name":"C"}
            {"type":7}
            [1]
            {"type":"actor", "id": 3
            {"type":"actor","id":"d","kind":"person","name":"D","colour":"red"}
            """
        #expect(
            Self.problems(text) == [
                "d.jsonl:3:33: kind: actor \"b\": unknown kind \"persn\"; allowed: person, institution, country",
                "d.jsonl:4:9: type: unknown record type \"thing\"; allowed: actor, interaction",
                "d.jsonl:5:1: type: missing required key \"type\" (\"actor\" or \"interaction\")",
                "d.jsonl:6:9: type: \"type\" must be the string \"actor\" or \"interaction\"",
                "d.jsonl:7:1: expected an object with \"type\": \"actor\" or \"interaction\", found an array",
                "d.jsonl:8:25: unexpected end of input, expected ',' or '}'",
                "d.jsonl:9:62: colour: unknown actor key \"colour\"; allowed: affiliations, aliases, country, id, kind, name, notes, parent",
            ])
    }

    @Test func datasetProblemsAreTracedBackToTheirLines() {
        let text = """
            {"type":"actor","id":"a","kind":"person","name":"A"}
            {"type":"actor","id":"a","kind":"person","name":"B"}
            {"type":"interaction","id":"i","kind":"meeting","participants":["a","zz"]}
            """
        #expect(
            Self.problems(text) == [
                "d.jsonl:2:22: id: duplicate actor id \"a\" (first used by line 1)",
                "d.jsonl:3:69: participants[1]: interaction \"i\": participant \"zz\" is not a known actor id",
            ])
    }

    @Test func theSameProblemsFromAFileReadInChunks() throws {
        let text = "{\"type\":\"actor\",\"id\":\"a\",\"kind\":\"person\",\"name\":\"A\"}\n"
            + "{\"type\":\"interaction\",\"id\":\"i\",\"kind\":\"meeting\",\"participants\":[\"a\",\"zz\"]}\n"
        let url = try Self.file(text)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        for chunkSize in [1, 7, 1 << 22] {
            #expect(throws: DatasetError.self) { try JSONLinesLoader.load(contentsOf: url, chunkSize: chunkSize) }
            do {
                _ = try JSONLinesLoader.load(contentsOf: url, chunkSize: chunkSize)
            } catch let error as DatasetError {
                #expect(error.problems.map(\.position) == [TextPosition(line: 2, column: 69)], "chunk \(chunkSize)")
            }
        }
    }

    @Test func aFloodOfBadLinesStopsAtTheCap() {
        let text = String(repeating: "[1]\n", count: JSONLinesLoader.maximumProblems + 50)
        #expect(Self.problems(text).count == JSONLinesLoader.maximumProblems)
    }

    @Test func extensionsAndEmptyFiles() throws {
        #expect(JSONLinesLoader.isJSONLines("x.jsonl") && JSONLinesLoader.isJSONLines("X.NDJSON"))
        #expect(!JSONLinesLoader.isJSONLines("x.json"))
        #expect(NetworkFormat.guess(fromPath: "big.jsonl") == .dataset)
        let empty = try JSONLinesLoader.load(data: Data())
        #expect(empty.actors.isEmpty && empty.interactions.isEmpty)
    }
}
