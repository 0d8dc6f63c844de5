import Foundation
import Testing

@testable import ActorGraph

/// FollowTheMoney entities written by another tool (the `followthemoney` package's
/// own API, `scripts/fixtures/ftm_other_tools.py`), read back and compared with the
/// dataset and report the script derived from the documented mapping
/// (`other-tools.expected.json`).
@Suite struct FtMOtherToolsTests {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/ftm")

    // MARK: - The expected file

    struct Expected: Decodable {
        var fixture: String
        var actors: [ExpectedActor]
        var interactions: [ExpectedInteraction]
        var report: ExpectedReport
    }

    struct ExpectedActor: Decodable {
        var id: String
        var kind: String
        var name: String
        var aliases: [String]
        var country: String?
        var parent: String?
        var notes: String?
        var affiliations: [ExpectedAffiliation]

        func actor() throws -> Actor {
            let kind = try #require(ActorKind(rawValue: kind), "actor \(id): kind \(kind)")
            return Actor(
                id: id, kind: kind, name: name, aliases: aliases,
                country: try country.map { try #require(CountryCode(rawValue: $0), "actor \(id): country \($0)") },
                affiliations: try affiliations.map { try $0.affiliation() }, parent: parent, notes: notes)
        }
    }

    struct ExpectedAffiliation: Decodable {
        var institution: String
        var role: String?
        var from: String?
        var to: String?
        var former: Bool

        func affiliation() throws -> Affiliation {
            Affiliation(
                institution: institution, role: role, from: try FtMOtherToolsTests.date(from),
                to: try FtMOtherToolsTests.date(to), former: former)
        }
    }

    struct ExpectedSource: Decodable {
        var document: String
        var paragraphs: [Int]
    }

    struct ExpectedInteraction: Decodable {
        var id: String
        var kind: String
        var participants: [String]
        var initiator: String?
        var date: String?
        var endDate: String?
        var place: String?
        var track: String?
        var disclosure: String?
        var status: String?
        var topics: [String]
        var sources: [ExpectedSource]
        var notes: String?

        func interaction() throws -> Interaction {
            Interaction(
                id: id, kind: InteractionKind(rawValue: kind), participants: participants, initiator: initiator,
                date: try FtMOtherToolsTests.date(date), endDate: try FtMOtherToolsTests.date(endDate), place: place,
                track: try track.map { try #require(ChannelTrack(rawValue: $0)) },
                disclosure: try disclosure.map { try #require(Disclosure(rawValue: $0)) },
                status: try status.map { try #require(InteractionStatus(rawValue: $0)) }, topics: topics,
                sources: sources.map { SourceReference(document: $0.document, paragraphs: $0.paragraphs) }, notes: notes)
        }
    }

    struct ExpectedOmission: Decodable {
        var schema: String
        var reason: String
        var entityIDs: [String]
    }

    struct ExpectedReport: Decodable {
        var entityCount: Int
        var actorCount: Int
        var countryCount: Int
        var affiliationCount: Int
        var eventCount: Int
        var relationshipCount: Int
        var sourceCount: Int
        var omissions: [ExpectedOmission]
        var uncarriedValues: [String: Int]

        var report: FtMImportReport {
            var report = FtMImportReport()
            report.entityCount = entityCount
            report.actorCount = actorCount
            report.countryCount = countryCount
            report.affiliationCount = affiliationCount
            report.eventCount = eventCount
            report.relationshipCount = relationshipCount
            report.sourceCount = sourceCount
            report.omissions = omissions.map {
                FtMImportReport.Omission(schema: $0.schema, reason: $0.reason, entityIDs: $0.entityIDs)
            }
            report.uncarriedValues = uncarriedValues
            return report
        }
    }

    static func date(_ text: String?) throws -> PartialDate? {
        try text.map { try #require(PartialDate(iso: $0), "date \($0)") }
    }

    static func expected() throws -> Expected {
        let data = try Data(contentsOf: directory.appendingPathComponent("other-tools.expected.json"))
        return try JSONDecoder().decode(Expected.self, from: data)
    }

    static func imported() throws -> FtMReader.Result {
        try FtMReader.read(contentsOf: directory.appendingPathComponent(try expected().fixture))
    }

    /// The report's omission groups in a fixed order: the documentation says only
    /// "in order of first occurrence", which the builder takes as the order it finds
    /// them in (pass by pass), not the file's; the ids within a group are in file order.
    static func normalized(_ report: FtMImportReport) -> FtMImportReport {
        var report = report
        report.omissions.sort { ($0.schema, $0.reason) < ($1.schema, $1.reason) }
        return report
    }

    // MARK: - The fixture

    @Test func theFixtureIsNamedAsAnFtMFile() throws {
        #expect(FtMReader.isFtM(try Self.expected().fixture))
    }

    @Test func actorsAreTheExpectedOnesInOrder() throws {
        let expected = try Self.expected().actors.map { try $0.actor() }
        let actual = try Self.imported().dataset.actors
        #expect(actual.map(\.id) == expected.map(\.id))
        for (want, have) in zip(expected, actual) where want.id == have.id {
            #expect(have.kind == want.kind, "\(want.id).kind")
            #expect(have.name == want.name, "\(want.id).name")
            #expect(have.aliases == want.aliases, "\(want.id).aliases")
            #expect(have.country == want.country, "\(want.id).country")
            #expect(have.parent == want.parent, "\(want.id).parent")
            #expect(have.notes == want.notes, "\(want.id).notes")
            #expect(have.affiliations == want.affiliations, "\(want.id).affiliations")
            #expect(have == want, "\(want.id)")
        }
    }

    @Test func interactionsAreTheExpectedOnesInOrder() throws {
        let expected = try Self.expected().interactions.map { try $0.interaction() }
        let actual = try Self.imported().dataset.interactions
        #expect(actual.map(\.id) == expected.map(\.id))
        for (want, have) in zip(expected, actual) where want.id == have.id {
            #expect(have.kind == want.kind, "\(want.id).kind")
            #expect(have.participants == want.participants, "\(want.id).participants")
            #expect(have.initiator == want.initiator, "\(want.id).initiator")
            #expect(have.date == want.date, "\(want.id).date")
            #expect(have.endDate == want.endDate, "\(want.id).endDate")
            #expect(have.place == want.place, "\(want.id).place")
            #expect(have.track == want.track, "\(want.id).track")
            #expect(have.disclosure == want.disclosure, "\(want.id).disclosure")
            #expect(have.status == want.status, "\(want.id).status")
            #expect(have.topics == want.topics, "\(want.id).topics")
            #expect(have.sources == want.sources, "\(want.id).sources")
            #expect(have.notes == want.notes, "\(want.id).notes")
            #expect(have == want, "\(want.id)")
        }
    }

    @Test func theReportCountsWhatWasMadeAndEverythingLeftOut() throws {
        let want = try Self.expected().report.report
        let have = try Self.imported().report
        #expect(have.entityCount == want.entityCount)
        #expect(have.actorCount == want.actorCount)
        #expect(have.countryCount == want.countryCount)
        #expect(have.affiliationCount == want.affiliationCount)
        #expect(have.eventCount == want.eventCount)
        #expect(have.relationshipCount == want.relationshipCount)
        #expect(have.sourceCount == want.sourceCount)
        let haveOmissions = Self.normalized(have).omissions, wantOmissions = Self.normalized(want).omissions
        for omission in wantOmissions {
            let found = haveOmissions.first { $0.schema == omission.schema && $0.reason == omission.reason }
            #expect(found?.entityIDs == omission.entityIDs, "omitted \(omission.schema) (\(omission.reason))")
        }
        for omission in haveOmissions
        where !wantOmissions.contains(where: { $0.schema == omission.schema && $0.reason == omission.reason }) {
            Issue.record("unexpected omission: \(omission.schema) (\(omission.reason)): \(omission.entityIDs)")
        }
        for key in Set(have.uncarriedValues.keys).union(want.uncarriedValues.keys).sorted() {
            #expect(have.uncarriedValues[key] == want.uncarriedValues[key], "not carried: \(key)")
        }
        #expect(Self.normalized(have) == Self.normalized(want))
        #expect(!have.isComplete)
    }

    @Test func theDatasetValidatesAndMatchesTheExpectedOneAsAWhole() throws {
        let expected = try Self.expected()
        let dataset = try Self.imported().dataset
        #expect(dataset.validate().isEmpty)
        let want = Dataset(
            actors: try expected.actors.map { try $0.actor() },
            interactions: try expected.interactions.map { try $0.interaction() })
        #expect(dataset == want)
    }

    // MARK: - Focused cases

    static func problems(_ text: String) -> [DatasetProblem] {
        do {
            _ = try FtMReader.read(data: Data(text.utf8), file: "t.ftm.json")
            return []
        } catch {
            return error.problems
        }
    }

    @Test func fragmentsWithIncompatibleSchemataNameTheirLineAndColumn() throws {
        let second = #"{"id": "x1", "schema": "Company", "properties": {"name": ["X Holdings"]}}"#
        let text = #"{"id": "x1", "schema": "Person", "properties": {"name": ["X"]}}"# + "\n"
            + #"{"id": "other", "schema": "Person", "properties": {"name": ["Y"]}}"# + "\n" + second + "\n"
        let problems = Self.problems(text)
        #expect(problems.count == 1)
        let problem = try #require(problems.first)
        let column = try #require(second.range(of: #""Company""#)).lowerBound.utf16Offset(in: second) + 1
        #expect(problem.position == TextPosition(line: 3, column: column))
        #expect(problem.file == "t.ftm.json")
        #expect(problem.path == "schema")
        #expect(problem.message.contains("is a Company here but a Person on line 1"))
        #expect(problem.description.hasPrefix("t.ftm.json:3:\(column): schema: "))
    }

    @Test func fragmentsWithCompatibleSchemataKeepTheMoreSpecificOne() throws {
        let text = """
            {"id": "x1", "schema": "LegalEntity", "properties": {"name": ["X"], "country": ["sy"]}}
            {"id": "x1", "schema": "Person", "properties": {"name": ["X2"], "country": ["ru"]}}
            """
        let entities = try FtMReader.entities(data: Data(text.utf8))
        #expect(entities.map(\.schema) == ["Person"])
        #expect(entities.first?["name"] == ["X", "X2"])
        let result = try FtMReader.read(data: Data(text.utf8))
        #expect(result.dataset.actors.map(\.kind) == [.person])
        #expect(result.report.entityCount == 1)
        #expect(result.report.uncarriedValues == ["Person.country": 1])
    }

    @Test func aMalformedLineNamesItsLine() throws {
        let text = """
            {"id": "a", "schema": "Person", "properties": {"name": ["A"]}}

            {"id": "b", "schema": "Person", "properties": {"name": ["B"]}
            {"id": "c", "schema": "Person", "properties": {"name": ["C"]}}
            """
        let problems = Self.problems(text)
        #expect(problems.count == 1)
        let problem = try #require(problems.first)
        #expect(problem.kind == .malformedJSON)
        #expect(problem.position?.line == 3)
        #expect(problem.file == "t.ftm.json")
    }

    @Test func paragraphsAreReadFromADocumentationRole() {
        #expect(FtMDatasetBuilder.paragraphs(in: "paragraph 3") == [3])
        #expect(FtMDatasetBuilder.paragraphs(in: "paragraphs 19, 20") == [19, 20])
        #expect(FtMDatasetBuilder.paragraphs(in: "p. 3") == nil)
        #expect(FtMDatasetBuilder.paragraphs(in: "paragraphs 0") == nil)
        #expect(FtMDatasetBuilder.paragraphs(in: nil) == nil)
    }

    /// The mapping names a country actor for an *institution's* jurisdiction; a
    /// person's country comes from country, nationality or citizenship, and a
    /// parent is an institution's. A person's jurisdiction is a value not carried.
    @Test func aPersonsJurisdictionIsNotACountryActor() throws {
        let text = #"{"id": "p1", "schema": "Person", "properties": {"name": ["P"], "nationality": ["sy"], "jurisdiction": ["ru"]}}"#
        let result = try FtMReader.read(data: Data(text.utf8))
        #expect(result.dataset.actors.map(\.id) == ["p1"])
        let person = try #require(result.dataset.actor(id: "p1"))
        #expect(person.parent == nil)
        #expect(person.country == CountryCode(rawValue: "SY"))
        #expect(result.report.countryCount == 0)
        #expect(result.report.uncarriedValues == ["Person.jurisdiction": 1])
    }
}
