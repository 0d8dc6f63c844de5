import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Hostile input through the built program: mutations of real files (truncations,
/// byte flips, invalid UTF-8, NUL bytes) and crafted ones (huge numbers, deep
/// nesting, XML bombs, XXE, empty files, a directory, a FIFO, a 10 MB line).
///
/// Every run must end by itself within ``limit`` seconds with status 0, 1 or 2,
/// never a signal; stderr must carry no raw runtime or Foundation error; a
/// failing run must name its input file. Crafted inputs go through all five
/// commands; each mutation through two of them, in rotation, so that every
/// command meets every kind of mutation while the suite stays near half a minute.
@Suite struct HostileInputTests {
    static let limit = 20.0

    /// Runs that fail for reasons outside the GraphML reader, reported and not yet fixed:
    /// they run with a short limit inside `withKnownIssue`, so the suite stays quick.
    static let knownIssues: [String: String] = [
        "JSON: a 10 MB name on one line/render":
            "render --dot-only takes ~10 s (debug build) over a 10 MB name",
        "CSV: a 10 MB field on one line/render":
            "render --dot-only takes ~19 s (debug build) over a 10 MB node id",
    ]
    static let knownIssueLimit = 5.0
    static let forbidden = ["Fatal error", "NSCocoaErrorDomain", "Swift runtime failure", "NSPOSIXErrorDomain", "Error Domain="]

    // MARK: Inputs

    /// An input file (with its node table, when it has one) of one case.
    struct Input: Sendable {
        /// The file name, with the extension that selects the format.
        var name: String
        var data: Data
        var companion: (name: String, data: Data)?
        var isDirectory = false
        var isFIFO = false
    }

    /// A real file to mutate.
    enum Base: String, CaseIterable, Sendable {
        case seedJSON, seedGraphML, seedCSV, seedGephi, karateCSV, networkxGraphML

        var mutations: Int {
            switch self {
            case .seedJSON, .seedGraphML, .seedCSV, .seedGephi: 12
            case .karateCSV, .networkxGraphML: 6
            }
        }
    }

    /// The real files, the seed converted once by the program itself.
    final class Corpus: Sendable {
        let inputs: [Base: Input]

        static let shared = Result { try Corpus() }

        init() throws {
            let folder = try BuiltProgram.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            func converted(_ name: String, _ extra: [String] = []) throws -> Data {
                let run = try BuiltProgram.run(["convert", BuiltProgram.seed, name] + extra, in: folder)
                guard run.status == 0 else { throw CocoaError(.fileWriteUnknown) }
                return try Data(contentsOf: folder.appendingPathComponent(name))
            }
            func file(_ name: String) throws -> Data { try Data(contentsOf: folder.appendingPathComponent(name)) }
            let seed = try Data(contentsOf: URL(fileURLWithPath: BuiltProgram.seed))
            let graphml = try converted("seed.graphml")
            let csv = try converted("seed.csv")
            let gephi = try converted("gephi.csv", ["--to", "gephi"])
            inputs = [
                .seedJSON: Input(name: "input.json", data: seed),
                .seedGraphML: Input(name: "input.graphml", data: graphml),
                .seedCSV: Input(name: "input.csv", data: csv, companion: ("input-nodes.csv", try file("seed-nodes.csv"))),
                .seedGephi: Input(name: "input.csv", data: gephi, companion: ("input-nodes.csv", try file("gephi-nodes.csv"))),
                .karateCSV: Input(
                    name: "input.csv", data: try Data(contentsOf: URL(fileURLWithPath: BuiltProgram.fixture("graphs/karate.edges.csv"))),
                    companion: (
                        "input-nodes.csv", try Data(contentsOf: URL(fileURLWithPath: BuiltProgram.fixture("graphs/karate.nodes.csv")))
                    )),
                .networkxGraphML: Input(
                    name: "input.graphml",
                    data: try Data(
                        contentsOf: URL(fileURLWithPath: BuiltProgram.fixture("interop/networkx_undirected_weighted.graphml")))),
            ]
        }
    }

    /// One mutation of a base file: its kind follows from the index.
    struct Mutation: Sendable, CustomTestStringConvertible {
        var base: Base
        var index: Int
        var testDescription: String { "\(base.rawValue) #\(index) (\(kind))" }

        var kind: String {
            switch index % 8 {
            case 0, 4: "truncated"
            case 1, 5, 7: "bytes flipped"
            case 2: "invalid UTF-8"
            case 3: "NUL bytes"
            default: "node table mutated"
            }
        }

        /// Two of the five commands, in rotation.
        var commands: [Command] {
            let all = Command.allCases
            return [all[index % all.count], all[(index + 2) % all.count]]
        }

        static let all: [Mutation] = Base.allCases.flatMap { base in (0..<base.mutations).map { Mutation(base: base, index: $0) } }

        func apply(to input: Input) -> Input {
            var mixer = SplitMix64(state: UInt64(index) &* 1_000_003 &+ UInt64(base.rawValue.utf8.count))
            var result = input
            var bytes = [UInt8](input.data)
            switch index % 8 {
            case 0, 4:
                // Truncations across the file, from one byte to one byte short.
                let cut = [1, bytes.count - 1, bytes.count / 2, bytes.count / 10, bytes.count * 9 / 10][(index / 4) % 5]
                bytes = Array(bytes.prefix(max(min(cut + mixer.below(97), bytes.count - 1), 1)))
            case 1, 5, 7:
                for _ in 0...mixer.below(4) { bytes[mixer.below(bytes.count)] = UInt8(truncatingIfNeeded: mixer.next()) }
            case 2:
                let invalid: [[UInt8]] = [[0xFF], [0xC3, 0x28], [0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80]]
                bytes.insert(contentsOf: invalid[mixer.below(invalid.count)], at: mixer.below(bytes.count))
            case 3:
                bytes.insert(contentsOf: [UInt8](repeating: 0, count: 1 + mixer.below(3)), at: mixer.below(bytes.count))
            default:
                // The node table, when there is one; otherwise a flip in the file.
                if var companion = input.companion {
                    var table = [UInt8](companion.data)
                    if mixer.below(2) == 0 {
                        table = Array(table.prefix(mixer.below(table.count)))
                    } else {
                        for _ in 0...mixer.below(4) { table[mixer.below(table.count)] = UInt8(truncatingIfNeeded: mixer.next()) }
                    }
                    companion.data = Data(table)
                    result.companion = companion
                } else {
                    bytes[mixer.below(bytes.count)] = UInt8(truncatingIfNeeded: mixer.next())
                }
            }
            result.data = Data(bytes)
            return result
        }
    }

    /// A hand-made hostile input.
    struct Crafted: Sendable, CustomTestStringConvertible {
        var name: String
        var input: @Sendable () -> Input
        var testDescription: String { name }

        static let all: [Crafted] = {
            let ns = "http://graphml.graphdrawing.org/xmlns"
            @Sendable func graphml(_ body: String, keys: String = "") -> Data {
                Data(
                    """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <graphml xmlns="\(ns)">
                    <key id="w" for="edge" attr.name="weight" attr.type="double"/>
                    <key id="l" for="node" attr.name="label" attr.type="string"/>
                    \(keys)<graph edgedefault="undirected">
                    <node id="a"/><node id="b"/>
                    \(body)
                    </graph>
                    </graphml>
                    """.utf8)
            }
            @Sendable func seed() -> String {
                (try? String(contentsOfFile: BuiltProgram.seed, encoding: .utf8)) ?? ""
            }
            @Sendable func replacingFirst(_ pattern: String, with replacement: String, in text: String) -> String {
                guard let range = text.range(of: pattern) else { return text }
                return text.replacingCharacters(in: range, with: replacement)
            }
            let tenMB = String(repeating: "x", count: 10 * 1024 * 1024)
            let laughs: String = {
                var dtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [\n<!ENTITY lol \"lol\">\n"
                for level in 1...9 {
                    dtd += "<!ENTITY lol\(level) \"\(String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10))\">\n"
                }
                return dtd + "]>\n"
            }()
            let csvHeader = "source,target,weight,firstDate\n"
            return [
                Crafted(name: "empty .json") { Input(name: "input.json", data: Data()) },
                Crafted(name: "empty .graphml") { Input(name: "input.graphml", data: Data()) },
                Crafted(name: "empty .csv") { Input(name: "input.csv", data: Data()) },
                Crafted(name: "a directory named .json") { Input(name: "input.json", data: Data(), isDirectory: true) },
                Crafted(name: "a directory named .graphml") { Input(name: "input.graphml", data: Data(), isDirectory: true) },
                Crafted(name: "a FIFO fed the seed") { Input(name: "input.json", data: Data(seed().utf8), isFIFO: true) },
                Crafted(name: "JSON: 100,000 nested [") { Input(name: "input.json", data: Data(String(repeating: "[", count: 100_000).utf8)) },
                Crafted(name: "JSON: 100,000 nested { in an actor") {
                    Input(
                        name: "input.json",
                        data: Data(
                            ("{\"actors\":[{\"id\":" + String(repeating: "{\"a\":", count: 100_000) + "1" + String(repeating: "}", count: 100_000)
                                + "}],\"interactions\":[]}").utf8))
                },
                Crafted(name: "JSON: paragraphs 1e400 and 99999999999999999999") {
                    var text = seed()
                    text = replacingFirst("\"paragraphs\": [", with: "\"paragraphs\": [1e400, 99999999999999999999, -99999999999999999999, ", in: text)
                    return Input(name: "input.json", data: Data(text.utf8))
                },
                Crafted(name: "JSON: dates 99999999999999999999-06 and 1e400") {
                    var text = seed()
                    text = replacingFirst("\"date\": \"2021-06\"", with: "\"date\": \"99999999999999999999-06\"", in: text)
                    text = replacingFirst("\"date\": \"", with: "\"date\": 1e400, \"x\": \"", in: text)
                    return Input(name: "input.json", data: Data(text.utf8))
                },
                Crafted(name: "JSON: a 10 MB name on one line") {
                    Input(name: "input.json", data: Data(replacingFirst("\"name\": \"United States\"", with: "\"name\": \"\(tenMB)\"", in: seed()).utf8))
                },
                Crafted(name: "JSON: NUL bytes in an id") {
                    Input(name: "input.json", data: Data(replacingFirst("\"id\": \"usa\"", with: "\"id\": \"u\u{0}sa\"", in: seed()).utf8))
                },
                Crafted(name: "CSV: weights 1e400, 99999999999999999999, -0, nan; dates 99999999999999999999") {
                    let rows = [
                        "a,b,1e400,2020", "b,c,99999999999999999999,2020", "c,d,-0,2020", "d,e,nan,2020",
                        "e,f,1,99999999999999999999", "f,g,1,1e400", "g,h,4.9e-324,-99999999999999999999",
                    ]
                    return Input(name: "input.csv", data: Data((csvHeader + rows.joined(separator: "\n") + "\n").utf8))
                },
                Crafted(name: "CSV: a 10 MB field on one line") {
                    Input(name: "input.csv", data: Data((csvHeader + "a,b,1,2020\n\(tenMB),b,1,2020\n").utf8))
                },
                Crafted(name: "CSV: NUL bytes and invalid UTF-8 in ids") {
                    var data = Data((csvHeader + "a\u{0}x,b,1,2020\n").utf8)
                    data.append(contentsOf: [0xFF, 0xFE, 0x2C, 0x62, 0x2C, 0x31, 0x0A])
                    return Input(name: "input.csv", data: data)
                },
                Crafted(name: "Gephi: weights 1e400 and 99999999999999999999") {
                    Input(
                        name: "input.csv",
                        data: Data("Source,Target,Type,Weight\na,b,Undirected,1e400\nb,c,Undirected,99999999999999999999\n".utf8),
                        companion: ("input-nodes.csv", Data("Id,Label\na,A\nb,B\nc,C\n".utf8)))
                },
                Crafted(name: "GraphML: weights 1e400 and 99999999999999999999") {
                    Input(
                        name: "input.graphml",
                        data: graphml(
                            "<edge source=\"a\" target=\"b\"><data key=\"w\">1e400</data></edge><edge source=\"b\" target=\"a\"><data key=\"w\">99999999999999999999</data></edge>"
                        ))
                },
                Crafted(name: "GraphML: 100,000 nested elements in a <data>") {
                    let nested = String(repeating: "<x>", count: 100_000) + String(repeating: "</x>", count: 100_000)
                    return Input(name: "input.graphml", data: graphml("<node id=\"c\"><data key=\"l\">\(nested)</data></node>"))
                },
                Crafted(name: "GraphML: 100,000 nested <node>s") {
                    let nested = String(repeating: "<node id=\"n\">", count: 100_000) + String(repeating: "</node>", count: 100_000)
                    return Input(name: "input.graphml", data: graphml(nested))
                },
                Crafted(name: "GraphML: billion laughs") {
                    var data = Data(laughs.utf8)
                    data.append(graphml("<node id=\"c\"><data key=\"l\">&lol9;</data></node>"))
                    return Input(name: "input.graphml", data: data)
                },
                Crafted(name: "GraphML: XXE file:///etc/passwd") {
                    var data = Data("<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n".utf8)
                    data.append(graphml("<node id=\"c\"><data key=\"l\">&xxe;</data></node>"))
                    return Input(name: "input.graphml", data: data)
                },
                Crafted(name: "GraphML: a 10 MB attribute value") {
                    Input(name: "input.graphml", data: graphml("<node id=\"\(tenMB)\"/>"))
                },
                Crafted(name: "GraphML: a 10 MB <data> value") {
                    Input(name: "input.graphml", data: graphml("<node id=\"c\"><data key=\"l\">\(tenMB)</data></node>"))
                },
                Crafted(name: "GraphML: NUL bytes and invalid UTF-8") {
                    var data = graphml("<node id=\"c\"><data key=\"l\">X</data></node>")
                    if let x = data.lastIndex(of: UInt8(ascii: "X")) { data.replaceSubrange(x...x, with: [0x00, 0xFF, 0xC0, 0xAF]) }
                    return Input(name: "input.graphml", data: data)
                },
            ]
        }()
    }

    enum Command: CaseIterable, Sendable {
        case validate, summary, scores, convert, render

        func arguments(input: String, folder: URL) -> [String] {
            switch self {
            case .validate: ["validate", input]
            case .summary: ["summary", input]
            case .scores: ["scores", input]
            case .convert:
                ["convert", input, folder.appendingPathComponent(input.hasSuffix(".graphml") ? "out.csv" : "out.graphml").path]
            case .render: ["render", "--dot-only", "-o", "-", input]
            }
        }
    }

    // MARK: Running

    /// Writes the input in a new folder and runs each command on it, checking every run.
    private func check(_ input: Input, _ commands: [Command], case name: String) throws {
        let folder = try BuiltProgram.temporaryFolder()
        let path = folder.appendingPathComponent(input.name).path
        if input.isDirectory {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        } else if input.isFIFO {
            #expect(mkfifo(path, 0o600) == 0)
            signal(SIGPIPE, SIG_IGN)
        } else {
            try input.data.write(to: URL(fileURLWithPath: path))
        }
        if let companion = input.companion {
            try companion.data.write(to: folder.appendingPathComponent(companion.name))
        }
        var failed = false
        for command in commands {
            let arguments = command.arguments(input: path, folder: folder)
            let data = input.data
            var feeder: (@Sendable (Process) -> Void)?
            if input.isFIFO { feeder = { process in TimedRun.feed(fifo: path, with: data, while: process) } }
            let known = Self.knownIssues["\(name)/\(command)"]
            let limit = known == nil ? Self.limit : Self.knownIssueLimit
            let outcome = try TimedRun.run(arguments, in: folder, limit: limit, whileRunning: feeder)
            let context = ("\(name): actorgraph \(arguments.joined(separator: " ")) (kept in \(folder.path))\n\(outcome)")
            var problems: [String] = []
            if outcome.timedOut { problems.append("did not finish within \(limit) s") }
            if outcome.reason == Process.TerminationReason.uncaughtSignal || outcome.status >= 128 { problems.append("ended by a signal") }
            if !(0...2).contains(outcome.status) { problems.append("exit status \(outcome.status)") }
            for text in Self.forbidden where outcome.stderr.contains(text) { problems.append("stderr contains \"\(text)\"") }
            // A failing run names its input, or for convert the output it could not write.
            var names = [input.name, input.companion?.name].compactMap { $0 }
            if command == .convert { names += ["out.csv", "out.graphml"] }
            if outcome.status != 0, !outcome.timedOut, !names.contains(where: outcome.stderr.contains) {
                problems.append("the error does not name the input file")
            }
            if let known {
                withKnownIssue(Comment(rawValue: known), isIntermittent: true) {
                    if !problems.isEmpty { Issue.record(Comment(rawValue: problems.joined(separator: "; ") + "\n" + context)) }
                }
            } else if !problems.isEmpty {
                failed = true
                Issue.record(Comment(rawValue: problems.joined(separator: "; ") + "\n" + context))
            }
        }
        if !failed { try? FileManager.default.removeItem(at: folder) }
    }

    @Test(arguments: Mutation.all) func mutatedRealFiles(_ mutation: Mutation) throws {
        let corpus = try Corpus.shared.get()
        let base = try #require(corpus.inputs[mutation.base])
        try check(mutation.apply(to: base), mutation.commands, case: mutation.testDescription)
    }

    @Test(arguments: Crafted.all) func craftedInputs(_ crafted: Crafted) throws {
        try check(crafted.input(), Command.allCases, case: crafted.name)
    }
}
