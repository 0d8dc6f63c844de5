/// Who one actor can have reached through contacts in time order, and by when
/// (`actorgraph reach`), beside who the static network joins to it.
public struct ReachReport: Sendable {
    /// The network searched.
    public let network: TemporalNetwork
    /// The node the chains start from.
    public let source: Int
    /// How sure each "before" had to be.
    public let order: TimeOrder
    /// Day number per node (``TemporalNetwork/earliestArrival(from:order:)``).
    public let arrival: [Int?]
    /// The nodes reached, by arrival day, then by name.
    public let reached: [Int]
    /// The nodes the static network joins to the source (ties followed forwards)
    /// that no time-respecting path reaches, by name.
    public let staticOnly: [Int]

    /// Searches from `source`.
    ///
    /// - Parameters:
    ///   - network: the temporal network.
    ///   - source: the start node.
    ///   - order: how sure each "before" must be.
    /// - Complexity: one ``TemporalNetwork/earliestArrival(from:order:)`` and one
    ///   breadth-first search of the static graph.
    public init(network: TemporalNetwork, source: Int, order: TimeOrder = .certain) {
        self.network = network
        self.source = source
        self.order = order
        let arrival = network.earliestArrival(from: source, order: order)
        self.arrival = arrival
        let names = network.network.nodes.map(\.label)
        reached = arrival.indices.filter { arrival[$0] != nil }
            .sorted { (arrival[$0] ?? 0, names[$0], $0) < (arrival[$1] ?? 0, names[$1], $1) }
        staticOnly = network.network.graph.reachable(from: source).filter { $0 != source && arrival[$0] == nil }
            .sorted { (names[$0], $0) < (names[$1], $1) }
    }

    private var columnName: String { order == .certain ? "reachedBy" : "earliestPossible" }

    private func day(_ node: Int) -> String { arrival[node].map { PartialDate(dayNumber: $0).description } ?? "" }

    /// An aligned report for a terminal.
    public func table() -> String {
        let names = network.network.nodes.map { TerminalText.cell($0.label) }
        var lines = [
            "From \(names[source]), through contacts in time order (\(order == .certain ? "each certainly after the previous" : "each possibly after the previous, on one time line")):",
            "\(reached.count) of \(network.nodeCount - 1) other actors reached; \(staticOnly.count) more joined to it only in the static network.",
            "",
        ]
        let header = order == .certain ? "reached by" : "earliest possible"
        let width = max(5, reached.map { TerminalText.width(names[$0]) }.max() ?? 0)
        lines.append("actor" + String(repeating: " ", count: width - 5) + "  " + header)
        lines.append(String(repeating: "-", count: width) + "  " + String(repeating: "-", count: header.count))
        for node in reached {
            lines.append(names[node] + String(repeating: " ", count: width - TerminalText.width(names[node])) + "  " + day(node))
        }
        if !staticOnly.isEmpty {
            lines.append("")
            lines.append("Joined in the static network, but by no chain in time order: " + staticOnly.map { names[$0] }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// CSV (RFC 4180, CR LF): `id,label,reachedBy` (or `earliestPossible`), the
    /// reached actors first, then the static-only ones with an empty date.
    public func csv() -> String {
        var writer = CSVWriter()
        writer.append(["id", "label", columnName])
        for node in reached + staticOnly {
            writer.append([network.network.graph.ids[node], network.network.nodes[node].label, day(node)])
        }
        return writer.text
    }

    /// JSON: `{"from", "order", "reached": [{"id", "label", "reachedBy"}], "staticOnly": [id…]}`.
    public func json() -> String {
        let ids = network.network.graph.ids
        var out = "{\"from\": " + JSONText.quote(ids[source]) + ", \"order\": \"\(order.rawValue)\", \"reached\": ["
        out += reached.map { node in
            "{\"id\": " + JSONText.quote(ids[node]) + ", \"label\": " + JSONText.quote(network.network.nodes[node].label)
                + ", \"\(columnName)\": " + JSONText.quote(day(node)) + "}"
        }.joined(separator: ", ")
        out += "], \"staticOnly\": [" + staticOnly.map { JSONText.quote(ids[$0]) }.joined(separator: ", ") + "]}\n"
        return out
    }
}
