/// When each node and tie of a graph exists, as the `<spells>` of a dynamic GEXF
/// file: closed intervals of whole days.
///
/// ``edges`` has one list per element of ``AttributedGraph/edges`` and ``nodes``
/// one per node; an empty list means "at all times" (the element gets no
/// `<spells>`).
///
/// The rules (see Guides/Formats.md, "GEXF"):
/// - A tie of a dataset projection has one spell per dated interaction behind it,
///   in dataset order: from the first day of the interaction's ``Interaction/date``
///   to the later of that date's last day and its ``Interaction/endDate``'s last
///   day (`2023` → 2023-01-01 … 2023-12-31, `2023-04` → the month). Undated
///   interactions give no spell; a tie none of whose interactions is dated (an
///   affiliation tie, say) has no spells.
/// - A tie read from a graph file has one spell from its `firstDate`'s first day
///   to its `lastDate`'s last day when it carries those attributes (ActorGraph's
///   own GraphML and CSV), else none.
/// - A node's spells are the union of its ties' spells, overlapping intervals
///   merged (an element's intervals may not overlap in Gephi; see
///   ``mergingOverlaps()`` for ties). A node with no tie,
///   or with a tie that has no spells, has none: it exists at all times, as the
///   tie does.
public struct GEXFSpells: Sendable, Hashable {
    /// A closed interval of whole days, `start` … `end`, both at day precision.
    public struct Spell: Sendable, Hashable, Comparable, CustomStringConvertible {
        /// The first day.
        public let start: PartialDate
        /// The last day (not before ``start``).
        public let end: PartialDate

        /// The days a partial date covers, extended to the last day of `through`
        /// when that ends later: `2023-04` is 2023-04-01 … 2023-04-30.
        ///
        /// - Parameters:
        ///   - date: the date; its first day starts the spell.
        ///   - through: a later date (an end date), or `nil`.
        public init(_ date: PartialDate, through: PartialDate? = nil) {
            let days = date.interval
            self.init(DayInterval(unchecked: days.first, last: max(days.last, through?.lastDay.dayNumber ?? days.last)))
        }

        /// The days of an interval (``DayInterval``).
        ///
        /// - Parameter interval: the days.
        public init(_ interval: DayInterval) {
            start = PartialDate(dayNumber: interval.first)
            end = PartialDate(dayNumber: interval.last)
        }

        /// `start/end` in ISO 8601 (`2023-01-01/2023-12-31`).
        public var description: String { "\(start)/\(end)" }

        public static func < (lhs: Spell, rhs: Spell) -> Bool {
            (lhs.start.dayKey, lhs.end.dayKey) < (rhs.start.dayKey, rhs.end.dayKey)
        }
    }

    /// The spells of each node, by node index; empty for "at all times".
    public var nodes: [[Spell]]
    /// The spells of each tie, parallel to ``AttributedGraph/edges``; empty for "at all times".
    public var edges: [[Spell]]

    /// Whether any node or tie has a spell (the graph is dynamic).
    public var isDynamic: Bool { nodes.contains { !$0.isEmpty } || edges.contains { !$0.isEmpty } }

    /// Spells given in full.
    ///
    /// - Parameters:
    ///   - nodes: one list per node.
    ///   - edges: one list per tie.
    public init(nodes: [[Spell]], edges: [[Spell]]) {
        self.nodes = nodes
        self.edges = edges
    }

    /// The tie spells given; each node's spells derived from its ties' (see the rule above).
    ///
    /// - Parameters:
    ///   - edges: one list per element of `ends`.
    ///   - ends: each tie's source and target node index.
    ///   - nodeCount: the number of nodes.
    /// - Complexity: O(V + S log S) for S spells in all.
    public init(edges: [[Spell]], ends: [(source: Int, target: Int)], nodeCount: Int) {
        var collected = [[Spell]](repeating: [], count: nodeCount)
        var always = [Bool](repeating: false, count: nodeCount)
        var hasTie = [Bool](repeating: false, count: nodeCount)
        for (spells, end) in zip(edges, ends) {
            for node in end.source == end.target ? [end.source] : [end.source, end.target]
            where collected.indices.contains(node) {
                hasTie[node] = true
                if spells.isEmpty { always[node] = true } else { collected[node] += spells }
            }
        }
        self.nodes = (0..<nodeCount).map { hasTie[$0] && !always[$0] ? Self.merged(collected[$0]) : [] }
        self.edges = edges
    }

    /// The spells of a dataset projection: one per dated interaction on each tie,
    /// in the order of ``ProjectedNetwork/ties`` (the order of
    /// ``AttributedGraph/init(network:scores:nodeAttributes:)``'s edges).
    ///
    /// - Parameters:
    ///   - network: the projection of `dataset`.
    ///   - dataset: the dataset whose ``Dataset/interactions`` the ties' indices refer to.
    /// - Complexity: O(V + I log I) for I interactions on the ties.
    public init(network: ProjectedNetwork, dataset: Dataset) {
        let edges = network.ties.map { tie in
            tie.interactions.compactMap { index in
                dataset.interactions.indices.contains(index) ? dataset.interactions[index].spell : nil
            }
        }
        self.init(
            edges: edges, ends: network.ties.map { ($0.source, $0.target) }, nodeCount: network.nodes.count)
    }

    /// The spells a graph read from a file gives: one per tie with a `firstDate`
    /// or `lastDate` attribute (``AttributedGraph/NetworkKey``), from the first
    /// day of `firstDate` to the last day of `lastDate` (either standing for the
    /// other when only one parses as a date); none for other ties.
    ///
    /// - Parameter graph: the graph as read.
    /// - Complexity: O(V + E log E).
    public init(tieDatesOf graph: AttributedGraph) {
        let firsts = graph.edgeColumn(AttributedGraph.NetworkKey.firstDate)?.values
        let lasts = graph.edgeColumn(AttributedGraph.NetworkKey.lastDate)?.values
        let edges = graph.edges.indices.map { position -> [Spell] in
            let first = (firsts?[position] ?? nil).flatMap(PartialDate.init(iso:))
            let last = (lasts?[position] ?? nil).flatMap(PartialDate.init(iso:))
            guard let start = first ?? last else { return [] }
            return [Spell(start, through: last ?? first)]
        }
        self.init(edges: edges, ends: graph.edges.map { ($0.source, $0.target) }, nodeCount: graph.ids.count)
    }

    /// The same spells with each tie's intervals sorted and those that share a day
    /// joined into one (nodes' already are), for Gephi: its graph store refuses
    /// overlapping intervals on one element ("Overlapping intervals aren't
    /// allowed"), as when a tie has a call dated `2023` and talks dated `2023-04`.
    /// A tie then has fewer spells than dated interactions.
    ///
    /// - Complexity: O(S log S) for S spells.
    public func mergingOverlaps() -> GEXFSpells {
        GEXFSpells(nodes: nodes.map(Self.merged), edges: edges.map(Self.merged))
    }

    /// The intervals sorted, with those that share a day joined into one.
    static func merged(_ spells: [Spell]) -> [Spell] {
        var result: [Spell] = []
        for spell in spells.sorted() {
            if let last = result.last, spell.start.dayKey <= last.end.dayKey {
                if last.end.dayKey < spell.end.dayKey {
                    result[result.count - 1] = Spell(last.start, through: spell.end)
                }
            } else {
                result.append(spell)
            }
        }
        return result
    }
}

extension Interaction {
    /// The days the interaction covers (``Interaction/interval``) as a GEXF spell,
    /// or `nil` when undated.
    var spell: GEXFSpells.Spell? {
        interval.map(GEXFSpells.Spell.init)
    }
}

/// Writes a graph as GEXF 1.3 (https://gexf.net, schema in the `gephi/gexf`
/// repository, `1.3/`), the XML format of Gephi, read by networkx
/// (`read_gexf`) and igraph.
///
/// With spells (``GEXFSpells``), the graph is `mode="dynamic"` with
/// `timeformat="date"` and `timerepresentation="interval"`: every node and tie
/// that exists only at some times has `<spells>` of `<spell start="YYYY-MM-DD"
/// end="YYYY-MM-DD"/>` closed intervals. GEXF's `date` time format is
/// `xs:date`, a full day, so a partial date is written as the days it covers;
/// the precision reported stays in the `firstDate`/`lastDate` attributes. Without
/// any spell the graph is `mode="static"`.
///
/// Attributes are those of ``GraphMLWriter``: every column becomes an
/// `<attribute>` of class `node` or `edge`, typed (`string`, `boolean`,
/// `integer`, `long`, `float`, `double`), with id `n_NAME` / `e_NAME` (or
/// `n_N` / `e_N` for names that are not plain ASCII); a missing value has no
/// `<attvalue>`. A node's `label` is its `label`, `name` or `Label` attribute (the
/// first of these columns the graph has), else its id. A weighted graph's weights are GEXF's `weight` on each edge.
/// Edges have ids `0`, `1`, … in order; `defaultedgetype` is `directed` or
/// `undirected` as the graph is.
///
/// Output is deterministic (columns, nodes and ties in the graph's order, no
/// time stamp, two-space indentation, UTF-8) and every string is escaped exactly
/// (see ``XMLText``); a character XML 1.0 cannot carry throws ``ExportError``.
///
/// ```swift
/// let network = dataset.project()
/// let xml = try GEXFWriter.write(
///     AttributedGraph(network: network), spells: GEXFSpells(network: network, dataset: dataset))
/// ```
public enum GEXFWriter {
    /// The GEXF namespace, `http://gexf.net/1.3`.
    public static let namespace = "http://gexf.net/1.3"

    /// The GEXF of a graph with attributes and, optionally, when its nodes and ties exist.
    ///
    /// - Parameters:
    ///   - graph: the graph to write.
    ///   - spells: the intervals of each node and tie; `nil` (or no spell at all)
    ///     writes a static graph.
    /// - Throws: ``ExportError``: `.unrepresentableCharacter` for a character XML
    ///   1.0 cannot carry, `.attributeNameConflict` for an edge attribute named
    ///   `weight` in a weighted graph, `.attributeLength` when `spells` does not
    ///   have one list per node and per tie.
    /// - Complexity: O(V·A + E·B + S + total text length), A node and B edge
    ///   attributes, S spells.
    public static func write(_ graph: AttributedGraph, spells: GEXFSpells? = nil) throws(ExportError) -> String {
        if let spells {
            guard spells.nodes.count == graph.ids.count else {
                throw ExportError(
                    kind: .attributeLength, location: "node spells",
                    message: "expected one list per node (\(graph.ids.count)), found \(spells.nodes.count)")
            }
            guard spells.edges.count == graph.edges.count else {
                throw ExportError(
                    kind: .attributeLength, location: "tie spells",
                    message: "expected one list per tie (\(graph.edges.count)), found \(spells.edges.count)")
            }
        }
        if graph.hasWeights, graph.edgeColumns.contains(where: { $0.name == "weight" }) {
            throw ExportError(
                kind: .attributeNameConflict, location: "edge attribute \"weight\"",
                message: "the name is reserved for the tie weight")
        }
        let dynamic = spells?.isDynamic ?? false
        let nodeIDs = GraphMLWriter.keyIDs(for: graph.nodeColumns.map(\.name), prefix: "n_", reserved: [])
        let edgeIDs = GraphMLWriter.keyIDs(for: graph.edgeColumns.map(\.name), prefix: "e_", reserved: [])

        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="\(namespace)" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="\(namespace) \(namespace)/gexf.xsd" version="1.3">
              <meta>
                <creator>ActorGraph</creator>
              </meta>

            """
        let edgeType = graph.isDirected ? "directed" : "undirected"
        out +=
            dynamic
            ? "  <graph mode=\"dynamic\" defaultedgetype=\"\(edgeType)\" timeformat=\"date\" timerepresentation=\"interval\">\n"
            : "  <graph mode=\"static\" defaultedgetype=\"\(edgeType)\">\n"
        out += try attributesBlock(graph.nodeColumns, ids: nodeIDs, domain: "node")
        out += try attributesBlock(graph.edgeColumns, ids: edgeIDs, domain: "edge")

        let labels = labelValues(graph)
        out += "    <nodes count=\"\(graph.ids.count)\">\n"
        for (index, id) in graph.ids.enumerated() {
            let escapedID = try XMLText.escaped(id, inAttribute: true, location: "node \"\(id)\" id")
            let label = try XMLText.escaped(labels[index], inAttribute: true, location: "node \"\(id)\" label")
            let body =
                try attvalues(graph.nodeColumns, ids: nodeIDs, at: index, location: "node \"\(id)\"")
                + spellsBlock(spells?.nodes[index] ?? [])
            let open = "      <node id=\"\(escapedID)\" label=\"\(label)\""
            out += body.isEmpty ? open + "/>\n" : open + ">\n" + body + "      </node>\n"
        }
        out += "    </nodes>\n"

        out += "    <edges count=\"\(graph.edges.count)\">\n"
        for (position, edge) in graph.edges.enumerated() {
            let sourceID = graph.ids[edge.source]
            let targetID = graph.ids[edge.target]
            let source = try XMLText.escaped(sourceID, inAttribute: true, location: "node id")
            let target = try XMLText.escaped(targetID, inAttribute: true, location: "node id")
            var open = "      <edge id=\"\(position)\" source=\"\(source)\" target=\"\(target)\""
            if graph.hasWeights { open += " weight=\"\(AttributeText.text(for: edge.weight))\"" }
            let body =
                try attvalues(
                    graph.edgeColumns, ids: edgeIDs, at: position, location: "tie \"\(sourceID)\"–\"\(targetID)\"")
                + spellsBlock(spells?.edges[position] ?? [])
            out += body.isEmpty ? open + "/>\n" : open + ">\n" + body + "      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    /// The GEXF of a dataset's projection with the attributes of
    /// ``AttributedGraph/NetworkKey``, optional score columns, and one spell per
    /// dated interaction on each tie (see ``GEXFSpells/init(network:dataset:)``).
    ///
    /// - Parameters:
    ///   - network: the projection of `dataset`.
    ///   - dataset: the dataset projected.
    ///   - scores: numeric node attributes (type `double`); `nil` omits a value.
    /// - Throws: ``ExportError``.
    /// - Complexity: as ``write(_:spells:)``.
    public static func write(network: ProjectedNetwork, dataset: Dataset, scores: [String: [Double?]] = [:])
        throws(ExportError) -> String
    {
        try write(
            AttributedGraph(network: network, scores: scores), spells: GEXFSpells(network: network, dataset: dataset))
    }

    // MARK: - Parts

    private static func attributesBlock(_ columns: [AttributedGraph.Column], ids: [String], domain: String)
        throws(ExportError) -> String
    {
        guard !columns.isEmpty else { return "" }
        var out = "    <attributes class=\"\(domain)\" mode=\"static\">\n"
        for (column, id) in zip(columns, ids) {
            let title = try XMLText.escaped(
                column.name, inAttribute: true, location: "\(domain) attribute name \"\(column.name)\"")
            out += "      <attribute id=\"\(id)\" title=\"\(title)\" type=\"\(typeName(column.type))\"/>\n"
        }
        return out + "    </attributes>\n"
    }

    private static func attvalues(
        _ columns: [AttributedGraph.Column], ids: [String], at index: Int, location: String
    ) throws(ExportError) -> String {
        var out = ""
        for (column, id) in zip(columns, ids) {
            guard let value = column.values[index] else { continue }
            let text = try XMLText.escaped(
                value, inAttribute: true, location: "\(location), attribute \"\(column.name)\"")
            out += "          <attvalue for=\"\(id)\" value=\"\(text)\"/>\n"
        }
        return out.isEmpty ? "" : "        <attvalues>\n" + out + "        </attvalues>\n"
    }

    private static func spellsBlock(_ spells: [GEXFSpells.Spell]) -> String {
        guard !spells.isEmpty else { return "" }
        var out = "        <spells>\n"
        for spell in spells {
            out += "          <spell start=\"\(spell.start)\" end=\"\(spell.end)\"/>\n"
        }
        return out + "        </spells>\n"
    }

    /// GEXF's name for a value type.
    static func typeName(_ type: AttributedGraph.ValueType) -> String {
        switch type {
        case .string: "string"
        case .boolean: "boolean"
        case .int: "integer"
        case .long: "long"
        case .float: "float"
        case .double: "double"
        }
    }

    /// Each node's label as ``ProjectedNetwork/init(graph:)`` reads it: the value of
    /// the first of the `label`, `name` and `Label` columns the graph has, else
    /// (no such column, or an empty value) the id.
    private static func labelValues(_ graph: AttributedGraph) -> [String] {
        let column = NetworkNode.labelAttributes.lazy.compactMap { graph.nodeColumn($0) }.first
        return graph.ids.enumerated().map { index, id in
            column?.values[index].flatMap { $0.isEmpty ? nil : $0 } ?? id
        }
    }
}
