import Foundation
import Testing

@testable import ActorGraph

/// A small deterministic random source (SplitMix64), so property tests fail the
/// same way every run.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Strings meant to break writers: XML and CSV specials, separators, escapes,
/// whitespace at the ends, Arabic, combining marks, emoji, astral planes.
enum TrickyStrings {
    /// Names every format must carry exactly.
    static let names = [
        "Smith, John", "He said \"hi\"", "two\nlines", "cr\r\nlf", "<&>", "a]]>b", "&amp; literal",
        "عبد الله بن زايد", "كييف | Kyiv", "back\\slash", "trailing ", " leading", "tab\there", "🇺🇦 Kyiv",
        "e\u{301}", "\\|", "'single'", "x,y|z\\",
    ]

    /// Scalars random strings are drawn from; `xmlSafe` leaves out the C0 controls XML cannot carry.
    static func pool(xmlSafe: Bool) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = Array("aZ09 ,;\"'<>&|\\/\t\n\r#=-_.".unicodeScalars)
        scalars += Array("عربيةكييفموسكو".unicodeScalars)
        scalars += ["\u{301}", "\u{200F}", "\u{FEFF}", "\u{7F}", "\u{85}", "\u{2028}", "\u{FFFD}", "😀", "🇫", "🇷", "\u{10FFFF}", "\u{E000}"]
        if !xmlSafe { scalars += ["\u{0}", "\u{1}", "\u{1B}", "\u{FFFE}"] }
        return scalars
    }

    static func random(using rng: inout SeededRandom, xmlSafe: Bool, maxLength: Int = 12) -> String {
        let pool = pool(xmlSafe: xmlSafe)
        let length = Int.random(in: 1...maxLength, using: &rng)
        var text = ""
        for _ in 0..<length {
            text.unicodeScalars.append(pool[Int.random(in: 0..<pool.count, using: &rng)])
        }
        return text
    }
}

/// The ties of a compact graph as a set of `source→target = weight` strings by id.
func tieSet(_ graph: CompactGraph) -> Set<String> {
    Set(
        graph.edges.map { edge in
            var ends = [graph.ids[edge.source], graph.ids[edge.target]]
            if !graph.isDirected { ends.sort() }
            return "\(ends[0].debugDescription)→\(ends[1].debugDescription)=\(edge.weight)"
        })
}

/// Records an issue for every difference in nodes, ties, weights and attribute
/// values between two graphs (column types are compared when `types` is set).
func expectSameGraph(
    _ actual: AttributedGraph, _ expected: AttributedGraph, types: Bool = true,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(actual.isDirected == expected.isDirected, sourceLocation: sourceLocation)
    #expect(actual.ids == expected.ids, sourceLocation: sourceLocation)
    #expect(tieSet(actual.graph) == tieSet(expected.graph), sourceLocation: sourceLocation)
    #expect(actual.edges == expected.edges, sourceLocation: sourceLocation)
    #expect(actual.nodeColumns.map(\.name) == expected.nodeColumns.map(\.name), sourceLocation: sourceLocation)
    #expect(actual.edgeColumns.map(\.name) == expected.edgeColumns.map(\.name), sourceLocation: sourceLocation)
    for column in expected.nodeColumns {
        #expect(actual.nodeColumn(column.name)?.values == column.values, "node \(column.name)", sourceLocation: sourceLocation)
        if types {
            #expect(actual.nodeColumn(column.name)?.type == column.type, "node \(column.name)", sourceLocation: sourceLocation)
        }
    }
    for column in expected.edgeColumns {
        #expect(actual.edgeColumn(column.name)?.values == column.values, "edge \(column.name)", sourceLocation: sourceLocation)
        if types {
            #expect(actual.edgeColumn(column.name)?.type == column.type, "edge \(column.name)", sourceLocation: sourceLocation)
        }
    }
}

enum FormatFixtures {
    static func seed() throws -> Dataset {
        try DatasetLoader.load(contentsOf: SeedDatasetTests.url)
    }

    static func florentine() throws -> AttributedGraph {
        let graphs = ReferenceFixture.directory.appendingPathComponent("graphs")
        return try EdgeListReader.read(
            edges: graphs.appendingPathComponent("florentine.edges.csv"),
            nodes: graphs.appendingPathComponent("florentine.nodes.csv"), directed: false)
    }

    /// The seed projected with every actor a node, as `actorgraph convert` does.
    static func seedGraph(directed: Bool = false, affiliations: Bool = false) throws -> (AttributedGraph, Dataset) {
        let dataset = try seed()
        let network = dataset.project(
            ProjectionOptions(directed: directed, includeAffiliations: affiliations, includeIsolatedActors: true))
        return (try AttributedGraph(network: network), dataset)
    }

    /// GraphML text as bytes.
    static func graphML(_ text: String) -> Data { Data(text.utf8) }
}
