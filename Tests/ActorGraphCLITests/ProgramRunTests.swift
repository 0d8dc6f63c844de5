import Foundation
import Testing

/// The built `actorgraph` run as a user runs it: every input format through
/// `scores`, `render`, `summary` and `convert`, exit codes, messages, files.
@Suite struct ProgramRunTests {
    /// The seed written as GraphML, an edge list pair and a Gephi pair by `convert`.
    static func seedConversions(in folder: URL) throws -> [String] {
        var made: [String] = []
        for (name, extra) in [("seed.graphml", [String]()), ("seed.csv", []), ("gephi.csv", ["--to", "gephi"])] {
            let run = try BuiltProgram.run(["convert", BuiltProgram.seed, name] + extra, in: folder)
            #expect(run.status == 0, "\(run)")
            made.append(name)
        }
        return made
    }

    /// Every format `convert` reads: the seed, its conversions, and GraphML from networkx and igraph.
    static func everyFormat(in folder: URL) throws -> [String] {
        try [BuiltProgram.seed] + seedConversions(in: folder) + [
            BuiltProgram.fixture("interop/networkx_undirected_weighted.graphml"),
            BuiltProgram.fixture("interop/networkx_directed_unweighted.graphml"),
            BuiltProgram.fixture("interop/igraph_undirected_unweighted.graphml"),
            BuiltProgram.fixture("interop/igraph_directed_weighted.graphml"),
        ]
    }

    @Test func scoresAndRenderReadEveryFormat() throws {
        let folder = try BuiltProgram.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for input in try Self.everyFormat(in: folder) {
            for format in ["table", "csv", "json"] {
                let run = try BuiltProgram.run(["scores", input, "--format", format], in: folder)
                #expect(run.status == 0, "\(input) \(format): \(run)")
                #expect(!run.stdout.isEmpty)
            }
            let svg = folder.appendingPathComponent("out.svg")
            try? FileManager.default.removeItem(at: svg)
            let render = try BuiltProgram.run(["render", input, "-o", svg.path], in: folder)
            #expect(render.status == 0, "\(input): \(render)")
            let text = try String(contentsOf: svg, encoding: .utf8)
            #expect(text.contains("<svg"), "\(input)")
            let summary = try BuiltProgram.run(["summary", input], in: folder)
            #expect(summary.status == 0, "\(input): \(summary)")
        }
    }

    @Test func aGraphFileIsDrawnWithItsOwnAttributes() throws {
        let folder = try BuiltProgram.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Self.seedConversions(in: folder)
        // The seed read back from GraphML keeps shapes, countries and line styles.
        let run = try BuiltProgram.run(
            ["render", "seed.graphml", "-o", "-", "--dot-only", "--cluster-by", "country", "--edge-labels", "kind,date"],
            in: folder)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("\"cluster_country_RU\""))
        #expect(run.stdout.contains("\"shape\"=\"hexagon\""))
        #expect(run.stdout.contains("\"style\"=\"dashed\""))
        #expect(run.stdout.contains("Russia (RU)") == false, "a graph file has no country actors' names")
        #expect(!run.stdout.contains("\"pack\""), "clusters are laid out without packing (Graphviz 2.42 crash)")
        // A peer's GraphML clusters by any node attribute; an attribute no node has is refused.
        let peerFile = BuiltProgram.fixture("interop/networkx_undirected_weighted.graphml")
        let peer = try BuiltProgram.run(["render", peerFile, "-o", "-", "--dot-only", "--cluster-by", "is_medici"], in: folder)
        #expect(peer.status == 0, "\(peer)")
        #expect(peer.stdout.contains("subgraph \"cluster_is_medici_true\""), "\(peer.stdout)")
        #expect(peer.stdout.contains("subgraph \"cluster_is_medici_false\""))
        let unknown = try BuiltProgram.run(["render", peerFile, "-o", "-", "--dot-only", "--cluster-by", "club"], in: folder)
        #expect(unknown.status == 1, "\(unknown)")
        #expect(unknown.stderr.contains("known: color, is_medici, label, priorates, wealth"), "\(unknown)")
    }

    @Test func scoresFromAPeersGraphMLEqualScoresFromTheSameGraphAsCSV() throws {
        let folder = try BuiltProgram.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifestURL = URL(fileURLWithPath: BuiltProgram.fixture("interop/manifest.json"))
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: manifestURL)) as? [String: Any]
        let files = try #require(manifest?["files"] as? [String: [String: Any]])
        #expect(files.count == 4)
        for (file, entry) in files.sorted(by: { $0.key < $1.key }) {
            let directed = try #require(entry["directed"] as? Bool)
            let nodes = try #require(entry["nodes"] as? [String])
            let edges = try #require(entry["edges"] as? [[Any]])
            // RFC 4180 quoting: the peers' node ids include commas, quotes, tabs and emoji.
            func field(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
            var csv = "source,target,weight\n"
            for edge in edges {
                let weight = try #require((edge[2] as? NSNumber)?.doubleValue)
                let source = try #require(edge[0] as? String)
                let target = try #require(edge[1] as? String)
                csv += field(source) + "," + field(target) + "," + "\(weight)\n"
            }
            try csv.write(to: folder.appendingPathComponent("e.csv"), atomically: true, encoding: .utf8)
            try ("id\n" + nodes.map(field).joined(separator: "\n") + "\n").write(
                to: folder.appendingPathComponent("n.csv"), atomically: true, encoding: .utf8)
            let direction = directed ? ["--directed"] : []
            let fromGraphML = try BuiltProgram.run(
                ["scores", BuiltProgram.fixture("interop/" + file), "--format", "json", "--weighted", "--only", "degree,strength,betweenness,closeness,harmonic,pagerank,constraint"], in: folder)
            let fromCSV = try BuiltProgram.run(
                ["scores", "e.csv", "--nodes", "n.csv", "--format", "json", "--weighted", "--only", "degree,strength,betweenness,closeness,harmonic,pagerank,constraint"] + direction,
                in: folder)
            #expect(fromGraphML.status == 0, "\(file): \(fromGraphML)")
            #expect(fromCSV.status == 0, "\(file): \(fromCSV)")
            let a = try scoresByID(fromGraphML.stdout)
            let b = try scoresByID(fromCSV.stdout)
            #expect(Set(a.keys) == Set(nodes))
            #expect(Set(b.keys) == Set(nodes))
            for id in nodes {
                for key in ["degree", "strength", "betweenness", "closeness", "harmonic", "pagerank", "constraint"] {
                    let x = (a[id]?[key] as? NSNumber)?.doubleValue
                    let y = (b[id]?[key] as? NSNumber)?.doubleValue
                    #expect(x == y, "\(file) \(id) \(key): \(String(describing: x)) vs \(String(describing: y))")
                }
            }
        }
    }

    @Test func exitCodesAreZeroOneAndTwo() throws {
        let folder = try BuiltProgram.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "{ not json".write(to: folder.appendingPathComponent("bad.json"), atomically: true, encoding: .utf8)
        let ok = try BuiltProgram.run(["validate", BuiltProgram.seed])
        #expect(ok.status == 0, "\(ok)")
        let bad = try BuiltProgram.run(["scores", "bad.json"], in: folder)
        #expect(bad.status == 1, "\(bad)")
        #expect(bad.stderr.contains("bad.json"), "\(bad)")
        let missing = try BuiltProgram.run(["scores", "missing.graphml"], in: folder)
        #expect(missing.status == 1, "\(missing)")
        #expect(missing.stderr.contains("missing.graphml"), "\(missing)")
        #expect(!missing.stderr.contains("NSCocoaErrorDomain"), "\(missing)")
        let usage = try BuiltProgram.run(["scores", BuiltProgram.seed, "--kinds", "lunch"])
        #expect(usage.status == 2, "\(usage)")
        #expect(usage.stderr.contains("lunch"), "\(usage)")
        let help = try BuiltProgram.run(["scores", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--actor-kinds"))
    }

    @Test func datasetOnlyOptionsAreRefusedForAGraphFile() throws {
        let run = try BuiltProgram.run(
            ["scores", BuiltProgram.fixture("interop/networkx_undirected_weighted.graphml"), "--from", "2022", "--actor-kinds", "person"])
        #expect(run.status == 2, "\(run)")
        #expect(run.stderr.contains("--from, --actor-kinds"), "\(run)")
    }

    @Test func analystSwitchesChangeTheNetworkScored() throws {
        let everyone = try scoresByID(BuiltProgram.run(["scores", BuiltProgram.seed, "--format", "json"]).stdout)
        let people = try scoresByID(
            BuiltProgram.run(["scores", BuiltProgram.seed, "--format", "json", "--actor-kinds", "person"]).stdout)
        #expect(everyone["ukraine"] != nil)
        #expect(people["ukraine"] == nil, "a country is no node of the person-level view")
        #expect(people["sullivan"] != nil)
        let binary = try scoresByID(
            BuiltProgram.run(["scores", BuiltProgram.seed, "--format", "json", "--weighting", "binary", "--only", "strength"]).stdout)
        #expect(!binary.isEmpty)
        let counted = try scoresByID(
            BuiltProgram.run(["scores", BuiltProgram.seed, "--format", "json", "--only", "degree,strength"]).stdout)
        let binaryStrength = try scoresByID(
            BuiltProgram.run(["scores", BuiltProgram.seed, "--format", "json", "--weighting", "binary", "--only", "degree,strength"]).stdout)
        for (id, node) in binaryStrength {
            #expect((node["strength"] as? NSNumber)?.doubleValue == (node["degree"] as? NSNumber)?.doubleValue, "\(id)")
        }
        #expect(counted.contains { ($0.value["strength"] as? NSNumber)?.doubleValue != ($0.value["degree"] as? NSNumber)?.doubleValue })
        let confirmed = try scoresByID(
            BuiltProgram.run(["scores", BuiltProgram.seed, "--format", "json", "--statuses", "confirmed"]).stdout)
        #expect(confirmed.count < everyone.count)
        // Affiliations tie the actors already selected: more ties, the same nodes.
        func degreeSum(_ nodes: [String: [String: Any]]) -> Double {
            nodes.values.reduce(0) { $0 + ((($1["degree"] as? NSNumber)?.doubleValue) ?? 0) }
        }
        let affiliated = try scoresByID(
            BuiltProgram.run(["scores", BuiltProgram.seed, "--format", "json", "--affiliations"]).stdout)
        #expect(affiliated.count == everyone.count)
        #expect(degreeSum(affiliated) > degreeSum(everyone))
    }

    @Test func convertWritesEveryOutputFormatFromEveryInputFormat() throws {
        let folder = try BuiltProgram.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = try Self.everyFormat(in: folder)
        for (index, input) in inputs.enumerated() {
            for (output, extra) in [("o\(index).graphml", [String]()), ("o\(index).csv", []), ("g\(index).csv", ["--to", "gephi"]), ("o\(index).dot", [])] {
                let run = try BuiltProgram.run(["convert", input, output] + extra, in: folder)
                #expect(run.status == 0, "\(input) → \(output): \(run)")
                #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(output).path))
            }
        }
        let refused = try BuiltProgram.run(
            ["convert", BuiltProgram.fixture("interop/igraph_directed_weighted.graphml"), "back.json"], in: folder)
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stderr.contains("not a dataset"), "\(refused)")
    }

    @Test func everyDefaultScoreOfTheSeedIsComputedWithoutAWarning() throws {
        for extra in [[], ["--include-isolates"], ["--directed"], ["--actor-kinds", "person"]] {
            let run = try BuiltProgram.run(["scores", BuiltProgram.seed, "--format", "json"] + extra)
            #expect(run.status == 0, "\(extra): \(run)")
            #expect(run.stderr.isEmpty, "\(extra): \(run.stderr)")
        }
    }
}
