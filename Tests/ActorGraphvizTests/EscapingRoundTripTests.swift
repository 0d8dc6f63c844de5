@testable import ActorGraph
import CGraphviz
import Foundation
import Testing

@testable import ActorGraphviz

/// Property tests: what ``DOTEscaping`` writes, Graphviz reads back exactly.
@Suite struct EscapingRoundTripTests {
    /// Node names and the value of attribute `x` on each node, as libcgraph parsed them.
    static func parse(_ dot: String) -> (names: [String], values: [String])? {
        GraphvizLibrary.lock.withLock { _ -> ([String], [String])? in
            GraphvizLibrary.installErrorSink()
            defer { GraphvizLibrary.messages = "" }
            guard let graph = dot.withCString({ agmemread($0) }) else { return nil }
            defer { _ = agclose(graph) }
            var names: [String] = []
            var values: [String] = []
            var node = agfstnode(graph)
            while let current = node {
                names.append(String(cString: agnameof(UnsafeMutableRawPointer(current))))
                let value = "x".withCString { agget(UnsafeMutableRawPointer(current), UnsafeMutablePointer(mutating: $0)) }
                values.append(value.map { String(cString: $0) } ?? "<nil>")
                node = agnxtnode(graph, current)
            }
            return (names, values)
        }
    }

    /// What ``DOTEscaping/identifier(_:)`` must refuse: an odd backslash run before
    /// a quote, a newline or the end, when the angle brackets do not balance.
    static func needsHTMLForm(_ text: String) -> Bool { DOTEscaping.quotedVerbatim(text) == nil }

    @Test func everyIdentifierAndValueReadsBackThroughAgmemread() throws {
        var rng = SeededGenerator(seed: 0xD07_1D5)
        var checked = 0
        var htmlForm = 0
        var refused = 0
        for _ in 0..<8 {
            var seen = Set<String>()
            var ids: [String] = []
            var tokens: [String] = []
            while ids.count < 500 {
                let id = RandomText.string(&rng)
                guard !seen.contains(id) else { continue }
                do {
                    let token = try DOTEscaping.identifier(id)
                    if token.hasPrefix("<") { htmlForm += 1 }
                    seen.insert(id)
                    ids.append(id)
                    tokens.append(token)
                } catch {
                    // Refused only for a leading % or when neither form can carry it.
                    if id.hasPrefix("%") {
                        #expect(error.problem == .leadingPercent)
                    } else {
                        #expect(Self.needsHTMLForm(id) && !DOTEscaping.htmlBracketsBalance(id))
                        #expect(error.problem == .oddBackslashesWithUnbalancedBrackets)
                    }
                    refused += 1
                }
            }
            var dot = "digraph {\n"
            for (id, token) in zip(ids, tokens) {
                dot += "\t" + token + " [x=" + (try DOTEscaping.value(id)) + "];\n"
            }
            dot += "}\n"
            let parsed = try #require(Self.parse(dot))
            #expect(parsed.names.count == ids.count)
            for (read, id) in zip(parsed.names, ids) where read != id {
                Issue.record("id \(id.debugDescription) read back as \(read.debugDescription)")
            }
            for (read, id) in zip(parsed.values, ids) where read != id {
                Issue.record("value \(id.debugDescription) read back as \(read.debugDescription)")
            }
            checked += ids.count
        }
        #expect(checked == 4000)
        #expect(htmlForm > 0, "the generator should produce ids that need the HTML form")
        print("identifiers: \(checked) read back exactly (\(htmlForm) as HTML strings); \(refused) refused")
    }

    @Test func everyLabelDisplaysExactlyInTheSVG() throws {
        let renderer = try GraphvizRenderer()
        var rng = SeededGenerator(seed: 0x1ABE1)
        var checked = 0
        for _ in 0..<10 {
            var labels: [String] = []
            var dot = "digraph {\n\tnode [shape=\"box\"];\n"
            for index in 0..<200 {
                let label = RandomText.string(&rng)
                labels.append(label)
                dot += "\t\"n\(index)\" [label=" + (try DOTEscaping.label(label)) + "];\n"
            }
            dot += "}\n"
            let svg = String(decoding: try renderer.render(dot: dot, layout: .dot, format: .svg), as: UTF8.self)
            let shown = SVGText.nodeLines(svg)
            for (index, label) in labels.enumerated() {
                // Graphviz draws each line as one <text>; an empty line takes its height but no element.
                let expected = label.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: true)
                    .map { String(String.UnicodeScalarView($0)) }
                let actual = shown["n\(index)"] ?? ["<missing>"]
                if actual != expected {
                    Issue.record("label \(label.debugDescription) shown as \(actual.debugDescription)")
                }
                checked += 1
            }
        }
        #expect(checked == 2000)
    }

    @Test func everyUnrepresentableCharacterIsRefusedWithItsPosition() {
        var rng = SeededGenerator(seed: 0xBAD)
        for _ in 0..<1000 {
            let prefix = RandomText.string(&rng)
            let scalar = RandomText.forbiddenScalar(&rng)
            var text = prefix
            text.unicodeScalars.append(scalar)
            text += RandomText.string(&rng)
            let offset = prefix.unicodeScalars.count
            let expected = DOTEscapingError(text: text, problem: .unrepresentableScalar(scalar, offset: offset))
            #expect(throws: expected) { try DOTEscaping.label(text) }
            if !text.hasPrefix("%") { #expect(throws: expected) { try DOTEscaping.identifier(text) } }
        }
    }
}
