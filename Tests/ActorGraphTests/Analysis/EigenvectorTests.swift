import Foundation
import Testing

@testable import ActorGraph

@Suite struct EigenvectorTests {
    /// networkx's tolerance reproduces networkx's values to rounding (the fixtures
    /// were made with `max_iter=1000`: the digraph needs 150 iterations).
    @Test(arguments: ReferenceSection.all)
    func eigenvectorCentralityWithNetworkxToleranceMatchesNetworkx(section: ReferenceSection) throws {
        let fixture = try ReferenceFixture(section.name)
        func run() throws(ConvergenceError) -> [Double] {
            try fixture.graph.eigenvectorCentrality(weighted: section.weighted, maxIterations: 1000, tolerance: 1e-6)
        }
        if try fixture.referenceError("eigenvector", weighted: section.weighted) != nil {
            #expect(throws: ConvergenceError.self) { try run() }
            return
        }
        let expected = try #require(try fixture.scores("eigenvector", weighted: section.weighted))
        expectAgreement(try run(), expected, ids: fixture.graph.ids, tolerance: 1e-12, "eigenvector (networkx tolerance)")
    }

    /// The default stopping rule lands on the limit of the iteration, the dense
    /// eigen-solve (also where the weaker parts of the graph decay to 0).
    @Test(arguments: ReferenceSection.all)
    func eigenvectorCentralityByDefaultIsTheEigenSolution(section: ReferenceSection) throws {
        let fixture = try ReferenceFixture(section.name)
        let exact = try #require(
            try SpectralReference(section.name).scores("eigenvector", weighted: section.weighted, graph: fixture.graph))
        let actual = try fixture.graph.eigenvectorCentrality(weighted: section.weighted)
        expectWithin(actual, exact, absolute: exactAgreement, ids: fixture.graph.ids, "eigenvector (default)")
    }

    @Test(arguments: ReferenceSection.all)
    func eigenvectorCentralityWithNetworkxToleranceIsNotTheEigenSolution(section: ReferenceSection) throws {
        let fixture = try ReferenceFixture(section.name)
        let exact = try #require(
            try SpectralReference(section.name).scores("eigenvector", weighted: section.weighted, graph: fixture.graph))
        let loose = try fixture.graph.eigenvectorCentrality(weighted: section.weighted, tolerance: 1e-6)
        #expect(largestDifference(loose, exact) > 10 * exactAgreement)
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
        // 1: its share shrinks by 1/3 per step until the L1 change is below 4e-6
        // (networkx's tolerance), or 4e-13 (the default).
        let graph = builder.build()
        let loose = try graph.eigenvectorCentrality(tolerance: 1e-6)
        #expect(loose[3] > 0 && loose[3] < 4e-6)
        #expect(abs(loose[0] - 1 / 3.0.squareRoot()) < 1e-5)
        let scores = try graph.eigenvectorCentrality()
        #expect(scores[3] > 0 && scores[3] < 4e-13)
        #expect(abs(scores[0] - 1 / 3.0.squareRoot()) < 1e-12)
    }

    @Test func eigenvectorCentralityOfTheNullGraphIsEmpty() throws {
        #expect(try CompactGraph.Builder(directed: false).build().eigenvectorCentrality().isEmpty)
    }

    @Test func eigenvectorCentralityThrowsWhenTheIterationLimitIsTooLow() throws {
        #expect(throws: ConvergenceError.self) { try path(5).eigenvectorCentrality(maxIterations: 2) }
        // networkx's own defaults (tol 1e-6, max_iter 100) fail on the 28-node
        // digraph, which needs 150 iterations; so does the same call here.
        let digraph = try ReferenceFixture("directed_groups").graph
        let networkx = ConvergenceCriteria.networkxEigenvector
        let error = try #require(throws: ConvergenceError.self) {
            try digraph.eigenvectorCentrality(maxIterations: networkx.maxIterations, tolerance: networkx.tolerance)
        }
        #expect(error.algorithm == "eigenvector centrality" && error.iterations == 100)
        #expect(try #require(error.lastChange) >= Double(digraph.nodeCount) * 1e-6)
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
