import Testing

@testable import ActorGraph

@Suite struct PageRankTests {
    /// networkx's tolerance and limit reproduce networkx's values to rounding.
    @Test(arguments: ReferenceSection.all)
    func pageRankWithNetworkxToleranceMatchesNetworkx(section: ReferenceSection) throws {
        let fixture = try ReferenceFixture(section.name)
        let networkx = ConvergenceCriteria.networkxPageRank
        func run() throws(ConvergenceError) -> [Double] {
            try fixture.graph.pageRank(
                weighted: section.weighted, maxIterations: networkx.maxIterations, tolerance: networkx.tolerance)
        }
        if try fixture.referenceError("pagerank", weighted: section.weighted) != nil {
            #expect(throws: ConvergenceError.self) { try run() }
            return
        }
        let expected = try #require(try fixture.scores("pagerank", weighted: section.weighted))
        expectAgreement(try run(), expected, ids: fixture.graph.ids, tolerance: 1e-12, "pagerank (networkx tolerance)")
    }

    /// The default stopping rule lands on the exact fixed point (dense solve).
    @Test(arguments: ReferenceSection.all)
    func pageRankByDefaultIsTheDirectSolution(section: ReferenceSection) throws {
        let fixture = try ReferenceFixture(section.name)
        let exact = try #require(try SpectralReference(section.name).scores("pagerank", weighted: section.weighted, graph: fixture.graph))
        let actual = try fixture.graph.pageRank(weighted: section.weighted)
        expectWithin(actual, exact, absolute: exactAgreement, ids: fixture.graph.ids, "pagerank (default)")
    }

    /// ... and on igraph's PRPACK result, where python-igraph was available.
    @Test(arguments: ReferenceSection.all)
    func pageRankByDefaultMatchesIgraphPRPACK(section: ReferenceSection) throws {
        let fixture = try ReferenceFixture(section.name)
        let reference = try SpectralReference(section.name)
        guard let prpack = try reference.scores("igraphPagerank", weighted: section.weighted, graph: fixture.graph) else {
            // Not generated: the generator must say why.
            #expect(try reference.error("igraphPagerank", weighted: section.weighted) != nil)
            return
        }
        let actual = try fixture.graph.pageRank(weighted: section.weighted)
        expectWithin(actual, prpack, absolute: exactAgreement, ids: fixture.graph.ids, "pagerank vs igraph")
    }

    /// networkx's tolerance stops measurably short of the fixed point, so the
    /// comparison above can tell the two rules apart.
    @Test(arguments: ReferenceSection.all)
    func pageRankWithNetworkxToleranceIsNotTheDirectSolution(section: ReferenceSection) throws {
        let fixture = try ReferenceFixture(section.name)
        let exact = try #require(try SpectralReference(section.name).scores("pagerank", weighted: section.weighted, graph: fixture.graph))
        let loose = try fixture.graph.pageRank(weighted: section.weighted, tolerance: 1e-6)
        #expect(largestDifference(loose, exact) > 10 * exactAgreement)
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

    @Test func pageRankThrowsWhenTheIterationLimitIsTooLow() throws {
        #expect(throws: ConvergenceError.self) { try star(leaves: 5).pageRank(maxIterations: 1) }
        // Karate needs about 80 iterations for the default tolerance: 20 are too few,
        // and the error reports the last change, still above n · tolerance.
        let karate = try ReferenceFixture("karate").graph
        let error = try #require(throws: ConvergenceError.self) { try karate.pageRank(maxIterations: 20) }
        #expect(error.iterations == 20 && error.tolerance == ConvergenceCriteria.defaultTolerance)
        let lastChange = try #require(error.lastChange)
        #expect(lastChange >= Double(karate.nodeCount) * ConvergenceCriteria.defaultTolerance)
        #expect(throws: ConvergenceError.self) { try karate.pageRank(maxIterations: 0) }
    }

    @Test func convergenceErrorNamesTheAlgorithmAndTheLimit() throws {
        let error = try #require(throws: ConvergenceError.self) {
            try star(leaves: 5).pageRank(maxIterations: 3, tolerance: 1e-9)
        }
        #expect(error.algorithm == "PageRank" && error.iterations == 3 && error.tolerance == 1e-9)
        #expect(error.description.contains("PageRank did not converge within 3 iterations"))
    }
}
