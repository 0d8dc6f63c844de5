import Foundation
import Testing

@testable import ActorGraph

/// `EdgeListReader` keeps every row as a tie and every column as an attribute.
@Suite struct EdgeListReaderTests {
    private func read(_ edges: String, nodes: String? = nil, directed: Bool = false) throws(CSVError) -> AttributedGraph {
        let nodeTable: CSVTable? = if let nodes { try CSVTable(data: Data(nodes.utf8), file: "n.csv") } else { nil }
        return try EdgeListReader.read(
            edges: CSVTable(data: Data(edges.utf8), file: "e.csv"), nodes: nodeTable, directed: directed)
    }

    @Test func extraEdgeColumnsBecomeEdgeAttributes() throws {
        let graph = try read("source,target,kind,note\na,b,meeting,\nb,c,call,\"x, y\"\n")
        #expect(graph.edgeColumns.map(\.name) == ["kind", "note"])
        #expect(graph.edgeColumn("kind")?.values == ["meeting", "call"])
        #expect(graph.edgeColumn("note")?.values == [nil, "x, y"])
        #expect(!graph.hasWeights)
    }

    @Test func repeatedUnweightedTiesStaySeparateEdges() throws {
        let graph = try read("source,target,kind\na,b,meeting\na,b,call\nb,a,letter\n")
        #expect(graph.edges.count == 3)
        #expect(graph.edges.allSatisfy { $0.weight == 1 })
        #expect(graph.edgeColumn("kind")?.values == ["meeting", "call", "letter"])
        #expect(graph.repeatedTieCount == 2)
    }

    @Test func selfLoopsAreKeptAsEdges() throws {
        let graph = try read("source,target\na,a\na,b\n")
        #expect(graph.edges == [.init(source: 0, target: 0), .init(source: 0, target: 1)])
        #expect(graph.selfLoopCount == 1)
        #expect(graph.graph.edgeCount == 1)
    }

    @Test func nodeTableFixesOrderAndKeepsIsolatesAndColumns() throws {
        let graph = try read("source,target,weight\nc,a,2.5\n", nodes: "id,label\na,Alpha\nz,\n")
        #expect(graph.ids == ["a", "z", "c"])
        #expect(graph.nodeColumn("label")?.values == ["Alpha", nil, nil])
        #expect(graph.edges == [.init(source: 2, target: 0, weight: 2.5)])
        #expect(graph.hasWeights)
    }

    @Test func badWeightNamesTheFileAndLine() {
        #expect(throws: CSVError(file: "e.csv", line: 3, message: "weight must be a finite number greater than 0, found \"0\"")) {
            _ = try read("source,target,weight\na,b,1\nb,c,0\n")
        }
    }

    @Test func duplicateNodeIDNamesTheFileAndLine() {
        #expect(throws: CSVError(file: "n.csv", line: 3, message: "duplicate node id \"a\"")) {
            _ = try read("source,target\na,b\n", nodes: "id\na\na\n")
        }
    }
}
