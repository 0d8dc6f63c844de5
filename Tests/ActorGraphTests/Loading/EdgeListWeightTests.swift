import Foundation
import Testing

@testable import ActorGraph

@Suite struct EdgeListWeightTests {
    private func load(_ weight: String) throws -> AttributedGraph {
        let table = try CSVTable(data: Data("source,target,weight\na,b,\(weight)\n".utf8), file: "w.csv")
        return try EdgeListReader.read(edges: table, nodes: nil, directed: false)
    }

    @Test(arguments: ["0x10", "inf", "nan", "-1", "0", "-0", "1e400", ""])
    func weightsThatAreNotFinitePositiveDecimalsAreRejected(weight: String) {
        #expect(throws: CSVError(file: "w.csv", line: 2, message: "weight must be a finite number greater than 0, found \"\(weight)\"")) {
            try load(weight)
        }
    }

    @Test(arguments: ["1e-320", "1e301"])
    func weightsWhoseSumsOrDistancesOverflowAreRejected(weight: String) {
        #expect(throws: CSVError.self) { try load(weight) }
    }

    @Test func decimalWeightsWithSpacesAreRead() throws {
        let list = try load(" 2.5 ")
        #expect(list.graph.weight(from: 0, to: 1) == 2.5)
    }

    @Test func overflowingScoresAreFailuresNotGaps() {
        // Weights this large pass a graph built in code, not an edge list.
        var builder = CompactGraph.Builder(directed: false)
        builder.addEdge("a", "b", weight: 1e308)
        builder.addEdge("b", "c", weight: 1e308)
        builder.addEdge("a", "c", weight: 1e308)
        let scores = NodeScores(graph: builder.build(), weighted: true, only: [.strength, .degree])
        #expect(scores.values[.strength] == nil)
        #expect(scores.failures[.strength]?.contains("overflowed") == true)
        #expect(scores.values[.degree] == [2, 2, 2])
    }
}
