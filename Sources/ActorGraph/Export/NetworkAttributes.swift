extension AttributedGraph {
    /// The node and tie attributes every export of a dataset projection carries.
    ///
    /// Nodes: `name`, `kind`, `country` (ISO 3166-1 alpha-2, absent when unknown)
    /// and `aliases` (joined with ``AttributeText/aliasSeparator``, absent when
    /// there are none), all strings.
    ///
    /// Ties, all from ``ProjectedNetwork/Tie/summary``: `kinds`, `tracks` and
    /// `statuses` (the distinct interaction kinds, tracks and statuses on the tie,
    /// in their natural order, joined with ``AttributeText/listSeparator``),
    /// `firstDate` and `lastDate` (ISO 8601 at the precision reported: the date
    /// whose period starts first and the date whose period ends last, see
    /// ``TieSummary``), `interactions` (the interaction ids, in dataset
    /// order, joined with ``AttributeText/listSeparator``), all strings, and
    /// `count` (int: the number of interactions). With affiliations projected,
    /// `affiliation` (boolean) marks ties that come from an affiliation or parent
    /// link; those have no interactions. The weight is written apart, as each
    /// format's weight.
    public enum NetworkKey {
        /// The built-in node attribute names, in the order they are written; extra
        /// node columns may not use them.
        public static let nodeKeys = ["name", "kind", "country", "aliases"]
        /// The tie attribute names written for every projection, in order.
        public static let edgeKeys = [kinds, tracks, statuses, firstDate, lastDate, interactions, count]
        /// The distinct interaction kinds on a tie.
        public static let kinds = "kinds"
        /// The distinct channel tracks on a tie.
        public static let tracks = "tracks"
        /// The distinct statuses of a tie's interactions.
        public static let statuses = "statuses"
        /// The first reported date (``TieSummary/firstDate``).
        public static let firstDate = "firstDate"
        /// The last reported date (``TieSummary/lastDate``).
        public static let lastDate = "lastDate"
        /// The interaction ids.
        public static let interactions = "interactions"
        /// The number of interactions.
        public static let count = "count"
        /// The boolean tie attribute written after ``edgeKeys`` when affiliations are
        /// projected.
        public static let affiliation = "affiliation"
    }

    /// A network with its nodes' and ties' attributes (see ``NetworkKey``), plus
    /// extra node columns. Tie attributes are read from each tie's
    /// ``ProjectedNetwork/Tie/summary``, computed once at projection.
    ///
    /// - Parameters:
    ///   - network: the network; node `i` is `network.nodes[i]`.
    ///   - scores: numeric node columns (type `double`, `nil` for a missing value),
    ///     written in name order after the text columns.
    ///   - nodeAttributes: extra text node columns, written in name order after the
    ///     built-in keys.
    /// - Throws: ``ExportError`` when an extra column's name is a built-in key or
    ///   used twice, or its length differs from the node count, or two nodes
    ///   share an id (possible only in a dataset that fails ``Dataset/validate()``).
    /// - Complexity: O(V·A + T·k) for A attributes and T ties of at most k interactions.
    public init(
        network: ProjectedNetwork, scores: [String: [Double?]] = [:], nodeAttributes: [String: [String?]] = [:]
    ) throws(ExportError) {
        let nodes = network.nodes
        var nodeColumns: [Column] = [
            Column(name: "name", type: .string, values: nodes.map(\.label)),
            Column(name: "kind", type: .string, values: nodes.map { $0.kind?.rawValue }),
            Column(name: "country", type: .string, values: nodes.map { $0.country?.rawValue }),
            Column(name: "aliases", type: .string, values: nodes.map { $0.attributes["aliases"] }),
        ]
        if network.actors.isEmpty {
            // A graph read from a file: its own node attributes, after the built-in keys.
            nodeColumns = nodeColumns.filter { column in column.name == "name" || column.values.contains { $0 != nil } }
            let builtIn = Set(NetworkKey.nodeKeys + NetworkNode.labelAttributes)
            for name in network.nodeAttributeNames where !builtIn.contains(name) && nodeAttributes[name] == nil {
                nodeColumns.append(Column(name: name, type: .string, values: nodes.map { $0.attributes[name] }))
            }
        }
        nodeColumns += try Self.columns(
            nodeCount: nodes.count, strings: nodeAttributes, scores: scores, reserved: Set(nodeColumns.map(\.name)))

        let summaries = network.ties.map(\.summary)
        func joined(_ lists: [[String]]) -> [String?] {
            lists.map { $0.isEmpty ? nil : AttributeText.join($0, separator: AttributeText.listSeparator) }
        }
        var edgeColumns = [
            Column(name: NetworkKey.kinds, type: .string, values: joined(summaries.map { $0.kinds.map(\.rawValue) })),
            Column(name: NetworkKey.tracks, type: .string, values: joined(summaries.map { $0.tracks.map(\.rawValue) })),
            Column(
                name: NetworkKey.statuses, type: .string, values: joined(summaries.map { $0.statuses.map(\.rawValue) })),
            Column(name: NetworkKey.firstDate, type: .string, values: summaries.map { $0.firstDate?.description }),
            Column(name: NetworkKey.lastDate, type: .string, values: summaries.map { $0.lastDate?.description }),
            Column(name: NetworkKey.interactions, type: .string, values: joined(summaries.map(\.interactionIDs))),
            Column(name: NetworkKey.count, type: .int, values: summaries.map { String($0.count) }),
        ]
        if network.hasAffiliationTies {
            edgeColumns.append(
                Column(
                    name: NetworkKey.affiliation, type: .boolean,
                    values: network.ties.map { $0.isAffiliation ? "true" : "false" }))
        }
        try self.init(
            isDirected: network.graph.isDirected, ids: nodes.map(\.id), nodeColumns: nodeColumns,
            edges: network.ties.map { Edge(source: $0.source, target: $0.target, weight: $0.weight) },
            edgeColumns: edgeColumns, hasWeights: true)
    }
}
