extension Diagram {
    /// The diagram of a network drawn with a style: every drawing decision, made once.
    ///
    /// - Nodes, in node order: shape by ``NetworkNode/kind`` (``DiagramStyle/shapes``,
    ///   `ellipse` when the kind is unknown), fill by country (countries with more
    ///   nodes get ``DiagramStyle/palette``'s colours first, equal counts by code),
    ///   text colour readable on the fill, label by ``DiagramStyle/labels``, size by
    ///   ``DiagramStyle/nodeScores``, then ``DiagramStyle/nodeOverrides``.
    /// - Ties, in tie order: colour by the summary's dominant kind, line style by its
    ///   dominant track, pen width by weight, label from the summary
    ///   (``TieSummary/kindCountText``, ``TieSummary/dateRangeText``), then
    ///   ``DiagramStyle/edgeOverrides``.
    /// - Clusters by ``DiagramStyle/clusterBy``: one box per attribute value, most
    ///   members first (equal counts by value).
    /// - Component joins from the graph's weakly connected components.
    /// - The legend: shapes, countries, size note, line samples for the tracks,
    ///   kinds and affiliation ties drawn.
    ///
    /// Graphviz 2.42 (Debian's) crashes laying out `cluster_` subgraphs with
    /// `pack=true` and `packmode=array_c2`, so with clusters the default `pack` and
    /// `packmode` are left out (a caller's ``DiagramStyle/graphAttributes`` still win).
    ///
    /// - Parameters:
    ///   - network: the network to draw.
    ///   - style: the look.
    /// - Throws: ``DOTExportError/scoreCountMismatch(expected:actual:)`` when
    ///   ``DiagramStyle/nodeScores`` has not one score per node.
    /// - Complexity: O((V + E) log(V + E)).
    public init(network: ProjectedNetwork, style: DiagramStyle) throws(DOTExportError) {
        var builder = try DiagramBuilder(network: network, style: style)
        self = builder.build()
    }
}

/// The state of one diagram build: colours handed out and generated ids chosen.
struct DiagramBuilder {
    let style: DiagramStyle
    let network: ProjectedNetwork
    let countryOrder: [CountryCode]
    let countryColor: [CountryCode: String]
    let scaledScores: [Double]?
    var usedIDs: Set<String>

    init(network: ProjectedNetwork, style: DiagramStyle) throws(DOTExportError) {
        self.style = style
        self.network = network
        usedIDs = Set(network.nodes.map(\.id))

        var countryCounts: [CountryCode: Int] = [:]
        for node in network.nodes {
            if let country = node.country { countryCounts[country, default: 0] += 1 }
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
            guard scores.count == network.nodes.count else {
                throw .scoreCountMismatch(expected: network.nodes.count, actual: scores.count)
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
    }

    mutating func build() -> Diagram {
        var diagram = Diagram(isDirected: network.graph.isDirected)
        var graphAttributes = DiagramStyle.defaultGraphAttributes
        if style.clusterBy != nil {
            graphAttributes["pack"] = nil
            graphAttributes["packmode"] = nil
        }
        if let title = style.title {
            graphAttributes["label"] = .label(title)
            graphAttributes["labelloc"] = "t"
            graphAttributes["fontsize"] = 20
        }
        graphAttributes.merge(style.graphAttributes) { $1 }
        diagram.graphAttributes = graphAttributes

        diagram.nodeDefaults = [
            "style": "filled",
            "fontname": "DejaVu Sans",
            "fontsize": .number((style.fontSizeRange.lowerBound + style.fontSizeRange.upperBound) / 2),
            "color": "#333333",
            "penwidth": 1,
            "margin": "0.12,0.06",
        ].merging(style.nodeDefaults) { $1 }
        diagram.edgeDefaults = ["fontname": "DejaVu Sans", "fontsize": 9, "arrowsize": 0.7]
            .merging(style.edgeDefaults) { $1 }

        let nodes = network.nodes.indices.map(node)
        if let clustering = style.clusterBy {
            (diagram.clusters, diagram.nodes) = clusters(of: nodes, by: clustering)
        } else {
            diagram.nodes = nodes
        }
        let weights = network.ties.map(\.weight).filter(\.isFinite)
        let range = (weights.min() ?? 1, weights.max() ?? 1)
        diagram.edges = network.ties.indices.map { edge(tie: $0, weightRange: range) }
        let roots = componentRoots()
        if style.joinComponents, let first = roots.first {
            diagram.joins = roots.dropFirst().map { root in
                Diagram.Edge(
                    source: network.nodes[first].id, target: network.nodes[root].id,
                    attributes: ["constraint": "false", "style": "invis"], origin: .generated)
            }
        }
        if style.showLegend {
            let (legend, entry) = self.legend()
            diagram.legend = legend
            if style.joinComponents, let node = network.nodes.first, let entry {
                diagram.legendJoins = [
                    Diagram.Edge(
                        source: entry, target: node.id, attributes: ["constraint": "false", "style": "invis"],
                        origin: .generated)
                ]
            }
        }
        return diagram
    }

    // MARK: Nodes

    /// The text a node shows.
    func labelText(for node: NetworkNode) -> String {
        switch style.labels {
        case .english: node.label
        case .arabic: node.arabicLabel ?? node.label
        case .both:
            if let arabic = node.arabicLabel, arabic != node.label { node.label + "\n" + arabic } else { node.label }
        }
    }

    func fillColor(for country: CountryCode?) -> String {
        country.flatMap { countryColor[$0] } ?? style.noCountryColor
    }

    func node(_ index: Int) -> Diagram.Node {
        let node = network.nodes[index]
        let fill = fillColor(for: node.country)
        var attributes: [String: DOTAttributeValue] = [
            "label": .label(labelText(for: node)),
            "shape": .string(node.kind.flatMap { style.shapes[$0] } ?? "ellipse"),
            "fillcolor": .string(fill),
            "fontcolor": .string(DiagramColor.textColor(onFill: fill)),
        ]
        if let scaled = scaledScores?[index] {
            let width = style.nodeWidthRange
            let font = style.fontSizeRange
            attributes["width"] = .number(width.lowerBound + scaled * (width.upperBound - width.lowerBound))
            attributes["fontsize"] = .number(font.lowerBound + scaled * (font.upperBound - font.lowerBound))
        }
        let overrides = style.nodeOverrides[node.id]
        if let overrides { attributes.merge(overrides) { $1 } }
        return Diagram.Node(
            id: node.id, attributes: attributes, origin: .node(index: index, labelIsComputed: overrides?["label"] == nil))
    }

    /// A country's name for titles: `Russia (RU)` when the network knows the name.
    func countryTitle(_ country: CountryCode) -> String {
        network.countryNames[country].map { $0 + " (" + country.rawValue + ")" } ?? country.rawValue
    }

    mutating func clusters(of nodes: [Diagram.Node], by clustering: DiagramStyle.Clustering)
        -> (clusters: [Diagram.Subgraph], loose: [Diagram.Node])
    {
        let values = network.groups(by: clustering.attribute) ?? Array(repeating: nil, count: nodes.count)
        var members: [String: [Diagram.Node]] = [:]
        var loose: [Diagram.Node] = []
        for (index, node) in nodes.enumerated() {
            if let value = values[index] { members[value, default: []].append(node) } else { loose.append(node) }
        }
        let byCountry = clustering == .country
        let order = members.sorted { a, b in
            a.value.count != b.value.count ? a.value.count > b.value.count : a.key < b.key
        }
        var clusters: [Diagram.Subgraph] = []
        for (value, nodes) in order {
            let country = byCountry ? CountryCode(rawValue: value) : nil
            let color = country.map(fillColor(for:)) ?? "#777777"
            clusters.append(
                Diagram.Subgraph(
                    id: freshID("cluster_" + clustering.attribute + "_" + value),
                    attributes: [
                        "label": .label(country.map(countryTitle) ?? value), "style": "rounded,dashed",
                        "color": .string(color), "penwidth": 1.5, "fontsize": 16, "fontcolor": "#333333",
                        "labeljust": "l",
                    ], nodes: nodes, origin: .cluster(value)))
        }
        return (clusters, loose)
    }

    /// A new id for a cluster or legend node, not equal to any node id.
    mutating func freshID(_ base: String) -> String {
        Diagram.uniqueID(base, avoiding: &usedIDs)
    }

    /// The first node of each weakly connected component, in node order.
    func componentRoots() -> [Int] {
        network.graph.weaklyConnectedComponents().compactMap { $0.min() }.sorted()
    }

    // MARK: Ties

    func edge(tie index: Int, weightRange: (Double, Double)) -> Diagram.Edge {
        let tie = network.ties[index]
        let summary = tie.summary
        var attributes: [String: DOTAttributeValue] = [:]
        if tie.isAffiliation {
            attributes["color"] = .string(style.affiliationColor)
            attributes["style"] = .string(style.affiliationStyle)
        } else {
            let kindColor = summary.dominantKind.map { style.kindColors[$0] ?? style.otherKindColor }
            attributes["color"] = .string(kindColor ?? style.otherKindColor)
            attributes["style"] = .string(
                summary.dominantTrack.map { style.trackStyles[$0] ?? style.untrackedStyle } ?? style.untrackedStyle)
        }
        let (low, high) = weightRange
        let scaled = high > low ? (tie.weight - low) / (high - low) : 0
        let pen = style.penWidthRange
        attributes["penwidth"] = .number(pen.lowerBound + scaled * (pen.upperBound - pen.lowerBound))
        if !style.edgeLabels.isEmpty, !tie.isAffiliation {
            var lines: [String] = []
            if style.edgeLabels.contains(.kind) { lines.append(summary.kindCountText) }
            if style.edgeLabels.contains(.date), let dates = summary.dateRangeText { lines.append(dates) }
            let text = lines.filter { !$0.isEmpty }.joined(separator: "\n")
            if !text.isEmpty { attributes["label"] = .label(text) }
        }
        let source = network.nodes[tie.source].id
        let target = network.nodes[tie.target].id
        if let overrides = style.edgeOverrides[DiagramStyle.TieKey(source, target)] {
            attributes.merge(overrides) { $1 }
        } else if !network.graph.isDirected, let overrides = style.edgeOverrides[DiagramStyle.TieKey(target, source)] {
            attributes.merge(overrides) { $1 }
        }
        return Diagram.Edge(source: source, target: target, attributes: attributes, origin: .tie(index: index))
    }

    // MARK: Legend

    /// The legend subgraph and the id of its last entry (for the join to the network).
    mutating func legend() -> (Diagram.Subgraph, String?) {
        // A plain subgraph, not a cluster: Graphviz 2.42's dot crashes when a cluster is
        // joined to the rest by an edge, and leaks when the legend is a separate component.
        var legend = Diagram.Subgraph(id: freshID("legend"), nodeDefaults: ["fontsize": 12])
        let plain: [String: DOTAttributeValue] = [
            "shape": "plaintext", "style": "solid", "fontsize": 12, "fontcolor": "#333333", "margin": "0.02",
        ]
        func add(_ id: String, _ attributes: [String: DOTAttributeValue]) {
            legend.nodes.append(Diagram.Node(id: id, attributes: attributes, origin: .generated))
        }

        // The column of nodes: title, shapes, then colours, then the size note.
        var column: [String] = []
        let titleID = freshID("legend_title")
        column.append(titleID)
        add(titleID, plain.merging(["label": .label("Legend"), "fontsize": 16, "fontcolor": "#000000"]) { $1 })
        for kind in Set(network.nodes.compactMap(\.kind)).sorted() {
            let id = freshID("legend_shape_" + kind.rawValue)
            column.append(id)
            add(
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
            add(
                id,
                [
                    "shape": "box", "fillcolor": .string(fill), "label": .label(countryTitle(country)),
                    "fontcolor": .string(DiagramColor.textColor(onFill: fill)),
                ])
        }
        if !countryOrder.isEmpty, network.nodes.contains(where: { $0.country == nil }) {
            let id = freshID("legend_country_none")
            column.append(id)
            add(id, ["shape": "box", "fillcolor": .string(style.noCountryColor), "label": .label("no country")])
        }
        if let name = style.nodeScoreName, style.nodeScores != nil {
            let id = freshID("legend_size")
            column.append(id)
            add(id, plain.merging(["label": .label("node size: " + name)]) { $1 })
        }

        // Line samples: one per track drawn, one per kind drawn, affiliations, weight.
        var samples: [(String, [String: DOTAttributeValue])] = []
        let summaries = network.ties.filter { !$0.isAffiliation }.map(\.summary)
        for track in Set(summaries.compactMap(\.dominantTrack)).sorted() {
            let name: String =
                switch track {
                case .official: "official (track 1)"
                case .track1_5: "track 1.5"
                case .track2: "track 2"
                }
            samples.append((name, ["style": .string(style.trackStyles[track] ?? style.untrackedStyle), "color": "#333333"]))
        }
        let described = summaries.contains { $0.count > 0 }
        if described, summaries.contains(where: { $0.dominantTrack == nil }) {
            samples.append(("track not stated", ["style": .string(style.untrackedStyle), "color": "#333333"]))
        }
        for kind in Set(summaries.compactMap(\.dominantKind)).sorted() {
            samples.append(
                (kind.rawValue, ["color": .string(style.kindColors[kind] ?? style.otherKindColor), "penwidth": 2.5]))
        }
        if network.ties.contains(where: \.isAffiliation) {
            samples.append(
                ("affiliation", ["color": .string(style.affiliationColor), "style": .string(style.affiliationStyle)]))
        }
        if let first = network.ties.first, network.ties.contains(where: { $0.weight != first.weight }) {
            // Ties described by interactions weigh their contacts; a plain graph's weights are its own.
            let name = described ? "thicker: more contacts" : "thicker: higher weight"
            samples.append((name, ["color": "#333333", "penwidth": .number(style.penWidthRange.upperBound)]))
        }
        var sampleStarts: [String] = []
        for (index, (name, edgeAttributes)) in samples.enumerated() {
            let left = freshID("legend_line_\(index)_from")
            let right = freshID("legend_line_\(index)_to")
            sampleStarts.append(left)
            add(left, plain.merging(["label": .label(name)]) { $1 })
            add(right, ["shape": "point", "width": 0.06, "color": "#333333", "fillcolor": "#333333"])
            var attributes = edgeAttributes
            attributes["dir"] = "none"
            legend.edges.append(Diagram.Edge(source: left, target: right, attributes: attributes, origin: .generated))
        }
        // Invisible links keep the entries in one tidy column: in `dot` they share a
        // rank; in the force-directed engines the links hold them together. A named
        // subgraph: an anonymous one gets a process-wide counter as its name in
        // Graphviz's output, which would make renders differ from one another.
        let chain = column + sampleStarts
        var rank = Diagram.Subgraph(id: freshID("legend_column"), attributes: ["rank": "same"])
        rank.edges = zip(chain, chain.dropFirst()).map {
            Diagram.Edge(source: $0.0, target: $0.1, attributes: ["style": "invis"], origin: .generated)
        }
        legend.subgraphs = [rank]
        return (legend, chain.last)
    }
}
