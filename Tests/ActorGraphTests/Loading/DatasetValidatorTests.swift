import Foundation
import Testing

@testable import ActorGraph

@Suite struct DatasetValidatorTests {
    private func dataset(parents: [String: String] = [:], paragraphs: [Int] = [1]) -> Dataset {
        let institutions = ["i1", "i2", "i3"].map { id in
            Actor(id: id, kind: .institution, name: id, parent: parents[id])
        }
        return Dataset(
            actors: institutions,
            interactions: [
                Interaction(
                    id: "m", kind: .meeting, participants: ["i1", "i2"],
                    sources: [SourceReference(document: "d.txt", paragraphs: paragraphs)])
            ])
    }

    @Test func parentCycleIsReportedOnce() {
        let problems = dataset(parents: ["i1": "i2", "i2": "i3", "i3": "i1"]).validate()
        #expect(problems.count == 1)
        #expect(problems.first?.message == "parent links form a cycle: i1 → i2 → i3 → i1")
    }

    @Test func parentChainWithoutCycleIsValid() {
        #expect(dataset(parents: ["i1": "i2", "i2": "i3"]).validate().isEmpty)
    }

    @Test func sourceWithoutParagraphsIsReported() {
        let problems = dataset(paragraphs: []).validate()
        #expect(problems.map(\.message) == ["interaction \"m\": source \"d.txt\" cites no paragraph; list the paragraphs that state the interaction"])
    }

    @Test func paragraphCitedTwiceIsReported() {
        let problems = dataset(paragraphs: [3, 1, 3]).validate()
        #expect(problems.map(\.message) == ["interaction \"m\": paragraph 3 of \"d.txt\" is cited twice"])
        #expect(problems.first?.path == "interactions[0].sources[0].paragraphs[2]")
    }

    @Test func nonWholeParagraphNumberIsQuotedInTheMessage() {
        let json = """
            {"actors": [{"id": "a", "kind": "person", "name": "A"}, {"id": "b", "kind": "person", "name": "B"}],
             "interactions": [{"id": "m", "kind": "call", "participants": ["a", "b"],
                               "sources": [{"document": "d.txt", "paragraphs": [1.5]}]}]}
            """
        #expect(throws: DatasetError.self) { try DatasetLoader.load(json: json) }
        do {
            _ = try DatasetLoader.load(json: json)
        } catch {
            #expect(error.problems.first?.message == "interaction \"m\": expected a whole paragraph number, found 1.5")
        }
    }

    @Test func directoryIsAFileReadErrorSayingSo() {
        #expect(throws: FileReadError(path: "/tmp", reason: "it is a directory, not a file")) {
            try DatasetLoader.load(contentsOf: URL(fileURLWithPath: "/tmp"))
        }
    }
}
