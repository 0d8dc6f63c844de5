import Foundation
import Testing

/// Nothing crashes, nothing is lost: the built program on clusters, timeouts,
/// outputs that must not be replaced, and large interactions.
@Suite struct ReliabilityRunTests {
    @Test func clusteredRendersExitZeroAndAreByteIdentical() throws {
        let folder = try BuiltProgram.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for format in ["svg", "png"] {
            var outputs: [Data] = []
            for run in 0..<2 {
                let name = "x\(run).\(format)"
                let result = try BuiltProgram.run(
                    ["render", BuiltProgram.seed, "-o", name, "--cluster-by", "country", "--labels", "both"], in: folder)
                #expect(result.status == 0, "\(result)")
                outputs.append(try Data(contentsOf: folder.appendingPathComponent(name)))
            }
            #expect(outputs[0] == outputs[1], "\(format) renders with clusters are byte-identical")
            #expect(!outputs[0].isEmpty)
        }
    }

    @Test func aTimeoutStopsTheLayoutAndWritesNothing() throws {
        let folder = try BuiltProgram.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let existing = folder.appendingPathComponent("net.svg")
        try Data("keep".utf8).write(to: existing)
        let run = try BuiltProgram.run(["render", BuiltProgram.seed, "-o", "net.svg", "--timeout", "0.001"], in: folder)
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("did not finish within"), "\(run)")
        #expect(try Data(contentsOf: existing) == Data("keep".utf8))
        let bad = try BuiltProgram.run(["render", BuiltProgram.seed, "-o", "x.svg", "--timeout", "-3"], in: folder)
        #expect(bad.status == 2, "\(bad)")
    }

    @Test func aFailedConvertLeavesEveryExistingFileAsItWas() throws {
        let folder = try BuiltProgram.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("out-nodes.csv"), withIntermediateDirectories: false)
        try Data("keep\n".utf8).write(to: folder.appendingPathComponent("out.csv"))
        let run = try BuiltProgram.run(["convert", BuiltProgram.seed, "out.csv"], in: folder)
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("out-nodes.csv: is a directory"), "\(run)")
        #expect(try Data(contentsOf: folder.appendingPathComponent("out.csv")) == Data("keep\n".utf8))
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }
        #expect(left.isEmpty)
    }

    @Test func anOutputThatIsTheInputIsRefusedBeforeReading() throws {
        let folder = try BuiltProgram.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("d.json")
        try FileManager.default.copyItem(atPath: BuiltProgram.seed, toPath: input.path)
        let original = try Data(contentsOf: input)
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("alias.json"), withDestinationURL: input)
        for arguments in [
            ["render", "d.json", "-o", "d.json"], ["render", "d.json", "-o", "alias.json"],
            ["convert", "d.json", "alias.json"], ["convert", "d.json", "d.json"],
        ] {
            let run = try BuiltProgram.run(arguments, in: folder)
            #expect(run.status == 2, "\(arguments): \(run)")
            #expect(run.stderr.contains("is the input file"), "\(arguments): \(run)")
            #expect(try Data(contentsOf: input) == original)
        }
    }

    @Test func theNodeTableFoundBesideAnEdgeListIsAnInputToo() throws {
        let folder = try BuiltProgram.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "source,target\na,b\n".write(to: folder.appendingPathComponent("net.csv"), atomically: true, encoding: .utf8)
        try "id,label\na,A\nb,B\n".write(to: folder.appendingPathComponent("net-nodes.csv"), atomically: true, encoding: .utf8)
        let run = try BuiltProgram.run(["render", "net.csv", "-o", "net-nodes.csv", "--format", "svg"], in: folder)
        #expect(run.status == 2, "\(run)")
        #expect(try String(contentsOf: folder.appendingPathComponent("net-nodes.csv"), encoding: .utf8) == "id,label\na,A\nb,B\n")
    }

    @Test func aDeviceOutputIsWrittenNotReplaced() throws {
        let null = try BuiltProgram.run(["convert", BuiltProgram.seed, "/dev/null", "--to", "graphml"])
        #expect(null.status == 0, "\(null)")
        let full = try BuiltProgram.run(["convert", BuiltProgram.seed, "/dev/full", "--to", "graphml"])
        #expect(full.status == 1, "\(full)")
        #expect(full.stderr.contains("/dev/full: cannot write: No space left on device"), "\(full)")
        var info = stat()
        #expect(stat("/dev/full", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func aMeetingOfFifteenHundredIsAStarByDefaultAndWarned() throws {
        let folder = try BuiltProgram.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let ids = (0..<1500).map { "p\($0)" }
        let actors = ids.map { "{\"id\": \"\($0)\", \"kind\": \"person\", \"name\": \"\($0)\"}" }.joined(separator: ",")
        let participants = ids.map { "\"\($0)\"" }.joined(separator: ",")
        let json = "{\"actors\": [\(actors)], \"interactions\": [{\"id\": \"huge\", \"kind\": \"meeting\", \"participants\": [\(participants)], \"initiator\": \"p0\"}]}"
        try json.write(to: folder.appendingPathComponent("big.json"), atomically: true, encoding: .utf8)
        let validate = try BuiltProgram.run(["validate", "big.json"], in: folder)
        #expect(validate.status == 0, "\(validate)")
        #expect(validate.stdout.contains("warning: interactions[0] \"huge\": 1500 participants"), "\(validate)")
        let star = try BuiltProgram.run(["scores", "big.json", "--only", "degree", "--format", "json"], in: folder)
        #expect(star.status == 0, "\(star)")
        #expect(star.stderr.contains("projected as stars"), "\(star)")
        let degrees = try scoresByID(star.stdout)
        #expect((degrees["p0"]?["degree"] as? NSNumber)?.intValue == 1499)
        #expect((degrees["p7"]?["degree"] as? NSNumber)?.intValue == 1)
        let omitted = try BuiltProgram.run(["scores", "big.json", "--only", "degree", "--format", "json", "--large-meetings", "omit"], in: folder)
        #expect(try scoresByID(omitted.stdout).isEmpty)
        let render = try BuiltProgram.run(["render", "big.json", "-o", "big.svg", "--timeout", "120"], in: folder)
        #expect(render.status == 0, "\(render)")
    }

    @Test func validateRefusesCharactersNoExportCanCarry() throws {
        let folder = try BuiltProgram.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = #"{"actors": [{"id": "a", "kind": "person", "name": "A\u0007B"}, {"id": "b", "kind": "person", "name": "B"}], "interactions": [{"id": "i", "kind": "call", "participants": ["a", "b"]}]}"#
        try json.write(to: folder.appendingPathComponent("c.json"), atomically: true, encoding: .utf8)
        let run = try BuiltProgram.run(["validate", "c.json"], in: folder)
        #expect(run.status == 1, "\(run)")
        #expect(run.stdout.contains("U+0007"), "\(run)")
    }

    @Test func toleranceReproducesNetworkxOrConvergesFully() throws {
        let networkx = try BuiltProgram.run(
            ["scores", BuiltProgram.fixture("graphs/karate.edges.csv"), "--only", "pagerank", "--format", "json",
             "--tolerance", "1e-6", "--max-iterations", "100"])
        let exact = try BuiltProgram.run(
            ["scores", BuiltProgram.fixture("graphs/karate.edges.csv"), "--only", "pagerank", "--format", "json"])
        #expect(networkx.status == 0 && exact.status == 0, "\(networkx) \(exact)")
        let a = try scoresByID(networkx.stdout), b = try scoresByID(exact.stdout)
        #expect(a.keys.sorted() == b.keys.sorted())
        #expect(a.contains { (($0.value["pagerank"] as? NSNumber)?.doubleValue) != ((b[$0.key]?["pagerank"] as? NSNumber)?.doubleValue) })
        let starved = try BuiltProgram.run(
            ["scores", BuiltProgram.fixture("graphs/karate.edges.csv"), "--only", "pagerank", "--max-iterations", "2"])
        #expect(starved.stderr.contains("pagerank not computed"), "\(starved)")
    }

    @Test func theTableShowsControlCharactersAsEscapes() throws {
        let folder = try BuiltProgram.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "source,target\n\"\u{1B}[31mred\",b\n\"two\nlines\",b\n\"\u{202E}desrever\",b\n\"بوتين\",b\n".write(
            to: folder.appendingPathComponent("esc.csv"), atomically: true, encoding: .utf8)
        let run = try BuiltProgram.run(["scores", "esc.csv", "--only", "degree"], in: folder)
        #expect(run.status == 0, "\(run)")
        #expect(!run.stdout.contains("\u{1B}"), "no raw ESC reaches the terminal")
        #expect(run.stdout.contains("\\u{1B}[31mred"))
        #expect(run.stdout.contains("two\\nlines"))
        #expect(!run.stdout.contains("\u{202E}") && run.stdout.contains("\\u{202E}desrever"), "no bidi override reorders the line")
        #expect(run.stdout.contains("بوتين"), "Arabic is printed as it is")
    }
}
