import Foundation
import Testing

@testable import ActorGraph

@Suite struct EdgeListWriterTests {
    @Test func edgeListAndNodeTableReadBackWithEdgeListReader() throws {
        let list = try FormatFixtures.florentine()
        let names = list.graph.ids.map { "Casa \($0), \"Firenze\"" }
        let graph = try AttributedGraph(list.graph, nodeAttributes: ["label": names])
        let (edges, nodes) = try EdgeListWriter.write(graph)
        let back = try EdgeListReader.read(
            edges: CSVTable(data: Data(edges.utf8)), nodes: CSVTable(data: Data(nodes.utf8)), directed: false)
        #expect(back.graph.ids == list.graph.ids)
        #expect(tieSet(back.graph) == tieSet(list.graph))
        #expect(back.nodeAttributes["label"] == names)
        #expect(!back.hasWeights)
    }

    @Test func weightsAreWrittenWhenTheGraphHasThem() throws {
        let (graph, _) = try FormatFixtures.seedGraph()
        let (edges, _) = try EdgeListWriter.write(graph)
        #expect(edges.hasPrefix("source,target,weight,"))
        let back = try EdgeListReader.read(edges: CSVTable(data: Data(edges.utf8)), nodes: nil, directed: false)
        #expect(tieSet(back.graph).isSubset(of: tieSet(graph.graph)))
        #expect(back.graph.edgeCount == graph.graph.edgeCount)
    }

    @Test func edgeAttributesAreWrittenAsColumnsAndReadBack() throws {
        let graph = try AttributedGraph(
            isDirected: true, ids: ["a", "b"],
            edges: [.init(source: 0, target: 1), .init(source: 0, target: 1), .init(source: 1, target: 1)],
            edgeColumns: [AttributedGraph.Column(name: "kind", type: .string, values: ["meeting", "call, \"urgent\"", nil])],
            hasWeights: false)
        let (edges, nodes) = try EdgeListWriter.write(graph)
        #expect(edges.hasPrefix("source,target,kind\r\n"))
        let back = try EdgeListReader.read(
            edges: CSVTable(data: Data(edges.utf8)), nodes: CSVTable(data: Data(nodes.utf8)), directed: true)
        #expect(back.ids == graph.ids)
        #expect(back.edges == graph.edges)
        #expect(back.edgeColumns == graph.edgeColumns)
    }

    @Test func edgeAttributeNamedLikeAReservedColumnThrows() throws {
        let graph = try AttributedGraph(
            isDirected: false, ids: ["a", "b"], edges: [.init(source: 0, target: 1)],
            edgeColumns: [AttributedGraph.Column(name: "weight", type: .string, values: ["heavy"])], hasWeights: false)
        #expect(throws: ExportError(
            kind: .attributeNameConflict, location: "edge attribute \"weight\"",
            message: "the edge list reserves the column names source, target and weight")) {
            _ = try EdgeListWriter.write(graph)
        }
    }
}
