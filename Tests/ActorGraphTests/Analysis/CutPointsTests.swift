import Testing

@testable import ActorGraph

@Suite struct CutPointsTests {
    @Test(arguments: ReferenceFixture.names)
    func articulationPointsMatchNetworkxOnEveryFixture(name: String) throws {
        let fixture = try ReferenceFixture(name)
        let expected = try #require(try fixture.ids(fixture.directed ? "articulationPointsUndirected" : "articulationPoints"))
        #expect(fixture.graph.articulationPoints().map { fixture.graph.ids[$0] }.sorted() == expected)
    }

    @Test(arguments: ReferenceFixture.names)
    func bridgesMatchNetworkxOnEveryFixture(name: String) throws {
        let fixture = try ReferenceFixture(name)
        let expected = try #require(try fixture.idLists(fixture.directed ? "bridgesUndirected" : "bridges"))
        #expect(fixture.graph.idBridges(fixture.graph.bridges()) == expected)
    }

    @Test func pathInnerNodesAreCutPointsAndEveryTieIsABridge() {
        let path = CompactGraph.make(directed: false, [("a", "b"), ("b", "c"), ("c", "d")])
        #expect(path.articulationPoints() == [1, 2])
        #expect(path.bridges().map { [$0.source, $0.target] } == [[0, 1], [1, 2], [2, 3]])
    }

    @Test func starCentreIsTheOnlyCutPoint() {
        let star = CompactGraph.make(directed: false, [("c", "a"), ("c", "b"), ("c", "d")])
        #expect(star.articulationPoints() == [0])
        #expect(star.bridges().count == 3)
    }

    @Test func cycleHasNoCutPointsOrBridges() {
        let cycle = CompactGraph.make(directed: false, [("a", "b"), ("b", "c"), ("c", "a")])
        #expect(cycle.articulationPoints().isEmpty)
        #expect(cycle.bridges().isEmpty)
    }

    @Test func reciprocalDirectedTiesAreOneUndirectedTie() {
        let graph = CompactGraph.make(directed: true, [("a", "b"), ("b", "a"), ("b", "c")])
        #expect(graph.articulationPoints() == [1])
        #expect(graph.bridges().map { [$0.source, $0.target] } == [[0, 1], [1, 2]])
    }

    @Test(arguments: [0, 1, 2])
    func tinyGraphs(nodes: Int) {
        let ids = ["a", "b"].prefix(nodes).map { $0 }
        let graph = CompactGraph.make(directed: false, nodes: ids, nodes == 2 ? [("a", "b")] : [])
        #expect(graph.articulationPoints().isEmpty)
        #expect(graph.bridges().map { [$0.source, $0.target] } == (nodes == 2 ? [[0, 1]] : []))
    }
}
