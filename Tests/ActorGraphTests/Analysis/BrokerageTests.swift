import Foundation
import Testing

@testable import ActorGraph

@Suite struct BrokerageTests {
    /// Brokerage of a grouped fixture, grouped by its `group` attribute.
    private func brokerage(_ fixture: ReferenceFixture) throws -> BrokerageRoles {
        let group = try #require(fixture.group)
        let labels = try #require(fixture.edgeList.nodeAttributes[group])
        return try fixture.graph.brokerage(labels: labels)
    }

    @Test(arguments: ReferenceSection.grouped)
    func brokerageRawCountsMatchSna(name: String) throws {
        let fixture = try ReferenceFixture(name)
        let roles = try brokerage(fixture)
        let expected = try #require(try fixture.brokerage("raw"))
        for role in BrokerageRole.allCases {
            let reference = try #require(expected[role.rawValue])
            #expect(roles.raw[role].map(Double.init) == reference.map { $0 ?? .nan }, "raw \(role)")
        }
    }

    @Test(arguments: ReferenceSection.grouped)
    func brokerageExpectedValuesMatchSna(name: String) throws {
        let fixture = try ReferenceFixture(name)
        let roles = try brokerage(fixture)
        let expected = try #require(try fixture.brokerage("expected"))
        for role in BrokerageRole.allCases {
            expectAgreement(
                roles.expected[role], try #require(expected[role.rawValue]), ids: fixture.graph.ids,
                tolerance: 1e-9, "expected \(role)")
        }
    }

    @Test(arguments: ReferenceSection.grouped)
    func brokerageZScoresMatchSnaWithNilForZeroVariance(name: String) throws {
        let fixture = try ReferenceFixture(name)
        let roles = try brokerage(fixture)
        let expected = try #require(try fixture.brokerage("z"))
        for role in BrokerageRole.allCases {
            expectAgreement(
                roles.z[role], try #require(expected[role.rawValue]), ids: fixture.graph.ids,
                tolerance: 1e-9, "z \(role)")
        }
    }

    @Test func brokerageMatchesSnaOnKarateGroupedByClub() throws {
        // Two clubs: liaison needs three groups, so its expectation is 0 and z nil.
        let roles = try brokerage(try ReferenceFixture("karate"))
        #expect(roles.groupSizes.sorted() == [17, 17])
        #expect(roles.raw.liaison.allSatisfy { $0 == 0 })
        #expect(roles.z.liaison.allSatisfy { $0 == nil })
        // Undirected: every open two-path is counted in both directions.
        #expect(roles.raw.representative == roles.raw.gatekeeper)
        #expect(roles.raw.coordinator.allSatisfy { $0.isMultiple(of: 2) })
    }

    @Test(arguments: ReferenceSection.grouped)
    func brokerageNetworkLevelMatchesSnaWithNilForZeroVariance(name: String) throws {
        // sna's raw.gli, exp.gli, z.gli (fixture key brokerage.network).
        let fixture = try ReferenceFixture(name)
        let roles = try brokerage(fixture)
        let network = try #require(roles.network)
        let raw = try fixture.brokerageNetwork("raw")
        let expected = try fixture.brokerageNetwork("expected")
        let z = try fixture.brokerageNetwork("z")
        let roleNames = Set(BrokerageRole.allCases.map(\.rawValue))
        #expect(Set(raw.keys) == roleNames && Set(expected.keys) == roleNames && Set(z.keys) == roleNames)
        for role in BrokerageRole.allCases {
            let rawReference = try #require(raw[role.rawValue], "raw.gli \(role) missing")
            #expect(Double(network.raw[role]) == rawReference, "raw.gli \(role)")
            #expect(network.raw[role] == roles.raw[role].reduce(0, +), "raw.gli \(role) is the column sum")
            expectAgreement(
                [network.expected[role]], [try #require(expected[role.rawValue], "exp.gli \(role) missing")],
                ids: [role.rawValue], tolerance: 1e-9, "exp.gli")
            expectAgreement(
                [network.z[role]], [try #require(z[role.rawValue], "z.gli \(role) missing")],
                ids: [role.rawValue], tolerance: 1e-9, "z.gli")
        }
    }

    @Test func brokerageOfAPathMiddleBetweenTwoOfAnotherGroupIsItinerant() throws {
        // p0 (X) - p1 (Y) - p2 (X): p1 brokers p0→p1→p2 and p2→p1→p0.
        // N = 3, m = 4 arcs, d = 2/3, k = d²(1−d) = 4/27. For p1: E = 2k = 8/27,
        // variance = E(1−k) = 184/729, z = (2 − 8/27)/√(184/729) = 46/√184.
        let roles = path(3).brokerage(groups: [0, 1, 0])
        #expect(roles.raw.itinerant == [0, 2, 0])
        #expect(roles.raw.total == [0, 2, 0])
        #expect(abs(roles.expected.itinerant[1] - 8.0 / 27) < 1e-15)
        let z = try #require(roles.z.itinerant[1])
        #expect(abs(z - 46 / 184.0.squareRoot()) < 1e-12)
    }

    @Test func brokerageZScoresAreNilForRolesAGroupOfOneCannotPlay() {
        // p1 is alone in its group: coordinator, representative and gatekeeper
        // have expectation and variance 0 (sna: NaN); with two groups, liaison too.
        let roles = path(3).brokerage(groups: [0, 1, 0])
        #expect(roles.z.coordinator[1] == nil)
        #expect(roles.z.representative[1] == nil)
        #expect(roles.z.gatekeeper[1] == nil)
        #expect(roles.z.liaison[1] == nil)
        #expect(roles.z.total[1] != nil)
    }

    @Test func brokerageClosedTwoPathsAreNotCounted() {
        // In a triangle every two-path is closed by a direct tie.
        var builder = CompactGraph.Builder(directed: false)
        builder.addEdge("a", "b")
        builder.addEdge("b", "c")
        builder.addEdge("c", "a")
        let roles = builder.build().brokerage(groups: [0, 1, 2])
        #expect(roles.raw.total == [0, 0, 0])
    }

    @Test func brokerageOfADirectedChainFollowsTheDirection() {
        // a → b → c with groups A, A, B: b is a representative once, nothing else.
        var builder = CompactGraph.Builder(directed: true)
        builder.addEdge("a", "b")
        builder.addEdge("b", "c")
        let roles = builder.build().brokerage(groups: [7, 7, 3])
        #expect(roles.raw.representative == [0, 1, 0])
        #expect(roles.raw.gatekeeper == [0, 0, 0])
        #expect(roles.raw.total == [0, 1, 0])
        #expect(roles.groupOfNode == [0, 0, 1])
    }

    @Test func brokerageWithAMissingLabelThrowsNamingTheNode() {
        #expect {
            _ = try path(3).brokerage(labels: ["x", nil, "y"])
        } throws: { error in
            (error as? MissingGroupLabelError)?.nodeID == "p1"
                && (error as? MissingGroupLabelError)?.description.contains("\"p1\"") == true
        }
    }
}
