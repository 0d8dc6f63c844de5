import Testing

@testable import ActorGraph

@Suite struct HarmonicTests {
    @Test(arguments: FixtureVariant.all)
    func harmonicMatchesNetworkxOnEveryFixture(variant: FixtureVariant) throws {
        let fixture = try ReferenceFixture(variant.name)
        let expected = try #require(try fixture.scores("harmonic", weighted: variant.weighted))
        expectAgreement(fixture.graph.harmonic(weighted: variant.weighted), expected, ids: fixture.graph.ids, tolerance: 1e-9, "harmonic")
    }

    @Test func pathEndSumsInverseDistances() {
        let path = CompactGraph.make(directed: false, [("a", "b"), ("b", "c"), ("c", "d")])
        let harmonic = path.harmonic()
        #expect(abs(harmonic[0] - (1 + 1.0 / 2 + 1.0 / 3)) < 1e-15)
        #expect(harmonic[1] == 2.5)
    }

    @Test func directedHarmonicUsesDistancesIntoTheNode() {
        let path = CompactGraph.make(directed: true, [("a", "b"), ("b", "c")])
        #expect(path.harmonic() == [0, 1, 1.5])
    }

    @Test func weightedHarmonicUsesInverseWeightsAsLengths() {
        var builder = CompactGraph.Builder(directed: false)
        builder.addEdge("a", "b", weight: 4)
        let graph = builder.build()
        #expect(graph.harmonic(weighted: true) == [4, 4])
        #expect(graph.harmonic(weighted: false) == [1, 1])
    }

    @Test(arguments: [0, 1, 2])
    func tinyGraphs(nodes: Int) {
        let ids = ["a", "b"].prefix(nodes).map { $0 }
        let graph = CompactGraph.make(directed: false, nodes: ids, nodes == 2 ? [("a", "b")] : [])
        #expect(graph.harmonic() == [Double](repeating: nodes == 2 ? 1 : 0, count: nodes))
    }

    @Test func resultDoesNotDependOnTheNumberOfWorkers() {
        let graph = CompactGraph.preferentialAttachment(nodes: 300, ties: 3, directed: true, seed: 9, weights: 1...4)
        for weighted in [false, true] {
            #expect(graph.harmonic(weighted: weighted, workers: 2) == graph.harmonic(weighted: weighted, workers: 1))
        }
    }
}
