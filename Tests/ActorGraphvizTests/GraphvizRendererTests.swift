import ActorGraph
import Foundation
import Testing

@testable import ActorGraphviz

@Suite struct GraphvizRendererTests {
    let renderer: GraphvizRenderer

    init() throws { renderer = try GraphvizRenderer() }

    @Test func syntaxErrorCarriesGraphvizsOwnMessage() {
        #expect {
            try renderer.render(dot: "graph { a -- ; }")
        } throws: { error in
            guard case .syntax(let message) = error as? GraphvizError else { return false }
            // Graphviz 2.42's scanner keeps its line counter across parses in one process,
            // so only the first parse is sure to say "line 1".
            return message.contains("syntax error in line") && message.contains("near ';'")
        }
    }

    @Test func renderingWorksAgainAfterASyntaxError() throws {
        #expect(throws: GraphvizError.self) { try renderer.render(dot: "digraph { a -> }") }
        let svg = try renderer.render(dot: "digraph { a -> b }")
        #expect(String(decoding: svg, as: UTF8.self).contains("<title>a&#45;&gt;b</title>"))
    }

    @Test func emptyInputIsASyntaxError() {
        #expect(throws: GraphvizError.syntax(message: "")) { try renderer.render(dot: "") }
    }

    @Test func unknownEngineListsTheInstalledOnes() {
        #expect {
            try renderer.render(dot: "graph { a }", layout: .other("warp"))
        } throws: { error in
            guard case .unknownLayoutEngine("warp", let available) = error as? GraphvizError else { return false }
            return ["dot", "neato", "fdp", "sfdp", "circo", "twopi"].allSatisfy(available.contains)
        }
    }

    @Test func unknownFormatListsTheInstalledOnes() {
        #expect {
            try renderer.render(dot: "graph { a }", format: .other("gif89z"))
        } throws: { error in
            guard case .unknownFormat("gif89z", let available) = error as? GraphvizError else { return false }
            return ["svg", "png", "pdf", "json", "xdot", "dot"].allSatisfy(available.contains)
        }
    }

    @Test func everyNamedEngineAndFormatRenders() throws {
        for engine in LayoutEngine.named {
            let svg = try renderer.render(dot: "graph { a -- b -- c -- a }", layout: engine, format: .svg)
            #expect(String(decoding: svg, as: UTF8.self).hasSuffix("</svg>\n"), "\(engine)")
        }
        let png = try renderer.render(dot: "graph { a -- b }", format: .png)
        #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        let pdf = try renderer.render(dot: "graph { a -- b }", format: .pdf)
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
        let json = try renderer.render(dot: "graph { a -- b }", format: .json)
        #expect(try JSONSerialization.jsonObject(with: json) is [String: Any])
        let xdot = String(decoding: try renderer.render(dot: "graph { a -- b }", format: .xdot), as: UTF8.self)
        #expect(xdot.contains("_draw_"))
        let positioned = String(decoding: try renderer.render(dot: "graph { a -- b }", format: .dot), as: UTF8.self)
        #expect(positioned.contains("pos="))
    }

    @Test func warningsAreReturnedNotPrinted() throws {
        let result = try renderer.renderReporting(dot: "graph { a [color=\"notacolour\"] }")
        #expect(result.warnings.contains { $0.contains("notacolour") })
    }

    @Test func concurrentRendersGiveTheSameBytesAsSequentialOnes() async throws {
        let dot = try SeedFixture.dot()
        let formats: [OutputFormat] = [.svg, .png, .json]
        let sequential = try formats.map { try renderer.render(dot: dot, format: $0) }
        let shared = renderer
        let other = try GraphvizRenderer()
        let results = try await withThrowingTaskGroup(of: (Int, Data).self) { group in
            for task in 0..<24 {
                group.addTask {
                    let which = task % formats.count
                    // Half the tasks share one renderer, half use a second one: one lock serves both.
                    let r = task.isMultiple(of: 2) ? shared : other
                    return (which, try r.render(dot: dot, format: formats[which]))
                }
            }
            var collected: [(Int, Data)] = []
            for try await result in group { collected.append(result) }
            return collected
        }
        #expect(results.count == 24)
        for (which, data) in results {
            #expect(data == sequential[which], "format \(formats[which])")
        }
    }

    @Test func seedRenderShowsEveryActorsName() throws {
        let dataset = try SeedFixture.dataset()
        var style = DiagramStyle()
        style.labels = .both
        let svg = try renderer.render(SeedFixture.network(dataset), style: style)
        let texts = Set(SVGText.allTexts(String(decoding: svg, as: UTF8.self)))
        for actor in dataset.actors {
            #expect(texts.contains(actor.name), "\(actor.id)")
            if let arabic = actor.arabicName { #expect(texts.contains(arabic), "\(actor.id) in Arabic") }
        }
    }
}
