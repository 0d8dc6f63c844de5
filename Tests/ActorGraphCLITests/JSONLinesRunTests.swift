import Foundation
import Testing

/// JSON Lines datasets and GraphFrames folders through the built program.
@Suite struct JSONLinesRunTests {
    @Test func convertWritesJSONLinesThatEveryCommandReads() throws {
        let folder = try BuiltProgram.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let toLines = try BuiltProgram.run(["convert", BuiltProgram.seed, "seed.jsonl"], in: folder)
        #expect(toLines.status == 0, "\(toLines)")
        let lines = try String(contentsOf: folder.appendingPathComponent("seed.jsonl"), encoding: .utf8)
        #expect(lines.split(separator: "\n").count == 44 + 28)
        #expect(lines.split(separator: "\n").allSatisfy { $0.hasPrefix("{\"type\":\"actor\"") || $0.hasPrefix("{\"type\":\"interaction\"") })
        // Back to JSON: byte-identical with the JSON convert writes.
        #expect(try BuiltProgram.run(["convert", "seed.jsonl", "back.json"], in: folder).status == 0)
        #expect(try BuiltProgram.run(["convert", BuiltProgram.seed, "direct.json"], in: folder).status == 0)
        #expect(
            try Data(contentsOf: folder.appendingPathComponent("back.json"))
                == Data(contentsOf: folder.appendingPathComponent("direct.json")))
        // --to jsonl whatever the extension.
        #expect(try BuiltProgram.run(["convert", BuiltProgram.seed, "seed.txt", "--to", "jsonl"], in: folder).status == 0)
        #expect(try Data(contentsOf: folder.appendingPathComponent("seed.txt")) == Data(lines.utf8))
        // Every reading command gives the same as from JSON.
        for arguments in [
            ["validate", "X"], ["summary", "X"], ["scores", "X", "--format", "json", "--directed"],
            ["timeline", "X", "--windows", "2021,2022", "--format", "csv"], ["convert", "X", "-", "--to", "csv"],
        ] {
            let fromJSON = try BuiltProgram.run(arguments.map { $0 == "X" ? BuiltProgram.seed : $0 }, in: folder)
            let fromLines = try BuiltProgram.run(arguments.map { $0 == "X" ? "seed.jsonl" : $0 }, in: folder)
            #expect(fromLines.status == 0 && fromJSON.status == 0, "\(arguments): \(fromLines)")
            #expect(
                fromLines.stdout.replacingOccurrences(of: "seed.jsonl", with: "F")
                    == fromJSON.stdout.replacingOccurrences(of: BuiltProgram.seed, with: "F"), "\(arguments)")
        }
        // A graph cannot become a dataset.
        #expect(try BuiltProgram.run(["convert", BuiltProgram.seed, "g.graphml"], in: folder).status == 0)
        let refused = try BuiltProgram.run(["convert", "g.graphml", "g.jsonl"], in: folder)
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stderr.contains("cannot be written as a JSON Lines dataset"), "\(refused)")
    }

    @Test func badLinesAreNamedByLineAndNothingIsWritten() throws {
        let folder = try BuiltProgram.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = """
            {"type":"actor","id":"a","kind":"person","name":"A"}
            {"type":"actor","id":"a","kind":"person","name":"B"}
            {"type":"interaction","id":"i","kind":"meeting","participants":["a"]}
            """
        try Data(text.utf8).write(to: folder.appendingPathComponent("bad.jsonl"))
        try Data("keep".utf8).write(to: folder.appendingPathComponent("out.json"))
        let validate = try BuiltProgram.run(["validate", "bad.jsonl"], in: folder)
        #expect(validate.status == 1, "\(validate)")
        #expect(validate.stdout.contains("bad.jsonl:2:22: id: duplicate actor id \"a\" (first used by line 1)"), "\(validate)")
        #expect(validate.stdout.contains("bad.jsonl:3:"), "\(validate)")
        let convert = try BuiltProgram.run(["convert", "bad.jsonl", "out.json"], in: folder)
        #expect(convert.status == 1, "\(convert)")
        #expect(try Data(contentsOf: folder.appendingPathComponent("out.json")) == Data("keep".utf8))
    }

    @Test func aGraphFramesFolderIsScoredDrawnAndConverted() throws {
        let folder = try BuiltProgram.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The seed's projection written as GraphFrames tables (src,dst and id columns).
        #expect(try BuiltProgram.run(["convert", BuiltProgram.seed, "ties.csv"], in: folder).status == 0)
        let graphframes = folder.appendingPathComponent("gf")
        try FileManager.default.createDirectory(at: graphframes, withIntermediateDirectories: true)
        let ties = try String(contentsOf: folder.appendingPathComponent("ties.csv"), encoding: .utf8)
        #expect(ties.hasPrefix("source,target,"))
        try Data(ties.replacingOccurrences(of: "source,target,", with: "src,dst,", options: .anchored).utf8)
            .write(to: graphframes.appendingPathComponent("edges.csv"))
        try FileManager.default.copyItem(
            at: folder.appendingPathComponent("ties-nodes.csv"), to: graphframes.appendingPathComponent("vertices.csv"))
        let header = try String(contentsOf: graphframes.appendingPathComponent("edges.csv"), encoding: .utf8)
            .prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        #expect(header == "src,dst,weight,kinds,tracks,statuses,firstDate,lastDate,interactions,count")
        let fromFolder = try BuiltProgram.run(["scores", "gf", "--format", "csv", "--only", "degree,betweenness"], in: folder)
        let fromCSV = try BuiltProgram.run(["scores", "ties.csv", "--format", "csv", "--only", "degree,betweenness"], in: folder)
        #expect(fromFolder.status == 0, "\(fromFolder)")
        #expect(fromFolder.stdout == fromCSV.stdout)
        let named = try BuiltProgram.run(
            ["scores", "gf", "--input-format", "graphframes", "--format", "csv", "--only", "degree"], in: folder)
        #expect(named.status == 0, "\(named)")
        let render = try BuiltProgram.run(["render", "gf", "-o", "gf.dot", "--dot-only"], in: folder)
        #expect(render.status == 0, "\(render)")
        let convert = try BuiltProgram.run(["convert", "gf", "gf.graphml"], in: folder)
        #expect(convert.status == 0, "\(convert)")
        let graphml = try String(contentsOf: folder.appendingPathComponent("gf.graphml"), encoding: .utf8)
        #expect(graphml.contains("<node id=\"sullivan\""))
        let notAFolder = try BuiltProgram.run(["scores", "ties.csv", "--input-format", "graphframes"], in: folder)
        #expect(notAFolder.status != 0, "\(notAFolder)")
    }
}
