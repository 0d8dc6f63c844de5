import Foundation
import Testing

@testable import ActorGraph

@Suite struct EigenvectorTests {
    @Test(arguments: ReferenceSection.all)
    func eigenvectorCentralityMatchesNetworkx(section: ReferenceSection) throws {
        let fixture = try ReferenceFixture(section.name)
        if try fixture.referenceError("eigenvector", weighted: section.weighted) != nil {
            #expect(throws: ConvergenceError.self) {
                try fixture.graph.eigenvectorCentrality(weighted: section.weighted, maxIterations: 1000)
            }
            return
        }
        let expected = try #require(try fixture.scores("eigenvector", weighted: section.weighted))
        let actual = try fixture.graph.eigenvectorCentrality(weighted: section.weighted, maxIterations: 1000)
        expectAgreement(actual, expected, ids: fixture.graph.ids, tolerance: 1e-6, "eigenvector")
    }

    @Test func eigenvectorCentralityOfAStarIsTheKnownEigenvector() throws {
        // K_{1,3}: λ = √3, centre 1/√2, leaves 1/√6 (unit Euclidean norm).
        let scores = try star(leaves: 3).eigenvectorCentrality()
        #expect(abs(scores[0] - 1 / 2.0.squareRoot()) < 1e-5)
        for leaf in 1...3 { #expect(abs(scores[leaf] - 1 / 6.0.squareRoot()) < 1e-5) }
    }

    @Test func eigenvectorCentralityOfAPathFavoursTheMiddle() throws {
        // Path a-b-c: λ = √2, x = (1/2, 1/√2, 1/2).
        let scores = try path(3).eigenvectorCentrality()
        #expect(abs(scores[0] - 0.5) < 1e-5 && abs(scores[2] - 0.5) < 1e-5)
        #expect(abs(scores[1] - 1 / 2.0.squareRoot()) < 1e-5)
    }

    @Test func eigenvectorCentralityOfAnIsolateDecaysTowardsZero() throws {
        var builder = CompactGraph.Builder(directed: false, ids: ["a", "b", "c", "lonely"])
        builder.addEdge("a", "b")
        builder.addEdge("b", "c")
        builder.addEdge("a", "c")
        // Iterating with A + I, the triangle grows by 3 per step and the isolate by
        // 1: its share shrinks by 1/3 per step until the L1 change is below 4e-6.
        let scores = try builder.build().eigenvectorCentrality()
        #expect(scores[3] > 0 && scores[3] < 4e-6)
        #expect(abs(scores[0] - 1 / 3.0.squareRoot()) < 1e-5)
    }

    @Test func eigenvectorCentralityOfTheNullGraphIsEmpty() throws {
        #expect(try CompactGraph.Builder(directed: false).build().eigenvectorCentrality().isEmpty)
    }

    @Test func eigenvectorCentralityThrowsWhenTheIterationLimitIsTooLow() {
        #expect(throws: ConvergenceError.self) { try path(5).eigenvectorCentrality(maxIterations: 2) }
    }
}

/// A star: node 0 (`"hub"`) tied to `leaves` leaves.
func star(leaves: Int) -> CompactGraph {
    var builder = CompactGraph.Builder(directed: false)
    for leaf in 1...leaves { builder.addEdge("hub", "leaf\(leaf)") }
    return builder.build()
}

/// An undirected path on `length` nodes `p0 - p1 - …`.
func path(_ length: Int) -> CompactGraph {
    var builder = CompactGraph.Builder(directed: false, ids: (0..<length).map { "p\($0)" })
    for v in 1..<length { builder.addEdge(v - 1, v) }
    return builder.build()
}
