import ActorGraph
import Foundation
import Testing

/// FollowTheMoney out and in through the built program.
@Suite struct FtMRunTests {
    @Test func theSeedGoesOutAndComesBackWhole() throws {
        let folder = try BuiltProgram.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = try BuiltProgram.run(["convert", BuiltProgram.seed, "seed.ftm.json"], in: folder)
        #expect(out.status == 0, "\(out)")
        #expect(out.stdout.contains("seed.ftm.json: 132 FollowTheMoney entities written"), "\(out)")
        #expect(out.stderr.contains("note: 4 country actors travel as their codes (us, ru, ua, kp)"), "\(out)")
        let lines = try String(contentsOf: folder.appendingPathComponent("seed.ftm.json"), encoding: .utf8)
        #expect(lines.split(separator: "\n").count == 132)
        // Back with the country actors taken from the seed: byte-identical to the seed's own JSON.
        let back = try BuiltProgram.run(["convert", "seed.ftm.json", "back.json", "--countries", BuiltProgram.seed], in: folder)
        #expect(back.status == 0, "\(back)")
        #expect(back.stderr.contains("read 132 FollowTheMoney entities: 40 actors, 4 countries from codes, 27 affiliations, 28 events"), "\(back)")
        #expect(!back.stderr.contains("note:"), "\(back)")
        #expect(try BuiltProgram.run(["convert", BuiltProgram.seed, "direct.json"], in: folder).status == 0)
        #expect(
            try Data(contentsOf: folder.appendingPathComponent("back.json"))
                == Data(contentsOf: folder.appendingPathComponent("direct.json")))
        // --to ftm whatever the extension, and .ftm.jsonl by its name; both the same bytes.
        #expect(try BuiltProgram.run(["convert", BuiltProgram.seed, "seed.txt", "--to", "ftm"], in: folder).status == 0)
        #expect(try BuiltProgram.run(["convert", BuiltProgram.seed, "seed.ftm.jsonl"], in: folder).status == 0)
        #expect(try Data(contentsOf: folder.appendingPathComponent("seed.txt")) == Data(lines.utf8))
        #expect(try Data(contentsOf: folder.appendingPathComponent("seed.ftm.jsonl")) == Data(lines.utf8))
        // --from ftm reads a file of any name.
        let named = try BuiltProgram.run(["convert", "seed.txt", "named.json", "--from", "ftm", "--countries", BuiltProgram.seed], in: folder)
        #expect(named.status == 0, "\(named)")
        #expect(
            try Data(contentsOf: folder.appendingPathComponent("named.json"))
                == Data(contentsOf: folder.appendingPathComponent("direct.json")))
    }

    @Test func everyCommandReadsFtM() throws {
        let folder = try BuiltProgram.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try BuiltProgram.run(["convert", BuiltProgram.seed, "seed.ftm.json"], in: folder).status == 0)
        // What the FtM file should read as, made here from the seed without FtM:
        // country actors named by their codes and FtM's English names, without
        // aliases, first; country participants after the others.
        let seed = try DatasetLoader.load(contentsOf: URL(fileURLWithPath: BuiltProgram.seed))
        var codes: [String: String] = [:]
        var countries: [Actor] = []
        for actor in seed.actors where actor.kind == .country {
            guard let code = actor.country else { continue }
            codes[actor.id] = code.rawValue.lowercased()
            countries.append(Actor(id: code.rawValue.lowercased(), kind: .country, name: FtMModel.countryName(code) ?? "", country: code))
        }
        func renamed(_ id: String) -> String { codes[id] ?? id }
        let others = seed.actors.filter { $0.kind != .country }.map { actor in
            var copy = actor
            copy.parent = actor.parent.map(renamed)
            return copy
        }
        let interactions = seed.interactions.map { interaction in
            var copy = interaction
            copy.participants = interaction.participants.filter { codes[$0] == nil } + interaction.participants.filter { codes[$0] != nil }.map(renamed)
            copy.initiator = interaction.initiator.map(renamed)
            return copy
        }
        try DatasetWriter.write(Dataset(actors: countries + others, interactions: interactions), to: folder.appendingPathComponent("plain.json"))
        for arguments in [
            ["validate", "X"], ["summary", "X"], ["scores", "X", "--format", "json", "--directed"],
            ["scores", "X", "--from", "2022", "--kinds", "meeting,call"],
            ["timeline", "X", "--windows", "2021,2022", "--format", "csv"], ["convert", "X", "-", "--to", "csv"],
            ["render", "X", "--dot-only", "-o", "-"],
        ] {
            let fromJSON = try BuiltProgram.run(arguments.map { $0 == "X" ? "plain.json" : $0 }, in: folder)
            let fromFtM = try BuiltProgram.run(arguments.map { $0 == "X" ? "seed.ftm.json" : $0 }, in: folder)
            #expect(fromFtM.status == 0 && fromJSON.status == 0, "\(arguments): \(fromFtM)")
            #expect(
                fromFtM.stdout.replacingOccurrences(of: "seed.ftm.json", with: "F")
                    == fromJSON.stdout.replacingOccurrences(of: "plain.json", with: "F"), "\(arguments)")
        }
    }

    @Test func whatCannotBeMappedIsPrinted() throws {
        let folder = try BuiltProgram.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = """
            {"id":"p1","schema":"Person","properties":{"name":["A"],"birthDate":["1950"]}}
            {"id":"p2","schema":"Person","properties":{"name":["B"]}}
            {"id":"v1","schema":"Vessel","properties":{"name":["Ship"]}}
            {"id":"l1","schema":"UnknownLink","properties":{"subject":["p1"],"object":["p2"],"role":["friends"]}}
            {"id":"e1","schema":"Event","properties":{"involved":["p1"]}}
            """
        try Data(text.utf8).write(to: folder.appendingPathComponent("other.ftm.json"))
        let convert = try BuiltProgram.run(["convert", "other.ftm.json", "out.json"], in: folder)
        #expect(convert.status == 0, "\(convert)")
        #expect(convert.stderr.contains("other.ftm.json: note: not mapped: 1 Vessel (no ActorGraph counterpart): v1"), "\(convert)")
        #expect(convert.stderr.contains("not mapped: 1 Event (fewer than two parties"), "\(convert)")
        #expect(convert.stderr.contains("not carried: Person.birthDate, 1 value"), "\(convert)")
        // Other commands print the notes too.
        let summary = try BuiltProgram.run(["summary", "other.ftm.json"], in: folder)
        #expect(summary.status == 0 && summary.stderr.contains("note: not mapped: 1 Vessel"), "\(summary)")
        let dataset = try String(contentsOf: folder.appendingPathComponent("out.json"), encoding: .utf8)
        #expect(dataset.contains("\"kind\": \"link\"") && dataset.contains("role: friends"), "\(dataset)")
    }

    @Test func refusalsAndErrorsLeaveFilesAlone() throws {
        let folder = try BuiltProgram.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("keep".utf8).write(to: folder.appendingPathComponent("out.ftm.json"))
        func kept() throws -> Bool { try Data(contentsOf: folder.appendingPathComponent("out.ftm.json")) == Data("keep".utf8) }
        // Usage errors (exit 2).
        let countries = try BuiltProgram.run(["convert", BuiltProgram.seed, "x.json", "--countries", BuiltProgram.seed], in: folder)
        #expect(countries.status == 2 && countries.stderr.contains("--countries applies to FollowTheMoney input"), "\(countries)")
        // Options FtM output cannot take, and graphs (exit 1).
        let scores = try BuiltProgram.run(["convert", BuiltProgram.seed, "out.ftm.json", "--with-scores"], in: folder)
        #expect(scores.status == 1 && scores.stderr.contains("--with-scores does not apply"), "\(scores)")
        let directed = try BuiltProgram.run(["convert", BuiltProgram.seed, "out.ftm.json", "--directed"], in: folder)
        #expect(directed.status == 1, "\(directed)")
        #expect(try BuiltProgram.run(["convert", BuiltProgram.seed, "g.graphml"], in: folder).status == 0)
        let graph = try BuiltProgram.run(["convert", "g.graphml", "out.ftm.json"], in: folder)
        #expect(graph.status == 1 && graph.stderr.contains("cannot be written as FollowTheMoney"), "\(graph)")
        // A country actor without a code cannot travel as one.
        let noCode = """
            {"actors":[{"id":"c","kind":"country","name":"C"},{"id":"p","kind":"person","name":"P"}],
             "interactions":[{"id":"i","kind":"call","participants":["c","p"]}]}
            """
        try Data(noCode.utf8).write(to: folder.appendingPathComponent("nocode.json"))
        let refused = try BuiltProgram.run(["convert", "nocode.json", "out.ftm.json"], in: folder)
        #expect(refused.status == 1 && refused.stderr.contains("actor \"c\": a country actor needs its ISO code"), "\(refused)")
        #expect(try kept())
        // A malformed line is named by line and column, and nothing is written.
        try Data("{\"id\":\"p1\",\"schema\":\"Person\"}\n{\"id\":\"p2\",\"schema\":7}\n".utf8)
            .write(to: folder.appendingPathComponent("bad.ftm.json"))
        let bad = try BuiltProgram.run(["convert", "bad.ftm.json", "out.ftm.json"], in: folder)
        #expect(bad.status == 1 && bad.stderr.contains("bad.ftm.json:2:"), "\(bad)")
        let validate = try BuiltProgram.run(["validate", "bad.ftm.json"], in: folder)
        #expect(validate.status == 1 && validate.stdout.contains("bad.ftm.json:2:"), "\(validate)")
        #expect(try kept())
        // Writing over the input is refused.
        #expect(try BuiltProgram.run(["convert", BuiltProgram.seed, "s.ftm.json"], in: folder).status == 0)
        #expect(try BuiltProgram.run(["convert", "s.ftm.json", "s.ftm.json"], in: folder).status == 2)
    }
}
