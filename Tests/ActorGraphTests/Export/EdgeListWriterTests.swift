import Foundation
import Testing

@testable import ActorGraph

@Suite struct EdgeListWriterTests {
    @Test func edgeListAndNodeTableReadBackWithEdgeList() throws {
        let list = try FormatFixtures.florentine()
        let names = list.graph.ids.map { "Casa \($0), \"Firenze\"" }
        let graph = try AttributedGraph(list.graph, nodeAttributes: ["label": names])
        let (edges, nodes) = try EdgeListWriter.write(graph)
        let back = try EdgeList(
            edges: CSVTable(data: Data(edges.utf8)), nodes: CSVTable(data: Data(nodes.utf8)), directed: false)
        #expect(back.graph.ids == list.graph.ids)
        #expect(tieSet(back.graph) == tieSet(list.graph))
        #expect(back.attributes["label"] == names)
        #expect(!back.hasWeights)
    }

    @Test func weightsAreWrittenWhenTheGraphHasThem() throws {
        let (graph, _) = try FormatFixtures.seedGraph()
        let (edges, _) = try EdgeListWriter.write(graph)
        #expect(edges.hasPrefix("source,target,weight\r\n"))
        let back = try EdgeList(edges: CSVTable(data: Data(edges.utf8)), directed: false)
        #expect(tieSet(back.graph).isSubset(of: tieSet(graph.graph)))
        #expect(back.graph.edgeCount == graph.graph.edgeCount)
    }
}
