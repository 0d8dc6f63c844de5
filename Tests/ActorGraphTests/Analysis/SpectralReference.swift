import Foundation
import Testing

@testable import ActorGraph

/// The exact fixed points of PageRank, eigenvector and Katz centrality for one
/// reference fixture, from `Fixtures/expected/NAME.spectral.json` (dense direct
/// solves and igraph's PRPACK, written by `scripts/fixtures/spectral_reference.py`).
struct SpectralReference {
    let name: String
    let json: [String: Any]

    init(_ name: String) throws {
        self.name = name
        let url = ReferenceFixture.directory.appendingPathComponent("expected/\(name).spectral.json")
        guard let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] else {
            throw FixtureError("\(url.path): not a JSON object")
        }
        self.json = json
    }

    func section(weighted: Bool) throws -> [String: Any] {
        guard let section = json[weighted ? "weighted" : "unweighted"] as? [String: Any] else {
            throw FixtureError("\(name).spectral: no \(weighted ? "weighted" : "unweighted") section")
        }
        return section
    }

    /// Per-node values of `key` (`pagerank`, `eigenvector`, `katz`,
    /// `igraphPagerank`) indexed like `graph`'s nodes, or `nil` when the key is
    /// null (see ``error(_:weighted:)``). Throws unless every node has a number.
    func scores(_ key: String, weighted: Bool, graph: CompactGraph) throws -> [Double]? {
        let section = try section(weighted: weighted)
        if section[key] is NSNull { return nil }
        guard let map = section[key] as? [String: Any] else { throw FixtureError("\(name).spectral.\(key): missing") }
        var result = [Double?](repeating: nil, count: graph.nodeCount)
        for (id, value) in map {
            guard let index = graph.index(of: id) else { throw FixtureError("\(name).spectral.\(key): unknown node \(id)") }
            result[index] = (value as? NSNumber)?.doubleValue
        }
        let values = result.compactMap { $0 }
        guard values.count == graph.nodeCount else { throw FixtureError("\(name).spectral.\(key): a node has no value") }
        return values
    }

    /// Why `key` is null (a diverging Katz series, igraph not installed), if it is.
    func error(_ key: String, weighted: Bool) throws -> String? {
        (try section(weighted: weighted)["errors"] as? [String: Any])?[key] as? String
    }
}

/// The largest per-node absolute difference of two equally long arrays
/// (infinity if the lengths differ or a value is NaN).
func largestDifference(_ a: [Double], _ b: [Double]) -> Double {
    guard a.count == b.count else { return .infinity }
    var largest = 0.0
    for index in a.indices {
        let difference = abs(a[index] - b[index])
        if !(difference <= largest) { largest = difference.isNaN ? .infinity : difference }
    }
    return largest
}

/// Checks that `actual` is within `absolute` of `expected` at every node,
/// recording one issue per node that is not.
func expectWithin(
    _ actual: [Double], _ expected: [Double], absolute: Double, ids: [String], _ what: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(actual.count == expected.count, "\(what): \(actual.count) values, expected \(expected.count)", sourceLocation: sourceLocation)
    for index in 0..<min(actual.count, expected.count) where !(abs(actual[index] - expected[index]) <= absolute) {
        Issue.record(
            "\(what)[\(ids[index])]: \(actual[index]) vs exact \(expected[index]) (difference \(abs(actual[index] - expected[index])) > \(absolute))",
            sourceLocation: sourceLocation)
    }
}

/// How close the default stopping rule must bring every score to the exact
/// fixed point, per node (the documented target of ``ConvergenceCriteria/standard``).
let exactAgreement = 1e-10
