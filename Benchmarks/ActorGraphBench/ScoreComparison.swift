/// How far one score vector (an estimate) lies from another (the exact one),
/// node by node.
struct ScoreComparison {
    /// The largest `|estimate - exact|` over the nodes.
    let maxAbsoluteError: Double
    /// The mean of `|estimate - exact|` over the nodes.
    let meanAbsoluteError: Double
    /// How many of the exact top `top` nodes are among the estimate's top `top`.
    let topOverlap: Int
    /// The `top` of ``topOverlap``.
    let top: Int

    /// Compares `estimate` with `exact` (the same length, indexed by node).
    ///
    /// - Parameter top: the size of the two top lists: nodes ranked by
    ///   decreasing score, ties by increasing index.
    /// - Complexity: O(n log n) for n nodes.
    init(exact: [Double], estimate: [Double], top: Int) {
        precondition(exact.count == estimate.count, "score vectors of different lengths")
        var largest = 0.0
        var sum = 0.0
        for (a, b) in zip(exact, estimate) {
            let error = abs(b - a)
            largest = max(largest, error)
            sum += error
        }
        maxAbsoluteError = largest
        meanAbsoluteError = exact.isEmpty ? 0 : sum / Double(exact.count)
        let exactTop = Set(Self.topNodes(exact, count: top))
        topOverlap = Self.topNodes(estimate, count: top).filter(exactTop.contains).count
        self.top = top
    }

    /// The `count` nodes with the largest scores (ties: smaller index first).
    static func topNodes(_ scores: [Double], count: Int) -> [Int] {
        let ranked = scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        return Array(ranked.prefix(count))
    }
}
