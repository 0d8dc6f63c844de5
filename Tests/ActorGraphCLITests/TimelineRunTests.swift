import ActorGraph
import Foundation
import Testing

/// `actorgraph timeline` and `scores --temporal`, run as a user runs them.
@Suite struct TimelineRunTests {
    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func windows(_ run: BuiltProgram.Run) throws -> [[String: Any]] {
        try #require(try json(run.stdout)["windows"] as? [[String: Any]])
    }

    /// Every window of every plan, with every option combination, prints exactly
    /// what `scores --from FROM --to TO` prints with the same options.
    /// Every option combination on the yearly windows; the other plans with two.
    @Test(arguments: [
        (["--windows", "2021,2022,2023,2025"], [
            [], ["--certain"], ["--directed", "--temporal"], ["--kinds", "meeting,call", "--include-isolates"],
            ["--affiliations", "--weighting", "multi-party", "--weighted"], ["--temporal", "--possible-order", "--certain"],
        ]),
        (["--window", "1y", "--step", "6m"], [[], ["--certain", "--temporal"]]),
        (["--expanding", "--step", "18m"], [[], ["--directed", "--statuses", "confirmed,reported"]]),
        (["--windows", "2022-03..2023-04,2025-04"], [["--certain"], ["--actor-kinds", "person", "--temporal"]]),
        (["--window", "120d", "--step", "1y"], [[], ["--tracks", "official"]]),
    ])
    func everyWindowEqualsScoresFromTo(plan: [String], combinations: [[String]]) throws {
        var compared = 0
        for options in combinations {
            let only = ["--only", "degree,betweenness,closeness,pagerank,constraint,brokerage"]
            let timeline = try BuiltProgram.run(["timeline", BuiltProgram.seed] + plan + options + only + ["--format", "json"])
            try #require(timeline.status == 0, "\(timeline)")
            let entries = try windows(timeline)
            #expect(!entries.isEmpty)
            for entry in entries {
                let from = try #require(entry["from"] as? String)
                let to = try #require(entry["to"] as? String)
                let scores = try BuiltProgram.run(
                    ["scores", BuiltProgram.seed, "--from", from, "--to", to] + options + only + ["--format", "json"])
                try #require(scores.status == 0, "\(scores)")
                let expected = try json(scores.stdout) as NSDictionary
                let actual = try #require(entry["scores"] as? [String: Any]) as NSDictionary
                #expect(actual.isEqual(expected), "\(plan) \(options) window \(from)…\(to)")
                let nodes = try #require(actual["nodes"] as? [Any])
                #expect(entry["actors"] as? Int == nodes.count || options.contains("--top"))
                compared += 1
            }
        }
        #expect(compared >= combinations.count)
    }

    @Test func csvIsOneLongTableWithTheWindowOnEveryRow() throws {
        let arguments = ["timeline", BuiltProgram.seed, "--windows", "2021,2022,2023,2025", "--only", "degree,brokerage"]
        let csv = try BuiltProgram.run(arguments + ["--format", "csv"])
        try #require(csv.status == 0, "\(csv)")
        let lines = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == "window,from,to,firstDay,lastDay,id,label,group,degree,brokerage.coordinator,brokerage.itinerant,brokerage.representative,brokerage.gatekeeper,brokerage.liaison,brokerage.total,brokerage.totalZ")
        let entries = try windows(try BuiltProgram.run(arguments + ["--format", "json"]))
        let actors = entries.compactMap { $0["actors"] as? Int }.reduce(0, +)
        #expect(lines.count - 1 == actors)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("2021,2021,2021,2021-01-01,2021-12-31,") || !$0.hasPrefix("2021,") })
        #expect(lines.contains { $0.hasPrefix("2025,2025,2025,2025-01-01,2025-12-31,witkoff,Steve Witkoff,US,") })
    }

    @Test func theTableNamesEachWindowAndExplainsTheColumnsOnce() throws {
        let run = try BuiltProgram.run(["timeline", BuiltProgram.seed, "--windows", "2021,2024", "--temporal", "--only", "degree,brokerage"])
        try #require(run.status == 0, "\(run)")
        #expect(run.stdout.contains("== 2021 (2021-01-01…2021-12-31): 5 actors, 4 ties"))
        #expect(run.stdout.contains("== 2024 (2024-01-01…2024-12-31): 0 actors, 0 ties\n   no interaction possibly in this window"))
        #expect(run.stdout.components(separatedBy: "Brokerage (Gould & Fernandez").count == 2)
        #expect(run.stdout.components(separatedBy: "t.: over time-respecting paths").count == 2)
    }

    @Test func certainKeepsOnlyInteractionsWhollyInsideTheWindow() throws {
        let possibly = try BuiltProgram.run(["timeline", BuiltProgram.seed, "--windows", "2023-04", "--only", "degree", "--format", "json"])
        let certainly = try BuiltProgram.run(["timeline", BuiltProgram.seed, "--windows", "2023-04", "--only", "degree", "--format", "json", "--certain"])
        let a = try #require(try windows(possibly).first?["ties"] as? Int)
        let b = try #require(try windows(certainly).first?["ties"] as? Int)
        #expect(b < a, "a year-long 2023 interaction overlaps April but is not certainly in it")
        #expect(try json(certainly.stdout)["windowMatch"] as? String == "certainly")
    }

    @Test func brokersShowWhoBecameABrokerWhen() throws {
        let base = ["timeline", BuiltProgram.seed, "--windows", "2021,2022,2023,2025", "--brokers", "--format", "json"]
        func broker(_ run: BuiltProgram.Run, _ id: String) throws -> [String: Any]? {
            let brokers = try #require(try json(run.stdout)["brokers"] as? [[String: Any]])
            return brokers.first { $0["id"] as? String == id }
        }
        let certain = try BuiltProgram.run(base)
        try #require(certain.status == 0, "\(certain)")
        let possible = try BuiltProgram.run(base + ["--possible-order"])
        // Sullivan's 2022 contacts are dated only "2022": in certain order none follows another
        // within 2022, in possible order they can.
        let sullivanCertain = try #require(try broker(certain, "sullivan"))
        #expect((sullivanCertain["firstWindow"] as? [String: Any])?.isEmpty == true)
        #expect(sullivanCertain["windowsAboveThreshold"] as? [String] == ["2022"])
        let sullivanPossible = try #require(try broker(possible, "sullivan"))
        #expect((sullivanPossible["firstWindow"] as? [String: String])?["itinerant"] == "2022")
        // Lavrov brokers from 2023, Blinken's G20 contact coming before the New York meetings.
        let lavrov = try #require(try broker(certain, "lavrov"))
        #expect((lavrov["firstWindow"] as? [String: String])?["total"] == "2023")
        let pairs = try #require(lavrov["pairs"] as? [[String: Any]])
        #expect(!pairs.isEmpty)
        for pair in pairs {
            let first = try #require(pair["first"] as? [String: String])
            let second = try #require(pair["second"] as? [String: String])
            #expect(try #require(first["lastDay"]) < (try #require(second["firstDay"])), "certain order")
        }
        let table = try BuiltProgram.run(Array(base.dropLast(2)))
        #expect(table.stdout.contains("Sergei Lavrov (RU): itinerant from 2023, liaison from 2023, total from 2023"))
        let csv = try BuiltProgram.run(Array(base.dropLast()) + ["csv"])
        #expect(csv.stdout.hasPrefix("id,label,group,firstCoordinator,firstItinerant,firstRepresentative,firstGatekeeper,firstLiaison,firstTotal,windowsAboveThreshold,source,"))
    }

    @Test(arguments: [
        (["--from", "2021"], "--from/--to do not apply"),
        ([], "give the windows"),
        (["--windows", "2023..2021"], "ends before"),
        (["--windows", "2023-13"], "is not a window"),
        (["--window", "0y"], "is not a window length"),
        (["--windows", "2021", "--step", "6m"], "does not combine"),
        (["--step", "6m"], "--step needs --window"),
        (["--windows", "2021", "--window", "1y"], "does not combine"),
        (["--windows", "2021", "--brokers", "--only", "degree"], "--brokers prints"),
        (["--windows", "2021", "--top", "0"], "--top must be"),
        (["--windows", "2021", "--possible-order"], "--possible-order applies to the temporal scores"),
        (["--windows", "2021", "--z-threshold", "2"], "--z-threshold applies to --brokers"),
        (["--windows", "2021", "--brokers", "--weighted", "--max-iterations", "5"], "--weighted, --max-iterations apply to the scores"),
    ])
    func badOptionsAreUsageErrors(arguments: [String], message: String) throws {
        let run = try BuiltProgram.run(["timeline", BuiltProgram.seed] + arguments)
        #expect(run.status == 2, "\(run)")
        #expect(run.stderr.contains(message), "\(run)")
    }

    @Test func aWarningIsSaidOnceWithItsWindows() throws {
        let run = try BuiltProgram.run(["timeline", BuiltProgram.seed, "--windows", "2021,2022,2023", "--only", "degree", "--weighted", "--weighting", "binary"])
        try #require(run.status == 0, "\(run)")
        #expect(run.stderr.components(separatedBy: "--weighted: every tie weighs 1").count == 2, "\(run.stderr)")
    }

    @Test func aGraphFileHasNoTimeline() throws {
        let graphml = BuiltProgram.fixture("interop/networkx_directed_unweighted.graphml")
        let run = try BuiltProgram.run(["timeline", graphml, "--windows", "2021"])
        #expect(run.status == 2, "\(run)")
        #expect(run.stderr.contains("timeline needs a dataset"))
        let scores = try BuiltProgram.run(["scores", graphml, "--temporal"])
        #expect(scores.status == 2, "\(scores)")
    }

    @Test func tooManyWindowsAreRefusedNotCut() throws {
        let folder = try BuiltProgram.temporaryFolder()
        let file = folder.appendingPathComponent("long.json")
        try Data(#"{"actors": [{"id": "a", "kind": "person", "name": "A"}, {"id": "b", "kind": "person", "name": "B"}], "interactions": [{"id": "i", "kind": "call", "participants": ["a", "b"], "date": "1900"}, {"id": "j", "kind": "call", "participants": ["a", "b"], "date": "2000"}]}"#.utf8).write(to: file)
        let run = try BuiltProgram.run(["timeline", file.path, "--window", "1d", "--only", "degree"])
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("more than 10000"))
    }

    @Test func aDatasetWithoutDatesHasNoWindows() throws {
        let folder = try BuiltProgram.temporaryFolder()
        let file = folder.appendingPathComponent("undated.json")
        try Data(#"{"actors": [{"id": "a", "kind": "person", "name": "A"}, {"id": "b", "kind": "person", "name": "B"}], "interactions": [{"id": "i", "kind": "call", "participants": ["a", "b"]}]}"#.utf8).write(to: file)
        let run = try BuiltProgram.run(["timeline", file.path, "--window", "1y"])
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("no dated interaction"))
    }
}

/// `scores --temporal` through the built program.
@Suite struct TemporalScoresRunTests {
    /// X met B in 2021 and A only in 2022: statically X brokers both (A, B) and
    /// (B, A); in time order only (B, A).
    private func dataset() throws -> String {
        let folder = try BuiltProgram.temporaryFolder()
        let file = folder.appendingPathComponent("order.json")
        let text = """
            {"actors": [
              {"id": "a", "kind": "person", "name": "A", "country": "US"},
              {"id": "x", "kind": "person", "name": "X", "country": "TR"},
              {"id": "b", "kind": "person", "name": "B", "country": "US"}],
             "interactions": [
              {"id": "xb", "kind": "meeting", "participants": ["x", "b"], "date": "2021"},
              {"id": "ax", "kind": "meeting", "participants": ["a", "x"], "date": "2022-03-04"}]}
            """
        try Data(text.utf8).write(to: file)
        return file.path
    }

    @Test func temporalColumnsSitBesideTheStaticOnes() throws {
        let run = try BuiltProgram.run(["scores", try dataset(), "--temporal", "--only", "brokerage", "--format", "json"])
        try #require(run.status == 0, "\(run)")
        let x = try #require(try scoresByID(run.stdout)["x"])
        #expect((x["brokerage"] as? [String: Any])?["itinerant"] as? Double == 2)
        #expect((x["temporalBrokerage"] as? [String: Any])?["itinerant"] as? Int == 1)
        #expect((x["temporalBrokerage"] as? [String: Any])?["order"] as? String == "certain")
        #expect(x["temporalBetweenness"] as? Double == 0.5)
        let csv = try BuiltProgram.run(["scores", try dataset(), "--temporal", "--only", "degree", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("id,label,group,degree,temporalBetweenness,temporalBrokerage.coordinator,"))
        let table = try BuiltProgram.run(["scores", try dataset(), "--only", "temporalBetweenness"])
        #expect(table.status == 0, "\(table)")
        #expect(table.stdout.contains("t.betweenness"))
    }

    @Test func switchesThatWouldChangeNothingAreRefused() throws {
        let certain = try BuiltProgram.run(["scores", BuiltProgram.seed, "--certain"])
        #expect(certain.status == 2 && certain.stderr.contains("--certain needs --from or --to"), "\(certain)")
        let possible = try BuiltProgram.run(["scores", BuiltProgram.seed, "--possible-order"])
        #expect(possible.status == 2 && possible.stderr.contains("--possible-order applies"), "\(possible)")
        let reach = try BuiltProgram.run(["reach", BuiltProgram.seed, "putin", "--certain"])
        #expect(reach.status == 2, "\(reach)")
    }

    @Test func possibleOrderAndCertainChangeWhatCounts() throws {
        let seed = BuiltProgram.seed
        let certain = try BuiltProgram.run(["scores", seed, "--from", "2022", "--to", "2022", "--temporal", "--only", "brokerage", "--format", "json"])
        let possible = try BuiltProgram.run(["scores", seed, "--from", "2022", "--to", "2022", "--temporal", "--possible-order", "--only", "brokerage", "--format", "json"])
        func sullivan(_ run: BuiltProgram.Run) throws -> Int? {
            ((try scoresByID(run.stdout)["sullivan"])?["temporalBrokerage"] as? [String: Any])?["total"] as? Int
        }
        #expect(try sullivan(certain) == 0)
        #expect(try #require(try sullivan(possible)) > 0)
    }
}

/// `actorgraph reach` through the built program, against the library's search.
@Suite struct ReachRunTests {
    @Test(arguments: [[], ["--possible-order"], ["--from", "2022", "--to", "2023", "--certain"], ["--directed"]])
    func reachedActorsAndDatesEqualTheLibrary(options: [String]) throws {
        let run = try BuiltProgram.run(["reach", BuiltProgram.seed, "ushakov", "--format", "json"] + options)
        try #require(run.status == 0, "\(run)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let reached = try #require(object["reached"] as? [[String: String]])
        let key = options.contains("--possible-order") ? "earliestPossible" : "reachedBy"
        let dataset = try DatasetLoader.load(contentsOf: URL(fileURLWithPath: BuiltProgram.seed))
        var projection = ProjectionOptions(directed: options.contains("--directed"))
        if options.contains("--from") {
            projection.from = PartialDate(year: 2022)
            projection.to = PartialDate(year: 2023)
            projection.windowMatch = .certainly
        }
        let network = TemporalNetwork(dataset: dataset, options: projection)
        let source = try #require(network.network.graph.ids.firstIndex(of: "ushakov"))
        let arrival = network.earliestArrivalDates(from: source, order: options.contains("--possible-order") ? .possible : .certain)
        var expected: [String: String] = [:]
        for (node, date) in arrival.enumerated() {
            if let date { expected[network.network.graph.ids[node]] = date.description }
        }
        #expect(Dictionary(uniqueKeysWithValues: reached.compactMap { entry in entry["id"].map { ($0, entry[key] ?? "") } }) == expected)
        let dates = reached.compactMap { $0[key] }
        #expect(dates == dates.sorted(), "sorted by date")
    }

    @Test func theTableSaysWhatTimeOrderCutsOff() throws {
        let run = try BuiltProgram.run(["reach", BuiltProgram.seed, "ushakov"])
        try #require(run.status == 0, "\(run)")
        #expect(run.stdout.contains("William Burns       2021-11-30"))
        #expect(run.stdout.contains("Joined in the static network, but by no chain in time order: Joe Biden"))
        let csv = try BuiltProgram.run(["reach", BuiltProgram.seed, "ushakov", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("id,label,reachedBy\r\nburns,William Burns,2021-11-30\r\n"))
    }

    @Test func unknownActorsAndGraphFilesAreRefused() throws {
        let unknown = try BuiltProgram.run(["reach", BuiltProgram.seed, "nobody"])
        #expect(unknown.status == 1 && unknown.stderr.contains("no actor with id \"nobody\""), "\(unknown)")
        let outside = try BuiltProgram.run(["reach", BuiltProgram.seed, "biden", "--from", "2025", "--to", "2025"])
        #expect(outside.status == 1 && outside.stderr.contains("no contact"), "\(outside)")
        let graphml = BuiltProgram.fixture("interop/networkx_directed_unweighted.graphml")
        let graph = try BuiltProgram.run(["reach", graphml, "a"])
        #expect(graph.status == 2, "\(graph)")
    }
}
