/// Writes a projected network as Graphviz DOT, styled by a ``DiagramStyle``.
///
/// ```swift
/// let network = dataset.project()
/// let dot = try DOTWriter(style: DiagramStyle()).write(network, dataset: dataset)
/// ```
///
/// The output is deterministic: nodes in graph order, ties in ``ProjectedNetwork/ties``
/// order, clusters and legend entries in a fixed order, attributes sorted by name,
/// numbers rounded to three decimals. Every id and label is escaped exactly (see
/// ``DOTEscaping``): node ids are the actor ids, labels display the actor names.
///
/// A tie that carries several interactions is drawn once: its colour is that of
/// its most frequent interaction kind and its line style that of its most frequent
/// channel track (ties between counts go to the earlier kind and the more official
/// track), its pen width follows its weight.
public struct DOTWriter: Sendable {
    /// The style to draw with.
    public var style: DiagramStyle

    /// Creates a writer.
    ///
    /// - Parameter style: The look of the diagram.
    public init(style: DiagramStyle = DiagramStyle()) {
        self.style = style
    }

    /// The DOT text of a network.
    ///
    /// - Parameters:
    ///   - network: The projection to draw; its nodes, in order, are the nodes of the
    ///     diagram, and ``DiagramStyle/nodeScores`` is indexed the same way.
    ///   - dataset: The dataset `network` was projected from (for interaction kinds,
    ///     tracks and dates, and country names in the legend).
    /// - Returns: A complete `graph` (or `digraph` for a directed network).
    /// - Throws: ``DOTExportError`` when a name cannot be written exactly or the
    ///   scores do not match the nodes.
    /// - Complexity: O((V + E) log(V + E) + I), V nodes, E ties and I interactions
    ///   on the ties.
    public func write(_ network: ProjectedNetwork, dataset: Dataset) throws(DOTExportError) -> String {
        var context = try DOTWriterContext(style: style, network: network, dataset: dataset)
        return try context.render()
    }
}

extension Dataset {
    /// The DOT text of this dataset's network, projected with `options` and drawn with `style`.
    ///
    /// - Parameters:
    ///   - options: How to project the interactions onto ties.
    ///   - style: The look of the diagram.
    /// - Throws: ``DOTExportError``, as ``DOTWriter/write(_:dataset:)`` throws it.
    /// - Complexity: that of ``project(_:)`` plus ``DOTWriter/write(_:dataset:)``.
    public func dot(
        options: ProjectionOptions = ProjectionOptions(), style: DiagramStyle = DiagramStyle()
    ) throws(DOTExportError) -> String {
        try DOTWriter(style: style).write(project(options), dataset: self)
    }
}

/// The state of one write: colours handed out, legend ids chosen, text emitted.
struct DOTWriterContext {
    let style: DiagramStyle
    let network: ProjectedNetwork
    let dataset: Dataset
    let countryOrder: [CountryCode]
    let countryColor: [CountryCode: String]
    let scaledScores: [Double]?
    let tieSummaries: [TieSummary]
    var usedIDs: Set<String>
    var out = ""

    /// What a tie's interactions add up to.
    struct TieSummary {
        var kindCounts: [(InteractionKind, Int)]
        var track: ChannelTrack?
        var firstDate: PartialDate?
        var lastDate: PartialDate?
        var dominantKind: InteractionKind? { kindCounts.first?.0 }
    }

    init(style: DiagramStyle, network: ProjectedNetwork, dataset: Dataset) throws(DOTExportError) {
        self.style = style
        self.network = network
        self.dataset = dataset
        usedIDs = Set(network.actors.map(\.id))

        // Countries: most actors first, then by code.
        var countryCounts: [CountryCode: Int] = [:]
        for actor in network.actors {
            if let country = actor.country { countryCounts[country, default: 0] += 1 }
        }
        let order = countryCounts.sorted { ($1.value, $0.key.rawValue) < ($0.value, $1.key.rawValue) }.map(\.key)
        countryOrder = order
        var colors: [CountryCode: String] = [:]
        var next = 0
        for country in order {
            if let fixed = style.countryColors[country] {
                colors[country] = fixed
            } else if !style.palette.isEmpty {
                colors[country] = style.palette[next % style.palette.count]
                next += 1
            } else {
                colors[country] = style.noCountryColor
            }
        }
        countryColor = colors

        if let scores = style.nodeScores {
            guard scores.count == network.actors.count else {
                throw .scoreCountMismatch(expected: network.actors.count, actual: scores.count)
            }
            let finite = scores.filter(\.isFinite)
            let low = finite.min() ?? 0
            let high = finite.max() ?? 0
            scaledScores = scores.map { score in
                guard score.isFinite else { return 0 }
                return high > low ? (score - low) / (high - low) : 0.5
            }
        } else {
            scaledScores = nil
        }

        tieSummaries = network.ties.map { tie in
            DOTWriterContext.summarize(tie.interactions.compactMap {
                dataset.interactions.indices.contains($0) ? dataset.interactions[$0] : nil
            })
        }
    }

    static func summarize(_ interactions: [Interaction]) -> TieSummary {
        var kinds: [InteractionKind: Int] = [:]
        var tracks: [ChannelTrack: Int] = [:]
        var first: PartialDate?
        var last: PartialDate?
        for interaction in interactions {
            kinds[interaction.kind, default: 0] += 1
            if let track = interaction.track { tracks[track, default: 0] += 1 }
            if let date = interaction.date {
                if first.map({ date < $0 }) ?? true { first = date }
                let end = interaction.endDate ?? date
                if last.map({ $0 < end }) ?? true { last = end }
            }
        }
        let kindCounts = kinds.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        let track = tracks.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.first?.key
        return TieSummary(kindCounts: kindCounts, track: track, firstDate: first, lastDate: last)
    }

    // MARK: Emission

    mutating func render() throws(DOTExportError) -> String {
        let directed = network.graph.isDirected
        out = directed ? "digraph " : "graph "
        out += "\"actorgraph\" {\n"

        var graphAttributes = DiagramStyle.defaultGraphAttributes
        if let title = style.title {
            graphAttributes["label"] = .label(title)
            graphAttributes["labelloc"] = "t"
            graphAttributes["fontsize"] = 20
        }
        graphAttributes.merge(style.graphAttributes) { $1 }
        try statement("graph", graphAttributes, owner: "graph")

        var nodeDefaults: [String: DOTAttributeValue] = [
            "style": "filled",
            "fontname": "DejaVu Sans",
            "fontsize": .number((style.fontSizeRange.lowerBound + style.fontSizeRange.upperBound) / 2),
            "color": "#333333",
            "penwidth": 1,
            "margin": "0.12,0.06",
        ]
        nodeDefaults.merge(style.nodeDefaults) { $1 }
        try statement("node", nodeDefaults, owner: "every node")

        var edgeDefaults: [String: DOTAttributeValue] = [
            "fontname": "DejaVu Sans",
            "fontsize": 9,
            "arrowsize": 0.7,
        ]
        edgeDefaults.merge(style.edgeDefaults) { $1 }
        try statement("edge", edgeDefaults, owner: "every edge")

        try writeNodes()
        try writeEdges(directed: directed)
        if style.joinComponents { try writeComponentJoins(directed: directed) }
        if style.showLegend { try writeLegend(directed: directed) }
        out += "}\n"
        return out
    }

    /// `keyword [a=b, …];` at top level.
    mutating func statement(
        _ keyword: String, _ attributes: [String: DOTAttributeValue], owner: String, indent: String = "\t"
    ) throws(DOTExportError) {
        out += indent + keyword + " " + (try attributeList(attributes, owner: owner)) + ";\n"
    }

    /// `[a=b, c=d]`, sorted by name.
    func attributeList(_ attributes: [String: DOTAttributeValue], owner: String) throws(DOTExportError) -> String {
        var parts: [String] = []
        parts.reserveCapacity(attributes.count)
        for name in attributes.keys.sorted() {
            guard let value = attributes[name] else { continue }
            do {
                parts.append(try DOTEscaping.identifier(name) + "=" + value.token())
            } catch {
                throw .unrepresentableText(error, place: .attribute(name: name, owner: owner))
            }
        }
        return "[" + parts.joined(separator: ", ") + "]"
    }

    func nodeID(_ actorID: String) throws(DOTExportError) -> String {
        do {
            return try DOTEscaping.identifier(actorID)
        } catch {
            throw .unrepresentableText(error, place: .actorID(actorID))
        }
    }

    /// The text a node shows, before escaping.
    func labelText(for actor: Actor) -> String {
        switch style.labels {
        case .english: actor.name
        case .arabic: actor.arabicName ?? actor.name
        case .both:
            if let arabic = actor.arabicName, arabic != actor.name { actor.name + "\n" + arabic } else { actor.name }
        }
    }

    func fillColor(for country: CountryCode?) -> String {
        country.flatMap { countryColor[$0] } ?? style.noCountryColor
    }

    func nodeAttributes(node: Int) -> [String: DOTAttributeValue] {
        let actor = network.actors[node]
        let fill = fillColor(for: actor.country)
        var attributes: [String: DOTAttributeValue] = [
            "label": .label(labelText(for: actor)),
            "shape": .string(style.shapes[actor.kind] ?? "ellipse"),
            "fillcolor": .string(fill),
            "fontcolor": .string(DiagramColor.textColor(onFill: fill)),
        ]
        if let scaled = scaledScores?[node] {
            let width = style.nodeWidthRange
            let font = style.fontSizeRange
            attributes["width"] = .number(width.lowerBound + scaled * (width.upperBound - width.lowerBound))
            attributes["fontsize"] = .number(font.lowerBound + scaled * (font.upperBound - font.lowerBound))
        }
        if let overrides = style.nodeOverrides[actor.id] { attributes.merge(overrides) { $1 } }
        return attributes
    }

    mutating func writeNode(_ node: Int, indent: String) throws(DOTExportError) {
        let actor = network.actors[node]
        let id = try nodeID(actor.id)
        let attributes = nodeAttributes(node: node)
        let list: String
        do {
            list = try attributeList(attributes, owner: "actor " + DOTExportError.quoted(actor.id))
        } catch {
            // A bad computed label is about the actor's name, not an attribute.
            if case .unrepresentableText(let inner, .attribute("label", _)) = error,
                style.nodeOverrides[actor.id]?["label"] == nil
            {
                throw .unrepresentableText(inner, place: .actorLabel(actorID: actor.id))
            }
            throw error
        }
        out += indent + id + " " + list + ";\n"
    }

    mutating func writeNodes() throws(DOTExportError) {
        guard style.clusterBy == .country else {
            for node in network.actors.indices { try writeNode(node, indent: "\t") }
            return
        }
        var members: [CountryCode: [Int]] = [:]
        var loose: [Int] = []
        for (node, actor) in network.actors.enumerated() {
            if let country = actor.country { members[country, default: []].append(node) } else { loose.append(node) }
        }
        for country in countryOrder {
            guard let nodes = members[country] else { continue }
            out += "\tsubgraph " + (try clusterID("cluster_country_" + country.rawValue)) + " {\n"
            let fill = fillColor(for: country)
            try statement(
                "graph",
                [
                    "label": .label(countryTitle(country)), "style": "rounded,dashed", "color": .string(fill),
                    "penwidth": 1.5, "fontsize": 16, "fontcolor": "#333333", "labeljust": "l",
                ], owner: "cluster " + country.rawValue, indent: "\t\t")
            for node in nodes { try writeNode(node, indent: "\t\t") }
            out += "\t}\n"
        }
        for node in loose { try writeNode(node, indent: "\t") }
    }

    /// A country's name for titles: the name of its country actor if the dataset has one.
    func countryTitle(_ country: CountryCode) -> String {
        if let actor = dataset.actors.first(where: { $0.kind == .country && $0.country == country }) {
            return actor.name + " (" + country.rawValue + ")"
        }
        return country.rawValue
    }

    /// A new id for a cluster or legend node, not equal to any actor id.
    mutating func clusterID(_ base: String) throws(DOTExportError) -> String {
        try DOTWriterContext.escapeGenerated(freshID(base))
    }

    mutating func freshID(_ base: String) -> String {
        var candidate = base
        var counter = 1
        while usedIDs.contains(candidate) {
            counter += 1
            candidate = base + "_" + String(counter)
        }
        usedIDs.insert(candidate)
        return candidate
    }

    static func escapeGenerated(_ id: String) throws(DOTExportError) -> String {
        do { return try DOTEscaping.identifier(id) } catch { throw .unrepresentableText(error, place: .legend) }
    }

    func edgeAttributes(tie: ProjectedNetwork.Tie, summary: TieSummary, weightRange: (Double, Double))
        -> [String: DOTAttributeValue]
    {
        var attributes: [String: DOTAttributeValue] = [:]
        if tie.isAffiliation {
            attributes["color"] = .string(style.affiliationColor)
            attributes["style"] = .string(style.affiliationStyle)
        } else {
            let kindColor = summary.dominantKind.map { style.kindColors[$0] ?? style.otherKindColor }
            attributes["color"] = .string(kindColor ?? style.otherKindColor)
            attributes["style"] = .string(summary.track.map { style.trackStyles[$0] ?? style.untrackedStyle } ?? style.untrackedStyle)
        }
        let (low, high) = weightRange
        let scaled = high > low ? (tie.weight - low) / (high - low) : 0
        let pen = style.penWidthRange
        attributes["penwidth"] = .number(pen.lowerBound + scaled * (pen.upperBound - pen.lowerBound))
        if !style.edgeLabels.isEmpty, !tie.isAffiliation {
            var lines: [String] = []
            if style.edgeLabels.contains(.kind) {
                lines.append(
                    summary.kindCounts.map { $0.1 > 1 ? "\($0.0.rawValue) ×\($0.1)" : $0.0.rawValue }
                        .joined(separator: ", "))
            }
            if style.edgeLabels.contains(.date), let first = summary.firstDate, let last = summary.lastDate {
                lines.append(first == last ? first.description : first.description + " – " + last.description)
            }
            let text = lines.filter { !$0.isEmpty }.joined(separator: "\n")
            if !text.isEmpty { attributes["label"] = .label(text) }
        }
        let source = network.actors[tie.source].id
        let target = network.actors[tie.target].id
        let key = DiagramStyle.TieKey(source, target)
        if let overrides = style.edgeOverrides[key] {
            attributes.merge(overrides) { $1 }
        } else if !network.graph.isDirected, let overrides = style.edgeOverrides[DiagramStyle.TieKey(target, source)] {
            attributes.merge(overrides) { $1 }
        }
        return attributes
    }

    mutating func writeEdges(directed: Bool) throws(DOTExportError) {
        let weights = network.ties.map(\.weight).filter(\.isFinite)
        let range = (weights.min() ?? 1, weights.max() ?? 1)
        let arrow = directed ? " -> " : " -- "
        for (tie, summary) in zip(network.ties, tieSummaries) {
            let source = network.actors[tie.source].id
            let target = network.actors[tie.target].id
            let attributes = edgeAttributes(tie: tie, summary: summary, weightRange: range)
            let owner = "the tie " + DOTExportError.quoted(source) + " – " + DOTExportError.quoted(target)
            let list: String
            do {
                list = try attributeList(attributes, owner: owner)
            } catch {
                if case .unrepresentableText(let inner, .attribute("label", _)) = error {
                    throw .unrepresentableText(inner, place: .edgeLabel(source: source, target: target))
                }
                throw error
            }
            out += "\t" + (try nodeID(source)) + arrow + (try nodeID(target)) + " " + list + ";\n"
        }
    }

    /// The first node of each connected component, in node order.
    func componentRoots() -> [Int] {
        var parent = Array(network.actors.indices)
        func find(_ node: Int) -> Int {
            var node = node
            while parent[node] != node {
                parent[node] = parent[parent[node]]
                node = parent[node]
            }
            return node
        }
        for tie in network.ties {
            let a = find(tie.source)
            let b = find(tie.target)
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        return network.actors.indices.filter { find($0) == $0 }
    }

    /// Invisible, non-ranking edges from the first component's first node to each
    /// other component's first node (see ``DiagramStyle/joinComponents``).
    mutating func writeComponentJoins(directed: Bool) throws(DOTExportError) {
        let roots = componentRoots()
        guard let first = roots.first else { return }
        let arrow = directed ? " -> " : " -- "
        for root in roots.dropFirst() {
            out += "\t" + (try nodeID(network.actors[first].id)) + arrow + (try nodeID(network.actors[root].id))
                + " [constraint=\"false\", style=\"invis\"];\n"
        }
    }

    // MARK: Legend

    mutating func writeLegend(directed: Bool) throws(DOTExportError) {
        let arrow = directed ? " -> " : " -- "
        // A plain subgraph, not a cluster: Graphviz 2.42's dot crashes when a cluster is
        // joined to the rest by an edge, and leaks when the legend is a separate component.
        out += "\tsubgraph " + (try clusterID("legend")) + " {\n"
        let plain: [String: DOTAttributeValue] = [
            "shape": "plaintext", "style": "solid", "fontsize": 12, "fontcolor": "#333333", "margin": "0.02",
        ]
        try statement("node", ["fontsize": 12], owner: "legend", indent: "\t\t")

        // The column of nodes: title, shapes, then colours, then the size note.
        var column: [String] = []
        let titleID = freshID("legend_title")
        column.append(titleID)
        try legendNode(titleID, plain.merging(["label": .label("Legend"), "fontsize": 16, "fontcolor": "#000000"]) { $1 })
        let kinds = Set(network.actors.map(\.kind)).sorted()
        for kind in kinds {
            let id = freshID("legend_shape_" + kind.rawValue)
            column.append(id)
            try legendNode(
                id,
                [
                    "shape": .string(style.shapes[kind] ?? "ellipse"), "fillcolor": "#FFFFFF",
                    "label": .label(kind.rawValue), "fontcolor": "#000000",
                ])
        }
        for country in countryOrder {
            let fill = fillColor(for: country)
            let id = freshID("legend_country_" + country.rawValue)
            column.append(id)
            try legendNode(
                id,
                [
                    "shape": "box", "fillcolor": .string(fill), "label": .label(countryTitle(country)),
                    "fontcolor": .string(DiagramColor.textColor(onFill: fill)),
                ])
        }
        if network.actors.contains(where: { $0.country == nil }) {
            let id = freshID("legend_country_none")
            column.append(id)
            try legendNode(
                id, ["shape": "box", "fillcolor": .string(style.noCountryColor), "label": .label("no country")])
        }
        if let name = style.nodeScoreName, style.nodeScores != nil {
            let id = freshID("legend_size")
            column.append(id)
            try legendNode(id, plain.merging(["label": .label("node size: " + name)]) { $1 })
        }

        // Line samples: one per track present, one per kind present, affiliations.
        var samples: [(String, [String: DOTAttributeValue])] = []
        let summaries = zip(network.ties, tieSummaries).filter { !$0.0.isAffiliation }.map(\.1)
        let tracks = Set(summaries.compactMap(\.track)).sorted()
        for track in tracks {
            let name: String =
                switch track {
                case .official: "official (track 1)"
                case .track1_5: "track 1.5"
                case .track2: "track 2"
                }
            samples.append((name, ["style": .string(style.trackStyles[track] ?? style.untrackedStyle), "color": "#333333"]))
        }
        if summaries.contains(where: { $0.track == nil }) {
            samples.append(("track not stated", ["style": .string(style.untrackedStyle), "color": "#333333"]))
        }
        let kindsPresent = Set(summaries.compactMap(\.dominantKind)).sorted()
        for kind in kindsPresent {
            samples.append(
                (kind.rawValue, ["color": .string(style.kindColors[kind] ?? style.otherKindColor), "penwidth": 2.5]))
        }
        if network.ties.contains(where: \.isAffiliation) {
            samples.append(
                ("affiliation", ["color": .string(style.affiliationColor), "style": .string(style.affiliationStyle)]))
        }
        if !network.ties.isEmpty {
            samples.append(("thicker: more contacts", ["color": "#333333", "penwidth": .number(style.penWidthRange.upperBound)]))
        }
        var sampleStarts: [String] = []
        for (index, (name, edgeAttributes)) in samples.enumerated() {
            let left = freshID("legend_line_\(index)_from")
            let right = freshID("legend_line_\(index)_to")
            sampleStarts.append(left)
            try legendNode(left, plain.merging(["label": .label(name)]) { $1 })
            try legendNode(right, ["shape": "point", "width": 0.06, "color": "#333333", "fillcolor": "#333333"])
            var attributes = edgeAttributes
            attributes["dir"] = "none"
            out += "\t\t" + (try Self.escapeGenerated(left)) + arrow + (try Self.escapeGenerated(right)) + " "
                + (try attributeList(attributes, owner: "legend")) + ";\n"
        }
        // Invisible links keep the entries in one tidy column.
        // In `dot` they share a rank; in the force-directed engines the links hold them together.
        let chain = column + sampleStarts
        // A named subgraph: an anonymous one gets a process-wide counter as its name in
        // Graphviz's output, which would make renders differ from one another.
        out += "\t\tsubgraph " + (try Self.escapeGenerated(freshID("legend_column"))) + " {\n\t\t\trank=\"same\";\n"
        for (a, b) in zip(chain, chain.dropFirst()) {
            out += "\t\t\t" + (try Self.escapeGenerated(a)) + arrow + (try Self.escapeGenerated(b))
                + " [style=\"invis\"];\n"
        }
        out += "\t\t}\n\t}\n"
        if style.joinComponents, let node = network.actors.first, let entry = chain.last {
            out += "\t" + (try Self.escapeGenerated(entry)) + arrow + (try nodeID(node.id))
                + " [constraint=\"false\", style=\"invis\"];\n"
        }
    }

    mutating func legendNode(_ id: String, _ attributes: [String: DOTAttributeValue]) throws(DOTExportError) {
        out += "\t\t" + (try Self.escapeGenerated(id)) + " " + (try attributeList(attributes, owner: "legend")) + ";\n"
    }
}
