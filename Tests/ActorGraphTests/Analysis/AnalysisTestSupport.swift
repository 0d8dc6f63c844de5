import Testing

@testable import ActorGraph

/// One fixture in its unweighted or weighted reading.
struct FixtureVariant: Sendable, CustomTestStringConvertible {
    let name: String
    let weighted: Bool

    var testDescription: String { weighted ? "\(name) (weighted)" : name }

    /// Every fixture unweighted, plus the ones with a weighted section (path scores
    /// with distance 1/weight) weighted; read from the fixtures' JSON, see
    /// ``ReferenceSection/all``.
    static let all: [FixtureVariant] = ReferenceSection.all.map { FixtureVariant(name: $0.name, weighted: $0.weighted) }
}

extension CompactGraph {
    /// Node-index lists as sorted id lists, ordered by first id, the way the
    /// fixtures list components.
    func idComponents(_ components: [[Int]]) -> [[String]] {
        components.map { $0.map { ids[$0] }.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// Bridges as sorted id pairs, sorted, the way the fixtures list them.
    func idBridges(_ bridges: [(source: Int, target: Int)]) -> [[String]] {
        bridges.map { [ids[$0.source], ids[$0.target]].sorted() }.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// A graph from `(source, target)` id pairs, all weights `weight`.
    static func make(directed: Bool, nodes: [String] = [], _ ties: [(String, String)], weight: Double = 1) -> CompactGraph {
        var builder = Builder(directed: directed, ids: nodes)
        for (s, t) in ties { builder.addEdge(s, t, weight: weight) }
        return builder.build()
    }

    /// A seeded preferential-attachment graph (each new node ties to `m` earlier
    /// nodes chosen in proportion to degree), so that breadth-first searches have
    /// hubs, many levels and both top-down and bottom-up steps; directed graphs
    /// orient each tie at random and make some of them reciprocal.
    static func preferentialAttachment(
        nodes n: Int, ties m: Int, directed: Bool, seed: UInt64, weights: ClosedRange<Int>? = nil
    ) -> CompactGraph {
        var generator = Xoshiro256StarStar(seed: seed)
        var builder = Builder(directed: directed, ids: (0..<n).map { "n\($0)" })
        var ends: [Int] = Array(0...m)
        func weight() -> Double {
            guard let weights else { return 1 }
            return Double(weights.lowerBound + Int(generator.next(below: UInt64(weights.count))))
        }
        for v in 1...m { for u in 0..<v { builder.addEdge(u, v, weight: weight()) } }
        for v in (m + 1)..<n {
            var chosen: Set<Int> = []
            while chosen.count < m { chosen.insert(ends[Int(generator.next(below: UInt64(ends.count)))]) }
            for u in chosen.sorted() {
                let roll = generator.next(below: 10)
                if !directed || roll < 4 { builder.addEdge(u, v, weight: weight()) }
                if directed && roll >= 3 { builder.addEdge(v, u, weight: weight()) }
                ends.append(u)
                ends.append(v)
            }
        }
        return builder.build()
    }
}
