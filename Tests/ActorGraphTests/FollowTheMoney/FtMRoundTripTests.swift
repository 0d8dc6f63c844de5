import Foundation
import Testing

@testable import ActorGraph

/// A dataset written as FollowTheMoney entities and read back: the seed and the
/// edge-case dataset come back whole with their country actors given, and every
/// person, institution, affiliation and interaction without them. (The entities
/// themselves are checked by the real model in scripts/interop/check_ftm.py.)
@Suite struct FtMRoundTripTests {
    static let edgeCases = ReferenceFixture.directory.appendingPathComponent("ftm/edge-cases.json")

    static func datasets() throws -> [(String, Dataset)] {
        [
            ("seed", try DatasetLoader.load(contentsOf: SharedSeedsLocation.dataset)),
            ("edge cases", try DatasetLoader.load(contentsOf: edgeCases)),
        ]
    }

    static func roundTrip(_ dataset: Dataset, countries: Dataset?) throws -> FtMReader.Result {
        let text = try FtMWriter.jsonLines(dataset)
        return try FtMReader.read(data: Data(text.utf8), file: "x.ftm.json", countries: countries)
    }

    @Test func wholeWithTheCountryActorsGiven() throws {
        for (name, dataset) in try Self.datasets() {
            let result = try Self.roundTrip(dataset, countries: dataset)
            #expect(result.dataset == dataset, "\(name)")
            #expect(result.report.isComplete, "\(name): \(result.report.lines)")
            #expect(DatasetWriter.json(result.dataset) == DatasetWriter.json(dataset), "\(name)")
        }
    }

    @Test func everyOtherFactWithoutThem() throws {
        for (name, dataset) in try Self.datasets() {
            let result = try Self.roundTrip(dataset, countries: nil)
            #expect(result.report.isComplete, "\(name): \(result.report.lines)")
            let codes = Dictionary(
                uniqueKeysWithValues: dataset.actors.filter { $0.kind == .country }.compactMap { actor in
                    actor.country.map { (actor.id, $0) }
                })
            func renamed(_ id: String) -> String { codes[id].map { $0.rawValue.lowercased() } ?? id }
            let back = result.dataset
            #expect(back.actors.count == dataset.actors.count, "\(name)")
            #expect(result.report.countryCount == codes.count)
            for actor in dataset.actors {
                guard let returned = back.actor(id: renamed(actor.id)) else {
                    Issue.record("\(name): \(actor.id) missing")
                    continue
                }
                if actor.kind == .country, let code = actor.country {
                    #expect(returned.kind == .country && returned.country == code && returned.aliases.isEmpty)
                    #expect(returned.name == FtMModel.countryName(code))
                } else {
                    var expected = actor
                    expected.parent = actor.parent.map(renamed)
                    #expect(returned == expected, "\(name): \(actor.id)")
                }
            }
            #expect(back.interactions.count == dataset.interactions.count)
            for (original, returned) in zip(dataset.interactions, back.interactions) {
                var expected = original
                // Country participants come back after the persons and institutions.
                expected.participants =
                    original.participants.filter { codes[$0] == nil } + original.participants.filter { codes[$0] != nil }.map(renamed)
                expected.initiator = original.initiator.map(renamed)
                #expect(returned == expected, "\(name): \(original.id)")
            }
        }
    }

    @Test func theSeedAsFtM() throws {
        let dataset = try DatasetLoader.load(contentsOf: SharedSeedsLocation.dataset)
        let export = try FtMWriter.export(dataset)
        var bySchema: [String: Int] = [:]
        for entity in export.entities { bySchema[entity.schema, default: 0] += 1 }
        let persons = dataset.actors.filter { $0.kind == .person }.count
        let institutions = dataset.actors.filter { $0.kind == .institution }.count
        #expect(bySchema["Person"] == persons)
        #expect((bySchema["PublicBody"] ?? 0) + (bySchema["Organization"] ?? 0) == institutions)
        #expect(bySchema["Event"] == dataset.interactions.count)
        #expect((bySchema["Membership"] ?? 0) + (bySchema["Employment"] ?? 0) == dataset.actors.map(\.affiliations.count).reduce(0, +))
        #expect(bySchema["Documentation"] == dataset.interactions.map(\.sources.count).reduce(0, +))
        #expect(bySchema["Document"] == Set(dataset.interactions.flatMap { $0.sources.map(\.document) }).count)
        #expect(export.entities.count == bySchema.values.reduce(0, +))
        #expect(export.notCarried.count == 1 && export.notCarried[0].contains("(us, ru, ua, kp)"), "\(export.notCarried)")
        // Every id valid and unique; the same file every time.
        #expect(export.entities.allSatisfy { FtMIdentifier.isValid($0.id) })
        #expect(Set(export.entities.map(\.id)).count == export.entities.count)
        #expect(try FtMWriter.jsonLines(dataset) == FtMWriter.jsonLines(dataset))
        // A country is never an entity: no entity carries a country actor's name.
        let countryNames = Set(dataset.actors.filter { $0.kind == .country }.map(\.name))
        #expect(!export.entities.contains { $0.schema != "Event" && !countryNames.isDisjoint(with: $0["name"]) })
    }

    @Test func schemataFollowTheDocumentedRules() throws {
        let dataset = try DatasetLoader.load(contentsOf: Self.edgeCases)
        let entities = Dictionary(uniqueKeysWithValues: try FtMWriter.export(dataset).entities.map { ($0.id, $0) })
        func entity(_ prefix: String, _ id: String) -> FtMEntity? { entities[FtMIdentifier.id(prefix, id)] }
        // Parent chain reaching a country: a public body; the country is its jurisdiction.
        #expect(entity(FtMIdentifier.actorPrefix, "ministry.of-x")?.schema == "PublicBody")
        #expect(entity(FtMIdentifier.actorPrefix, "ministry.of-x")?["jurisdiction"] == ["xk"])
        #expect(entity(FtMIdentifier.actorPrefix, "dept-")?.schema == "PublicBody")
        #expect(entity(FtMIdentifier.actorPrefix, "dept-")?["parent"] == [FtMIdentifier.id(FtMIdentifier.actorPrefix, "ministry.of-x")])
        #expect(entity(FtMIdentifier.actorPrefix, "think tank")?.schema == "Organization")
        // A person's post in a public body is an Employment, elsewhere a Membership.
        #expect(entities[FtMIdentifier.id(FtMIdentifier.affiliationPrefix, "ali_2", number: 1)]?.schema == "Employment")
        #expect(entities[FtMIdentifier.id(FtMIdentifier.affiliationPrefix, "ali_2", number: 1)]?["status"] == ["former"])
        #expect(entities[FtMIdentifier.id(FtMIdentifier.affiliationPrefix, "ali_2", number: 2)]?.schema == "Membership")
        // The event: persons involved, the country as a code, the country initiator as a keyword.
        let event = try #require(entity(FtMIdentifier.eventPrefix, "m_1"))
        #expect(event["involved"].count == 2)
        #expect(event["country"] == ["xk"])
        #expect(event["organizer"].isEmpty)
        #expect(event["keywords"].contains("ag:initiator=xk"))
        #expect(event["keywords"].contains("ag:topic=ag:odd"))
        #expect(event["startDate"] == ["2020-03-01"] && event["endDate"] == ["2020-03-03"] && event["date"].isEmpty)
        #expect(event["proof"].count == 2)
    }

    @Test func identifiersReadBack() {
        let samples = ["a", "ali_2", "--", "x-", "-x", "m.1", "a b", "وزير", "Ünïcode ✓", "😀", "A.41", ".h00"]
        for sample in samples {
            let id = FtMIdentifier.id(FtMIdentifier.actorPrefix, sample)
            #expect(FtMIdentifier.isValid(id), "\(sample) → \(id)")
            #expect(FtMIdentifier.decode(FtMIdentifier.actorPrefix, id) == sample, "\(sample) → \(id)")
        }
        // Not an encoding this writer makes: read as no ActorGraph id.
        #expect(FtMIdentifier.decode(FtMIdentifier.actorPrefix, "ag-actor-.41") == nil)
        #expect(FtMIdentifier.decode(FtMIdentifier.actorPrefix, "ag-actor-.4") == nil)
        #expect(FtMIdentifier.decode(FtMIdentifier.actorPrefix, "ag-event-x") == nil)
        // Too long: hashed, valid, deterministic, and not read back.
        let long = String(repeating: "و", count: 60)
        let hashed = FtMIdentifier.id(FtMIdentifier.actorPrefix, long)
        #expect(hashed.hasPrefix("ag-actor-.h") && hashed.count == "ag-actor-.h".count + 40)
        #expect(FtMIdentifier.isValid(hashed) && hashed == FtMIdentifier.id(FtMIdentifier.actorPrefix, long))
        #expect(FtMIdentifier.decode(FtMIdentifier.actorPrefix, hashed) == nil)
        #expect(FtMIdentifier.id(FtMIdentifier.citationPrefix, long, number: 1) != FtMIdentifier.id(FtMIdentifier.citationPrefix, long, number: 2))
        #expect(!FtMIdentifier.isValid("a_b") && !FtMIdentifier.isValid("a-") && !FtMIdentifier.isValid(""))
    }

    @Test func aLongInteractionIDTravelsInRecordID() throws {
        let long = String(repeating: "x", count: 250)
        let dataset = Dataset(
            actors: [Actor(id: "a", kind: .person, name: "A"), Actor(id: "b", kind: .person, name: "B")],
            interactions: [Interaction(id: long, kind: .call, participants: ["a", "b"])])
        let result = try Self.roundTrip(dataset, countries: nil)
        #expect(result.dataset == dataset)
    }

    @Test func whatFtMCannotHoldIsRefused() throws {
        let person = Actor(id: "p", kind: .person, name: "P")
        let cases: [(Dataset, String)] = [
            (Dataset(actors: [Actor(id: "c", kind: .country, name: "C"), person], interactions: []), "needs its ISO code"),
            (
                Dataset(
                    actors: [
                        Actor(id: "c1", kind: .country, name: "C", country: CountryCode(rawValue: "FR")),
                        Actor(id: "c2", kind: .country, name: "C", country: CountryCode(rawValue: "FR")),
                    ], interactions: []), "of country actor \"c1\""
            ),
            (Dataset(actors: [Actor(id: "p", kind: .person, name: "P", country: CountryCode(rawValue: "AA"))], interactions: []), "not one FollowTheMoney knows"),
        ]
        for (dataset, words) in cases {
            #expect(throws: FtMExportError.self) { try FtMWriter.export(dataset) }
            do {
                _ = try FtMWriter.export(dataset)
            } catch {
                #expect(error.description.contains(words), "\(error)")
            }
        }
    }

    @Test func theModelTableIsTheGeneratedOne() {
        #expect(FtMModel.generatedFrom == "4.11.2")
        #expect(FtMModel.schema("PublicBody", isA: "Organization"))
        #expect(FtMModel.schema("Person", isA: "LegalEntity"))
        #expect(!FtMModel.schema("Event", isA: "LegalEntity"))
        #expect(FtMModel.schema("Membership")?.edge?.source == "member")
        #expect(FtMModel.schema("Thing")?.abstract == true)
        #expect(FtMModel.countryName(CountryCode(rawValue: "KP")!) == "North Korea")
        #expect(FtMModel.countryName(CountryCode(rawValue: "AA")!) == nil)
    }
}
