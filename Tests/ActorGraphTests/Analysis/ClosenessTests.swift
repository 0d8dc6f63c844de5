import Testing

@testable import ActorGraph

@Suite struct ClosenessTests {
    @Test(arguments: FixtureVariant.all)
    func closenessMatchesNetworkxOnEveryFixture(variant: FixtureVariant) throws {
        let fixture = try ReferenceFixture(variant.name)
        let expected = try #require(try fixture.scores("closeness", weighted: variant.weighted))
        expectAgreement(fixture.graph.closeness(weighted: variant.weighted), expected, ids: fixture.graph.ids, tolerance: 1e-9, "closeness")
    }

    @Test func pathEndIsHalfAsCloseAsTheMeanDistanceSays() {
        let path = CompactGraph.make(directed: false, [("a", "b"), ("b", "c"), ("c", "d")])
        // a: distances 1, 2, 3; b: 1, 1, 2.
        #expect(path.closeness() == [0.5, 0.75, 0.75, 0.5])
    }

    @Test func directedClosenessUsesDistancesIntoTheNode() {
        let path = CompactGraph.make(directed: true, [("a", "b"), ("b", "c")])
        // Nobody reaches a; a reaches b at 1; a and b reach c at 2 and 1.
        let closeness = path.closeness()
        #expect(closeness[0] == 0)
        #expect(closeness[1] == 0.5)
        #expect(abs(closeness[2] - 2.0 / 3.0) < 1e-15)
    }

    @Test func reachabilityCorrectionScalesSmallComponents() {
        // A tie and an isolate: each end reaches 1 of the 2 other nodes at distance 1.
        let graph = CompactGraph.make(directed: false, nodes: ["a", "b", "i"], [("a", "b")])
        #expect(graph.closeness() == [0.5, 0.5, 0])
    }

    @Test(arguments: [0, 1, 2])
    func tinyGraphs(nodes: Int) {
        let ids = ["a", "b"].prefix(nodes).map { $0 }
        let graph = CompactGraph.make(directed: false, nodes: ids, nodes == 2 ? [("a", "b")] : [])
        #expect(graph.closeness() == [Double](repeating: nodes == 2 ? 1 : 0, count: nodes))
    }

    @Test(arguments: [false, true])
    func resultDoesNotDependOnTheNumberOfWorkers(directed: Bool) {
        let graph = CompactGraph.preferentialAttachment(nodes: 300, ties: 3, directed: directed, seed: 5, weights: 1...4)
        for weighted in [false, true] {
            let single = graph.closeness(weighted: weighted, workers: 1)
            #expect(graph.closeness(weighted: weighted, workers: 2) == single)
        }
    }
}
