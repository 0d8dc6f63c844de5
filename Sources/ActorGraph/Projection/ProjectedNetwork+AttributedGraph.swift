extension ProjectedNetwork {
    /// A network from a graph read from a file (edge list, Gephi CSV, GraphML), so
    /// that scores, diagrams and exports treat it as they treat a dataset's
    /// projection.
    ///
    /// Nodes: see ``NetworkNode`` for the attributes read (`label`/`name`/`Label`,
    /// `kind`, `country`, `aliases`); every node attribute is kept in
    /// ``NetworkNode/attributes``. Ties: one per tie of the compact graph
    /// (repeated ties merged by adding weights, self-loops left out, as in
    /// ``AttributedGraph/graph``); when the file has the tie attributes ActorGraph
    /// writes (``AttributedGraph/NetworkKey``: `kinds`, `tracks`, `statuses`,
    /// `firstDate`, `lastDate`, `interactions`, `count`, `affiliation`), they
    /// become each tie's ``Tie/summary``, so a network written and read back is
    /// drawn the same way.
    ///
    /// - Parameter graph: the graph as read.
    /// - Complexity: O(V·A + E·B) for A node and B tie attributes, plus O(E log E)
    ///   to order the ties.
    public init(graph: AttributedGraph) {
        let columns = graph.nodeColumns
        let labelColumn = NetworkNode.labelAttributes.lazy.compactMap { graph.nodeColumn($0) }.first
        var nodes: [NetworkNode] = []
        nodes.reserveCapacity(graph.ids.count)
        for (index, id) in graph.ids.enumerated() {
            var attributes: [String: String] = [:]
            for column in columns {
                if let value = column.values[index], !value.isEmpty { attributes[column.name] = value }
            }
            let label = labelColumn?.values[index].flatMap { $0.isEmpty ? nil : $0 } ?? id
            let arabic = attributes["aliases"].flatMap {
                Actor.firstArabic(in: AttributeText.split($0, separator: AttributeText.aliasSeparator))
            }
            nodes.append(
                NetworkNode(
                    id: id, label: label, arabicLabel: arabic, kind: attributes["kind"].flatMap(ActorKind.init(rawValue:)),
                    country: attributes["country"].flatMap(CountryCode.init(rawValue:)), attributes: attributes))
        }

        struct Key: Hashable {
            var source: Int
            var target: Int
        }
        let columnsByName = graph.edgeAttributes
        let describesTies = AttributedGraph.NetworkKey.edgeKeys.contains { columnsByName[$0] != nil }
        let affiliationColumn = columnsByName[AttributedGraph.NetworkKey.affiliation]
        var order: [Key] = []
        var merged: [Key: Tie] = [:]
        for (position, edge) in graph.edges.enumerated() where edge.source != edge.target {
            let key =
                graph.isDirected || edge.source < edge.target
                ? Key(source: edge.source, target: edge.target) : Key(source: edge.target, target: edge.source)
            let summary = describesTies ? Self.summary(columnsByName, at: position) : TieSummary()
            let isAffiliation = affiliationColumn?[position] == "true"
            if var tie = merged[key] {
                tie.weight += edge.weight
                tie.summary.merge(summary)
                tie.isAffiliation = tie.isAffiliation && isAffiliation
                merged[key] = tie
            } else {
                order.append(key)
                merged[key] = Tie(
                    source: key.source, target: key.target, weight: edge.weight, isAffiliation: isAffiliation,
                    summary: summary)
            }
        }
        let ties = order.sorted { ($0.source, $0.target) < ($1.source, $1.target) }.compactMap { merged[$0] }
        self.init(
            graph: graph.graph, nodes: nodes, ties: ties, options: ProjectionOptions(directed: graph.isDirected),
            countryNames: [:], hasAffiliationTies: affiliationColumn != nil)
    }

    /// The summary one tie's attributes give.
    private static func summary(_ columns: [String: [String?]], at position: Int) -> TieSummary {
        func list(_ name: String) -> [String] {
            guard let text = columns[name]?[position] ?? nil, !text.isEmpty else { return [] }
            return AttributeText.split(text, separator: AttributeText.listSeparator)
        }
        func date(_ name: String) -> PartialDate? {
            (columns[name]?[position] ?? nil).flatMap(PartialDate.init(iso:))
        }
        let count = (columns[AttributedGraph.NetworkKey.count]?[position] ?? nil).flatMap { Int($0) }
        return TieSummary(
            kinds: list("kinds").map(InteractionKind.init(rawValue:)),
            tracks: list("tracks").compactMap(ChannelTrack.init(rawValue:)),
            statuses: list("statuses").compactMap(InteractionStatus.init(rawValue:)),
            firstDate: date("firstDate"), lastDate: date("lastDate"), interactionIDs: list("interactions"),
            count: count)
    }
}
