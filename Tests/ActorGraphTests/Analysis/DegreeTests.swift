import Testing

@testable import ActorGraph

@Suite struct DegreeTests {
    @Test(arguments: ReferenceFixture.names)
    func degreeMatchesNetworkxOnEveryFixture(name: String) throws {
        let fixture = try ReferenceFixture(name)
        let expected = try #require(try fixture.scores("degree"))
        expectAgreement(fixture.graph.degrees().map { Double($0) }, expected, ids: fixture.graph.ids, tolerance: 0, "degree")
    }

    @Test(arguments: ReferenceSection.directed)
    func inAndOutDegreeMatchNetworkxOnEveryDirectedFixture(name: String) throws {
        let fixture = try ReferenceFixture(name)
        try #require(fixture.directed, "\(name) is listed as directed")
        let graph = fixture.graph
        expectAgreement(graph.inDegrees().map { Double($0) }, try #require(try fixture.scores("inDegree")), ids: graph.ids, tolerance: 0, "inDegree")
        expectAgreement(graph.outDegrees().map { Double($0) }, try #require(try fixture.scores("outDegree")), ids: graph.ids, tolerance: 0, "outDegree")
    }

    @Test(arguments: ReferenceSection.weightedNames)
    func strengthMatchesNetworkxOnEveryWeightedFixture(name: String) throws {
        let fixture = try ReferenceFixture(name)
        let graph = fixture.graph
        expectAgreement(graph.strengths(), try #require(try fixture.scores("strength", weighted: true)), ids: graph.ids, tolerance: 1e-12, "strength")
        if fixture.directed {
            expectAgreement(graph.inStrengths(), try #require(try fixture.scores("inStrength", weighted: true)), ids: graph.ids, tolerance: 1e-12, "inStrength")
            expectAgreement(graph.outStrengths(), try #require(try fixture.scores("outStrength", weighted: true)), ids: graph.ids, tolerance: 1e-12, "outStrength")
        }
    }

    @Test func undirectedDegreesEqualInAndOutDegrees() {
        let star = CompactGraph.make(directed: false, [("c", "a"), ("c", "b"), ("c", "d")])
        #expect(star.degrees() == [3, 1, 1, 1])
        #expect(star.inDegrees() == star.degrees())
        #expect(star.outDegrees() == star.degrees())
        #expect(star.strengths() == [3, 1, 1, 1])
    }

    @Test func reciprocalDirectedTieCountsTwiceInDegree() {
        let graph = CompactGraph.make(directed: true, [("a", "b"), ("b", "a"), ("a", "c")], weight: 2)
        #expect(graph.degrees() == [3, 2, 1])
        #expect(graph.strengths() == [6, 4, 2])
        #expect(graph.outStrengths() == [4, 2, 0])
    }
}
