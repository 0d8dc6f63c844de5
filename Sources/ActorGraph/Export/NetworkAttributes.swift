extension AttributedGraph {
    /// The node and tie attributes every export of a dataset projection carries.
    ///
    /// Nodes: `name`, `kind`, `country` (ISO 3166-1 alpha-2, absent when unknown)
    /// and `aliases` (joined with ``AttributeText/aliasSeparator``, absent when
    /// there are none), all strings.
    ///
    /// Ties: `kinds` and `tracks` (the distinct interaction kinds and tracks on the
    /// tie, in their natural order, joined with ``AttributeText/listSeparator``),
    /// `firstDate` and `lastDate` (ISO 8601 at the precision reported: the earliest
    /// start and the latest end), `interactions` (the interaction ids, in dataset
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
        public static let edgeKeys = ["kinds", "tracks", "firstDate", "lastDate", "interactions", "count"]
        /// The boolean tie attribute written after ``edgeKeys`` when affiliations are
        /// projected.
        public static let affiliation = "affiliation"
    }

    /// The projection of a dataset with its actors' and ties' attributes (see
    /// ``NetworkKey``), plus extra node columns.
    ///
    /// - Parameters:
    ///   - network: the projection; node `i` is `network.actors[i]`.
    ///   - dataset: the dataset it was projected from (for the interactions behind each tie).
    ///   - scores: numeric node columns (type `double`, `nil` for a missing value),
    ///     written in name order after the text columns.
    ///   - nodeAttributes: extra text node columns, written in name order after the
    ///     built-in keys.
    /// - Throws: ``ExportError`` when an extra column's name is a built-in key or
    ///   used twice, or its length differs from the node count, or two actors
    ///   share an id (possible only in a dataset that fails ``Dataset/validate()``).
    /// - Complexity: O(V·A + T·k log k) for A attributes and T ties of at most k interactions.
    public init(
        network: ProjectedNetwork, dataset: Dataset, scores: [String: [Double?]] = [:],
        nodeAttributes: [String: [String?]] = [:]
    ) throws(ExportError) {
        let actors = network.actors
        var seen = Set<String>()
        for actor in actors where !seen.insert(actor.id).inserted {
            throw ExportError(
                kind: .duplicateNodeID, location: "actor \"\(actor.id)\"", message: "two actors have this id")
        }
        var nodeColumns: [Column] = [
            Column(name: "name", type: .string, values: actors.map(\.name)),
            Column(name: "kind", type: .string, values: actors.map(\.kind.rawValue)),
            Column(name: "country", type: .string, values: actors.map { $0.country?.rawValue }),
            Column(
                name: "aliases", type: .string,
                values: actors.map {
                    $0.aliases.isEmpty ? nil : AttributeText.join($0.aliases, separator: AttributeText.aliasSeparator)
                }),
        ]
        nodeColumns += try Self.columns(
            nodeCount: actors.count, strings: nodeAttributes, scores: scores, reserved: Set(NetworkKey.nodeKeys))

        var kinds: [String?] = []
        var tracks: [String?] = []
        var firstDates: [String?] = []
        var lastDates: [String?] = []
        var ids: [String?] = []
        var counts: [String?] = []
        var affiliation: [String?] = []
        for tie in network.ties {
            let interactions = tie.interactions.map { dataset.interactions[$0] }
            let tieKinds = Array(Set(interactions.map(\.kind))).sorted()
            let tieTracks = Array(Set(interactions.compactMap(\.track))).sorted()
            kinds.append(interactions.isEmpty ? nil : AttributeText.join(tieKinds.map(\.rawValue), separator: ","))
            tracks.append(tieTracks.isEmpty ? nil : AttributeText.join(tieTracks.map(\.rawValue), separator: ","))
            firstDates.append(interactions.compactMap(\.date).min()?.description)
            let ends = interactions.compactMap { $0.endDate ?? $0.date }
            let last = ends.max { ($0.lastDay, $0.precision) < ($1.lastDay, $1.precision) }
            lastDates.append(last?.description)
            ids.append(interactions.isEmpty ? nil : AttributeText.join(interactions.map(\.id), separator: ","))
            counts.append(String(interactions.count))
            affiliation.append(tie.isAffiliation ? "true" : "false")
        }
        var edgeColumns = [
            Column(name: "kinds", type: .string, values: kinds),
            Column(name: "tracks", type: .string, values: tracks),
            Column(name: "firstDate", type: .string, values: firstDates),
            Column(name: "lastDate", type: .string, values: lastDates),
            Column(name: "interactions", type: .string, values: ids),
            Column(name: "count", type: .int, values: counts),
        ]
        if network.options.includeAffiliations {
            edgeColumns.append(Column(name: NetworkKey.affiliation, type: .boolean, values: affiliation))
        }
        try self.init(
            isDirected: network.graph.isDirected, ids: actors.map(\.id), nodeColumns: nodeColumns,
            edges: network.ties.map { Edge(source: $0.source, target: $0.target, weight: $0.weight) },
            edgeColumns: edgeColumns, hasWeights: true)
    }
}
