import Testing

@testable import ActorGraph

@Suite struct FixtureLoadingTests {
    @Test(arguments: ReferenceFixture.names)
    func everyFixtureLoadsWithItsNodeTable(name: String) throws {
        let fixture = try ReferenceFixture(name)
        let degrees = try #require(try fixture.scores("degree"))
        #expect(degrees.count == fixture.graph.nodeCount)
        #expect(degrees.allSatisfy { $0 != nil })
        // The degree in the reference equals the number of distinct neighbours here.
        for node in 0..<fixture.graph.nodeCount {
            let distinct = fixture.directed
                ? fixture.graph.outDegree(of: node) + fixture.graph.inDegree(of: node)
                : fixture.graph.outDegree(of: node)
            #expect(Double(distinct) == degrees[node], "degree of \(fixture.graph.ids[node])")
        }
    }
}
