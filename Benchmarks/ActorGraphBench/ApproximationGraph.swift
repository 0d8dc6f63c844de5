import ActorGraph
import Foundation

/// One generated graph of the approximation table, with its exact
/// betweenness and what the summary table says about it.
struct ApproximationGraph {
    /// The graph.
    let graph: CompactGraph
    /// Seconds to generate it.
    let generationSeconds: Double
    /// Exact normalised, unweighted betweenness, one score per node.
    let exact: [Double]
    /// Seconds of the one exact run.
    let exactSeconds: Double
    /// CPU seconds of the exact run, every thread: on a busy machine the wall
    /// time grows, this does not (much).
    let exactCPUSeconds: Double

    /// Generates BA(`nodes`, `options.attachments`) and runs exact betweenness
    /// once on `options.threads` threads.
    init(nodes: Int, options: ApproximationOptions) {
        let (generated, generationSeconds) = timed {
            BarabasiAlbertGraph.make(nodes: nodes, attachments: options.attachments, seed: options.graphSeed)
        }
        (graph, self.generationSeconds) = (generated, generationSeconds)
        let cpuBefore = cpuSeconds()
        (exact, exactSeconds) = timed {
            generated.betweenness(normalized: true, weighted: false, workers: options.threads)
        }
        exactCPUSeconds = cpuSeconds() - cpuBefore
    }

    /// The header and alignment lines of the summary table.
    static let header = """
        | n | ties | largest degree | largest exact score | generate s | exact s | exact CPU s | exact CPU s / previous | V·E / previous |
        |---:|---:|---:|---:|---:|---:|---:|---:|---:|
        """

    /// The graph's line of the summary table; `previous` is the graph of the line
    /// before, for the growth columns.
    func markdown(after previous: ApproximationGraph?) -> String {
        let largestDegree = (0..<graph.nodeCount).map(graph.outDegree(of:)).max() ?? 0
        var growth = ["", ""]
        if let previous {
            let work = Double(graph.nodeCount) * Double(graph.edgeCount)
            let previousWork = Double(previous.graph.nodeCount) * Double(previous.graph.edgeCount)
            growth = [
                String(format: "%.1f×", exactCPUSeconds / previous.exactCPUSeconds),
                String(format: "%.1f×", work / previousWork),
            ]
        }
        let cells = [
            ApproximationRow.grouped(graph.nodeCount), ApproximationRow.grouped(graph.edgeCount),
            ApproximationRow.grouped(largestDegree), String(format: "%.4f", exact.max() ?? 0),
            ApproximationRow.seconds(generationSeconds), ApproximationRow.seconds(exactSeconds),
            ApproximationRow.seconds(exactCPUSeconds),
        ] + growth
        return "| " + cells.joined(separator: " | ") + " |"
    }
}
