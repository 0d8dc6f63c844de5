import ActorGraph
import ArgumentParser
import Foundation

/// How `scores` and `timeline` choose, order and write the rows of a score table:
/// one place, so a window of `timeline` prints what `scores --from --to` prints.
struct ScoreReport {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json
    }

    var scores: NodeScores
    var labels: [String]
    var sort: ScoreName?
    var top: Int?

    /// The nodes in output order: by the sort score, highest first (undefined
    /// values last), then by name; the first `top`.
    func order() throws -> [Int] {
        let sortKey: ScoreName?
        if let sort {
            guard scores.requested.contains(sort) else {
                throw InputFailure("--sort \(sort.rawValue): not among the computed scores (\(scores.requested.map(\.rawValue).joined(separator: ", ")))")
            }
            sortKey = sort
        } else {
            sortKey = scores.requested.first { $0 != .brokerage && $0 != .temporalBrokerage }
        }
        func column(_ name: ScoreName?) -> [Double?]? {
            switch name {
            case .brokerage: scores.brokerage.map { $0.raw.total.map(Double.init) }
            case .temporalBrokerage: scores.temporalBrokerage.map { $0.raw.total.map(Double.init) }
            case let name?: scores.values[name]
            case nil: nil
            }
        }
        let values = column(sortKey)
        var order = Array(0..<scores.graph.nodeCount)
        order.sort { a, b in
            // Undefined and NaN values sort last, together, then by name: a strict weak order.
            func key(_ value: Double?) -> Double { value.flatMap { $0.isNaN ? nil : $0 } ?? -.infinity }
            let x = key(values?[a] ?? nil), y = key(values?[b] ?? nil)
            if x != y { return x > y }
            return labels[a] < labels[b]
        }
        if let top { order = Array(order.prefix(top)) }
        return order
    }

    /// The report in a format.
    func text(_ format: Format) throws -> String {
        let order = try order()
        switch format {
        case .json: return scores.json(labels: labels, order: order)
        case .csv: return scores.csv(labels: labels, order: order)
        case .table: return scores.table(labels: labels, order: order)
        }
    }

    /// Warns on standard error about scores asked for by name that could not be
    /// computed, and about weights that change nothing.
    static func warn(about scores: NodeScores, only: [ScoreName]?, weighted: Bool) {
        for message in warnings(about: scores, only: only, weighted: weighted) { printError(message) }
    }

    /// The warnings of ``warn(about:only:weighted:)``, in order.
    static func warnings(about scores: NodeScores, only: [ScoreName]?, weighted: Bool) -> [String] {
        var messages: [String] = []
        for name in only ?? [] where !scores.requested.contains(name) {
            let reason =
                switch name {
                case .brokerage, .temporalBrokerage: "it needs a grouping (--group; a dataset groups by country)"
                default: "it applies to directed graphs only (give --directed)"
                }
            messages.append("warning: \(name.rawValue) not computed: \(reason)")
        }
        if weighted, !scores.graph.hasNonUnitWeights {
            messages.append("warning: --weighted: every tie weighs 1, so the weighted scores equal the unweighted ones")
        }
        for (name, reason) in scores.failures.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            messages.append("warning: \(name.rawValue) not computed: \(reason)")
        }
        return messages
    }
}

/// A report written as an aligned table, CSV or JSON.
protocol FormattedReport {
    func table() -> String
    func csv() -> String
    func json() -> String
}

extension FormattedReport {
    /// The report in `format`, printed to standard output with one final newline.
    func print(as format: ScoreReport.Format) {
        let output: String
        switch format {
        case .table: output = table()
        case .csv: output = csv()
        case .json: output = json()
        }
        Swift.print(output, terminator: output.unicodeScalars.last == "\n" ? "" : "\n")
    }
}

extension Timeline: FormattedReport {}
extension BrokerTimeline: FormattedReport {}
extension ReachReport: FormattedReport {}
