import Testing

@testable import ActorGraph

/// Four actors; a three-party meeting, a call, an undated message and a denied talk.
private func sampleDataset() -> Dataset {
    Dataset(
        actors: [
            Actor(id: "a", kind: .person, name: "A", affiliations: [Affiliation(institution: "inst")]),
            Actor(id: "b", kind: .person, name: "B"),
            Actor(id: "c", kind: .person, name: "C"),
            Actor(id: "d", kind: .person, name: "D"),
            Actor(id: "inst", kind: .institution, name: "Institute"),
        ],
        interactions: [
            Interaction(id: "m", kind: .meeting, participants: ["a", "b", "c"], initiator: "a",
                        date: PartialDate(iso: "2023-04"), track: .track2, status: .reported),
            Interaction(id: "k", kind: .call, participants: ["a", "b"], initiator: "b",
                        date: PartialDate(iso: "2023-06-01"), track: .official, status: .confirmed),
            Interaction(id: "x", kind: .message, participants: ["c", "d"]),
            Interaction(id: "t", kind: .talks, participants: ["b", "d"], date: PartialDate(iso: "2022"),
                        track: .official, status: .denied),
        ])
}

@Suite struct ProjectionTests {
    @Test func multiPartyMeetingTiesEveryPairAndCountsInteractions() {
        let network = sampleDataset().project()
        let g = network.graph
        #expect(g.ids == ["a", "b", "c", "d"])
        #expect(g.edgeCount == 5)  // ab ac bc cd bd
        let a = 0, b = 1, c = 2, d = 3
        #expect(g.weight(from: a, to: b) == 2)  // meeting + call
        #expect(g.weight(from: a, to: c) == 1)
        #expect(g.weight(from: b, to: c) == 1)
        #expect(g.weight(from: c, to: d) == 1)
        #expect(g.weight(from: a, to: d) == nil)
        let ab = network.ties.first { $0.source == a && $0.target == b }
        #expect(ab?.interactions == [0, 1])
    }

    @Test func multiPartyWeightingDividesByParticipantsMinusOne() {
        let g = sampleDataset().project(ProjectionOptions(weighting: .multiParty)).graph
        #expect(g.weight(from: 0, to: 1) == 1.5)  // 1/2 + 1
        #expect(g.weight(from: 0, to: 2) == 0.5)
        #expect(g.weight(from: 2, to: 3) == 1)
    }

    @Test func binaryWeightingGivesOne() {
        let g = sampleDataset().project(ProjectionOptions(weighting: .binary)).graph
        #expect(g.weights.allSatisfy { $0 == 1 })
    }

    @Test func timeWindowDropsUndatedAndOutOfRangeInteractions() {
        let options = ProjectionOptions(from: PartialDate(iso: "2023-05"), to: PartialDate(iso: "2023-12"))
        let network = sampleDataset().project(options)
        #expect(network.graph.ids == ["a", "b"])
        #expect(network.graph.edgeCount == 1)
    }

    @Test func kindTrackAndStatusFiltersCombine() {
        let dataset = sampleDataset()
        #expect(dataset.project(ProjectionOptions(kinds: [.meeting])).graph.edgeCount == 3)
        #expect(dataset.project(ProjectionOptions(tracks: [.official])).graph.edgeCount == 2)
        #expect(dataset.project(ProjectionOptions(statuses: [.confirmed, .reported])).graph.edgeCount == 3)
    }

    @Test func directedTiesRunFromTheInitiator() {
        let g = sampleDataset().project(ProjectionOptions(directed: true)).graph
        let a = 0, b = 1, c = 2, d = 3
        #expect(g.isDirected)
        #expect(g.weight(from: a, to: b) == 1)  // meeting, initiated by a
        #expect(g.weight(from: b, to: a) == 1)  // call, initiated by b
        #expect(g.weight(from: a, to: c) == 1)
        #expect(g.weight(from: c, to: a) == nil)
        #expect(g.weight(from: b, to: c) == 1)  // the two non-initiators: both ways
        #expect(g.weight(from: c, to: b) == 1)
        #expect(g.weight(from: c, to: d) == 1)  // no initiator: both ways
        #expect(g.weight(from: d, to: c) == 1)
        #expect(g.inDegree(of: a) == 1)
        #expect(g.outDegree(of: a) == 2)
    }

    @Test func affiliationsAndIsolatesAreOptional() throws {
        let dataset = sampleDataset()
        let plain = dataset.project()
        #expect(plain.graph.index(of: "inst") == nil)
        let all = dataset.project(ProjectionOptions(includeAffiliations: true, includeIsolatedActors: true))
        #expect(all.graph.nodeCount == 5)
        let a = try #require(all.graph.index(of: "a"))
        let inst = try #require(all.graph.index(of: "inst"))
        #expect(all.graph.weight(from: a, to: inst) == 1)
        #expect(all.ties.contains { $0.isAffiliation && $0.interactions.isEmpty })
    }
}

@Suite struct CompactGraphTests {
    @Test func builderSortsMergesAndDropsSelfLoops() {
        var builder = CompactGraph.Builder(directed: true)
        builder.addEdge("x", "z", weight: 1)
        builder.addEdge("x", "y", weight: 2)
        builder.addEdge("x", "z", weight: 3)
        builder.addEdge("y", "y", weight: 5)
        let g = builder.build()
        #expect(g.ids == ["x", "z", "y"])
        #expect(Array(g.neighbors(of: 0)) == [1, 2])
        #expect(Array(g.neighborWeights(of: 0)) == [4, 2])
        #expect(Array(g.inNeighbors(of: 1)) == [0])
        #expect(g.edgeCount == 2)
        #expect(g.outDegree(of: 2) == 0)
        #expect(g.undirected().edgeCount == 2)
    }
}
