import Testing

@testable import ActorGraph

/// The memberwise initializer checks its input and throws, naming the column,
/// id or edge, instead of stopping the program.
@Suite struct AttributedGraphInitTests {
    @Test func nodeColumnOfTheWrongLengthThrowsNamingTheColumn() {
        #expect {
            _ = try AttributedGraph(
                isDirected: false, ids: ["a", "b"],
                nodeColumns: [AttributedGraph.Column(name: "label", type: .string, values: ["A"])],
                edges: [], hasWeights: false)
        } throws: { error in
            let error = error as? ExportError
            return error?.kind == .attributeLength && error?.location == "node attribute \"label\""
                && error?.message.contains("(2), found 1") == true
        }
    }

    @Test func edgeColumnOfTheWrongLengthThrowsNamingTheColumn() {
        #expect {
            _ = try AttributedGraph(
                isDirected: false, ids: ["a", "b"], edges: [.init(source: 0, target: 1)],
                edgeColumns: [AttributedGraph.Column(name: "kind", type: .string, values: [])], hasWeights: false)
        } throws: { error in
            let error = error as? ExportError
            return error?.kind == .attributeLength && error?.location == "edge attribute \"kind\""
        }
    }

    @Test func duplicateNodeIDThrowsNamingTheID() {
        #expect {
            _ = try AttributedGraph(isDirected: false, ids: ["a", "b", "a"], edges: [], hasWeights: false)
        } throws: { error in
            let error = error as? ExportError
            return error?.kind == .duplicateNodeID && error?.location == "node \"a\""
        }
    }

    @Test func edgeToANodeIndexOutOfRangeThrowsNamingTheEdge() {
        #expect {
            _ = try AttributedGraph(
                isDirected: true, ids: ["a"], edges: [.init(source: 0, target: 0), .init(source: 0, target: 3)],
                hasWeights: false)
        } throws: { error in
            let error = error as? ExportError
            return error?.kind == .nodeIndexOutOfRange && error?.location == "edge 1"
        }
    }

    @Test func selfLoopsAndRepeatedTiesAreCounted() throws {
        let graph = try AttributedGraph(
            isDirected: false, ids: ["a", "b"],
            edges: [.init(source: 0, target: 1), .init(source: 1, target: 0), .init(source: 1, target: 1)],
            hasWeights: false)
        #expect(graph.edges.count == 3)
        #expect(graph.graph.edgeCount == 1)
        #expect(graph.selfLoopCount == 1)
        #expect(graph.repeatedTieCount == 1)
    }
}
