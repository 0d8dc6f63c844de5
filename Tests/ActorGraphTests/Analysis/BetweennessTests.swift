import Testing

@testable import ActorGraph

@Suite struct BetweennessTests {
    @Test(arguments: FixtureVariant.all)
    func betweennessMatchesNetworkxOnEveryFixture(variant: FixtureVariant) throws {
        let fixture = try ReferenceFixture(variant.name)
        let expected = try #require(try fixture.scores("betweenness", weighted: variant.weighted))
        let actual = fixture.graph.betweenness(normalized: true, weighted: variant.weighted)
        expectAgreement(actual, expected, ids: fixture.graph.ids, tolerance: 1e-9, "betweenness")
    }

    @Test(arguments: FixtureVariant.all)
    func rawBetweennessMatchesNetworkxOnEveryFixture(variant: FixtureVariant) throws {
        let fixture = try ReferenceFixture(variant.name)
        let expected = try #require(try fixture.scores("betweennessRaw", weighted: variant.weighted))
        let actual = fixture.graph.betweenness(normalized: false, weighted: variant.weighted)
        expectAgreement(actual, expected, ids: fixture.graph.ids, tolerance: 1e-9, "betweennessRaw")
    }

    @Test func pathMiddleNodesLieOnTwoPairs() {
        let path = CompactGraph.make(directed: false, [("a", "b"), ("b", "c"), ("c", "d")])
        #expect(path.betweenness(normalized: false) == [0, 2, 2, 0])
        // 2 of the (4 - 1)(4 - 2) / 2 = 3 pairs of other nodes.
        let normalized = path.betweenness()
        #expect(abs(normalized[1] - 2.0 / 3.0) < 1e-15)
        #expect(normalized[0] == 0)
    }

    @Test func starCentreLiesOnEveryPair() {
        let star = CompactGraph.make(directed: false, [("c", "a"), ("c", "b"), ("c", "d"), ("c", "e")])
        #expect(star.betweenness(normalized: false) == [6, 0, 0, 0, 0])
        #expect(star.betweenness() == [1, 0, 0, 0, 0])
    }

    @Test func directedPathCountsOrderedPairs() {
        let path = CompactGraph.make(directed: true, [("a", "b"), ("b", "c")])
        #expect(path.betweenness(normalized: false) == [0, 1, 0])
        #expect(path.betweenness() == [0, 0.5, 0])
    }

    @Test func splitShortestPathsShareCredit() {
        // Two shortest paths from a to d, one through b and one through c.
        let square = CompactGraph.make(directed: false, [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d")])
        #expect(square.betweenness(normalized: false) == [0.5, 0.5, 0.5, 0.5])
    }

    @Test func strongTiesAreShortWhenWeighted() {
        // a-b-c with strong ties (length 1/4 each) beats the weak direct tie a-c (length 1).
        var builder = CompactGraph.Builder(directed: false)
        builder.addEdge("a", "b", weight: 4)
        builder.addEdge("b", "c", weight: 4)
        builder.addEdge("a", "c", weight: 1)
        let graph = builder.build()
        #expect(graph.betweenness(normalized: false, weighted: true) == [0, 1, 0])
        #expect(graph.betweenness(normalized: false, weighted: false) == [0, 0, 0])
    }

    @Test func completeGraphHasNoBrokers() {
        // Every node is reached in the first step, while ties remain to scan.
        let names = ["a", "b", "c", "d", "e"]
        let ties = names.indices.flatMap { i in names[(i + 1)...].map { (names[i], $0) } }
        for directed in [false, true] {
            let complete = CompactGraph.make(directed: directed, ties + (directed ? ties.map { ($1, $0) } : []))
            #expect(complete.betweenness() == [0, 0, 0, 0, 0])
            #expect(complete.closeness() == [1, 1, 1, 1, 1])
        }
    }

    @Test(arguments: [0, 1, 2])
    func tinyGraphsScoreZero(nodes: Int) {
        let ids = ["a", "b"].prefix(nodes).map { $0 }
        let graph = CompactGraph.make(directed: false, nodes: ids, nodes == 2 ? [("a", "b")] : [])
        #expect(graph.betweenness() == [Double](repeating: 0, count: nodes))
        #expect(graph.betweenness(normalized: false, weighted: true) == [Double](repeating: 0, count: nodes))
        #expect(graph.approximateBetweenness(samples: 1, seed: 1) == [Double](repeating: 0, count: nodes))
    }

    @Test(arguments: [false, true])
    func resultDoesNotDependOnTheNumberOfWorkers(directed: Bool) {
        let graph = CompactGraph.preferentialAttachment(nodes: 400, ties: 3, directed: directed, seed: 7, weights: 1...5)
        for weighted in [false, true] {
            let single = graph.betweenness(normalized: true, weighted: weighted, workers: 1)
            #expect(graph.betweenness(normalized: true, weighted: weighted, workers: 2) == single)
            #expect(graph.betweenness(normalized: true, weighted: weighted, workers: 5) == single)
        }
    }

    @Test(arguments: [false, true])
    func breadthFirstAndDijkstraAgreeWhenAllTiesAreEqual(directed: Bool) {
        // Weight 2 everywhere sends the weighted call through Dijkstra with
        // lengths 0.5 (sums exact), so it checks the level-by-level search,
        // top-down and bottom-up steps alike, against an independent kernel.
        let hops = CompactGraph.preferentialAttachment(nodes: 300, ties: 4, directed: directed, seed: 11)
        var builder = CompactGraph.Builder(directed: directed, ids: hops.ids)
        for (source, target, _) in hops.edges { builder.addEdge(source, target, weight: 2) }
        let halves = builder.build()
        let byHops = hops.betweenness(normalized: false)
        let byLength = halves.betweenness(normalized: false, weighted: true)
        expectAgreement(byHops, byLength, ids: hops.ids, tolerance: 1e-12, "betweenness")
    }

    @Test(arguments: FixtureVariant.all)
    func approximationWithEveryNodeSampledIsExact(variant: FixtureVariant) throws {
        let graph = try ReferenceFixture(variant.name).graph
        for normalized in [false, true] {
            let exact = graph.betweenness(normalized: normalized, weighted: variant.weighted)
            let sampled = graph.approximateBetweenness(
                samples: graph.nodeCount, seed: 42, normalized: normalized, weighted: variant.weighted)
            #expect(sampled == exact)
        }
    }

    @Test func approximationIsReproducibleForASeed() {
        let graph = CompactGraph.preferentialAttachment(nodes: 300, ties: 3, directed: false, seed: 3)
        let first = graph.approximateBetweenness(samples: 40, seed: 99, workers: 1)
        #expect(graph.approximateBetweenness(samples: 40, seed: 99, workers: 2) == first)
        #expect(graph.approximateBetweenness(samples: 40, seed: 100, workers: 1) != first)
    }

    @Test func approximationOfAStarIsExactForAnySample() {
        // Every leaf source puts the centre on 4 paths: a sample of 3 with the
        // centre scales 2 * 4 by 1 / ((3 - 1)(6 - 2)), one without scales 3 * 4
        // by 1 / (3 (6 - 2)); both give the exact 1.
        let star = CompactGraph.make(directed: false, [("c", "a"), ("c", "b"), ("c", "d"), ("c", "e"), ("c", "f")])
        for seed: UInt64 in 0..<20 {
            let estimate = star.approximateBetweenness(samples: 3, seed: seed)
            #expect(abs(estimate[0] - 1) < 1e-15)
            #expect(estimate.dropFirst().allSatisfy { $0 == 0 })
        }
    }
}

extension CompactGraph {
    /// ``approximateBetweenness(samples:seed:normalized:weighted:)`` normalised,
    /// unweighted, on a chosen number of workers.
    fileprivate func approximateBetweenness(samples: Int, seed: UInt64, workers: Int) -> [Double] {
        approximateBetweenness(samples: samples, seed: seed, normalized: true, weighted: false, workers: workers)
    }
}
