import Testing

@testable import ActorGraph

@Suite struct StructuralHolesTests {
    @Test(arguments: ReferenceSection.all)
    func constraintMatchesNetworkx(section: ReferenceSection) throws {
        let fixture = try ReferenceFixture(section.name)
        let expected = try #require(try fixture.scores("constraint", weighted: section.weighted))
        let holes = fixture.graph.structuralHoles(weighted: section.weighted)
        expectAgreement(holes.constraint, expected, ids: fixture.graph.ids, tolerance: 1e-9, "constraint")
    }

    @Test(arguments: ReferenceSection.all)
    func hierarchyMatchesTheFixtureFormulaOnNetworkxLocalConstraint(section: ReferenceSection) throws {
        let fixture = try ReferenceFixture(section.name)
        let expected = try #require(try fixture.scores("hierarchy", weighted: section.weighted))
        let holes = fixture.graph.structuralHoles(weighted: section.weighted)
        expectAgreement(holes.hierarchy, expected, ids: fixture.graph.ids, tolerance: 1e-9, "hierarchy")
    }

    /// `effectiveSizeBurt`: networkx's documented (per-node) formula at every node
    /// with contacts, including digraph nodes without out-ties, where
    /// `nx.effective_size(G, nodes=…)` itself returns NaN (see the fixtures README).
    @Test(arguments: ReferenceSection.all)
    func effectiveSizeMatchesBurtsFormulaAsNetworkxComputesItPerNode(section: ReferenceSection) throws {
        let fixture = try ReferenceFixture(section.name)
        let expected = try #require(try fixture.scores("effectiveSizeBurt", weighted: section.weighted))
        let holes = fixture.graph.structuralHoles(weighted: section.weighted)
        expectAgreement(holes.effectiveSize, expected, ids: fixture.graph.ids, tolerance: 1e-9, "effectiveSize")
    }

    @Test(arguments: ReferenceSection.all.filter { !$0.weighted && !ReferenceSection.directed.contains($0.name) })
    func effectiveSizeMatchesNetworkxDefaultCallOnUnweightedUndirectedGraphs(section: ReferenceSection) throws {
        let fixture = try ReferenceFixture(section.name)
        try #require(!fixture.directed, "\(section.name) is listed as undirected")
        let expected = try #require(try fixture.scores("effectiveSize"))
        let holes = fixture.graph.structuralHoles()
        expectAgreement(holes.effectiveSize, expected, ids: fixture.graph.ids, tolerance: 1e-9, "effectiveSize")
        let efficiency = try #require(try fixture.scores("efficiency"))
        expectAgreement(holes.efficiency, efficiency, ids: fixture.graph.ids, tolerance: 1e-9, "efficiency")
    }

    @Test(arguments: ReferenceSection.all)
    func efficiencyIsEffectiveSizeOverNetworkxDegree(section: ReferenceSection) throws {
        let fixture = try ReferenceFixture(section.name)
        let expected = try #require(try fixture.scores("efficiencyBurt", weighted: section.weighted))
        let holes = fixture.graph.structuralHoles(weighted: section.weighted)
        expectAgreement(holes.efficiency, expected, ids: fixture.graph.ids, tolerance: 1e-9, "efficiency")
    }

    @Test func structuralHolesOfAStarHubSpanEveryHole() throws {
        // Hub: 3 contacts, p = 1/3 each, no ties among them: constraint 3·(1/3)² = 1/3,
        // effective size 3, efficiency 1, hierarchy 0. Leaf: one contact, constraint 1.
        let holes = star(leaves: 3).structuralHoles()
        let constraint = try #require(holes.constraint[0])
        let hierarchy = try #require(holes.hierarchy[0])
        #expect(abs(constraint - 1.0 / 3) < 1e-15)
        #expect(holes.effectiveSize[0] == 3 && holes.efficiency[0] == 1)
        #expect(abs(hierarchy) < 1e-15)
        #expect(holes.constraint[1] == 1 && holes.effectiveSize[1] == 1 && holes.hierarchy[1] == nil)
    }

    @Test func structuralHolesOfATriangleAreFullyRedundant() {
        // Each node: p = 1/2 to both; indirect 1/2·1/2; ℓ = (3/4)², constraint 9/8;
        // effective size 2 − 2·1/2 = 1 (Borgatti: n − 2t/n = 2 − 1).
        var builder = CompactGraph.Builder(directed: false)
        builder.addEdge("a", "b")
        builder.addEdge("b", "c")
        builder.addEdge("c", "a")
        let holes = builder.build().structuralHoles()
        #expect(holes.constraint.allSatisfy { abs($0! - 1.125) < 1e-15 })
        #expect(holes.effectiveSize.allSatisfy { $0 == 1 })
        #expect(holes.efficiency.allSatisfy { $0 == 0.5 })
    }

    @Test func structuralHolesOfAnIsolateAreNil() {
        var builder = CompactGraph.Builder(directed: false, ids: ["a", "b", "lonely"])
        builder.addEdge("a", "b")
        let holes = builder.build().structuralHoles(weighted: true)
        #expect(holes.constraint[2] == nil && holes.effectiveSize[2] == nil)
        #expect(holes.efficiency[2] == nil && holes.hierarchy[2] == nil)
        #expect(holes.constraint[0] == 1)
    }

    @Test func effectiveSizeOfADigraphSinkUsesItsPredecessors() {
        // a → b, c → b, a → c: b's contacts a and c are tied (M = 1, max 1), so each
        // is half redundant: effective size 1/2 + 1/2 = 1; efficiency 1/2 (degree 2).
        var builder = CompactGraph.Builder(directed: true)
        builder.addEdge("a", "b")
        builder.addEdge("c", "b")
        builder.addEdge("a", "c")
        let holes = builder.build().structuralHoles()
        #expect(holes.effectiveSize[1] == 1)
        #expect(holes.efficiency[1] == 0.5)
    }

    @Test func mutualWeightAddsBothDirectionsOfAReciprocatedTie() {
        // a ⇄ b (weights 2 and 1), a → c (weight 3): M_ab = 3 = M_ac, so a's
        // constraint is 2·(1/2)² = 1/2 and its hierarchy 0.
        var builder = CompactGraph.Builder(directed: true)
        builder.addEdge("a", "b", weight: 2)
        builder.addEdge("b", "a", weight: 1)
        builder.addEdge("a", "c", weight: 3)
        let holes = builder.build().structuralHoles(weighted: true)
        #expect(holes.constraint[0] == 0.5)
        #expect(holes.hierarchy[0] == 0)
    }
}
