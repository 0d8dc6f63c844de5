import ActorGraph
import Foundation

/// `actorgraph-bench approximation-table`: which betweenness scores stay exact at
/// which size (Guides/Scale.md).
///
/// For each size n it generates BA(n, m) (``BarabasiAlbertGraph``), times exact
/// normalised betweenness once, then for every sample size k below n and every
/// seed times `approximateBetweenness(samples: k, seed:, normalized: true,
/// weighted: false, workers:)` and compares it with the exact scores
/// (``ScoreComparison``). The rows go to standard output as a Markdown table as
/// they are measured (``ApproximationRow``), then a table of the graphs and the
/// growth of the exact time (``ApproximationGraph``); progress goes to standard
/// error. Times are wall-clock seconds from a monotonic clock (the exact run's CPU
/// seconds too, which a busy machine inflates less); generating a graph is not
/// part of any time but its own.
enum ApproximationTable {
    /// Runs the whole table.
    static func run(_ options: ApproximationOptions) {
        let seeds = options.seeds.map(String.init).joined(separator: ", ")
        say("""
            Barabási–Albert graphs BA(n, \(options.attachments)), graph seed \(options.graphSeed); \
            normalised unweighted betweenness on \(options.threads) thread(s); sampling seeds \(seeds); \
            load average at the start \(loadAverage()).

            """)
        say(ApproximationRow.header(seeds: options.seeds.count, top: options.top, delta: options.delta))
        var graphs: [ApproximationGraph] = []
        var skipped: [String] = []
        for n in options.sizes {
            note("BA(\(n), \(options.attachments)): generating, then exact betweenness ...")
            let measured = ApproximationGraph(nodes: n, options: options)
            note(String(format: "  %d ties; generated in %.2f s; exact in %.2f s (%.2f CPU s)",
                        measured.graph.edgeCount, measured.generationSeconds, measured.exactSeconds,
                        measured.exactCPUSeconds) + "; load average \(loadAverage())")
            graphs.append(measured)
            for k in options.samples {
                guard k < n else {
                    skipped.append("k = \(k) at n = \(n)")
                    continue
                }
                var times: [Double] = []
                var comparisons: [ScoreComparison] = []
                for seed in options.seeds {
                    let (estimate, seconds) = timed {
                        measured.graph.approximateBetweenness(
                            samples: k, seed: seed, normalized: true, weighted: false, workers: options.threads)
                    }
                    times.append(seconds)
                    comparisons.append(ScoreComparison(exact: measured.exact, estimate: estimate, top: options.top))
                }
                let row = ApproximationRow(
                    nodes: n, ties: measured.graph.edgeCount, samples: k, exactSeconds: measured.exactSeconds,
                    sampledSeconds: times, comparisons: comparisons, delta: options.delta)
                let seconds = times.map { String(format: "%.3f", $0) }.joined(separator: ", ")
                note("  k = \(k): \(seconds) s; " + String(format: "worst max error %.2e (bound %.3f)", row.worstMaxError, row.bound))
                say(row.markdown)
            }
        }
        if !skipped.isEmpty {
            say("\nNot run (k ≥ n samples every node, which is exact betweenness): " + skipped.joined(separator: ", ") + ".")
        }
        say("\n" + ApproximationGraph.header)
        for (index, measured) in graphs.enumerated() {
            say(measured.markdown(after: index > 0 ? graphs[index - 1] : nil))
        }
        say("\nLoad average at the end: \(loadAverage()).")
    }

    /// One line to standard output, at once (the table grows while it is measured).
    private static func say(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// One line of progress to standard error.
    private static func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
