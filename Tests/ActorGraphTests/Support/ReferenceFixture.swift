import Foundation
import Testing

@testable import ActorGraph

/// One reference fixture: a graph from `Fixtures/graphs` and the values networkx
/// and R's sna computed for it, from `Fixtures/expected/NAME.json` (written by
/// `scripts/fixtures/generate_fixtures.py`).
struct ReferenceFixture {
    /// The fixtures every analysis test runs over.
    static let names = ["karate", "karate_weighted", "florentine", "directed_groups", "disconnected", "weighted_directed"]

    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    let name: String
    let directed: Bool
    let group: String?
    let edgeList: AttributedGraph
    let json: [String: Any]

    var graph: CompactGraph { edgeList.graph }

    init(_ name: String) throws {
        self.name = name
        let url = Self.directory.appendingPathComponent("expected/\(name).json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        guard let json = object as? [String: Any], let directed = json["directed"] as? Bool,
            let edges = json["edges"] as? String, let nodes = json["nodes"] as? String
        else { throw FixtureError("\(url.path): missing directed/edges/nodes") }
        self.json = json
        self.directed = directed
        self.group = json["group"] as? String
        self.edgeList = try EdgeListReader.read(
            edges: Self.directory.appendingPathComponent(edges),
            nodes: Self.directory.appendingPathComponent(nodes), directed: directed)
    }

    /// Whether the fixture has a weighted section.
    var isWeighted: Bool { json["weighted"] != nil }

    /// The section for the unweighted or weighted variant.
    func section(weighted: Bool) throws -> [String: Any] {
        guard let section = json[weighted ? "weighted" : "unweighted"] as? [String: Any] else {
            throw FixtureError("\(name): no \(weighted ? "weighted" : "unweighted") section")
        }
        return section
    }

    /// Expected per-node values for `key`, indexed like the graph's nodes; `nil`
    /// entries where the reference gives null. Returns `nil` when the key is absent
    /// or null as a whole (the reference failed; see `errors`).
    func scores(_ key: String, weighted: Bool = false) throws -> [Double?]? {
        guard let map = try section(weighted: weighted)[key] as? [String: Any] else { return nil }
        var result = [Double?](repeating: nil, count: graph.nodeCount)
        for (id, value) in map {
            guard let index = graph.index(of: id) else { throw FixtureError("\(name).\(key): unknown node \(id)") }
            result[index] = (value as? NSNumber)?.doubleValue
        }
        return result
    }

    /// The reference's error message for a score that failed (for example
    /// eigenvector centrality that did not converge), if any.
    func referenceError(_ key: String, weighted: Bool = false) throws -> String? {
        (try section(weighted: weighted)["errors"] as? [String: Any])?[key] as? String
    }

    /// Lists of node-id lists (components), as in the fixture.
    func idLists(_ key: String, weighted: Bool = false) throws -> [[String]]? {
        try section(weighted: weighted)[key] as? [[String]]
    }

    /// A sorted list of node ids (articulation points).
    func ids(_ key: String, weighted: Bool = false) throws -> [String]? {
        try section(weighted: weighted)[key] as? [String]
    }

    /// Brokerage values: `part` is "raw", "expected" or "z"; the result maps role
    /// name to per-node values indexed like the graph.
    func brokerage(_ part: String) throws -> [String: [Double?]]? {
        guard let brokerage = json["brokerage"] as? [String: Any],
            let byNode = brokerage[part] as? [String: [String: Any]]
        else { return nil }
        var result: [String: [Double?]] = [:]
        for (id, roles) in byNode {
            guard let index = graph.index(of: id) else { throw FixtureError("\(name).brokerage: unknown node \(id)") }
            for (role, value) in roles {
                result[role, default: [Double?](repeating: nil, count: graph.nodeCount)][index] =
                    (value as? NSNumber)?.doubleValue
            }
        }
        return result
    }

    /// Whole-network brokerage (sna's `raw.gli`, `exp.gli`, `z.gli`, stored under
    /// `brokerage.network`): `part` is "raw", "expected" or "z"; the result maps
    /// role name to its value, `nil` where the reference is null (sna's NaN for a
    /// role with zero variance). Throws when the fixture has no such values.
    func brokerageNetwork(_ part: String) throws -> [String: Double?] {
        guard let brokerage = json["brokerage"] as? [String: Any] else {
            throw FixtureError("\(name): no brokerage section")
        }
        guard let network = brokerage["network"] as? [String: Any], let roles = network[part] as? [String: Any] else {
            throw FixtureError("\(name): no brokerage.network.\(part)")
        }
        var result: [String: Double?] = [:]
        for (role, value) in roles {
            switch value {
            case is NSNull: result[role] = .some(nil)
            case let number as NSNumber: result[role] = number.doubleValue
            default: throw FixtureError("\(name).brokerage.network.\(part).\(role): not a number or null")
            }
        }
        return result
    }
}

struct FixtureError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Checks that two per-node score arrays agree within a relative tolerance
/// (absolute below 1e-12), recording one issue per disagreeing node.
func expectAgreement(
    _ actual: [Double?], _ expected: [Double?], ids: [String], tolerance: Double, _ what: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(actual.count == expected.count, "\(what): \(actual.count) values, expected \(expected.count)", sourceLocation: sourceLocation)
    for index in 0..<min(actual.count, expected.count) {
        switch (actual[index], expected[index]) {
        case (nil, nil): continue
        case (let a?, let e?):
            let scale = max(abs(a), abs(e))
            let ok = abs(a - e) <= max(tolerance * scale, 1e-12)
            #expect(ok, "\(what)[\(ids[index])]: \(a) vs reference \(e)", sourceLocation: sourceLocation)
        case (let a, let e):
            Issue.record("\(what)[\(ids[index])]: \(String(describing: a)) vs reference \(String(describing: e))", sourceLocation: sourceLocation)
        }
    }
}
