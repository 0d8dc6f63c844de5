import Foundation

/// The command line of `actorgraph-bench approximation-table` (see
/// ``ApproximationTable``), parsed by hand like ``Options``.
struct ApproximationOptions: Sendable {
    /// Node counts of the generated Barabási–Albert graphs.
    var sizes = [1_000, 5_000, 20_000, 100_000]
    /// Sample sizes k (source nodes); a k of at least n is skipped (it is exact).
    var samples = [64, 256, 1_024, 4_096]
    /// Seeds of the source sampling; the first one is the "first seed" columns'.
    var seeds: [UInt64] = [1, 2, 3]
    /// Ties each new node brings (m), as the `ba-N` inputs of run_benchmarks.py.
    var attachments = 5
    /// Seed of the graph generator (``BarabasiAlbertGraph``).
    var graphSeed: UInt64 = 42
    /// The failure probability of the Hoeffding/union bound printed beside the errors.
    var delta = 0.05
    /// The size of the top lists compared.
    var top = 10
    /// Threads for exact and sampled betweenness (default: one per active core).
    var threads = ProcessInfo.processInfo.activeProcessorCount

    static let usage = """
        usage: actorgraph-bench approximation-table [--sizes N,N,...] [--samples K,K,...] [--seeds S,S,...]
                                [--attachments M] [--graph-seed S] [--delta D] [--top T] [--threads N]

        For each size n, generates a Barabási–Albert graph BA(n, M) (seeded), times exact
        normalised betweenness once and approximateBetweenness(samples: k, seed: s) for every
        k < n and every seed, and prints a Markdown table of the times, the errors against
        the exact scores, the Hoeffding/union bound eps = sqrt(ln(2n/D) / (2k)) and the
        overlap of the top-T lists. Defaults: --sizes 1000,5000,20000,100000
        --samples 64,256,1024,4096 --seeds 1,2,3 --attachments 5 --graph-seed 42 --delta 0.05
        --top 10, one thread per active core.
        """

    /// Parses `arguments` (those after `approximation-table`).
    static func parse(_ arguments: [String]) throws(UsageError) -> ApproximationOptions {
        var options = ApproximationOptions()
        var cursor = ArgumentCursor(arguments)
        while let argument = cursor.current {
            switch argument {
            case "--sizes": options.sizes = try cursor.list(argument, atLeast: 3)
            case "--samples": options.samples = try cursor.list(argument, atLeast: 2)
            case "--seeds": options.seeds = try cursor.list(argument, atLeast: 0)
            case "--attachments": options.attachments = try cursor.number(argument, atLeast: 1)
            case "--graph-seed": options.graphSeed = try cursor.number(argument, atLeast: 0)
            case "--delta": options.delta = try cursor.number(argument, atLeast: Double.leastNonzeroMagnitude)
            case "--top": options.top = try cursor.number(argument, atLeast: 1)
            case "--threads": options.threads = try cursor.number(argument, atLeast: 1)
            default: throw UsageError("unknown argument \(argument)")
            }
            cursor.advance()
        }
        if let small = options.sizes.first(where: { $0 <= options.attachments }) {
            throw UsageError("--sizes: \(small) is not above --attachments \(options.attachments)")
        }
        guard options.delta < 1 else { throw UsageError("--delta expects a number below 1") }
        return options
    }
}
