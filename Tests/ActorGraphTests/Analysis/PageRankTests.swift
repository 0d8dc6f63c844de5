import Testing

@testable import ActorGraph

@Suite struct PageRankTests {
    @Test(arguments: ReferenceSection.all)
    func pageRankMatchesNetworkx(section: ReferenceSection) throws {
        let fixture = try ReferenceFixture(section.name)
        if try fixture.referenceError("pagerank", weighted: section.weighted) != nil {
            #expect(throws: ConvergenceError.self) { try fixture.graph.pageRank(weighted: section.weighted) }
            return
        }
        let expected = try #require(try fixture.scores("pagerank", weighted: section.weighted))
        let actual = try fixture.graph.pageRank(weighted: section.weighted)
        expectAgreement(actual, expected, ids: fixture.graph.ids, tolerance: 1e-6, "pagerank")
    }

    @Test func pageRankOfAStarSolvesTheTwoStateEquations() throws {
        // Hub h, 3 leaves l: h = 0.15/4 + 0.85·3l, l = 0.15/4 + 0.85·h/3.
        let scores = try star(leaves: 3).pageRank()
        let hub = (0.0375 + 2.55 * 0.0375) / (1 - 2.55 * 0.85 / 3)
        #expect(abs(scores[0] - hub) < 1e-5)
        for leaf in 1...3 { #expect(abs(scores[leaf] - (1 - hub) / 3) < 1e-5) }
    }

    @Test func pageRankSpreadsADanglingNodesScoreEvenly() throws {
        // a → b, b a sink whose score is spread over both: x_a = 0.075 + 0.85·x_b/2
        // with x_a + x_b = 1, so x_a = 0.5/1.425.
        var builder = CompactGraph.Builder(directed: true)
        builder.addEdge("a", "b")
        let scores = try builder.build().pageRank(tolerance: 1e-12)
        let a = 0.5 / 1.425
        #expect(abs(scores[0] - a) < 1e-10)
        #expect(abs(scores[1] - (1 - a)) < 1e-10)
    }

    @Test func pageRankOfAnIsolateIsTheTeleportShareAndItsOwnDanglingShare() throws {
        // Path p0-p1-p2 plus an isolate: scores sum to 1 and the isolate gets
        // 0.15/4 + 0.85·x_isolate/4 at the fixed point, x = 0.0375 / (1 − 0.2125).
        var builder = CompactGraph.Builder(directed: false, ids: ["p0", "p1", "p2", "lonely"])
        builder.addEdge(0, 1)
        builder.addEdge(1, 2)
        let scores = try builder.build().pageRank(maxIterations: 1000, tolerance: 1e-12)
        #expect(abs(scores.reduce(0, +) - 1) < 1e-10)
        #expect(abs(scores[3] - 0.0375 / (1 - 0.2125)) < 1e-10)
    }

    @Test func pageRankThrowsWhenTheIterationLimitIsTooLow() {
        #expect(throws: ConvergenceError.self) { try star(leaves: 5).pageRank(maxIterations: 1) }
    }

    @Test func convergenceErrorNamesTheAlgorithmAndTheLimit() throws {
        let error = try #require(throws: ConvergenceError.self) {
            try star(leaves: 5).pageRank(maxIterations: 3, tolerance: 1e-9)
        }
        #expect(error.algorithm == "PageRank" && error.iterations == 3 && error.tolerance == 1e-9)
        #expect(error.description.contains("PageRank did not converge within 3 iterations"))
    }
}
