import Foundation
import Testing

@testable import ActorGraph

/// FollowTheMoney shapes beyond the seed: what FtM cannot hold is said on the way
/// out, and what ActorGraph cannot take is counted on the way in; nothing
/// vanishes unreported, nothing traps, and what is read validates.
@Suite struct FtMHostileInputTests {
    static func read(_ lines: [String], countries: Dataset? = nil) throws -> FtMReader.Result {
        try FtMReader.read(data: Data(lines.joined(separator: "\n").utf8), file: "t.ftm.json", countries: countries)
    }

    static let a = #"{"id":"a","schema":"Person","properties":{"name":["A"]}}"#
    static let b = #"{"id":"b","schema":"Person","properties":{"name":["B"]}}"#

    @Test func aDocumentationOfTwoEventsCitesBothAndCountsTheRest() throws {
        let result = try Self.read([
            Self.a, Self.b,
            #"{"id":"e1","schema":"Event","properties":{"involved":["a","b"]}}"#,
            #"{"id":"e2","schema":"Event","properties":{"involved":["a","b"]}}"#,
            #"{"id":"d","schema":"Document","properties":{"fileName":["f.txt"],"title":["T"],"author":["X"]}}"#,
            #"{"id":"s","schema":"Documentation","properties":{"document":["d"],"entity":["e1","e2"],"role":["paragraph 4"],"summary":["S"]}}"#,
        ])
        #expect(result.dataset.interactions.map(\.sources) == [[SourceReference(document: "f.txt", paragraphs: [4])], [SourceReference(document: "f.txt", paragraphs: [4])]])
        #expect(result.report.uncarriedValues == ["Documentation.summary": 1, "Document.title": 1, "Document.author": 1])
    }

    @Test func timesEndDatesAndDescriptionsAreCarriedOrCounted() throws {
        let result = try Self.read([
            Self.a, Self.b,
            #"{"id":"e1","schema":"Event","properties":{"involved":["a","b"],"startDate":["2023-05-10T09:00:00"],"endDate":["2023-05"],"keywords":["ag:kind=call"],"description":["D"]}}"#,
        ])
        let interaction = try #require(result.dataset.interactions.first)
        // A coarser end date ending after the start is the dataset's rule, kept.
        #expect(interaction.date == PartialDate(iso: "2023-05-10") && interaction.endDate == PartialDate(iso: "2023-05"))
        #expect(interaction.notes == "description: D")
        #expect(result.report.uncarriedValues == ["Event.startDate (time of day)": 1])
    }

    @Test func idsThatCannotBeDatasetIDsAndCyclesAreResolved() throws {
        let result = try Self.read([
            #"{"id":"ag-actor-x","schema":"Organization","properties":{"name":["X1"],"parent":["x"]}}"#,
            #"{"id":"x","schema":"Organization","properties":{"name":["X2"],"parent":["ag-actor-x"]}}"#,
            #"{"id":"ag-actor-.01","schema":"Person","properties":{"name":["Control"]}}"#,
            Self.a,
            #"{"id":"e","schema":"Event","properties":{"involved":["a","ag-actor-.01"],"keywords":["ag:kind=","ag:initiator=fr"]}}"#,
        ])
        let ids = result.dataset.actors.map(\.id)
        #expect(ids == ["fr", "x", "x-2", "ag-actor-.01", "a"], "\(ids)")
        #expect(result.dataset.actors.filter { $0.parent != nil }.count == 1)
        #expect(result.report.uncarriedValues["Organization.parent (a link closing a cycle)"] == 1)
        let event = try #require(result.dataset.interactions.first)
        // An empty ag:kind is no kind; a country initiator the event does not list joins it.
        #expect(event.kind == .custom("event") && event.participants == ["a", "ag-actor-.01", "fr"] && event.initiator == "fr")
        #expect(result.report.uncarriedValues["Event.keywords"] == 1)
        #expect(result.dataset.validate().isEmpty)
    }

    @Test func countryActorsOnlyForWhatIsMapped() throws {
        let result = try Self.read([
            Self.a,
            #"{"id":"e1","schema":"Event","properties":{"country":["fr"]}}"#,
            #"{"id":"e2","schema":"Event","properties":{"involved":["a"],"country":["ß","ıd"]}}"#,
            #"{"id":"e3","schema":"Event","properties":{"involved":["a"],"organizer":["a"],"country":["jp"],"keywords":["ag:kind=call","ag:initiator=de"]}}"#,
        ])
        #expect(result.dataset.actors.map(\.id) == ["jp", "a"])
        #expect(result.report.omissions.map(\.entityIDs) == [["e1", "e2"]])
        #expect(result.report.uncarriedValues == ["Event.keywords": 1])
    }

    @Test func paragraphNumbersTheDatasetCannotHoldAreNotSources() {
        #expect(FtMDatasetBuilder.paragraphs(in: "paragraphs 99999999999") == nil)
        #expect(FtMDatasetBuilder.paragraphs(in: "paragraph 999999999") == [999_999_999])
    }

    @Test func manyValuesAreReadInLinearTime() throws {
        let aliases = (0..<40_000).map { "\"n\($0)\"" }.joined(separator: ",")
        let involved = (0..<20_000).map { "\"p\($0)\"" }.joined(separator: ",")
        var lines = [#"{"id":"big","schema":"Person","properties":{"name":["Big"],"alias":["# + aliases + "]}}"]
        lines += (0..<20_000).map { #"{"id":"p\#($0)","schema":"Person","properties":{"name":["P"]}}"# }
        lines.append(#"{"id":"e","schema":"Event","properties":{"involved":["# + involved + "]}}")
        let started = ContinuousClock.now
        let result = try Self.read(lines)
        #expect(result.dataset.actor(id: "big")?.aliases.count == 40_000)
        #expect(result.dataset.interactions.first?.participants.count == 20_000)
        // Quadratic de-duplication took minutes here; linear takes well under one.
        #expect(ContinuousClock.now - started < .seconds(60))
    }

    @Test func whatFtMCannotHoldIsSaidOnTheWayOut() throws {
        let dataset = Dataset(
            actors: [
                Actor(id: "fr-c", kind: .country, name: "France", country: CountryCode(rawValue: "FR")),
                Actor(id: "jp-c", kind: .country, name: "Japan", country: CountryCode(rawValue: "JP")),
                Actor(id: "p", kind: .person, name: "  Bob  ", aliases: ["A", "A", ""], parent: "fr-c"),
                Actor(id: String(repeating: "q", count: 195), kind: .person, name: "Q"),
            ],
            interactions: [
                Interaction(
                    id: "i", kind: .call, participants: ["p", String(repeating: "q", count: 195)],
                    date: PartialDate(iso: "0800-05"), topics: ["t", "t"])
            ])
        let export = try FtMWriter.export(dataset)
        let notes = export.notCarried.joined(separator: "\n")
        #expect(notes.contains("country actors that no interaction and no institution names are not written at all: fr-c, jp-c"), "\(notes)")
        #expect(notes.contains("a person's parent that is a country is not written"), "\(notes)")
        #expect(notes.contains("1 actor id is too long for an FtM id and written hashed"), "\(notes)")
        #expect(notes.contains("3 empty or repeated values"), "\(notes)")
        #expect(notes.contains("values will be changed by FtM's cleaning") && notes.contains(#"Person.name "  Bob  ""#), "\(notes)")
        #expect(notes.contains(#"Event.date "0800-05""#), "\(notes)")
        // The hashed id stands for the actor on the way back.
        let back = try FtMReader.read(data: Data(try FtMWriter.jsonLines(dataset).utf8))
        #expect(back.dataset.actors.contains { $0.id.hasPrefix("ag-actor-.h") && $0.name == "Q" })
    }

    @Test func cleaningRulesFollowFtM() {
        // followthemoney 4.11: names lose outer white space and collapse inner runs
        // (no-break space and line feeds too); places likewise; text keeps inner white space.
        #expect(FtMWriter.isChangedByCleaning("Bob\u{A0}B", .name))
        #expect(FtMWriter.isChangedByCleaning("a  b", .name))
        #expect(FtMWriter.isChangedByCleaning("a\nb", .address))
        #expect(!FtMWriter.isChangedByCleaning("a\nb", .text))
        #expect(FtMWriter.isChangedByCleaning("\tx", .text))
        #expect(FtMWriter.isChangedByCleaning("e\u{301}", .name))
        #expect(!FtMWriter.isChangedByCleaning("عبد الله بن زايد", .name))
        #expect(!FtMWriter.isChangedByCleaning("1000", .date) && FtMWriter.isChangedByCleaning("3000-01", .date))
    }
}
