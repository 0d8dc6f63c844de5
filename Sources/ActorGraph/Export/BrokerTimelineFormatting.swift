extension BrokerTimeline {
    /// A role's first window per role, in role order (total last), as window names.
    private func firstWindows(_ broker: Broker) -> [(BrokerageRole, String)] {
        BrokerageRole.allCases.compactMap { role in broker.firstWindow[role].map { (role, windows[$0].description) } }
    }

    private func name(_ node: Int) -> String { span.network.nodes[node].label }

    /// An aligned report for a terminal: per broker, the first window of each role,
    /// the windows above the threshold, and the pairs in time order.
    public func table() -> String {
        var lines = [
            "Who became a broker when: Gould–Fernandez roles in time order (\(order == .certain ? "each contact certainly before the next" : "possibly before, on one time line")); windows: \(windows.map(\.description).joined(separator: ", ")); standing out: static total z > \(JSONText.number(threshold)).",
            "",
        ]
        if brokers.isEmpty { lines.append("Nobody brokers in time order in these windows.") }
        for broker in brokers {
            let firsts = firstWindows(broker)
            var line = TerminalText.cell(broker.label) + " (" + TerminalText.cell(broker.group) + ")"
            line += firsts.isEmpty ? ": no role in any single window" : ": " + firsts.map { "\($0.0.rawValue) from \($0.1)" }.joined(separator: ", ")
            lines.append(line)
            if !broker.windowsAboveThreshold.isEmpty {
                lines.append("  stands out in " + broker.windowsAboveThreshold.map { windows[$0].description }.joined(separator: ", "))
            }
            for pair in broker.pairs {
                lines.append(
                    "  " + TerminalText.cell(name(pair.source)) + " → " + TerminalText.cell(name(pair.target))
                        + " (\(pair.role.rawValue)): \(TerminalText.cell(span.interactionID(pair.first.interaction))) (\(pair.first.interval.periodDescription)), then \(TerminalText.cell(span.interactionID(pair.second.interaction))) (\(pair.second.interval.periodDescription))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// CSV (RFC 4180, CR LF), one row per brokered pair (and one row with empty
    /// pair fields for a broker with roles but no pair over the span):
    /// `id,label,group,firstCoordinator,…,firstTotal,windowsAboveThreshold,source,sourceLabel,target,targetLabel,role,firstInteraction,firstDays,secondInteraction,secondDays`.
    public func csv() -> String {
        var writer = CSVWriter()
        writer.append(
            ["id", "label", "group"] + BrokerageRole.allCases.map { "first" + $0.rawValue.prefix(1).uppercased() + $0.rawValue.dropFirst() }
                + ["windowsAboveThreshold", "source", "sourceLabel", "target", "targetLabel", "role", "firstInteraction", "firstDays", "secondInteraction", "secondDays"])
        for broker in brokers {
            let head = [broker.id, broker.label, broker.group]
                + BrokerageRole.allCases.map { role in broker.firstWindow[role].map { windows[$0].description } ?? "" }
                + [broker.windowsAboveThreshold.map { windows[$0].description }.joined(separator: ";")]
            if broker.pairs.isEmpty {
                writer.append(head + Array(repeating: "", count: 10))
            }
            for pair in broker.pairs {
                writer.append(
                    head + [
                        span.network.graph.ids[pair.source], name(pair.source), span.network.graph.ids[pair.target],
                        name(pair.target), pair.role.rawValue, span.interactionID(pair.first.interaction),
                        pair.first.interval.description, span.interactionID(pair.second.interaction),
                        pair.second.interval.description,
                    ])
            }
        }
        return writer.text
    }

    /// JSON: `{"order", "threshold", "windows": [name…], "brokers": [{"id", "label",
    /// "group", "firstWindow": {role: name…}, "windowsAboveThreshold": [name…],
    /// "pairs": [{"source", "target", "role", "first": {"interaction", "firstDay",
    /// "lastDay"}, "second": {…}}]}]}`.
    public func json() -> String {
        func contact(_ contact: TemporalNetwork.Contact) -> String {
            "{\"interaction\": " + JSONText.quote(span.interactionID(contact.interaction)) + ", \"firstDay\": "
                + JSONText.quote(PartialDate(dayNumber: contact.interval.first).description) + ", \"lastDay\": "
                + JSONText.quote(PartialDate(dayNumber: contact.interval.last).description) + "}"
        }
        var out = "{\"order\": \"\(order.rawValue)\", \"threshold\": \(JSONText.number(threshold)), \"windows\": ["
        out += windows.map { JSONText.quote($0.description) }.joined(separator: ", ") + "], \"brokers\": ["
        for (position, broker) in brokers.enumerated() {
            out += position == 0 ? "\n" : ",\n"
            out += "{\"id\": " + JSONText.quote(broker.id) + ", \"label\": " + JSONText.quote(broker.label)
            out += ", \"group\": " + JSONText.quote(broker.group) + ", \"firstWindow\": {"
            out += firstWindows(broker).map { "\"\($0.0.rawValue)\": " + JSONText.quote($0.1) }.joined(separator: ", ")
            out += "}, \"windowsAboveThreshold\": ["
            out += broker.windowsAboveThreshold.map { JSONText.quote(windows[$0].description) }.joined(separator: ", ")
            out += "], \"pairs\": ["
            out += broker.pairs.map { pair in
                "{\"source\": " + JSONText.quote(span.network.graph.ids[pair.source]) + ", \"target\": "
                    + JSONText.quote(span.network.graph.ids[pair.target]) + ", \"role\": \"\(pair.role.rawValue)\""
                    + ", \"first\": " + contact(pair.first) + ", \"second\": " + contact(pair.second) + "}"
            }.joined(separator: ", ")
            out += "]}"
        }
        out += brokers.isEmpty ? "]}\n" : "\n]}\n"
        return out
    }
}
