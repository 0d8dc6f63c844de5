import Testing

@testable import ActorGraph

@Suite struct KatzTests {
    @Test(arguments: ReferenceSection.all)
    func katzCentralityMatchesNetworkxOrFailsWhereItFails(section: ReferenceSection) throws {
        let fixture = try ReferenceFixture(section.name)
        if try fixture.referenceError("katz", weighted: section.weighted) != nil {
            // karate_weighted: ρ(A) = 21.69 > 1/α, the series diverges.
            #expect(throws: ConvergenceError.self) { try fixture.graph.katzCentrality(weighted: section.weighted) }
            return
        }
        let expected = try #require(try fixture.scores("katz", weighted: section.weighted))
        let actual = try fixture.graph.katzCentrality(weighted: section.weighted)
        expectAgreement(actual, expected, ids: fixture.graph.ids, tolerance: 1e-6, "katz")
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
}
