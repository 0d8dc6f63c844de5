import Foundation
import Testing

@testable import ActorGraph

@Suite struct GraphMLRoundTripTests {
    private func roundTrip(_ graph: AttributedGraph) throws -> AttributedGraph {
        try GraphMLReader.read(data: Data(GraphMLWriter.write(graph).utf8))
    }

    @Test(arguments: [false, true])
    func seedProjectionRoundTripsNodesTiesWeightsAndAttributes(directed: Bool) throws {
        let (graph, _) = try FormatFixtures.seedGraph(directed: directed)
        let back = try roundTrip(graph)
        expectSameGraph(back, graph)
        #expect(back.graph.edgeCount == graph.graph.edgeCount)
        #expect(back.hasWeights)
    }

    @Test func seedWithAffiliationsKeepsTheBooleanKey() throws {
        let (graph, _) = try FormatFixtures.seedGraph(affiliations: true)
        #expect(graph.edgeColumn("affiliation")?.values.contains("true") == true)
        expectSameGraph(try roundTrip(graph), graph)
    }

    @Test func actorsAreRebuiltFromTheSeedsGraphML() throws {
        let (graph, dataset) = try FormatFixtures.seedGraph()
        let actors = try #require(try roundTrip(graph).actors())
        let expected = dataset.actors.map {
            Actor(id: $0.id, kind: $0.kind, name: $0.name, aliases: $0.aliases, country: $0.country)
        }
        #expect(actors == expected)
    }

    @Test func tieAttributesDescribeTheInteractions() throws {
        let (graph, dataset) = try FormatFixtures.seedGraph()
        let back = try roundTrip(graph)
        let interactions = try #require(back.edgeColumn("interactions"))
        let counts = try #require(back.edgeColumn("count"))
        #expect(counts.type == .int)
        for (position, edge) in back.edges.enumerated() {
            let ids = AttributeText.split(try #require(interactions.values[position]), separator: ",")
            #expect(counts.values[position] == String(ids.count))
            #expect(Double(ids.count) == edge.weight)
            for id in ids {
                let interaction = try #require(dataset.interactions.first { $0.id == id })
                #expect(interaction.participants.contains(back.ids[edge.source]))
                #expect(interaction.participants.contains(back.ids[edge.target]))
            }
        }
    }

    @Test func florentineRoundTrips() throws {
        let list = try FormatFixtures.florentine()
        let graph = try AttributedGraph(list.graph, nodeAttributes: list.nodeAttributes)
        let back = try roundTrip(graph)
        expectSameGraph(back, graph)
        #expect(back.ids.count == 15)
        #expect(back.graph.edgeCount == 20)
        #expect(!back.hasWeights)
    }

    @Test func scoresAreDoubleKeysAndMissingScoresOmitTheirData() throws {
        let list = try FormatFixtures.florentine()
        var degree: [Double?] = (0..<list.graph.nodeCount).map { Double(list.graph.outDegree(of: $0)) }
        degree[0] = nil
        let xml = try GraphMLWriter.write(list.graph, scores: ["degree": degree])
        #expect(xml.contains("<key id=\"v_degree\" for=\"node\" attr.name=\"degree\" attr.type=\"double\"/>"))
        #expect(xml.contains("<node id=\"\(list.graph.ids[0])\"/>"))
        let back = try GraphMLReader.read(data: Data(xml.utf8))
        #expect(back.nodeColumn("degree")?.doubles == degree)
    }

    @Test func trickyNamesRoundTripExactly() throws {
        let names = TrickyStrings.names
        var builder = CompactGraph.Builder(directed: true, ids: names)
        for index in names.indices.dropFirst() { builder.addEdge(index - 1, index, weight: Double(index) / 4) }
        let graph = try AttributedGraph(
            builder.build(), nodeAttributes: ["label": names.reversed(), "alias list": names.map { AttributeText.join([$0, $0], separator: " | ") }])
        let xml = try GraphMLWriter.write(graph)
        #expect(xml.contains("edgedefault=\"directed\""))
        let back = try GraphMLReader.read(data: Data(xml.utf8))
        expectSameGraph(back, graph)
        #expect(back.nodeColumn("alias list")?.values.map { AttributeText.split($0 ?? "", separator: " | ") } == names.map { [$0, $0] })
    }

    @Test func emptyStringsAndMissingValuesStayApart() throws {
        var builder = CompactGraph.Builder(directed: false)
        builder.addEdge("a", "b")
        builder.addNode("c")
        let graph = try AttributedGraph(builder.build(), nodeAttributes: ["note": ["", nil, " "]])
        #expect(try roundTrip(graph).nodeColumn("note")?.values == ["", nil, " "])
    }

    @Test func randomStringsRoundTripAsIdsAndValues() throws {
        var rng = SeededRandom(seed: 42)
        for round in 0..<6 {
            var ids: [String] = []
            var seen = Set<String>()
            while ids.count < 50 {
                let id = TrickyStrings.random(using: &rng, xmlSafe: true)
                if seen.insert(id).inserted { ids.append(id) }
            }
            let values = ids.map { _ in TrickyStrings.random(using: &rng, xmlSafe: true, maxLength: 20) }
            var builder = CompactGraph.Builder(directed: round % 2 == 0, ids: ids)
            for _ in 0..<80 {
                builder.addEdge(Int.random(in: 0..<50, using: &rng), Int.random(in: 0..<50, using: &rng), weight: Double.random(in: 0.1...10, using: &rng))
            }
            let graph = try AttributedGraph(builder.build(), nodeAttributes: ["value": values], hasWeights: true)
            expectSameGraph(try roundTrip(graph), graph)
        }
    }

    @Test func outputIsDeterministic() throws {
        let (first, _) = try FormatFixtures.seedGraph()
        let (second, _) = try FormatFixtures.seedGraph()
        #expect(try GraphMLWriter.write(first) == GraphMLWriter.write(second))
    }

    @Test func escapingIsExact() throws {
        #expect(try XMLText.escaped("a<b>&\"c\"\r", inAttribute: false, location: "") == "a&lt;b&gt;&amp;\"c\"&#13;")
        #expect(try XMLText.escaped("\"x\"\t\n\r", inAttribute: true, location: "") == "&quot;x&quot;&#9;&#10;&#13;")
        #expect(try XMLText.escaped("عربي 😀", inAttribute: true, location: "") == "عربي 😀")
    }

    @Test func charactersXMLCannotCarryAreATypedErrorNamingNodeAndAttribute() throws {
        var builder = CompactGraph.Builder(directed: false)
        builder.addEdge("a", "b")
        let graph = try AttributedGraph(builder.build(), nodeAttributes: ["note": ["fine", "bell\u{7}"]])
        #expect(
            throws: ExportError(
                kind: .unrepresentableCharacter, location: "node \"b\", attribute \"note\"",
                message: "the character U+0007 cannot be written in XML 1.0")
        ) { try GraphMLWriter.write(graph) }
        for bad in ["\u{0}", "\u{FFFE}", "\u{FFFF}", "\u{1F}"] {
            var b = CompactGraph.Builder(directed: false)
            b.addEdge("x" + bad, "y")
            #expect(throws: ExportError.self) { try GraphMLWriter.write(b.build()) }
        }
    }

    @Test func repeatedActorIDsAreATypedErrorNotACrash() throws {
        let actor = Actor(id: "x", kind: .person, name: "X")
        let dataset = Dataset(actors: [actor, actor], interactions: [])
        let network = dataset.project(ProjectionOptions(includeIsolatedActors: true))
        #expect(throws: ExportError.self) { try GraphMLWriter.write(network: network) }
    }

    @Test func extraAttributesCannotShadowBuiltInKeys() throws {
        let dataset = try FormatFixtures.seed()
        let network = dataset.project()
        #expect(throws: ExportError.self) {
            try GraphMLWriter.write(
                network: network, nodeAttributes: ["name": Array(repeating: nil, count: network.actors.count)])
        }
        #expect(throws: ExportError.self) {
            try GraphMLWriter.write(network: network, scores: ["degree": [1]])
        }
    }
}
