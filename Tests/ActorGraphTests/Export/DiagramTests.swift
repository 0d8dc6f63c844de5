import Foundation
import Testing

@testable import ActorGraph

/// The drawing decisions, read from the diagram model (the DOT syntax is the
/// encoder's, tested in DOTWriterTests and the escaping tests).
@Suite struct DiagramTests {
    @Test func nodesCarryShapeFillAndLabelFromTheNetwork() throws {
        let diagram = try Diagram(network: DOTWriterTests.sample().project(), style: DiagramStyle())
        let biden = try #require(diagram.nodes.first { $0.id == "biden" })
        #expect(biden.attributes["shape"] == "ellipse")
        #expect(biden.attributes["label"] == .label("Joe Biden"))
        #expect(biden.origin == .node(index: 0, labelIsComputed: true))
        #expect(diagram.networkNodes.map(\.id) == ["biden", "putin", "kremlin", "cfr", "usa"])
    }

    @Test func clustersByAnyAttributeMostMembersFirstAndWithoutPacking() throws {
        var style = DiagramStyle()
        style.clusterBy = .kind
        let network = DOTWriterTests.sample().project(ProjectionOptions(includeIsolatedActors: true))
        let diagram = try Diagram(network: network, style: style)
        #expect(diagram.clusters.map(\.id) == ["cluster_kind_institution", "cluster_kind_person", "cluster_kind_country"])
        #expect(diagram.clusters.map { $0.nodes.map(\.id) } == [["kremlin", "cfr"], ["biden", "putin"], ["usa"]])
        #expect(diagram.nodes.isEmpty)
        #expect(diagram.graphAttributes["pack"] == nil)
        #expect(diagram.graphAttributes["packmode"] == nil)
        let unclustered = try Diagram(network: network, style: DiagramStyle())
        #expect(unclustered.graphAttributes["pack"] == "true")
    }

    @Test func countryClustersAreTitledWithTheCountryActorsName() throws {
        var style = DiagramStyle()
        style.clusterBy = .country
        let diagram = try Diagram(
            network: DOTWriterTests.sample().project(ProjectionOptions(includeIsolatedActors: true)), style: style)
        let titles = diagram.clusters.map { $0.attributes["label"] }
        #expect(titles == [.label("RU"), .label("United States (US)")])
        #expect(diagram.nodes.map(\.id) == ["cfr"], "an actor without a country stays outside")
    }

    @Test func aGraphWithoutKindsOrCountriesDrawsPlainNodesAndAShortLegend() throws {
        let graph = try EdgeListReader.read(
            edges: CSVTable(data: Data("source,target,weight\nx,y,1\ny,z,3\n".utf8)),
            nodes: CSVTable(data: Data("id,label,club\nx,Ex,A\ny,Why,B\nz,,A\n".utf8)), directed: false)
        let network = ProjectedNetwork(graph: graph)
        #expect(network.nodes.map(\.label) == ["Ex", "Why", "z"])
        #expect(network.groups(by: "club") == ["A", "B", "A"])
        let diagram = try Diagram(network: network, style: DiagramStyle())
        #expect(diagram.nodes.allSatisfy { $0.attributes["shape"] == "ellipse" && $0.attributes["fillcolor"] == "#FFFFFF" })
        let legendLabels = (diagram.legend?.nodes ?? []).compactMap { node -> String? in
            if case .label(let text) = node.attributes["label"] { return text }
            return nil
        }
        #expect(legendLabels == ["Legend", "thicker: higher weight"])
    }

    @Test func componentsAreJoinedFromTheGraphsOwnComponents() throws {
        let dataset = DOTWriterTests.sample()
        let network = dataset.project(ProjectionOptions(includeIsolatedActors: true))
        let diagram = try Diagram(network: network, style: DiagramStyle())
        let components = network.graph.weaklyConnectedComponents().count
        #expect(diagram.joins.count == components - 1)
        var unjoined = DiagramStyle()
        unjoined.joinComponents = false
        #expect(try Diagram(network: network, style: unjoined).joins.isEmpty)
    }
}
