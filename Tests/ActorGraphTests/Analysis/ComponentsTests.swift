import Testing

@testable import ActorGraph

@Suite struct ComponentsTests {
    @Test(arguments: ReferenceFixture.names)
    func componentsMatchNetworkxOnEveryFixture(name: String) throws {
        let fixture = try ReferenceFixture(name)
        let expected = try #require(try fixture.idLists("components"))
        #expect(fixture.graph.idComponents(fixture.graph.weaklyConnectedComponents()) == expected)
    }

    @Test(arguments: ReferenceFixture.names)
    func strongComponentsMatchNetworkxOnEveryFixture(name: String) throws {
        let fixture = try ReferenceFixture(name)
        // Undirected fixtures have no strongComponents key: there the strong
        // components are the connected components.
        let expected = try #require(try fixture.idLists(fixture.directed ? "strongComponents" : "components"))
        #expect(fixture.graph.idComponents(fixture.graph.stronglyConnectedComponents()) == expected)
    }

    /// What a node reaches is its weakly connected component (undirected) and a
    /// superset of its strongly connected component (directed).
    @Test(arguments: ReferenceFixture.names)
    func reachableFromEachNodeMatchesTheComponents(name: String) throws {
        let graph = try ReferenceFixture(name).graph
        let components = graph.isDirected ? graph.stronglyConnectedComponents() : graph.weaklyConnectedComponents()
        for component in components {
            for node in component {
                let reached = Set(graph.reachable(from: node))
                #expect(graph.isDirected ? reached.isSuperset(of: component) : reached == Set(component))
                #expect(graph.reachable(from: node).first == node)
            }
        }
        #expect(graph.reachable(from: -1).isEmpty && graph.reachable(from: graph.nodeCount).isEmpty)
    }

    @Test func componentsAreSortedAndOrderedBySmallestMember() {
        let graph = CompactGraph.make(directed: false, nodes: ["i", "x", "y", "z"], [("z", "x"), ("y", "w")])
        // Indices: i 0, x 1, y 2, z 3, w 4.
        #expect(graph.weaklyConnectedComponents() == [[0], [1, 3], [2, 4]])
        #expect(graph.stronglyConnectedComponents() == graph.weaklyConnectedComponents())
    }

    @Test func directedCycleIsOneStrongComponentAndATailIsNot() {
        let graph = CompactGraph.make(directed: true, [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")])
        #expect(graph.stronglyConnectedComponents() == [[0, 1, 2], [3]])
        #expect(graph.weaklyConnectedComponents() == [[0, 1, 2, 3]])
    }

    @Test func longPathDoesNotExhaustTheStack() {
        let n = 200_000
        var builder = CompactGraph.Builder(directed: true, ids: (0..<n).map(String.init))
        for v in 0..<(n - 1) { builder.addEdge(v, v + 1) }
        builder.addEdge(n - 1, 0)
        let cycle = builder.build()
        #expect(cycle.stronglyConnectedComponents().count == 1)
        #expect(cycle.articulationPoints().isEmpty)
    }

    @Test(arguments: [0, 1, 2])
    func tinyGraphs(nodes: Int) {
        let ids = ["a", "b"].prefix(nodes).map { $0 }
        let graph = CompactGraph.make(directed: true, nodes: ids, nodes == 2 ? [("a", "b")] : [])
        #expect(graph.weaklyConnectedComponents() == (nodes == 0 ? [] : nodes == 1 ? [[0]] : [[0, 1]]))
        #expect(graph.stronglyConnectedComponents() == (0..<nodes).map { [$0] })
    }
}
