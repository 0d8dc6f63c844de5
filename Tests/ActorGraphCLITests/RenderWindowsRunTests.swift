import Foundation
import Testing

/// `actorgraph render --windows`: one diagram per window, every actor in one place.
@Suite struct RenderWindowsRunTests {
    static let years = ["2021", "2022", "2023", "2025"]

    /// The seed's actor ids, read without the library (legend samples are nodes too).
    private func actorIDs() throws -> Set<String> {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: BuiltProgram.seed)))
        let actors = try #require((object as? [String: Any])?["actors"] as? [[String: Any]])
        return Set(actors.compactMap { $0["id"] as? String })
    }

    /// Actor id → `pos` of Graphviz's JSON output.
    private func positions(_ file: URL) throws -> [String: String] {
        let ids = try actorIDs()
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
        let objects = try #require(object?["objects"] as? [[String: Any]])
        var result: [String: String] = [:]
        for node in objects {
            guard let name = node["name"] as? String, ids.contains(name), let pos = node["pos"] as? String else { continue }
            result[name] = pos
        }
        return result
    }

    @Test func sharedActorsKeepTheirCoordinatesAndEveryCanvasIsOneSize() throws {
        let folder = try BuiltProgram.temporaryFolder().appendingPathComponent("years")
        let run = try BuiltProgram.run(
            ["render", BuiltProgram.seed, "--windows", Self.years.joined(separator: ","), "-o", folder.path, "--format", "json", "--labels", "both"])
        try #require(run.status == 0, "\(run)")
        var seen: [String: String] = [:]
        var shared = 0
        var present: [Set<String>] = []
        for year in Self.years {
            let places = try positions(folder.appendingPathComponent("\(year).json"))
            present.append(Set(places.keys))
            for (name, pos) in places {
                if let earlier = seen[name] {
                    #expect(earlier == pos, "\(name) moved in \(year)")
                    shared += 1
                }
                seen[name] = pos
            }
        }
        #expect(shared >= 8, "actors present in two windows")
        #expect(present[0].contains("biden") && !present[3].contains("biden"), "an absent actor is not drawn")
        // SVG: the same canvas in every window, byte-identical on rerun.
        let svgFolder = folder.deletingLastPathComponent().appendingPathComponent("svg")
        let arguments = ["render", BuiltProgram.seed, "--windows", Self.years.joined(separator: ","), "-o", svgFolder.path]
        try #require(try BuiltProgram.run(arguments).status == 0)
        let first = try Self.years.map { try Data(contentsOf: svgFolder.appendingPathComponent("\($0).svg")) }
        let canvases = try first.map { data -> String in
            let text = String(decoding: data, as: UTF8.self)
            let svg = try #require(text.range(of: "<svg width=")).lowerBound
            let end = try #require(text[svg...].range(of: ">")).lowerBound
            return String(text[svg..<end])
        }
        #expect(Set(canvases).count == 1, "\(canvases)")
        try #require(try BuiltProgram.run(arguments).status == 0)
        let second = try Self.years.map { try Data(contentsOf: svgFolder.appendingPathComponent("\($0).svg")) }
        #expect(first == second)
    }

    @Test func dotOnlyWritesThePinnedPositions() throws {
        let folder = try BuiltProgram.temporaryFolder()
        let run = try BuiltProgram.run(["render", BuiltProgram.seed, "--windows", "2021,2022-03..2023-02", "-o", folder.path, "--dot-only"])
        try #require(run.status == 0, "\(run)")
        #expect(run.stdout.contains("2022-03_2023-02.dot"))
        let text = try String(contentsOf: folder.appendingPathComponent("2021.dot"), encoding: .utf8)
        #expect(text.contains("\"pos\"=\"") && text.contains("!\""))
    }

    @Test(arguments: [
        (["--from", "2021"], "--from/--to do not apply"),
        (["--cluster-by", "country"], "--cluster-by does not combine"),
        (["--timeout", "5"], "--timeout does not apply"),
        (["--windows", "2021,2021"], "twice"),
    ])
    func combinationsThatCannotWorkAreUsageErrors(arguments: [String], message: String) throws {
        let folder = try BuiltProgram.temporaryFolder()
        var all = ["render", BuiltProgram.seed, "-o", folder.appendingPathComponent("out").path] + arguments
        if !arguments.contains("--windows") { all += ["--windows", "2021,2022"] }
        let run = try BuiltProgram.run(all)
        #expect(run.status == 2, "\(run)")
        #expect(run.stderr.contains(message), "\(run)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test func aFileIsNotAFolderAndPathsAreTidy() throws {
        let folder = try BuiltProgram.temporaryFolder()
        let file = folder.appendingPathComponent("taken.svg")
        try Data("kept".utf8).write(to: file)
        let run = try BuiltProgram.run(["render", BuiltProgram.seed, "--windows", "2021", "-o", file.path])
        #expect(run.status == 2 && run.stderr.contains("is a file"), "\(run)")
        #expect(try String(contentsOf: file, encoding: .utf8) == "kept")
        let tidy = try BuiltProgram.run(["render", BuiltProgram.seed, "--windows", "2021", "-o", "out/", "--dot-only"], in: folder)
        #expect(tidy.status == 0, "\(tidy)")
        #expect(tidy.stdout.hasPrefix("out/2021.dot: "), "\(tidy.stdout)")
        let single = try BuiltProgram.run(["render", BuiltProgram.seed, "-o", "one.svg", "--certain", "--dot-only"], in: folder)
        #expect(single.status == 2 && single.stderr.contains("--certain needs"), "\(single)")
    }

    @Test func standardOutputAndGraphFilesAreRefused() throws {
        let toStandardOutput = try BuiltProgram.run(["render", BuiltProgram.seed, "--windows", "2021", "-o", "-"])
        #expect(toStandardOutput.status == 2, "\(toStandardOutput)")
        let graphml = BuiltProgram.fixture("interop/networkx_directed_unweighted.graphml")
        let folder = try BuiltProgram.temporaryFolder()
        let graph = try BuiltProgram.run(["render", graphml, "--windows", "2021", "-o", folder.appendingPathComponent("g").path])
        #expect(graph.status == 2, "\(graph)")
        #expect(graph.stderr.contains("--windows"))
    }

    @Test func temporalScoresSizeNodesInEachWindow() throws {
        let folder = try BuiltProgram.temporaryFolder()
        let run = try BuiltProgram.run(
            ["render", BuiltProgram.seed, "--windows", "2022,2023", "-o", folder.path, "--size-by", "temporalBrokerage", "--dot-only"])
        try #require(run.status == 0, "\(run)")
        // Lavrov brokers in time order in 2023 (four pairs), Haass in none: Lavrov is drawn wider.
        let text = try String(contentsOf: folder.appendingPathComponent("2023.dot"), encoding: .utf8)
        #expect(text.contains("temporalBrokerage"))
        func width(_ id: String) -> Double? {
            guard let line = text.split(separator: "\n").first(where: { $0.contains("\"\(id)\" [") }),
                let range = line.range(of: "\"width\"=\"")
            else { return nil }
            return Double(line[range.upperBound...].prefix { $0 != "\"" })
        }
        let lavrov = try #require(width("lavrov"))
        let haass = try #require(width("haass"))
        #expect(lavrov > haass)
        let graphml = BuiltProgram.fixture("interop/networkx_directed_unweighted.graphml")
        let graph = try BuiltProgram.run(["render", graphml, "-o", folder.appendingPathComponent("g.svg").path, "--size-by", "temporalBetweenness"])
        #expect(graph.status == 2, "\(graph)")
    }
}
