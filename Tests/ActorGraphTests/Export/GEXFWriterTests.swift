import Foundation
import Testing

@testable import ActorGraph

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// One parsed XML element: name (local), namespace, attributes, children.
final class GEXFElement {
    let name: String
    let namespace: String?
    let attributes: [String: String]
    var children: [GEXFElement] = []
    init(name: String, namespace: String?, attributes: [String: String]) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
    }

    func child(_ name: String) -> GEXFElement? { children.first { $0.name == name } }
    func all(_ name: String) -> [GEXFElement] { children.filter { $0.name == name } }
    subscript(_ attribute: String) -> String? { attributes[attribute] }
}

/// Parses GEXF text with Foundation's XMLParser, namespaces resolved.
final class GEXFTree: NSObject, XMLParserDelegate {
    private var stack: [GEXFElement] = []
    private(set) var root: GEXFElement?

    static func parse(_ text: String) throws -> GEXFElement {
        let tree = GEXFTree()
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldProcessNamespaces = true
        parser.delegate = tree
        let ok = parser.parse()
        #expect(ok, "XML error: \(parser.parserError.map { "\($0)" } ?? "?")")
        return try #require(tree.root)
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let element = GEXFElement(name: elementName, namespace: namespaceURI, attributes: attributes)
        if let parent = stack.last { parent.children.append(element) } else { root = element }
        stack.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }
}

@Suite struct GEXFWriterTests {
    /// The seed projected as `convert` does, with its GEXF spells.
    private func seedGEXF(directed: Bool = false, affiliations: Bool = false) throws -> (
        xml: String, graph: AttributedGraph, network: ProjectedNetwork, dataset: Dataset
    ) {
        let dataset = try FormatFixtures.seed()
        let network = dataset.project(
            ProjectionOptions(directed: directed, includeAffiliations: affiliations, includeIsolatedActors: true))
        let graph = try AttributedGraph(network: network)
        let xml = try GEXFWriter.write(graph, spells: GEXFSpells(network: network, dataset: dataset))
        return (xml, graph, network, dataset)
    }

    /// The spells of an element as `start/end` strings.
    private func spells(_ element: GEXFElement) -> [String] {
        element.child("spells")?.all("spell").map { "\($0["start"] ?? "?")/\($0["end"] ?? "?")" } ?? []
    }

    /// An interaction's days computed here, independently of the writer: first day
    /// of the date to the last day of the date or the end date, whichever is later.
    private func expectedInterval(_ interaction: Interaction) -> String? {
        guard let date = interaction.date else { return nil }
        func lastDay(_ d: PartialDate) -> String {
            let month = d.month ?? 12
            let days = [31, (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            return String(format: "%04d-%02d-%02d", d.year, month, d.day ?? days[month - 1])
        }
        let start = String(format: "%04d-%02d-%02d", date.year, date.month ?? 1, date.day ?? 1)
        var end = lastDay(date)
        if let endDate = interaction.endDate, lastDay(endDate) > end { end = lastDay(endDate) }
        return start + "/" + end
    }

    @Test(arguments: [false, true])
    func rootGraphAndNamespaceAreGEXF13Dynamic(directed: Bool) throws {
        let (xml, graph, _, _) = try seedGEXF(directed: directed)
        let root = try GEXFTree.parse(xml)
        #expect(root.name == "gexf")
        #expect(root.namespace == "http://gexf.net/1.3")
        #expect(root["version"] == "1.3")
        let g = try #require(root.child("graph"))
        #expect(g["mode"] == "dynamic")
        #expect(g["timeformat"] == "date")
        #expect(g["timerepresentation"] == "interval")
        #expect(g["defaultedgetype"] == (directed ? "directed" : "undirected"))
        // GEXF 1.3 order: attributes, then nodes, then edges.
        #expect(g.children.map(\.name) == ["attributes", "attributes", "nodes", "edges"])
        #expect(g.child("nodes")?.all("node").count == graph.ids.count)
        #expect(g.child("edges")?.all("edge").count == graph.edges.count)
        #expect(g.child("nodes")?["count"] == String(graph.ids.count))
    }

    @Test(arguments: [false, true])
    func everyTieHasOneSpellPerDatedInteraction(directed: Bool) throws {
        let (xml, graph, network, dataset) = try seedGEXF(directed: directed)
        let edges = try #require(try GEXFTree.parse(xml).child("graph")?.child("edges")?.all("edge"))
        #expect(edges.count == network.ties.count)
        var written = 0
        for (edge, tie) in zip(edges, network.ties) {
            #expect(edge["source"] == graph.ids[tie.source])
            #expect(edge["target"] == graph.ids[tie.target])
            let expected = tie.interactions.compactMap { expectedInterval(dataset.interactions[$0]) }
            #expect(spells(edge) == expected, "\(graph.ids[tie.source])–\(graph.ids[tie.target])")
            written += expected.count
        }
        // The seed has dated interactions at year, month and day precision: the check is not vacuous.
        #expect(written > 0)
        let precisions = Set(dataset.interactions.compactMap { $0.date?.precision })
        #expect(precisions == [.year, .month, .day])
    }

    @Test func yearMonthDayAndEndDateBecomeTheirDays() {
        let year = PartialDate(year: 2023)
        let month = PartialDate(year: 2024, month: 2)
        let day = PartialDate(year: 2023, month: 4, day: 20)
        #expect(year.map { GEXFSpells.Spell($0).description } == "2023-01-01/2023-12-31")
        #expect(month.map { GEXFSpells.Spell($0).description } == "2024-02-01/2024-02-29")
        #expect(day.map { GEXFSpells.Spell($0).description } == "2023-04-20/2023-04-20")
        // An end date extends the end; an end date inside the date's period does not shorten it.
        let talks = Interaction(
            id: "t", kind: .talks, participants: ["a", "b"], date: day, endDate: PartialDate(year: 2023, month: 5))
        #expect(talks.spell?.description == "2023-04-20/2023-05-31")
        let early = Interaction(
            id: "e", kind: .talks, participants: ["a", "b"], date: year, endDate: PartialDate(year: 2023, month: 3, day: 1))
        #expect(early.spell?.description == "2023-01-01/2023-12-31")
        #expect(Interaction(id: "u", kind: .call, participants: ["a", "b"]).spell == nil)
    }

    @Test func nodeSpellsAreTheMergedUnionOfTheirTiesAndUndatedTiesAreStatic() throws {
        let dataset = Dataset(
            actors: ["a", "b", "c", "d", "e"].map { Actor(id: $0, kind: .person, name: $0.uppercased()) },
            interactions: [
                Interaction(id: "1", kind: .call, participants: ["a", "b"], date: PartialDate(year: 2023)),
                Interaction(id: "2", kind: .call, participants: ["a", "b"], date: PartialDate(year: 2023, month: 4, day: 2)),
                Interaction(id: "3", kind: .call, participants: ["a", "c"], date: PartialDate(year: 2025, month: 1)),
                Interaction(id: "4", kind: .call, participants: ["c", "d"]),
                Interaction(
                    id: "5", kind: .talks, participants: ["b", "c"], date: PartialDate(year: 2023, month: 12, day: 30),
                    endDate: PartialDate(year: 2024, month: 1, day: 2)),
            ])
        let network = dataset.project(ProjectionOptions(includeIsolatedActors: true))
        let spells = GEXFSpells(network: network, dataset: dataset)
        func node(_ id: String) throws -> [String] {
            try spells.nodes[#require(network.nodes.firstIndex { $0.id == id })].map(\.description)
        }
        func tie(_ a: String, _ b: String) throws -> [String] {
            let index = try #require(
                network.ties.firstIndex { Set([network.nodes[$0.source].id, network.nodes[$0.target].id]) == [a, b] })
            return spells.edges[index].map(\.description)
        }
        #expect(try tie("a", "b") == ["2023-01-01/2023-12-31", "2023-04-02/2023-04-02"])
        #expect(try tie("c", "d") == [])
        #expect(try tie("b", "c") == ["2023-12-30/2024-01-02"])
        #expect(try node("a") == ["2023-01-01/2023-12-31", "2025-01-01/2025-01-31"])
        #expect(try node("b") == ["2023-01-01/2024-01-02"])
        // c has an undated tie (to d): it exists at all times, as do d and the isolated e.
        #expect(try node("c") == [])
        #expect(try node("d") == [])
        #expect(try node("e") == [])

        // For Gephi, a tie's overlapping spells can be joined; apart ones stay apart.
        let joined = spells.mergingOverlaps()
        #expect(joined.nodes == spells.nodes)
        let abIndex = try #require(network.ties.firstIndex { network.nodes[$0.source].id == "a" && network.nodes[$0.target].id == "b" })
        #expect(joined.edges[abIndex].map(\.description) == ["2023-01-01/2023-12-31"])
        for list in spells.nodes { #expect(GEXFSpells.merged(list) == list) }

        let root = try GEXFTree.parse(GEXFWriter.write(AttributedGraph(network: network), spells: spells))
        let nodes = try #require(root.child("graph")?.child("nodes")?.all("node"))
        #expect(nodes.map { self.spells($0) } == spells.nodes.map { $0.map(\.description) })
        let edges = try #require(root.child("graph")?.child("edges")?.all("edge"))
        #expect(edges.map { self.spells($0).count } == spells.edges.map(\.count))
        #expect(edges.contains { $0.child("spells") == nil })
    }

    @Test func attributesAreTypedAsInGraphMLWithLabelsAndWeights() throws {
        let (xml, graph, network, _) = try seedGEXF(affiliations: true)
        let g = try #require(try GEXFTree.parse(xml).child("graph"))
        let blocks = g.all("attributes")
        let nodeBlock = try #require(blocks.first { $0["class"] == "node" })
        let edgeBlock = try #require(blocks.first { $0["class"] == "edge" })
        #expect(nodeBlock["mode"] == "static")
        let nodeTypes = Dictionary(uniqueKeysWithValues: nodeBlock.all("attribute").map { ($0["title"] ?? "", $0["type"] ?? "") })
        let edgeTypes = Dictionary(uniqueKeysWithValues: edgeBlock.all("attribute").map { ($0["title"] ?? "", $0["type"] ?? "") })
        #expect(nodeTypes == ["name": "string", "kind": "string", "country": "string", "aliases": "string"])
        #expect(edgeTypes["count"] == "integer")
        #expect(edgeTypes["affiliation"] == "boolean")
        #expect(edgeTypes["firstDate"] == "string")
        #expect(edgeTypes["weight"] == nil)
        let ids = Dictionary(uniqueKeysWithValues: edgeBlock.all("attribute").map { ($0["id"] ?? "", $0["title"] ?? "") })

        let nodes = try #require(g.child("nodes")?.all("node"))
        for (node, expected) in zip(nodes, network.nodes) {
            #expect(node["id"] == expected.id)
            #expect(node["label"] == expected.label)
        }
        let edges = try #require(g.child("edges")?.all("edge"))
        for (position, (edge, tie)) in zip(edges, network.ties).enumerated() {
            #expect(edge["weight"].flatMap(Double.init) == tie.weight)
            #expect(edge["id"] == String(position))
            var values: [String: String] = [:]
            for value in edge.child("attvalues")?.all("attvalue") ?? [] {
                values[ids[value["for"] ?? ""] ?? "?"] = value["value"]
            }
            #expect(values["count"] == String(tie.summary.count))
            #expect(values["affiliation"] == (tie.isAffiliation ? "true" : "false"))
            #expect(values["firstDate"] == tie.summary.firstDate?.description)
        }
        #expect(graph.edges.count == edges.count)
    }

    @Test func scoresAreDoubleNodeAttributes() throws {
        let list = try FormatFixtures.florentine()
        let degree: [Double?] = (0..<list.graph.nodeCount).map { $0 == 0 ? nil : Double(list.graph.outDegree(of: $0)) }
        let xml = try GEXFWriter.write(list.adding(scores: ["degree": degree]))
        let g = try #require(try GEXFTree.parse(xml).child("graph"))
        // No spell anywhere: a static graph with no time format.
        #expect(g["mode"] == "static")
        #expect(g["timeformat"] == nil)
        #expect(!xml.contains("<spells>"))
        let attribute = try #require(g.all("attributes").first?.all("attribute").first { $0["title"] == "degree" })
        #expect(attribute["type"] == "double")
        let nodes = try #require(g.child("nodes")?.all("node"))
        #expect(!(nodes[0].child("attvalues")?.all("attvalue") ?? []).contains { $0["for"] == attribute["id"] })
        #expect(nodes[1].child("attvalues")?.all("attvalue").first { $0["for"] == attribute["id"] }?["value"] == degree[1].map { AttributeText.text(for: $0) })
        // An unweighted graph writes no weight.
        #expect(g.child("edges")?.all("edge").allSatisfy { $0["weight"] == nil } == true)
    }

    @Test func trickyNamesAndArabicRoundTripExactly() throws {
        let names = TrickyStrings.names + ["</x>&\"'", "وزير الخارجية\u{200F}"]
        var builder = CompactGraph.Builder(directed: false, ids: names)
        for index in names.indices.dropFirst() { builder.addEdge(index - 1, index, weight: Double(index) / 4) }
        let graph = try AttributedGraph(
            builder.build(), nodeAttributes: ["label": names.reversed(), "note\"<>": names])
        let xml = try GEXFWriter.write(graph)
        let g = try #require(try GEXFTree.parse(xml).child("graph"))
        let nodes = try #require(g.child("nodes")?.all("node"))
        #expect(nodes.map { $0["id"] ?? "" } == names)
        #expect(nodes.map { $0["label"] ?? "" } == Array(names.reversed()))
        let noteID = try #require(g.all("attributes").first?.all("attribute").first { $0["title"] == "note\"<>" }?["id"])
        #expect(noteID == "n_1")
        #expect(nodes.map { $0.child("attvalues")?.all("attvalue").first { $0["for"] == noteID }?["value"] } == names)
        // Right-to-left text is written as it is, not reordered or escaped.
        #expect(xml.contains("وزير الخارجية\u{200F}"))
    }

    @Test func unrepresentableCharactersAndReservedNamesThrow() throws {
        var builder = CompactGraph.Builder(directed: false, ids: ["a\u{1}", "b"])
        builder.addEdge(0, 1, weight: 2)
        #expect(throws: ExportError.self) { try GEXFWriter.write(AttributedGraph(builder.build())) }
        let weighted = try AttributedGraph(
            isDirected: false, ids: ["a", "b"], edges: [.init(source: 0, target: 1, weight: 2)],
            edgeColumns: [.init(name: "weight", type: .double, values: ["2"])], hasWeights: true)
        #expect(throws: ExportError.self) { try GEXFWriter.write(weighted) }
        let plain = try AttributedGraph(isDirected: false, ids: ["a", "b"], edges: [.init(source: 0, target: 1)], hasWeights: false)
        let wrongLength = GEXFSpells(nodes: [[], []], edges: [])
        #expect(throws: ExportError.self) { try GEXFWriter.write(plain, spells: wrongLength) }
    }

    @Test func outputIsDeterministic() throws {
        let first = try seedGEXF().xml
        let second = try seedGEXF().xml
        #expect(first == second)
        #expect(first.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\""))
    }

    @Test func aGraphFileIsDatedByItsFirstAndLastDates() throws {
        let (seedGraph, _) = try FormatFixtures.seedGraph()
        let back = try GraphMLReader.read(data: Data(GraphMLWriter.write(seedGraph).utf8))
        let spells = GEXFSpells(tieDatesOf: back)
        let firsts = try #require(back.edgeColumn("firstDate")).values
        let lasts = try #require(back.edgeColumn("lastDate")).values
        for position in back.edges.indices {
            guard let first = firsts[position].flatMap(PartialDate.init(iso:)),
                let last = lasts[position].flatMap(PartialDate.init(iso:))
            else {
                #expect(spells.edges[position].isEmpty)
                continue
            }
            #expect(spells.edges[position] == [GEXFSpells.Spell(first, through: last)])
            #expect(spells.edges[position].first?.start == first.firstDay)
            #expect(spells.edges[position].first?.end == last.lastDay)
        }
        #expect(spells.isDynamic)
        // A graph without date columns is static.
        #expect(!GEXFSpells(tieDatesOf: try FormatFixtures.florentine()).isDynamic)
    }
}
