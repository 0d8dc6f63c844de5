import Testing

@testable import ActorGraph

/// `ProjectionOptions.disclosures`: keeps the interactions of those disclosures
/// and leaves out those without one, as the track and status filters do.
@Suite struct DisclosureFilterTests {
    static let dataset: Dataset? = try? DatasetLoader.load(
        json: """
            {"actors": [
              {"id": "a", "kind": "person", "name": "A", "aliases": []},
              {"id": "b", "kind": "person", "name": "B", "aliases": []},
              {"id": "c", "kind": "person", "name": "C", "aliases": []},
              {"id": "d", "kind": "person", "name": "D", "aliases": []}
            ], "interactions": [
              {"id": "secret", "kind": "call", "participants": ["a", "b"], "disclosure": "secret", "sources": []},
              {"id": "public", "kind": "call", "participants": ["b", "c"], "disclosure": "public", "sources": []},
              {"id": "unstated", "kind": "call", "participants": ["c", "d"], "sources": []}
            ]}
            """)

    func ties(_ options: ProjectionOptions) throws -> [[String]] {
        let network = try #require(Self.dataset).project(options)
        return network.ties.map { [network.nodes[$0.source].id, network.nodes[$0.target].id].sorted() }.sorted { $0.lexicographicallyPrecedes($1) }
    }

    @Test func keepsTheGivenDisclosuresAndLeavesOutUnstatedOnes() throws {
        #expect(try ties(ProjectionOptions()) == [["a", "b"], ["b", "c"], ["c", "d"]])
        #expect(try ties(ProjectionOptions(disclosures: [.secret])) == [["a", "b"]])
        #expect(try ties(ProjectionOptions(disclosures: [.secret, .public])) == [["a", "b"], ["b", "c"]])
        #expect(try ties(ProjectionOptions(disclosures: [.unannounced])).isEmpty)
        #expect(try ties(ProjectionOptions(disclosures: Set(Disclosure.allCases))) == [["a", "b"], ["b", "c"]])
    }
}
