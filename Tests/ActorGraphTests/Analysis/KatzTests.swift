import Testing

@testable import ActorGraph

@Suite struct KatzTests {
    /// networkx's tolerance reproduces networkx's values to rounding, and fails
    /// where networkx fails.
    @Test(arguments: ReferenceSection.all)
    func katzCentralityWithNetworkxToleranceMatchesNetworkxOrFailsWhereItFails(section: ReferenceSection) throws {
        let fixture = try ReferenceFixture(section.name)
        let networkx = ConvergenceCriteria.networkxKatz
        func run() throws(ConvergenceError) -> [Double] {
            try fixture.graph.katzCentrality(
                weighted: section.weighted, maxIterations: networkx.maxIterations, tolerance: networkx.tolerance)
        }
        if try fixture.referenceError("katz", weighted: section.weighted) != nil {
            // karate_weighted: ρ(A) = 21.69 > 1/α, the series diverges.
            #expect(throws: ConvergenceError.self) { try run() }
            return
        }
        let expected = try #require(try fixture.scores("katz", weighted: section.weighted))
        expectAgreement(try run(), expected, ids: fixture.graph.ids, tolerance: 1e-12, "katz (networkx tolerance)")
    }

    /// The default stopping rule lands on the solution of (I − αAᵀ)x = β1,
    /// normalised; where α ≥ 1/ρ(A) there is no limit and the call throws.
    @Test(arguments: ReferenceSection.all)
    func katzCentralityByDefaultIsTheDirectSolution(section: ReferenceSection) throws {
        let fixture = try ReferenceFixture(section.name)
        let reference = try SpectralReference(section.name)
        guard let exact = try reference.scores("katz", weighted: section.weighted, graph: fixture.graph) else {
            #expect(try reference.error("katz", weighted: section.weighted) != nil)
            let error = try #require(throws: ConvergenceError.self) {
                try fixture.graph.katzCentrality(weighted: section.weighted)
            }
            #expect(error.iterations == ConvergenceCriteria.defaultMaxIterations)
            return
        }
        let actual = try fixture.graph.katzCentrality(weighted: section.weighted)
        expectWithin(actual, exact, absolute: exactAgreement, ids: fixture.graph.ids, "katz (default)")
    }

    @Test(arguments: ReferenceSection.all)
    func katzCentralityWithNetworkxToleranceIsNotTheDirectSolution(section: ReferenceSection) throws {
        let fixture = try ReferenceFixture(section.name)
        guard let exact = try SpectralReference(section.name).scores("katz", weighted: section.weighted, graph: fixture.graph)
        else { return }
        let loose = try fixture.graph.katzCentrality(weighted: section.weighted, tolerance: 1e-6)
        #expect(largestDifference(loose, exact) > 10 * exactAgreement)
    }

    @Test func katzCentralityOfAStarSolvesTheTwoStateEquations() throws {
        // Hub h = 3αl + 1, leaf l = αh + 1 with α = 0.1: h = 1.3/0.97.
        let scores = try star(leaves: 3).katzCentrality()
        let hub = 1.3 / 0.97
        let leaf = 0.1 * hub + 1
        let norm = (hub * hub + 3 * leaf * leaf).squareRoot()
        #expect(abs(scores[0] - hub / norm) < 1e-6)
        for v in 1...3 { #expect(abs(scores[v] - leaf / norm) < 1e-6) }
    }

    @Test func katzCentralityOfAnIsolateIsBetaAlone() throws {
        var builder = CompactGraph.Builder(directed: false, ids: ["a", "b", "lonely"])
        builder.addEdge("a", "b")
        let scores = try builder.build().katzCentrality()
        // a = b = 1/0.9 before normalisation, the isolate 1.
        let pair = 1 / 0.9
        let norm = (2 * pair * pair + 1).squareRoot()
        #expect(abs(scores[2] - 1 / norm) < 1e-6)
        #expect(abs(scores[0] - pair / norm) < 1e-6)
    }

    @Test func katzCentralityThrowsWhenAlphaExceedsTheInverseSpectralRadius() {
        // A triangle has ρ = 2; α = 1 makes the series diverge.
        var builder = CompactGraph.Builder(directed: false)
        builder.addEdge("a", "b")
        builder.addEdge("b", "c")
        builder.addEdge("c", "a")
        let triangle = builder.build()
        #expect(throws: ConvergenceError.self) { try triangle.katzCentrality(alpha: 1, maxIterations: 200) }
    }

    @Test func katzCentralityThrowsWhenTheIterationLimitIsTooLow() throws {
        // Karate converges (α ρ = 0.67) but needs about 75 iterations by default.
        let karate = try ReferenceFixture("karate").graph
        let error = try #require(throws: ConvergenceError.self) { try karate.katzCentrality(maxIterations: 10) }
        #expect(error.algorithm == "Katz centrality" && error.iterations == 10)
        #expect(try #require(error.lastChange) >= Double(karate.nodeCount) * ConvergenceCriteria.defaultTolerance)
    }
}
