import ActorGraph
import ArgumentParser
import Foundation

/// `actorgraph timeline DATASET`: every score per actor per time window, or who
/// became a broker when.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Score every actor in each time window, or show who became a broker when.",
        discussion: """
            DATASET is a dataset (.json). Windows: --window LENGTH [--step LENGTH] gives rolling \
            windows [t, t+LENGTH) from the first dated interaction to the last (LENGTH like 1y, \
            6m, 2w, 90d; the step defaults to the length); --expanding grows windows from the \
            first dated day by --step (first length --window, both default 1y); --windows \
            2021,2022,2023-04,2021-03..2022-02 scores calendar periods and ranges as given. \
            Each window is scored exactly as `actorgraph scores --from FROM --to TO` with the \
            same options (the JSON output holds that command's output per window). A window \
            holds the interactions that overlap it; --certain keeps only those whose whole \
            date lies inside it. --temporal adds the time-respecting scores (--possible-order \
            relaxes "before"). --brokers prints, per actor, the first window of each brokerage \
            role held in time order, the windows whose total brokerage z-score (sna's null \
            model) exceeds --z-threshold, and the pairs the actor brokers in time order over \
            the whole span. See Guides/Time.md.
            """
    )

    @Argument(help: "A dataset (.json).")
    var input: String

    @Option(help: "Rolling windows of this length (1y, 6m, 2w, 90d).", transform: TimelineCommand.length)
    var window: WindowLength?

    @Option(help: "How far each window starts (or, with --expanding, ends) after the previous (default: the window length).", transform: TimelineCommand.length)
    var step: WindowLength?

    @Flag(help: "Windows that all start on the first dated day and grow by --step.")
    var expanding = false

    @Option(help: "These windows, comma-separated: YYYY, YYYY-MM, YYYY-MM-DD or FROM..TO.", transform: TimelineCommand.periods)
    var windows: [TimeWindow]?

    @OptionGroup var projection: ProjectionArguments

    @Flag(help: "Use tie weights (path scores use distance 1/weight).")
    var weighted = false

    @Option(help: "The node attribute that groups actors for brokerage (default: country).")
    var group: String?

    @Flag(help: "Make every selected actor a node in every window, also those without a tie there.")
    var includeIsolates = false

    @Flag(help: "Add ties from persons to their institutions and from institutions to their parents.")
    var affiliations = false

    @Flag(help: "Add the time-respecting scores temporalBetweenness and temporalBrokerage.")
    var temporal = false

    @Flag(name: .customLong("possible-order"), help: "Time-respecting scores: a contact comes before another when it possibly does, not only when it certainly does.")
    var possibleOrder = false

    @Option(help: "Comma-separated scores to compute, e.g. betweenness,brokerage.", transform: ArgumentValue.scores)
    var only: [ScoreName]?

    @Option(help: "Output format: table, csv or json.")
    var format: ScoreReport.Format = .table

    @Option(help: "Sort each window by this score, highest first (default: the first score computed; ties by name).", transform: ArgumentValue.score)
    var sort: ScoreName?

    @Option(help: "Print only the first N actors of each window.")
    var top: Int?

    @Flag(help: "Who became a broker when, instead of the scores.")
    var brokers = false

    @Option(name: .customLong("z-threshold"), help: "With --brokers: the z-score of a window's total brokerage that counts as standing out (default 1.96).")
    var zThreshold: Double?

    @Option(help: "PageRank, eigenvector and Katz tolerance, as for scores (default 1e-13).")
    var tolerance: Double?

    @Option(name: .customLong("max-iterations"), help: "PageRank, eigenvector and Katz iteration limit, as for scores (default 10000).")
    var maxIterations: Int?

    @Flag(help: "Show no progress on standard error.")
    var quiet = false

    /// The most windows a timeline makes.
    static let windowLimit = 10_000

    static func length(_ text: String) throws -> WindowLength {
        guard let length = WindowLength(text) else {
            throw ValidationError("\"\(text)\" is not a window length (a whole number and d, w, m or y: 90d, 2w, 6m, 1y)")
        }
        return length
    }

    static func periods(_ list: String) throws -> [TimeWindow] {
        let words = ArgumentValue.words(list)
        guard !words.isEmpty else { throw ValidationError("name at least one window (YYYY, YYYY-MM, YYYY-MM-DD or FROM..TO)") }
        return try words.map { word in
            let parts = word.components(separatedBy: "..")
            guard parts.count <= 2, let from = PartialDate(iso: parts[0]), let to = PartialDate(iso: parts.last ?? parts[0])
            else {
                throw ValidationError("\"\(word)\" is not a window (expected YYYY, YYYY-MM, YYYY-MM-DD or FROM..TO)")
            }
            guard let window = TimeWindow(from: from, to: to) else {
                throw ValidationError("window \(word): \(to) ends before \(from) begins")
            }
            return window
        }
    }

    func validate() throws {
        if projection.from != nil || projection.to != nil {
            throw ValidationError("--from/--to do not apply: the windows set the dates (give --windows FROM..TO for one window)")
        }
        if windows != nil, window != nil || step != nil || expanding {
            throw ValidationError("--windows lists the windows; it does not combine with --window, --step or --expanding")
        }
        if window == nil, step != nil, !expanding { throw ValidationError("--step needs --window or --expanding") }
        if windows == nil, window == nil, !expanding {
            throw ValidationError("give the windows: --window LENGTH [--step LENGTH], --expanding [--step LENGTH] or --windows LIST")
        }
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if let tolerance, !(tolerance > 0) || !tolerance.isFinite { throw ValidationError("--tolerance must be a number above 0") }
        if let maxIterations, maxIterations < 1 { throw ValidationError("--max-iterations must be at least 1") }
        if let zThreshold, !zThreshold.isFinite { throw ValidationError("--z-threshold must be a number") }
        if brokers {
            var scoreOnly: [String] = []
            if only != nil { scoreOnly.append("--only") }
            if sort != nil { scoreOnly.append("--sort") }
            if top != nil { scoreOnly.append("--top") }
            if temporal { scoreOnly.append("--temporal") }
            if weighted { scoreOnly.append("--weighted") }
            if tolerance != nil { scoreOnly.append("--tolerance") }
            if maxIterations != nil { scoreOnly.append("--max-iterations") }
            if includeIsolates { scoreOnly.append("--include-isolates") }
            if !scoreOnly.isEmpty {
                throw ValidationError("--brokers prints brokerage over time; \(scoreOnly.joined(separator: ", ")) \(scoreOnly.count == 1 ? "applies" : "apply") to the scores")
            }
        } else {
            if zThreshold != nil { throw ValidationError("--z-threshold applies to --brokers") }
            let temporalScores = temporal || (only ?? []).contains(where: ScoreName.temporal.contains)
            if possibleOrder, !temporalScores {
                throw ValidationError("--possible-order applies to the temporal scores: give --temporal (or --brokers)")
            }
        }
        if let sort, let only, !only.contains(sort), !(temporal && ScoreName.temporal.contains(sort)) {
            throw ValidationError("--sort \(sort.rawValue): not among the scores of --only (\(only.map(\.rawValue).joined(separator: ", ")))")
        }
    }

    /// The window plan the options describe.
    var plan: WindowPlan {
        if let windows { return .periods(windows) }
        guard let length = window ?? WindowLength(count: 1, unit: .year) else { return .periods([]) }
        return expanding ? .expanding(length: length, step: step ?? length) : .rolling(length: length, step: step ?? length)
    }

    func run() throws {
        let dataset = try loadDataset(input, for: "timeline", directed: projection.directed)
        let options = projection.options(affiliations: affiliations, isolates: includeIsolates)
        let windows = dataset.windows(plan, options: options, limit: Self.windowLimit + 1)
        if windows.count > Self.windowLimit {
            throw InputFailure("the windows would number more than \(Self.windowLimit) over \(input)'s dates; give a longer --step")
        }
        guard !windows.isEmpty else {
            throw InputFailure("\(input): no dated interaction passes the filters, so there are no windows")
        }
        let order: TimeOrder = possibleOrder ? .possible : .certain
        if brokers {
            let timeline = BrokerTimeline(
                dataset: dataset, windows: windows, options: options, group: group ?? "country", order: order,
                threshold: zThreshold ?? 1.96)
            timeline.print(as: format)
            return
        }
        var requested = only ?? ScoreName.standard
        if temporal { requested += ScoreName.temporal.filter { !requested.contains($0) } }
        let convergence = ConvergenceCriteria(
            tolerance: tolerance ?? ConvergenceCriteria.defaultTolerance,
            maxIterations: maxIterations ?? ConvergenceCriteria.defaultMaxIterations)
        var entries: [Timeline.Entry] = []
        var warnings: [(message: String, windows: [String])] = []
        for window in windows {
            let network = dataset.project(options.restricted(to: window))
            let input = CommandInput(loaded: .dataset(dataset), network: network)
            let temporalNetwork =
                requested.contains(where: ScoreName.temporal.contains)
                ? TemporalNetwork(network: network, interactions: dataset.interactions) : nil
            let scores = ProgressDisplay.scores(
                graph: network.graph, weighted: weighted, groups: try input.groups(by: group), only: requested,
                convergence: convergence, temporal: temporalNetwork, timeOrder: order, quiet: quiet)
            warnAboutLargeInteractions(network)
            for message in ScoreReport.warnings(about: scores, only: only, weighted: weighted && network.graph.edgeCount > 0) {
                if let index = warnings.firstIndex(where: { $0.message == message }) {
                    warnings[index].windows.append(window.description)
                } else {
                    warnings.append((message, [window.description]))
                }
            }
            let report = ScoreReport(scores: scores, labels: network.nodes.map(\.label), sort: sort, top: top)
            entries.append(Timeline.Entry(window: window, network: network, scores: scores, order: try report.order()))
        }
        // Each warning once, with the windows it concerns.
        for (message, windows) in warnings { printError(message + (windows.count < entries.count ? " (in \(windows.joined(separator: ", ")))" : "")) }
        Timeline(entries: entries, windowMatch: options.windowMatch).print(as: format)
    }
}
