/// The scores one can ask for by name, on the command line and in exports.
public enum ScoreName: String, Sendable, Hashable, CaseIterable, Codable {
    /// Distinct neighbours (directed: in + out), as networkx's `G.degree()`.
    case degree
    /// Distinct in-neighbours (directed graphs only).
    case inDegree
    /// Distinct out-neighbours (directed graphs only).
    case outDegree
    /// Sum of tie weights (directed: in + out).
    case strength
    /// Brandes betweenness, normalised as networkx.
    case betweenness
    /// Closeness with the Wasserman–Faust correction.
    case closeness
    /// Harmonic centrality: sum of inverse distances.
    case harmonic
    /// Eigenvector centrality, networkx's power iteration.
    case eigenvector
    /// PageRank, damping 0.85.
    case pagerank
    /// Katz centrality, α = 0.1, β = 1.
    case katz
    /// Burt's constraint.
    case constraint
    /// Burt's effective size.
    case effectiveSize
    /// Effective size over degree.
    case efficiency
    /// Burt's hierarchy of constraint.
    case hierarchy
    /// Gould–Fernandez brokerage roles (needs a grouping).
    case brokerage
    /// Betweenness over time-respecting paths (needs a ``TemporalNetwork``; see
    /// ``TemporalNetwork/betweenness(order:normalized:workers:)``).
    case temporalBetweenness
    /// Gould–Fernandez roles counted in time order (needs a ``TemporalNetwork``
    /// and a grouping; see ``TemporalNetwork/brokerage(groups:order:)``).
    case temporalBrokerage

    /// The scores computed when none are named: every score but Katz, whose
    /// series diverges on dense weighted graphs (ask for it with `--only katz`).
    /// In- and out-degree come with degree on a directed graph.
    /// The time-respecting scores stay out of it too (they need dated
    /// interactions: `--temporal`).
    public static let standard: [ScoreName] = allCases.filter {
        ![.katz, .inDegree, .outDegree, .temporalBetweenness, .temporalBrokerage].contains($0)
    }

    /// The scores computed over time-respecting paths.
    public static let temporal: [ScoreName] = [.temporalBetweenness, .temporalBrokerage]

    /// Parses a comma-separated list such as `betweenness,pagerank`.
    ///
    /// - Throws: ``ScoreSelectionError`` naming the unknown word and the known names.
    ///
    /// - Parameter text: names separated by commas; spaces and empty items are
    ///   ignored, names match without regard to case, repeats count once.
    public static func parseList(_ text: String) throws(ScoreSelectionError) -> [ScoreName] {
        var result: [ScoreName] = []
        for word in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !word.isEmpty {
            guard let name = ScoreName(rawValue: word) ?? allCases.first(where: { $0.rawValue.lowercased() == word.lowercased() })
            else { throw ScoreSelectionError(word: word) }
            if !result.contains(name) { result.append(name) }
        }
        return result
    }
}

/// An unknown score name.
public struct ScoreSelectionError: Error, Sendable, CustomStringConvertible {
    /// The word that names no score.
    public var word: String
    public var description: String {
        "unknown score \"\(word)\"; known scores: \(ScoreName.allCases.map(\.rawValue).joined(separator: ", "))"
    }
}

/// Every requested score for every node of a graph, computed once, for tables,
/// exports and diagrams.
///
/// A score that is undefined for a node (constraint of an isolate, a z-score with
/// zero variance) is `nil`. A score whose iteration did not converge is absent
/// from ``values`` and its error is in ``failures``.
public struct NodeScores: Sendable {
    /// The graph the scores belong to.
    public let graph: CompactGraph
    /// Whether the weighted variants were computed.
    public let weighted: Bool
    /// The computed per-node values, indexed like the graph's nodes.
    public let values: [ScoreName: [Double?]]
    /// Gould–Fernandez roles when a grouping was given and brokerage was asked for.
    public let brokerage: BrokerageRoles?
    /// The group label of each node, when a grouping was given.
    public let groups: [String?]?
    /// Scores that could not be computed, with the reason.
    public let failures: [ScoreName: String]
    /// The scores asked for, in order.
    public let requested: [ScoreName]
    /// The stopping rule used for eigenvector, PageRank and Katz.
    public let convergence: ConvergenceCriteria
    /// Gould–Fernandez roles in time order, when a temporal network and a
    /// grouping were given and ``ScoreName/temporalBrokerage`` was asked for.
    public let temporalBrokerage: TemporalBrokerage?
    /// The time order of the temporal scores, when a temporal network was given.
    public let timeOrder: TimeOrder?

    /// The group label given to nodes that have none, for brokerage.
    public static let ungroupedLabel = "(none)"

    /// Computes the requested scores.
    ///
    /// - Parameters:
    ///   - graph: the graph.
    ///   - weighted: use tie weights (distance 1/weight for path scores).
    ///   - groups: a group label per node for brokerage. A node without a label
    ///     is put in a group of its own named ``NodeScores/ungroupedLabel``, so that
    ///     brokerage stays defined; callers should say so to the user.
    ///   - only: the scores to compute (default ``ScoreName/standard``); degree
    ///     in and out are added for directed graphs when degree is asked for.
    ///   - convergence: tolerance and iteration limit of the power iterations
    ///     (eigenvector, PageRank, Katz), the same for all three; default
    ///     ``ConvergenceCriteria/standard`` (tolerance 1e-13, 10,000 iterations:
    ///     within about 1e-11 of the exact fixed point).
    ///     `ConvergenceCriteria(tolerance: 1e-6, maxIterations: 100)` gives
    ///     networkx's default values; networkx's Katz allows 1000 iterations, so
    ///     it may succeed where this fails (a returned value is the same).
    ///   - temporal: the same network with the dated interactions behind its ties
    ///     (its ``TemporalNetwork/network`` must have `graph` as its graph), for
    ///     ``ScoreName/temporalBetweenness`` and ``ScoreName/temporalBrokerage``;
    ///   without it those two are failures naming what is missing.
    ///   - timeOrder: how sure "before" must be for the temporal scores.
    ///   - progress: told the progress of the scores that search from every node
    ///     (betweenness, closeness, harmonic, temporal betweenness) with the score's name, as
    ///     ``WorkProgressHandler`` says (growing counts from 0 to the total, from
    ///     worker threads, one call at a time); the values are the same, bit for
    ///     bit, as without it.
    /// - Complexity: the sum of the requested algorithms' costs; betweenness,
    ///   closeness and harmonic dominate at O(V·E) (O(V·E + V² log V) weighted).
    public init(
        graph: CompactGraph, weighted: Bool, groups: [String?]? = nil, only: [ScoreName] = ScoreName.standard,
        convergence: ConvergenceCriteria = .standard, temporal: TemporalNetwork? = nil,
        timeOrder: TimeOrder = .certain,
        progress: (@Sendable (ScoreName, WorkProgress) -> Void)? = nil
    ) {
        self.graph = graph
        self.timeOrder = temporal == nil ? nil : timeOrder
        self.convergence = convergence
        self.weighted = weighted
        self.groups = groups
        var requested = only
        if !graph.isDirected { requested.removeAll { $0 == .inDegree || $0 == .outDegree } }
        if graph.isDirected, requested.contains(.degree) {
            for extra in [ScoreName.inDegree, .outDegree] where !requested.contains(extra) {
                requested.insert(extra, at: (requested.firstIndex(of: .degree) ?? 0) + (extra == .inDegree ? 1 : 2))
            }
        }
        if groups == nil { requested.removeAll { $0 == .brokerage || $0 == .temporalBrokerage } }
        self.requested = requested
        var values: [ScoreName: [Double?]] = [:]
        var failures: [ScoreName: String] = [:]
        var holes: StructuralHoles?
        var roles: BrokerageRoles?
        var temporalRoles: TemporalBrokerage?
        func wrap(_ v: [Double]) -> [Double?] { v.map { $0 } }
        func wrap(_ v: [Int]) -> [Double?] { v.map { Double($0) } }
        let tolerance = convergence.tolerance
        let limit = convergence.maxIterations
        /// The score's progress reports as a handler that never cancels (so the
        /// progress overloads cannot throw here), or `nil` without `progress`.
        func progressHandler(_ name: ScoreName) -> WorkProgressHandler? {
            guard let progress else { return nil }
            return { report in
                progress(name, report)
                return true
            }
        }
        func iterate(_ name: ScoreName, _ run: () throws(ConvergenceError) -> [Double]) {
            do { values[name] = wrap(try run()) } catch { failures[name] = error.description }
        }
        for name in requested {
            switch name {
            case .degree: values[name] = wrap(graph.degrees())
            case .inDegree: values[name] = wrap(graph.inDegrees())
            case .outDegree: values[name] = wrap(graph.outDegrees())
            case .strength: values[name] = wrap(graph.strengths())
            case .betweenness, .closeness, .harmonic:
                let handler = progressHandler(name)
                do throws(CancellationError) {
                    switch name {
                    case .betweenness: values[name] = wrap(try graph.betweenness(weighted: weighted, progress: handler))
                    case .closeness: values[name] = wrap(try graph.closeness(weighted: weighted, progress: handler))
                    default: values[name] = wrap(try graph.harmonic(weighted: weighted, progress: handler))
                    }
                } catch {
                    failures[name] = "cancelled"
                }
            case .eigenvector:
                iterate(name) { () throws(ConvergenceError) in
                    try graph.eigenvectorCentrality(weighted: weighted, maxIterations: limit, tolerance: tolerance)
                }
            case .pagerank:
                iterate(name) { () throws(ConvergenceError) in
                    try graph.pageRank(weighted: weighted, maxIterations: limit, tolerance: tolerance)
                }
            case .katz:
                iterate(name) { () throws(ConvergenceError) in
                    try graph.katzCentrality(weighted: weighted, maxIterations: limit, tolerance: tolerance)
                }
            case .constraint, .effectiveSize, .efficiency, .hierarchy:
                let computed = holes ?? graph.structuralHoles(weighted: weighted)
                holes = computed
                switch name {
                case .constraint: values[name] = computed.constraint
                case .effectiveSize: values[name] = computed.effectiveSize
                case .efficiency: values[name] = computed.efficiency
                default: values[name] = computed.hierarchy
                }
            case .temporalBetweenness:
                guard let temporal else {
                    failures[name] = "it needs a dataset's dated interactions"
                    continue
                }
                do throws(CancellationError) {
                    values[name] = wrap(try temporal.betweenness(order: timeOrder, progress: progressHandler(name)))
                } catch {
                    failures[name] = "cancelled"
                }
            case .temporalBrokerage:
                guard let temporal else {
                    failures[name] = "it needs a dataset's dated interactions"
                    continue
                }
                if let groups {
                    do {
                        // The static roles of the same grouping are counted once, whichever comes first.
                        temporalRoles = try temporal.brokerage(
                            labels: groups.map { $0 ?? NodeScores.ungroupedLabel }, order: timeOrder, staticRoles: roles)
                    } catch {
                        failures[name] = error.description
                    }
                }
            case .brokerage:
                if let groups {
                    do {
                        if let counted = temporalRoles?.staticRoles {
                            roles = counted
                        } else {
                            roles = try graph.brokerage(labels: groups.map { $0 ?? NodeScores.ungroupedLabel })
                        }
                    } catch {
                        failures[name] = error.description
                    }
                }
            }
        }
        // A value that overflowed (weights too large or too small for double
        // precision) makes the whole score a failure rather than a silent gap.
        for (name, column) in values where column.contains(where: { $0.map { !$0.isFinite } ?? false }) {
            values[name] = nil
            failures[name] = "\(name.rawValue) overflowed double precision (tie weights too large or too small); rescale the weights"
        }
        self.values = values
        self.failures = failures
        self.brokerage = roles
        self.temporalBrokerage = temporalRoles
    }
}
