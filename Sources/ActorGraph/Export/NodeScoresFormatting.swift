import Foundation

extension NodeScores {
    /// The per-node columns in output order: each requested score, with brokerage
    /// expanded into its roles (raw counts, then the z-score of the total).
    public var columns: [(name: String, values: [Double?])] {
        var result: [(String, [Double?])] = []
        for name in requested {
            if name == .brokerage {
                guard let roles = brokerage else { continue }
                for role in BrokerageRole.allCases {
                    result.append(("brokerage." + role.rawValue, roles.raw[role].map { Double($0) }))
                }
                result.append(("brokerage.totalZ", roles.z[.total]))
            } else if name == .temporalBrokerage {
                guard let roles = temporalBrokerage else { continue }
                for role in BrokerageRole.allCases {
                    result.append(("temporalBrokerage." + role.rawValue, roles.raw[role].map { Double($0) }))
                }
            } else if let values = values[name] {
                result.append((name.rawValue, values))
            }
        }
        return result
    }

    /// The scores as JSON: `{"directed", "weighted", "nodes": [{"id", "label", score…,
    /// "brokerage": {role: count…, "expected": {…}, "z": {…}}}]}`. Undefined values are `null`.
    ///
    /// - Parameters:
    ///   - labels: a display name per node.
    ///   - order: the nodes to write, in order (default: all, by index).
    public func json(labels: [String]? = nil, order: [Int]? = nil) -> String {
        var out = "{\"directed\": \(graph.isDirected), \"weighted\": \(weighted), \"nodes\": ["
        let nodes = order ?? Array(0..<graph.nodeCount)
        for (position, node) in nodes.enumerated() {
            out += position == 0 ? "\n  {" : ",\n  {"
            out += "\"id\": " + JSONText.quote(graph.ids[node])
            if let labels { out += ", \"label\": " + JSONText.quote(labels[node]) }
            if let groups { out += ", \"group\": " + (groups[node].map(JSONText.quote) ?? "null") }
            for name in requested where name != .brokerage && name != .temporalBrokerage {
                guard let column = values[name] else {
                    out += ", \"\(name.rawValue)\": null"
                    continue
                }
                out += ", \"\(name.rawValue)\": " + JSONText.number(column[node])
            }
            if let roles = brokerage {
                func object(_ value: (BrokerageRole) -> Double?) -> String {
                    BrokerageRole.allCases.map { "\"\($0.rawValue)\": " + JSONText.number(value($0)) }
                        .joined(separator: ", ")
                }
                out += ", \"brokerage\": {" + object { Double(roles.raw[$0][node]) }
                out += ", \"expected\": {" + object { roles.expected[$0][node] } + "}"
                out += ", \"z\": {" + object { roles.z[$0][node] } + "}}"
            }
            if let roles = temporalBrokerage {
                out += ", \"temporalBrokerage\": {"
                out += BrokerageRole.allCases.map { "\"\($0.rawValue)\": \(roles.raw[$0][node])" }.joined(separator: ", ")
                out += ", \"order\": \"\(roles.order.rawValue)\"}"
            }
            out += "}"
        }
        out += nodes.isEmpty ? "]}\n" : "\n]}\n"
        return out
    }

    /// The scores as CSV (RFC 4180, CR LF records): `id,label,group,score…`, one
    /// row per node; brokerage as one column per role plus `brokerage.totalZ`;
    /// undefined values are empty fields.
    ///
    /// - Parameters:
    ///   - labels: a display name per node, written as a `label` column.
    ///   - order: the nodes to write, in order (default: all, by index).
    public func csv(labels: [String]? = nil, order: [Int]? = nil) -> String {
        let columns = self.columns
        var header = ["id"]
        if labels != nil { header.append("label") }
        if groups != nil { header.append("group") }
        header += columns.map(\.name)
        var writer = CSVWriter()
        writer.append(header)
        for node in order ?? Array(0..<graph.nodeCount) {
            var fields = [graph.ids[node]]
            if let labels { fields.append(labels[node]) }
            if let groups { fields.append(groups[node] ?? "") }
            fields += columns.map { column in column.values[node].map { JSONText.number($0) } ?? "" }
            writer.append(fields)
        }
        return writer.text
    }

    /// Four decimals, or four significant digits in scientific notation for values
    /// too large or too small to read that way.
    static func tableNumber(_ value: Double) -> String {
        let magnitude = abs(value)
        return magnitude >= 1e6 || (magnitude < 1e-4 && magnitude > 0)
            ? String(format: "%.3e", value) : String(format: "%.4f", value)
    }

    /// An aligned table for a terminal: names, then each score to 4 decimals
    /// (counts as whole numbers), `-` where undefined.
    ///
    /// - Parameters:
    ///   - labels: a display name per node, shown instead of the id.
    ///   - order: the nodes to write, in order (default: all, by index).
    ///   - legend: follow the table with the paragraphs that explain the
    ///     brokerage and time-respecting columns (default `true`; see ``legend``).
    public func table(labels: [String]? = nil, order: [Int]? = nil, legend: Bool = true) -> String {
        let columns = self.columns
        let integerColumns = Set(columns.map(\.name).filter {
            ["degree", "inDegree", "outDegree"].contains($0) || ($0.hasPrefix("brokerage.") && $0 != "brokerage.totalZ")
                || $0.hasPrefix("temporalBrokerage.")
        })
        var header = ["actor"]
        if groups != nil { header.append("group") }
        header += columns.map { column in
            if column.name.hasPrefix("brokerage.") { return String(column.name.dropFirst("brokerage.".count)) }
            if column.name.hasPrefix("temporalBrokerage.") { return "t." + column.name.dropFirst("temporalBrokerage.".count) }
            return column.name == "temporalBetweenness" ? "t.betweenness" : column.name
        }
        var rows: [[String]] = []
        for node in order ?? Array(0..<graph.nodeCount) {
            // Names from files may hold control characters (ESC sequences, line breaks):
            // a table for a terminal shows them as escapes, never acts on them.
            var row = [TerminalText.cell(labels?[node] ?? graph.ids[node])]
            if let groups { row.append(groups[node].map(TerminalText.cell) ?? "-") }
            for column in columns {
                guard let value = column.values[node] else {
                    row.append("-")
                    continue
                }
                row.append(integerColumns.contains(column.name) ? String(format: "%.0f", value) : Self.tableNumber(value))
            }
            rows.append(row)
        }
        var widths = header.map(TerminalText.width)
        for row in rows {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], TerminalText.width(cell)) }
        }
        func render(_ row: [String]) -> String {
            row.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: widths[i] - TerminalText.width(cell))
                return i < (groups != nil ? 2 : 1) ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }
        var lines = [render(header), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        lines += rows.map(render)
        if legend, let text = self.legend {
            lines.append("")
            lines.append(text)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The paragraphs that explain the brokerage and time-respecting columns of
    /// ``table(labels:order:legend:)``, or `nil` when it has none of them.
    public var legend: String? {
        var lines: [String] = []
        if brokerage != nil {
            lines.append("Brokerage (Gould & Fernandez 1989, as sna::brokerage): coordinator = within one group; itinerant = a broker between two members of another group; representative = passes from its own group out; gatekeeper = passes into its own group; liaison = between two other groups. totalZ is the z-score of the total against sna's null model.")
        }
        if let timeOrder, requested.contains(where: ScoreName.temporal.contains) {
            if !lines.isEmpty { lines.append("") }
            lines.append("t.: over time-respecting paths (\(timeOrder == .certain ? "each contact certainly before the next" : "each contact possibly before the next, on one time line"); see Guides/Time.md). t.betweenness: share of the fewest-tie time-respecting paths between others through the actor, normalised by (n−1)(n−2). t.ROLE: ordered pairs brokered in time order (the contact with the source before the one with the target, and no earlier direct contact), beside the static roles.")
        }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }
}
