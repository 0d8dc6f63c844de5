import Testing

@testable import ActorGraph

@Suite struct ConvergenceCriteriaTests {
    @Test func presetsAreNetworkxsDefaultsAndTheTightDefault() {
        #expect(ConvergenceCriteria.networkxPageRank == ConvergenceCriteria(tolerance: 1e-6, maxIterations: 100))
        #expect(ConvergenceCriteria.networkxEigenvector == ConvergenceCriteria(tolerance: 1e-6, maxIterations: 100))
        #expect(ConvergenceCriteria.networkxKatz == ConvergenceCriteria(tolerance: 1e-6, maxIterations: 1000))
        #expect(ConvergenceCriteria.standard == ConvergenceCriteria())
        #expect(ConvergenceCriteria.standard.tolerance == ConvergenceCriteria.defaultTolerance)
        #expect(ConvergenceCriteria.standard.maxIterations == ConvergenceCriteria.defaultMaxIterations)
    }

    /// NodeScores passes its criteria on: networkx's tolerance gives networkx's
    /// values, the default the exact fixed points.
    @Test(arguments: ReferenceSection.all)
    func nodeScoresUseTheGivenCriteria(section: ReferenceSection) throws {
        let fixture = try ReferenceFixture(section.name)
        let reference = try SpectralReference(section.name)
        let names: [ScoreName] = [.eigenvector, .pagerank, .katz]
        let loose = NodeScores(
            graph: fixture.graph, weighted: section.weighted, only: names,
            convergence: ConvergenceCriteria(tolerance: 1e-6, maxIterations: 1000))
        let exact = NodeScores(graph: fixture.graph, weighted: section.weighted, only: names)
        #expect(loose.convergence.tolerance == 1e-6 && exact.convergence == .standard)
        for name in names {
            if let expected = try fixture.scores(name.rawValue, weighted: section.weighted) {
                let actual = try #require(loose.values[name])
                expectAgreement(actual, expected, ids: fixture.graph.ids, tolerance: 1e-12, "\(name) (NodeScores, tolerance 1e-6)")
            } else {
                #expect(loose.failures[name] != nil)
            }
            if let expected = try reference.scores(name.rawValue, weighted: section.weighted, graph: fixture.graph) {
                let actual = try #require(exact.values[name]).map { $0 ?? .nan }
                expectWithin(actual, expected, absolute: exactAgreement, ids: fixture.graph.ids, "\(name) (NodeScores default)")
            } else {
                #expect(exact.failures[name] != nil)
            }
        }
    }

    @Test func nodeScoresReportAnIterationLimitThatIsTooLow() throws {
        let karate = try ReferenceFixture("karate").graph
        let scores = NodeScores(
            graph: karate, weighted: false, only: [.eigenvector, .pagerank, .katz, .degree],
            convergence: ConvergenceCriteria(maxIterations: 5))
        #expect(scores.values[.degree] != nil)
        for name in [ScoreName.eigenvector, .pagerank, .katz] {
            #expect(scores.values[name] == nil)
            #expect(scores.failures[name]?.contains("did not converge within 5 iterations") == true, "\(name)")
        }
    }

    @Test func errorDescriptionGivesTheRuleAndTheLastChange() {
        let error = ConvergenceError(algorithm: "PageRank", iterations: 100, tolerance: 1e-6, lastChange: 0.5)
        #expect(error.description == "PageRank did not converge within 100 iterations (stopping rule: L1 change below n × 1e-06; last change 0.5)")
        #expect(ConvergenceError(algorithm: "Katz centrality", iterations: 1, tolerance: 1e-13).description
            == "Katz centrality did not converge within 1 iteration (stopping rule: L1 change below n × 1e-13)")
    }
}
