/// Scores per actor per time window, written as one table (`actorgraph timeline`).
///
/// Each entry holds one window's network and its ``NodeScores``; the formats
/// put the window in front of every row, so a spreadsheet or a data frame reads
/// the whole timeline as one long table.
public struct Timeline: Sendable {
    /// One window's scores.
    public struct Entry: Sendable {
        /// The window.
        public var window: TimeWindow
        /// Its projected network.
        public var network: ProjectedNetwork
        /// Its scores.
        public var scores: NodeScores
        /// The nodes to write, in order.
        public var order: [Int]

        /// Creates an entry; each parameter sets the property of the same name.
        public init(window: TimeWindow, network: ProjectedNetwork, scores: NodeScores, order: [Int]) {
            self.window = window
            self.network = network
            self.scores = scores
            self.order = order
        }
    }

    /// The windows in order.
    public var entries: [Entry]
    /// Whether each window holds the interactions possibly or certainly in it.
    public var windowMatch: WindowMatch

    /// Creates a timeline; each parameter sets the property of the same name.
    public init(entries: [Entry], windowMatch: WindowMatch) {
        self.entries = entries
        self.windowMatch = windowMatch
    }

    /// CSV (RFC 4180, CR LF): `window,from,to,firstDay,lastDay,id,label,group,score…`,
    /// one row per actor per window. The score columns are the union of every
    /// window's columns, in order of first appearance; a score missing from a
    /// window (not computed there) is an empty field, as is an undefined value.
    public func csv() -> String {
        var names: [String] = []
        var hasGroups = false
        for entry in entries {
            hasGroups = hasGroups || entry.scores.groups != nil
            for column in entry.scores.columns where !names.contains(column.name) { names.append(column.name) }
        }
        var writer = CSVWriter()
        writer.append(["window", "from", "to", "firstDay", "lastDay", "id", "label"] + (hasGroups ? ["group"] : []) + names)
        for entry in entries {
            let columns = Dictionary(entry.scores.columns.map { ($0.name, $0.values) }, uniquingKeysWith: { first, _ in first })
            let interval = entry.window.interval
            let window = [
                entry.window.description, entry.window.from.description, entry.window.to.description,
                PartialDate(dayNumber: interval.first).description, PartialDate(dayNumber: interval.last).description,
            ]
            for node in entry.order {
                var fields = window + [entry.network.graph.ids[node], entry.network.nodes[node].label]
                if hasGroups { fields.append(entry.scores.groups?[node] ?? "") }
                fields += names.map { name in columns[name].flatMap { $0[node] }.map { JSONText.number($0) } ?? "" }
                writer.append(fields)
            }
        }
        return writer.text
    }

    /// JSON: `{"windowMatch", "windows": [{"window", "from", "to", "firstDay",
    /// "lastDay", "actors", "ties", "scores": …}]}`, where `scores` is exactly what
    /// ``NodeScores/json(labels:order:)`` writes for the window (and
    /// `actorgraph scores --from FROM --to TO --format json` prints).
    public func json() -> String {
        var out = "{\"windowMatch\": \"\(windowMatch.rawValue)\", \"windows\": ["
        for (position, entry) in entries.enumerated() {
            let interval = entry.window.interval
            out += position == 0 ? "\n" : ",\n"
            out += "{\"window\": " + JSONText.quote(entry.window.description)
            out += ", \"from\": " + JSONText.quote(entry.window.from.description)
            out += ", \"to\": " + JSONText.quote(entry.window.to.description)
            out += ", \"firstDay\": " + JSONText.quote(PartialDate(dayNumber: interval.first).description)
            out += ", \"lastDay\": " + JSONText.quote(PartialDate(dayNumber: interval.last).description)
            out += ", \"actors\": \(entry.network.graph.nodeCount), \"ties\": \(entry.network.graph.edgeCount)"
            var scores = entry.scores.json(labels: entry.network.nodes.map(\.label), order: entry.order)
            while scores.last == "\n" { scores.removeLast() }
            out += ", \"scores\": " + scores + "}"
        }
        out += entries.isEmpty ? "]}\n" : "\n]}\n"
        return out
    }

    /// One aligned table per window for a terminal, each under a line naming the
    /// window, its days, and its actors and ties; the columns' legend once, at the end.
    public func table() -> String {
        var out = ""
        for (position, entry) in entries.enumerated() {
            if position > 0 { out += "\n" }
            let days = entry.window.interval.description
            let name = entry.window.description == days ? days : "\(entry.window) (\(days))"
            let n = entry.network.graph.nodeCount
            let m = entry.network.graph.edgeCount
            out += "== \(name): \(n) \(n == 1 ? "actor" : "actors"), \(m) \(m == 1 ? "tie" : "ties")\n"
            if n == 0 {
                out += "   no interaction \(windowMatch == .certainly ? "certainly" : "possibly") in this window\n"
                continue
            }
            out += entry.scores.table(labels: entry.network.nodes.map(\.label), order: entry.order, legend: false)
        }
        if let legend = entries.lazy.compactMap(\.scores.legend).first { out += "\n" + legend + "\n" }
        return out
    }
}
