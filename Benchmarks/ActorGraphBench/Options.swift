import Foundation
/// The command line of `actorgraph-bench`, parsed by hand so that the benchmark
/// depends on the ActorGraph library alone.
struct Options: Sendable {
    /// The task to run (see ``BenchTask``).
    var task: String = ""
    /// The input file: an edge-list CSV, or a dataset JSON for `load-json`, `dot`,
    /// and the `temporal-*` and `static-*` tasks.
    var input: String = ""
    /// How many times the algorithm is run; the best run is reported.
    var repeats = 3
    /// Stop repeating once the algorithm runs have taken this many seconds together.
    var repeatBudget = 120.0
    /// Where to write one score per node (`id<TAB>score`), for the agreement check.
    var scores: String?
    /// Where the `dot` task writes its DOT text (default: discarded after writing to /dev/null).
    var output: String?
    /// Power iterations (PageRank, eigenvector) stop when the L1 change is below
    /// `nodeCount * tolerance`, the networkx rule.
    var tolerance = 1e-10
    /// The most power iterations before giving up.
    var maxIterations = 10_000
    /// PageRank's damping factor.
    var damping = 0.85
    /// Threads for betweenness, closeness and harmonic (default: one per active core).
    var threads = ProcessInfo.processInfo.activeProcessorCount
    /// Run betweenness, closeness and harmonic through their progress overloads
    /// with a handler that only counts its calls (to time the reporting).
    var progress = false

    static let usage = """
        usage: actorgraph-bench TASK INPUT [--repeats R] [--repeat-budget SECONDS] [--scores PATH]
                                [--output PATH] [--tolerance T] [--max-iterations K] [--damping D] [--threads N] [--progress]
               actorgraph-bench --list
               actorgraph-bench approximation-table [options]   (approximate vs exact betweenness; --help there)

        Runs one task on one input and prints one JSON line with the load time, the best
        algorithm time of R runs and the time of loading followed by the first run.
        Exit codes: 0 ok, 1 bad input or failed run, 2 usage.
        """

    /// Parses `arguments` (without the program name).
    static func parse(_ arguments: [String]) throws(UsageError) -> Options {
        var options = Options()
        var positional: [String] = []
        var cursor = ArgumentCursor(arguments)
        while let argument = cursor.current {
            switch argument {
            case "--repeats": options.repeats = try cursor.number(argument, atLeast: 1)
            case "--repeat-budget": options.repeatBudget = try cursor.number(argument, atLeast: 0.0)
            case "--scores": options.scores = try cursor.value(argument)
            case "--output": options.output = try cursor.value(argument)
            case "--tolerance": options.tolerance = try cursor.number(argument, atLeast: 0.0)
            case "--max-iterations": options.maxIterations = try cursor.number(argument, atLeast: 1)
            case "--damping": options.damping = try cursor.number(argument, atLeast: 0.0)
            case "--threads": options.threads = try cursor.number(argument, atLeast: 1)
            case "--progress": options.progress = true
            default:
                if argument.hasPrefix("--") { throw UsageError("unknown option \(argument)") }
                positional.append(argument)
            }
            cursor.advance()
        }
        guard positional.count == 2 else { throw UsageError("expected TASK and INPUT, found \(positional.count) arguments") }
        options.task = positional[0]
        options.input = positional[1]
        return options
    }
}

/// A command line that cannot be run; exit code 2.
struct UsageError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
