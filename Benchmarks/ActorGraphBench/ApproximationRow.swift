import Foundation

/// One line of the approximation table: one graph, one sample size k, every
/// sampling seed.
struct ApproximationRow {
    /// Nodes and ties of the graph.
    let nodes: Int
    let ties: Int
    /// The sample size k.
    let samples: Int
    /// Seconds of the one exact run on this graph.
    let exactSeconds: Double
    /// Seconds of the sampled run of each seed, in seed order.
    let sampledSeconds: [Double]
    /// The sampled scores of each seed against the exact ones, in seed order.
    let comparisons: [ScoreComparison]
    /// The failure probability of ``bound``.
    let delta: Double

    /// The Hoeffding/union bound: with probability at least `1 - delta` every
    /// node's estimate is within this of its exact score,
    /// `sqrt(ln(2n / delta) / (2k))` (the doc comment of
    /// `CompactGraph.approximateBetweenness(samples:seed:normalized:weighted:)`).
    var bound: Double { (log(2 * Double(nodes) / delta) / (2 * Double(samples))).squareRoot() }

    /// The largest error over the nodes and the seeds.
    var worstMaxError: Double { comparisons.map(\.maxAbsoluteError).max() ?? 0 }

    /// The median of the sampled runs' seconds.
    var medianSampledSeconds: Double {
        let sorted = sampledSeconds.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The header and alignment lines of the table.
    static func header(seeds: Int, top: Int, delta: Double) -> String {
        let columns = [
            "n", "ties", "k", "exact s", "sampled s (median of \(seeds))", "speed-up",
            "max abs err (first seed)", "mean abs err (first seed)", "worst max abs err (\(seeds) seed\(seeds == 1 ? "" : "s"))",
            "ε, δ = \(delta)", "worst ≤ ε", "exact top-\(top) in sampled top-\(top) (first seed; fewest)",
        ]
        let alignment = ["---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", ":---:", "---:"]
        return "| " + columns.joined(separator: " | ") + " |\n|" + alignment.joined(separator: "|") + "|"
    }

    /// The row in Markdown, columns as ``header(seeds:top:delta:)``.
    var markdown: String {
        let first = comparisons[0]
        let fewest = comparisons.map(\.topOverlap).min() ?? 0
        let cells = [
            Self.grouped(nodes), Self.grouped(ties), Self.grouped(samples),
            Self.seconds(exactSeconds), Self.seconds(medianSampledSeconds),
            String(format: "%.0f×", exactSeconds / medianSampledSeconds),
            String(format: "%.2e", first.maxAbsoluteError), String(format: "%.2e", first.meanAbsoluteError),
            String(format: "%.2e", worstMaxError), String(format: "%.3f", bound),
            worstMaxError <= bound ? "yes" : "**no**",
            "\(first.topOverlap)/\(first.top) (\(fewest))",
        ]
        return "| " + cells.joined(separator: " | ") + " |"
    }

    /// Seconds with three significant digits (at least whole seconds).
    static func seconds(_ value: Double) -> String {
        value >= 100 ? String(format: "%.0f", value) : String(format: "%.3g", value)
    }

    /// An integer with thousands separators (1,000).
    static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var result = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }
}
