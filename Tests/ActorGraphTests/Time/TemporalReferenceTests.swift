import Foundation
import Synchronization
import Testing

@testable import ActorGraph

/// Temporal brokerage, betweenness, reachability and earliest arrival against
/// `scripts/fixtures/temporal_reference.py`, which enumerates every simple path
/// and every choice of interactions along it (623 cases: 23 made by hand, 600
/// random small temporal graphs with partial dates at mixed precision, directed
/// and undirected, with groups), and against two peers where the definitions
/// coincide (Tests/ActorGraphTests/Fixtures/temporal/peers.json):
///
/// - networkx 3.6.1 `betweenness_centrality` of the directed arc graph, for
///   datasets whose interactions all fall on one day: possible order then never
///   binds, so temporal betweenness is static directed betweenness;
/// - reticula 0.13.0 `out_cluster` with `temporal_adjacency.simple` (an event
///   leads only to strictly later events), for day-precision datasets in
///   certain order: the same reachability.
@Suite struct TemporalReferenceTests {
    struct Case: Decodable, Sendable, CustomTestStringConvertible {
        struct Item: Decodable, Sendable {
            var participants: [Int]
            var initiator: Int?
            var date: String
            var endDate: String?
        }
        /// Raw counts per role name (`coordinator` … `total`).
        typealias Roles = [String: [Int]]
        struct Ordered: Decodable, Sendable {
            var brokerage: Roles
            var betweenness: [Double]
            var betweennessNormalized: [Double]
            var reachable: [[Bool]]
            var earliestArrivalFromNode0: [String?]
        }
        struct Expected: Decodable, Sendable {
            var `static`: Roles
            var certain: Ordered
            var possible: Ordered
        }
        struct NetworkxValues: Decodable, Sendable {
            var betweenness: [Double]
            var betweennessNormalized: [Double]
        }
        struct ReticulaValues: Decodable, Sendable {
            var reachable: [[Bool]]
        }
        var name: String
        var directed: Bool
        var nodeCount: Int
        var groups: [Int]
        var interactions: [Item]
        var expected: Expected
        var networkx: NetworkxValues?
        var reticula: ReticulaValues?

        var testDescription: String { name }

        var network: TemporalNetwork {
            temporalNetwork(
                temporalDataset(
                    nodeCount: nodeCount,
                    interactions.map { ($0.participants, $0.initiator, $0.date, $0.endDate) }),
                directed: directed)
        }

        func expected(_ order: TimeOrder) -> Ordered { order == .certain ? expected.certain : expected.possible }
    }

    struct CaseFile: Decodable {
        var cases: [Case]
    }
    struct PeerFile: Decodable {
        struct Section: Decodable {
            var cases: [Case]
        }
        var networkx: Section
        var reticula: Section
    }

    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/temporal")

    static let cases: [Case] = {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent("cases.json")),
            let file = try? JSONDecoder().decode(CaseFile.self, from: data)
        else { return [] }
        return file.cases
    }()

    static let peers: PeerFile? = {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent("peers.json")) else { return nil }
        return try? JSONDecoder().decode(PeerFile.self, from: data)
    }()

    @Test func theFixturesAreThere() throws {
        #expect(Self.cases.count >= 600)
        let peers = try #require(Self.peers)
        #expect(peers.networkx.cases.count >= 20 && peers.reticula.cases.count >= 20)
        #expect(Self.cases.contains { $0.directed } && Self.cases.contains { !$0.directed })
    }

    @Test(arguments: cases)
    func scoresEqualTheExhaustiveEnumeration(_ reference: Case) throws {
        let network = reference.network
        try #require(network.nodeCount == reference.nodeCount)
        for order in TimeOrder.allCases {
            let expected = reference.expected(order)
            let roles = network.brokerage(groups: reference.groups, order: order)
            for role in BrokerageRole.allCases {
                #expect(roles.raw[role] == expected.brokerage[role.rawValue], "\(order) \(role)")
                #expect(roles.staticRoles.raw[role] == reference.expected.static[role.rawValue], "static \(role)")
            }
            let raw = network.betweenness(order: order, normalized: false)
            let normalized = network.betweenness(order: order)
            for v in 0..<reference.nodeCount {
                #expect(abs(raw[v] - expected.betweenness[v]) <= 1e-12, "\(order) betweenness of \(v)")
                #expect(abs(normalized[v] - expected.betweennessNormalized[v]) <= 1e-12, "\(order) normalised of \(v)")
            }
            #expect(network.reachability(order: order) == expected.reachable, "\(order) reachability")
            #expect(
                network.earliestArrivalDates(from: 0, order: order).map { $0?.description } == expected.earliestArrivalFromNode0,
                "\(order) earliest arrival")
            // Each pair the brokerage counts has witnesses in time order and no earlier a–b contact.
            for broker in 0..<reference.nodeCount {
                let pairs = network.brokeredPairs(by: broker, groups: reference.groups, order: order)
                #expect(pairs.count == roles.raw.total[broker], "\(order) pairs of \(broker)")
                for pair in pairs {
                    #expect(order.orders(pair.first.interval, before: pair.second.interval))
                    #expect(network.contacts(from: pair.source, to: broker).contains(pair.first))
                    #expect(network.contacts(from: broker, to: pair.target).contains(pair.second))
                    #expect(!network.contacts(from: pair.source, to: pair.target).contains {
                        $0.interaction == pair.second.interaction || order.orders($0.interval, before: pair.second.interval)
                    })
                }
            }
        }
    }

    @Test func sameDayBetweennessEqualsNetworkx() throws {
        let peers = try #require(Self.peers)
        for reference in peers.networkx.cases {
            let values = try #require(reference.networkx)
            let network = reference.network
            let raw = network.betweenness(order: .possible, normalized: false)
            let normalized = network.betweenness(order: .possible)
            for v in 0..<reference.nodeCount {
                #expect(abs(raw[v] - values.betweenness[v]) <= 1e-12, "\(reference.name) \(v)")
                #expect(abs(normalized[v] - values.betweennessNormalized[v]) <= 1e-12, "\(reference.name) \(v)")
            }
            // And, for such data, the static betweenness of the directed projection is the same.
            let options = ProjectionOptions(directed: true, includeIsolatedActors: true)
            let flat = temporalDataset(
                nodeCount: reference.nodeCount,
                reference.interactions.map { ($0.participants, $0.initiator, $0.date, $0.endDate) }
            ).project(options)
            if reference.directed {
                let staticRaw = flat.graph.betweenness(normalized: false)
                for v in 0..<reference.nodeCount { #expect(abs(staticRaw[v] - raw[v]) <= 1e-12) }
            }
        }
    }

    @Test func dayPrecisionReachabilityEqualsReticula() throws {
        let peers = try #require(Self.peers)
        for reference in peers.reticula.cases {
            let values = try #require(reference.reticula)
            #expect(reference.network.reachability(order: .certain) == values.reachable, "\(reference.name)")
        }
    }

    @Test func oneWorkerOrManyGiveTheSameBits() throws {
        for reference in Self.cases.prefix(60) {
            let network = reference.network
            #expect(network.betweenness(workers: 1) == network.betweenness(workers: 4))
        }
    }

    @Test func progressReportsEverySourceAndChangesNothing() throws {
        let reference = try #require(Self.cases.last)
        let network = reference.network
        let last = Mutex<Int>(-1)
        let values = try network.betweenness(order: .possible, progress: { report in
            last.withLock { $0 = report.done }
            return true
        })
        #expect(values == network.betweenness(order: .possible))
        #expect(last.withLock { $0 } == network.nodeCount)
        let flag = CancellationFlag()
        flag.cancel()
        #expect(throws: CancellationError.self) { try network.betweenness(progress: nil, cancellation: flag) }
    }
}
