import ActorGraph
import Foundation
import Testing

@testable import ActorGraphviz

/// Diagrams across time windows with every actor at one shared place.
@Suite struct PinnedLayoutTests {
    let renderer: GraphvizRenderer
    let dataset: Dataset

    init() throws {
        renderer = try GraphvizRenderer()
        dataset = try SeedFixture.dataset()
    }

    static let years = [2021, 2022, 2023, 2025]

    func network(year: Int) -> ProjectedNetwork {
        dataset.project(ProjectionOptions(from: PartialDate(year: year), to: PartialDate(year: year)))
    }

    func diagrams(years: [Int] = Self.years, style: DiagramStyle = DiagramStyle()) throws -> [Diagram] {
        let shared = style.sharingCountryColors(across: years.map(network(year:)))
        return try years.map { year in
            var style = shared
            style.title = style.title.map { $0 + " " + String(year) }
            return try Diagram(network: network(year: year), style: style)
        }
    }

    // MARK: Reading the SVG

    /// A drawn node: the centre of its outline's bounding box and its text anchors.
    struct DrawnNode: Hashable {
        var center: [Double]
        var textAnchors: [Double]
    }

    /// Node title → where its outline and text are drawn, for every `class="node"` group.
    static func drawnNodes(_ svg: String) -> [String: DrawnNode] {
        let bytes = Array(svg.utf8)
        var result: [String: DrawnNode] = [:]
        var cursor = 0
        while let start = SVGText.find("class=\"node\">", in: bytes, from: cursor) {
            let end = SVGText.find("</g>", in: bytes, from: start) ?? bytes.count
            cursor = end
            guard let titleStart = SVGText.find("<title>", in: bytes, from: start, to: end),
                let titleEnd = SVGText.find("</title>", in: bytes, from: titleStart, to: end)
            else { continue }
            let title = SVGText.text(bytes, (titleStart + 7)..<titleEnd)
            let body = String(decoding: bytes[titleEnd..<end], as: UTF8.self)
            var xs: [Double] = []
            var ys: [Double] = []
            for ellipse in elements("ellipse", in: body) {
                if let cx = number("cx", ellipse), let cy = number("cy", ellipse), let rx = number("rx", ellipse),
                    let ry = number("ry", ellipse)
                {
                    xs += [cx - rx, cx + rx]
                    ys += [cy - ry, cy + ry]
                }
            }
            for polygon in elements("polygon", in: body) {
                guard let points = attribute("points", polygon) else { continue }
                for pair in points.split(separator: " ") {
                    let parts = pair.split(separator: ",").compactMap { Double($0) }
                    if parts.count == 2 {
                        xs.append(parts[0])
                        ys.append(parts[1])
                    }
                }
            }
            var anchors: [Double] = []
            for text in elements("text", in: body) {
                if let x = number("x", text), let y = number("y", text) { anchors += [x, y] }
            }
            let center: [Double] =
                if let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max() {
                    [(minX + maxX) / 2, (minY + maxY) / 2]
                } else { [] }
            result[title] = DrawnNode(center: center, textAnchors: anchors)
        }
        return result
    }

    /// The opening tags `<name …>` in a piece of SVG.
    static func elements(_ name: String, in text: String) -> [Substring] {
        var found: [Substring] = []
        var rest = text[...]
        while let open = rest.range(of: "<" + name + " "), let close = rest[open.upperBound...].firstIndex(of: ">") {
            found.append(rest[open.upperBound..<close])
            rest = rest[close...]
        }
        return found
    }

    static func attribute(_ name: String, _ tag: Substring) -> Substring? {
        guard let start = tag.range(of: " " + name + "=\"") ?? (tag.hasPrefix(name + "=\"") ? tag.range(of: name + "=\"") : nil),
            let end = tag[start.upperBound...].firstIndex(of: "\"")
        else { return nil }
        return tag[start.upperBound..<end]
    }

    static func number(_ name: String, _ tag: Substring) -> Double? {
        attribute(name, tag).flatMap { Double($0) }
    }

    /// `width`, `height` and `viewBox` of the `<svg>` element.
    static func canvas(_ svg: String) -> [Substring] {
        guard let open = svg.range(of: "<svg "), let close = svg[open.upperBound...].firstIndex(of: ">") else { return [] }
        let tag = svg[open.lowerBound..<close]
        return ["width", "height", "viewBox"].compactMap { attribute($0, tag) }
    }

    // MARK: The measurement

    @Test func sharedActorsKeepTheirCoordinatesAcrossTheSeedYears() throws {
        let outputs = try renderer.renderPinned(try diagrams(), layout: .dot, format: .svg)
        #expect(outputs.count == 4)
        let svgs = outputs.map { String(decoding: $0, as: UTF8.self) }
        let drawn = svgs.map(Self.drawnNodes)
        let members = Self.years.map { Set(network(year: $0).nodes.map(\.id)) }
        let everyone = members.reduce(Set<String>()) { $0.union($1) }

        var compared = 0
        var largest = 0.0
        for a in drawn.indices {
            for b in drawn.indices where a < b {
                for id in members[a].intersection(members[b]) {
                    let first = try #require(drawn[a][id])
                    let second = try #require(drawn[b][id])
                    #expect(first.center.count == 2)
                    for (p, q) in zip(first.center, second.center) { largest = max(largest, abs(p - q)) }
                    #expect(first.center == second.center, "\(id) in windows \(a) and \(b)")
                    compared += 1
                }
            }
        }
        #expect(largest == 0)
        // Actors recur across the seed years: the measurement compares real pairs.
        #expect(compared >= 10, "\(compared) shared actor pairs")

        // Absent actors are not drawn; present ones are.
        for (index, nodes) in drawn.enumerated() {
            #expect(Set(nodes.keys).intersection(everyone) == members[index], "window \(Self.years[index])")
        }
        // One canvas for all.
        let canvases = svgs.map(Self.canvas)
        #expect(canvases[0].count == 3)
        #expect(canvases.allSatisfy { $0 == canvases[0] }, "\(canvases)")
    }

    @Test func positionsInTheJSONOutputAreIdenticalAcrossWindows() throws {
        let outputs = try renderer.renderPinned(try diagrams(), layout: .dot, format: .json)
        var positions: [[String: String]] = []
        var boxes: [String] = []
        for output in outputs {
            let object = try #require(try JSONSerialization.jsonObject(with: output) as? [String: Any])
            boxes.append(try #require(object["bb"] as? String))
            var table: [String: String] = [:]
            for node in object["objects"] as? [[String: Any]] ?? [] {
                if let name = node["name"] as? String, let pos = node["pos"] as? String { table[name] = pos }
            }
            positions.append(table)
        }
        #expect(boxes.allSatisfy { $0 == boxes[0] }, "\(boxes)")
        var shared = 0
        for a in positions.indices {
            for b in positions.indices where a < b {
                for id in Set(positions[a].keys).intersection(positions[b].keys) where !id.hasPrefix("legend") {
                    #expect(positions[a][id] == positions[b][id], "\(id)")
                    shared += 1
                }
            }
        }
        #expect(shared >= 10)
    }

    @Test func outputIsByteIdenticalOnRerun() throws {
        let windows = try diagrams()
        for format in [OutputFormat.svg, .json, .png] {
            let first = try renderer.renderPinned(windows, format: format)
            let second = try renderer.renderPinned(windows, format: format)
            #expect(first == second, "\(format)")
        }
        let other = try GraphvizRenderer()
        #expect(try other.renderPinned(windows, layout: .neato) == renderer.renderPinned(windows, layout: .neato))
    }

    /// Graphviz's `neato` router turns ellipse obstacles by `drand48()`; the renderer
    /// seeds it before every layout, so a graph routes the same after other layouts.
    @Test func pinnedRoutingDoesNotDependOnEarlierLayouts() throws {
        let dot = """
            graph routed { splines=true; node [shape=ellipse];
              a [pos="0,0!"]; b [pos="300,10!"]; c [pos="150,8!", width=2]; a -- b; a -- c; c -- b }
            """
        let first = try renderer.render(dot: dot, layout: GraphvizRenderer.pinnedEngine)
        _ = try renderer.render(dot: "graph other { x -- y -- z -- x }", layout: .neato)
        _ = try renderer.render(dot: dot, layout: GraphvizRenderer.pinnedEngine)
        let again = try renderer.render(dot: dot, layout: GraphvizRenderer.pinnedEngine)
        #expect(first == again)
    }

    /// In process, every window gives the bytes of `dot -Knop2` run on its pinned DOT.
    @Test func inProcessWindowsEqualTheDotProgram() throws {
        let pinned = try renderer.pinnedLayout(of: try diagrams())
        let program = try GraphvizProgram()
        for index in pinned.diagrams.indices {
            let dot = try DOTEncoder().encode(try #require(pinned.pinnedDiagram(index)))
            let child = try program.render(dot: dot, layout: GraphvizRenderer.pinnedEngine, format: .svg)
            #expect(child.warnings.isEmpty, "\(child.warnings)")
            #expect(try renderer.render(pinned, diagram: index).data == child.data, "window \(index)")
        }
    }

    @Test func neatoAndTitlesKeepThePinning() throws {
        var style = DiagramStyle()
        style.title = "Back channels"
        style.labels = .both
        let titled = try diagrams(style: style)
        for engine in [LayoutEngine.neato, .fdp] {
            let svgs = try renderer.renderPinned(titled, layout: engine).map { String(decoding: $0, as: UTF8.self) }
            let drawn = svgs.map(Self.drawnNodes)
            for a in drawn.indices {
                for b in drawn.indices where a < b {
                    for id in Set(drawn[a].keys).intersection(drawn[b].keys)
                    where !id.hasPrefix("legend") && !id.hasPrefix("pinned_canvas") {
                        #expect(drawn[a][id]?.center == drawn[b][id]?.center, "\(engine) \(id)")
                    }
                }
            }
            let canvases = svgs.map(Self.canvas)
            #expect(canvases.allSatisfy { $0 == canvases[0] }, "\(engine) \(canvases)")
            for (svg, year) in zip(svgs, Self.years) {
                #expect(SVGText.allTexts(svg).contains("Back channels " + String(year)))
            }
        }
    }

    @Test func directedTiesWithEdgeLabelsKeepPlacesAndCanvas() throws {
        var style = DiagramStyle()
        style.edgeLabels = [.kind, .date]
        let networks = Self.years.map { year in
            dataset.project(
                ProjectionOptions(from: PartialDate(year: year), to: PartialDate(year: year), directed: true))
        }
        let shared = style.sharingCountryColors(across: networks)
        let windows = try networks.map { try Diagram(network: $0, style: shared) }
        #expect(windows.allSatisfy { $0.isDirected })
        let svgs = try renderer.renderPinned(windows).map { String(decoding: $0, as: UTF8.self) }
        let canvases = svgs.map(Self.canvas)
        #expect(canvases.allSatisfy { $0 == canvases[0] }, "\(canvases)")
        let drawn = svgs.map(Self.drawnNodes)
        for a in drawn.indices {
            for b in drawn.indices where a < b {
                for id in Set(networks[a].nodes.map(\.id)).intersection(networks[b].nodes.map(\.id)) {
                    #expect(drawn[a][id] != nil && drawn[a][id]?.center == drawn[b][id]?.center, "\(id)")
                }
            }
        }
    }

    // MARK: Edge cases

    @Test func aSingleDiagramWithoutLegendKeepsTheEnginesOwnPositions() throws {
        var style = DiagramStyle()
        style.showLegend = false
        let diagram = try Diagram(network: network(year: 2022), style: style)
        let plain = String(decoding: try renderer.render(diagram).data, as: UTF8.self)
        let pinnedOutputs = try renderer.renderPinned([diagram])
        let pinned = String(decoding: try #require(pinnedOutputs.first), as: UTF8.self)
        let before = Self.drawnNodes(plain)
        let after = Self.drawnNodes(pinned).filter { !$0.key.hasPrefix("pinned_canvas") }
        #expect(Set(before.keys) == Set(after.keys))
        // The canvas has a margin: every node moves right and up (SVG y is downwards) by it.
        let margin = PinnedLayout.canvasMargin
        for (id, node) in before {
            let center = after[id]?.center ?? []
            #expect(center.count == 2 && node.center.count == 2)
            guard center.count == 2, node.center.count == 2 else { continue }
            let moved = max(abs(center[0] - node.center[0] - margin), abs(node.center[1] - center[1] - margin))
            #expect(moved < 0.011, "\(id) moved \(moved) besides the margin")
        }
    }

    @Test func anEmptyWindowIsAnEmptyCanvasOfTheSameSize() throws {
        // 2024 has no interaction in the seed: no actor, no tie.
        #expect(network(year: 2024).nodes.isEmpty)
        let windows = try diagrams(years: [2022, 2024, 2023])
        let svgs = try renderer.renderPinned(windows).map { String(decoding: $0, as: UTF8.self) }
        let canvases = svgs.map(Self.canvas)
        #expect(canvases.allSatisfy { $0 == canvases[0] }, "\(canvases)")
        let everyone = Set(network(year: 2022).nodes.map(\.id)).union(network(year: 2023).nodes.map(\.id))
        #expect(Set(Self.drawnNodes(svgs[1]).keys).isDisjoint(with: everyone))
        #expect(!svgs[1].contains("class=\"edge\""))

        // Every window empty: one empty canvas each, still rendered.
        let empty = try renderer.renderPinned(try diagrams(years: [2024, 2024]))
        #expect(empty.count == 2 && empty[0] == empty[1])
        #expect(try renderer.renderPinned([]).isEmpty)
    }

    @Test func clustersAreRefusedWithTheirReason() throws {
        var style = DiagramStyle()
        style.clusterBy = .country
        let clustered = try diagrams(style: style)
        #expect(throws: GraphvizError.pinnedClusters(diagram: 0)) { try renderer.renderPinned(clustered) }
        #expect(GraphvizError.pinnedClusters(diagram: 0).description.contains("clusters"))
    }

    @Test func theUnionTakesEveryNodeOnceAndEveryTieOnce() throws {
        let union = Diagram.union(of: try diagrams())
        let ids = union.nodes.map(\.id)
        #expect(ids.count == Set(ids).count)
        #expect(Set(ids) == Set(Self.years.flatMap { network(year: $0).nodes.map(\.id) }))
        let pairs = union.edges.map { [$0.source, $0.target].sorted() }
        #expect(pairs.count == Set(pairs).count)
        #expect(union.legend == nil && union.clusters.isEmpty)
        // The union is one connected layout: joins tie its components together.
        #expect(!union.joins.isEmpty)
    }

    @Test func sharedColoursKeepEachActorsFillAcrossWindows() throws {
        let networks = Self.years.map(network(year:))
        // Without sharing, a country's colour follows its rank in each window.
        let apart = try networks.map { try Diagram(network: $0, style: DiagramStyle()) }
        let together = try diagrams()
        func fills(_ diagrams: [Diagram]) -> [String: Set<String>] {
            var fills: [String: Set<String>] = [:]
            for diagram in diagrams {
                for node in diagram.networkNodes {
                    fills[node.id, default: []].insert(node.attributes["fillcolor"]?.description ?? "")
                }
            }
            return fills
        }
        #expect(fills(apart).values.contains { $0.count > 1 })
        #expect(fills(together).values.allSatisfy { $0.count == 1 })
        // The networks overload does the sharing itself.
        let outputs = try renderer.renderPinned(networks, style: DiagramStyle())
        #expect(outputs == (try renderer.renderPinned(together)))
    }

    @Test func aBadIndexIsAnErrorNotACrash() throws {
        let pinned = try renderer.pinnedLayout(of: try diagrams(years: [2021]))
        #expect(throws: GraphvizError.self) { try renderer.render(pinned, diagram: 3) }
    }

    /// Writes the four seed years as PNG and SVG into a folder for a person to look
    /// at (set ACTORGRAPH_PINNED_PNG to the folder).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["ACTORGRAPH_PINNED_PNG"] != nil))
    func writeSeedYearsForLooking() throws {
        let folder = URL(fileURLWithPath: ProcessInfo.processInfo.environment["ACTORGRAPH_PINNED_PNG"] ?? "/tmp")
        var style = DiagramStyle()
        style.title = "Back channels"
        let windows = try diagrams(style: style)
        for format in [OutputFormat.png, .svg] {
            let outputs = try renderer.renderPinned(windows, format: format)
            for (year, output) in zip(Self.years, outputs) {
                try output.write(to: folder.appendingPathComponent("pinned-\(year).\(format.name)"))
            }
        }
    }
}
