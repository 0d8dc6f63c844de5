import Foundation
import Testing

@testable import ActorGraph

/// A small valid dataset that each bad-input test breaks in one place.
private let validDataset = """
    {
      "actors": [
        {"id": "a", "kind": "person", "name": "Ann", "aliases": ["آن"], "country": "US",
         "affiliations": [{"institution": "inst", "role": "Envoy", "former": true}]},
        {"id": "b", "kind": "person", "name": "Boris", "country": "RU"},
        {"id": "inst", "kind": "institution", "name": "Institute", "country": "US", "parent": "us"},
        {"id": "us", "kind": "country", "name": "United States", "country": "US"}
      ],
      "interactions": [
        {"id": "m1", "kind": "meeting", "participants": ["a", "b"], "initiator": "a", "date": "2023-04",
         "place": "New York", "track": "track2", "disclosure": "secret", "status": "reported",
         "topics": ["Ukraine"], "sources": [{"document": "doc.txt", "paragraphs": [3, 4]}]}
      ]
    }
    """

private func problems(_ json: String) -> [DatasetProblem] {
    do {
        _ = try DatasetLoader.load(json: json, file: "test.json")
        return []
    } catch {
        return error.problems
    }
}

@Suite struct DatasetLoaderTests {
    @Test func loadsAValidDatasetWithEveryField() throws {
        let dataset = try DatasetLoader.load(json: validDataset)
        #expect(dataset.actors.count == 4)
        let ann = try #require(dataset.actor(id: "a"))
        #expect(ann.aliases == ["آن"])
        #expect(ann.country?.rawValue == "US")
        #expect(ann.affiliations == [Affiliation(institution: "inst", role: "Envoy", former: true)])
        #expect(dataset.actor(id: "inst")?.parent == "us")
        let meeting = try #require(dataset.interactions.first)
        #expect(meeting.kind == .meeting)
        #expect(meeting.initiator == "a")
        #expect(meeting.date == PartialDate(year: 2023, month: 4))
        #expect(meeting.track == .track2)
        #expect(meeting.disclosure == .secret)
        #expect(meeting.status == .reported)
        #expect(meeting.sources == [SourceReference(document: "doc.txt", paragraphs: [3, 4])])
        #expect(dataset.validate().isEmpty)
    }

    @Test func malformedJSONNamesLineAndColumn() {
        let found = problems("{\n  \"actors\": [\n    {\"id\": \"a\",, }\n  ]\n}")
        #expect(found.count == 1)
        #expect(found.first?.kind == .malformedJSON)
        #expect(found.first?.position == TextPosition(line: 3, column: 16))
        #expect(found.first?.description.hasPrefix("test.json:3:16: unexpected ','") == true)
    }

    @Test func unknownParticipantNamesInteractionAndMissingID() {
        let found = problems(validDataset.replacingOccurrences(of: "[\"a\", \"b\"]", with: "[\"a\", \"zed\"]"))
        #expect(found.map(\.kind).contains(.unknownActor))
        let problem = found.first { $0.kind == .unknownActor }
        #expect(problem?.message.contains("interaction \"m1\"") == true)
        #expect(problem?.message.contains("\"zed\"") == true)
        #expect(problem?.path == "interactions[0].participants[1]")
        #expect(problem?.position?.line == 10)
    }

    @Test func duplicateActorIDIsReported() {
        let found = problems(
            validDataset.replacingOccurrences(
                of: "{\"id\": \"b\", \"kind\": \"person\", \"name\": \"Boris\"",
                with: "{\"id\": \"a\", \"kind\": \"person\", \"name\": \"Boris\""))
        let duplicate = found.first { $0.kind == .duplicateID }
        #expect(duplicate?.message == "duplicate actor id \"a\" (first used by actors[0])")
        #expect(duplicate?.path == "actors[1].id")
    }

    @Test func fewerThanTwoParticipantsIsReported() {
        let found = problems(validDataset.replacingOccurrences(of: "[\"a\", \"b\"], \"initiator\": \"a\"", with: "[\"a\"]"))
        #expect(found.map(\.kind) == [.tooFewParticipants])
        #expect(found.first?.message == "interaction \"m1\": needs at least two distinct participants, found 1")
    }

    @Test func sameParticipantTwiceIsReported() {
        let found = problems(validDataset.replacingOccurrences(of: "[\"a\", \"b\"]", with: "[\"a\", \"b\", \"a\"]"))
        #expect(found.map(\.kind) == [.duplicateParticipant])
    }

    @Test func initiatorWhoIsNotAParticipantIsReported() {
        let found = problems(validDataset.replacingOccurrences(of: "\"initiator\": \"a\"", with: "\"initiator\": \"us\""))
        #expect(found.map(\.kind) == [.initiatorNotParticipant])
        #expect(found.first?.message.contains("initiator \"us\" is not one of the participants (a, b)") == true)
    }

    @Test func malformedDateIsReportedWithTheText() {
        let found = problems(validDataset.replacingOccurrences(of: "\"2023-04\"", with: "\"April 2023\""))
        #expect(found.map(\.kind) == [.malformedDate])
        #expect(found.first?.message == "interaction \"m1\": \"date\" must be a date YYYY, YYYY-MM or YYYY-MM-DD, found \"April 2023\"")
        #expect(found.first?.path == "interactions[0].date")
    }

    @Test func unknownEnumValueListsTheAllowedValues() {
        let found = problems(validDataset.replacingOccurrences(of: "\"track2\"", with: "\"backdoor\""))
        #expect(found.map(\.kind) == [.unknownValue])
        #expect(found.first?.message == "interaction \"m1\": unknown track \"backdoor\"; allowed: official, track1.5, track2")
        let kind = problems(validDataset.replacingOccurrences(of: "\"kind\": \"country\"", with: "\"kind\": \"state\""))
        #expect(kind.first?.message == "actor \"us\": unknown kind \"state\"; allowed: person, institution, country")
    }

    @Test func badCountryCodeIsReported() {
        let found = problems(validDataset.replacingOccurrences(of: "\"country\": \"RU\"", with: "\"country\": \"Russia\""))
        #expect(found.map(\.kind) == [.badCountryCode])
        #expect(found.first?.message.contains("found \"Russia\"") == true)
    }

    @Test func unknownInteractionKindLoadsAsCustomKind() throws {
        let dataset = try DatasetLoader.load(json: validDataset.replacingOccurrences(of: "\"meeting\"", with: "\"dinner\""))
        #expect(dataset.interactions.first?.kind == .custom("dinner"))
    }

    @Test func everyProblemIsReportedNotOnlyTheFirst() {
        var broken = validDataset.replacingOccurrences(of: "\"2023-04\"", with: "\"2023-4\"")
        broken = broken.replacingOccurrences(of: "\"track2\"", with: "\"track3\"")
        broken = broken.replacingOccurrences(of: "\"country\": \"RU\"", with: "\"country\": \"ru\"")
        let kinds = Set(problems(broken).map(\.kind))
        #expect(kinds == [.malformedDate, .unknownValue, .badCountryCode])
    }

    @Test func wrongTypesAndMissingKeysAreReported() {
        let found = problems("{\"actors\": [{\"id\": 7, \"kind\": \"person\"}], \"interactions\": {}}")
        let messages = found.map(\.message)
        #expect(messages.contains("\"id\" must be a string, found a number"))
        #expect(messages.contains("actor \"?\": missing required key \"name\""))
        #expect(messages.contains("\"interactions\" must be an array, found an object"))
    }

    @Test func unknownKeyIsReportedAsLikelyTypo() {
        let found = problems(validDataset.replacingOccurrences(of: "\"place\"", with: "\"plase\""))
        #expect(found.map(\.kind) == [.unknownKey])
    }

    @Test func unknownAffiliationInstitutionIsReported() {
        let found = problems(validDataset.replacingOccurrences(of: "\"institution\": \"inst\"", with: "\"institution\": \"nowhere\""))
        #expect(found.map(\.kind) == [.unknownActor])
        #expect(found.first?.path == "actors[0].affiliations[0].institution")
    }

    @Test(arguments: ["", "   ", "[]", "{\"actors\": []", "{\"actors\": [], \"interactions\": []} x", "\u{FEFF}{", "{\"a\": \"\u{01}\"}", "{\"a\": 01}", "{\"a\": \"\\x\"}", "nul"])
    func garbageNeverCrashes(text: String) {
        #expect(!problems(text).isEmpty)
    }

    @Test func invalidUTF8IsReported() {
        var bytes = Data("{\"actors\": [{\"id\": \"".utf8)
        bytes.append(contentsOf: [0xC3, 0x28])
        bytes.append(contentsOf: Data("\"}], \"interactions\": []}".utf8))
        #expect(throws: DatasetError.self) { try DatasetLoader.load(data: bytes) }
    }

    @Test func missingFileIsAFileReadError() {
        #expect(throws: FileReadError.self) {
            try DatasetLoader.load(contentsOf: URL(fileURLWithPath: "/nonexistent/dataset.json"))
        }
    }

    @Test func escapedStringsDecodeExactly() throws {
        let json = validDataset.replacingOccurrences(of: "\"name\": \"Ann\"", with: "\"name\": \"A\\\"n\\\\n\\u00e9\\ud83d\\ude00\\n\"")
        let dataset = try DatasetLoader.load(json: json)
        #expect(dataset.actor(id: "a")?.name == "A\"n\\né😀\n")
    }
}
