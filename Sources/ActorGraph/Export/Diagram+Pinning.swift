extension Diagram {
    /// The union of diagrams of the same actors (for example one per time window),
    /// to be laid out once so that every actor gets one place in all of them
    /// (`GraphvizRenderer.renderPinned` in ActorGraphviz).
    ///
    /// - Nodes: every network node (``networkNodes``) of every diagram, in order of
    ///   first appearance, by id, outside any cluster; attributes from the first
    ///   diagram that has the node, except `width`, `height` and `fontsize`, which
    ///   take the largest number any diagram gives (so that the place kept fits the
    ///   node in every diagram).
    /// - Edges: every edge by its (source, target) pair, either order when the
    ///   first diagram is undirected; attributes from the first diagram that has it.
    /// - Graph attributes, node and edge defaults from the first diagram; the
    ///   `label` is the longest title (in characters, the first of equals) any
    ///   diagram has, so that the band kept for the title fits every title.
    /// - Joins: when any diagram joins its components, the union's components are
    ///   joined the same way (the first node of each to the union's first node,
    ///   `style=invis, constraint=false`). No clusters, no legend.
    ///
    /// - Parameter diagrams: the diagrams.
    /// - Returns: the union; an empty undirected diagram when there are none.
    /// - Complexity: O((V + E) log V) over all the diagrams' nodes and edges.
    public static func union(of diagrams: [Diagram]) -> Diagram {
        guard let first = diagrams.first else { return Diagram(isDirected: false) }
        var union = Diagram(isDirected: first.isDirected)
        union.graphAttributes = first.graphAttributes
        union.nodeDefaults = first.nodeDefaults
        union.edgeDefaults = first.edgeDefaults
        var longest: DOTAttributeValue?
        for title in diagrams.compactMap({ $0.graphAttributes["label"] })
        where title.description.count > (longest?.description.count ?? -1) {
            longest = title
        }
        union.graphAttributes["label"] = longest

        var nodeIndex: [String: Int] = [:]
        var nodes: [Node] = []
        for diagram in diagrams {
            for node in diagram.networkNodes {
                guard let index = nodeIndex[node.id] else {
                    nodeIndex[node.id] = nodes.count
                    nodes.append(Node(id: node.id, attributes: node.attributes, origin: node.origin))
                    continue
                }
                for name in ["width", "height", "fontsize"] {
                    guard let value = Self.number(node.attributes[name]) else { continue }
                    if let current = Self.number(nodes[index].attributes[name]), current >= value { continue }
                    nodes[index].attributes[name] = .number(value)
                }
            }
        }
        // Renumbered, so that the union's own order is the node order.
        for index in nodes.indices {
            if case .node(_, let computed) = nodes[index].origin {
                nodes[index].origin = .node(index: index, labelIsComputed: computed)
            }
        }
        union.nodes = nodes

        struct Pair: Hashable {
            let a: String
            let b: String
        }
        var seen: Set<Pair> = []
        for diagram in diagrams {
            for edge in diagram.edges {
                let pair =
                    union.isDirected || edge.source <= edge.target
                    ? Pair(a: edge.source, b: edge.target) : Pair(a: edge.target, b: edge.source)
                guard nodeIndex[edge.source] != nil, nodeIndex[edge.target] != nil, seen.insert(pair).inserted else {
                    continue
                }
                union.edges.append(edge)
            }
        }

        if diagrams.contains(where: { !$0.joins.isEmpty }) {
            var parent = Array(nodes.indices)
            func root(_ start: Int) -> Int {
                var i = start
                while parent[i] != i {
                    parent[i] = parent[parent[i]]
                    i = parent[i]
                }
                return i
            }
            for edge in union.edges {
                guard let s = nodeIndex[edge.source], let t = nodeIndex[edge.target] else { continue }
                let (a, b) = (root(s), root(t))
                if a != b { parent[max(a, b)] = min(a, b) }
            }
            // A component's root is its smallest index: its first node.
            let roots = nodes.indices.filter { root($0) == $0 }
            if let head = roots.first {
                union.joins = roots.dropFirst().map { index in
                    Edge(
                        source: nodes[head].id, target: nodes[index].id,
                        attributes: ["constraint": "false", "style": "invis"], origin: .generated)
                }
            }
        }
        return union
    }

    /// This diagram with every node at a given position, drawn on a given canvas,
    /// for Graphviz's `nop2` layout plugin (`neato -n2`), which keeps positions.
    ///
    /// Graph attributes lose `pack` and `packmode` and gain `notranslate=true` and,
    /// when the diagram has a title and `titlePosition` is given, `lp`; every node
    /// with a position gains `pos`; the component and legend joins (invisible, only
    /// for layout) are left out; two invisible zero-size nodes pinned at the canvas
    /// corners (`pinned_canvas_min`, `pinned_canvas_max`; in the legend, or in a
    /// subgraph `pinned_canvas` when there is no legend) make Graphviz's bounding
    /// box the canvas.
    ///
    /// - Parameters:
    ///   - positions: `pos` values (`"x,y!"`, points) by node id, network and legend nodes.
    ///   - lowerLeft: the `pos` of the canvas's lower-left corner.
    ///   - upperRight: the `pos` of its upper-right corner.
    ///   - titlePosition: the `lp` of the title (`"x,y"`), or `nil`.
    /// - Returns: the pinned diagram.
    /// - Complexity: O(V + E).
    public func pinned(
        at positions: [String: String], lowerLeft: String, upperRight: String, titlePosition: String?
    ) -> Diagram {
        var diagram = self
        diagram.graphAttributes["pack"] = nil
        diagram.graphAttributes["packmode"] = nil
        diagram.graphAttributes["notranslate"] = "true"
        if diagram.graphAttributes["label"] != nil, let titlePosition {
            diagram.graphAttributes["lp"] = .string(titlePosition)
        }
        func pin(_ node: Node) -> Node {
            var node = node
            if let position = positions[node.id] { node.attributes["pos"] = .string(position) }
            return node
        }
        func pinAll(_ subgraph: Subgraph) -> Subgraph {
            var subgraph = subgraph
            subgraph.nodes = subgraph.nodes.map(pin)
            subgraph.subgraphs = subgraph.subgraphs.map(pinAll)
            return subgraph
        }
        diagram.nodes = diagram.nodes.map(pin)
        diagram.clusters = diagram.clusters.map(pinAll)
        diagram.legend = diagram.legend.map(pinAll)
        diagram.joins = []
        diagram.legendJoins = []

        var used = Set(diagram.nodes.map(\.id))
        func collect(_ subgraph: Subgraph) {
            used.insert(subgraph.id)
            for node in subgraph.nodes { used.insert(node.id) }
            subgraph.subgraphs.forEach(collect)
        }
        diagram.clusters.forEach(collect)
        if let legend = diagram.legend { collect(legend) }
        func fresh(_ base: String) -> String { Diagram.uniqueID(base, avoiding: &used) }
        let corner: [String: DOTAttributeValue] = [
            "shape": "point", "style": "invis", "width": 0, "height": 0, "label": .label(""),
        ]
        let corners = [
            Node(id: fresh("pinned_canvas_min"), attributes: corner.merging(["pos": .string(lowerLeft)]) { $1 }, origin: .generated),
            Node(id: fresh("pinned_canvas_max"), attributes: corner.merging(["pos": .string(upperRight)]) { $1 }, origin: .generated),
        ]
        // In the legend itself, not in a subgraph beside its column: libcgraph orders
        // sibling subgraphs by the address of their interned names, so the JSON
        // output would list them in an order that changes from run to run.
        if diagram.legend != nil {
            diagram.legend?.nodes.append(contentsOf: corners)
        } else {
            diagram.legend = Subgraph(id: fresh("pinned_canvas"), nodes: corners)
        }
        return diagram
    }

    /// A numeric attribute's value, or `nil`.
    static func number(_ value: DOTAttributeValue?) -> Double? {
        guard case .string(let text)? = value, let number = Double(text), number.isFinite else { return nil }
        return number
    }
}

extension DiagramStyle {
    /// This style with every country of the networks given a fixed fill colour, so
    /// that diagrams of these networks drawn with it (for example one per time
    /// window) colour each country, and each actor, alike.
    ///
    /// ``Diagram/init(network:style:)`` hands out ``palette`` colours by how many
    /// nodes each country has *in that network*, so two windows would otherwise
    /// colour one country differently. Here countries are ranked the same way over
    /// the distinct nodes of all the networks (most nodes first, equal counts by
    /// code), and each country without a colour in ``countryColors`` gets the next
    /// palette colour; colours already in ``countryColors`` stay.
    ///
    /// - Parameter networks: the networks to be drawn with the style.
    /// - Returns: the style with ``countryColors`` filled in.
    /// - Complexity: O(V log V) over the networks' nodes.
    public func sharingCountryColors(across networks: [ProjectedNetwork]) -> DiagramStyle {
        var seen: Set<String> = []
        var counts: [CountryCode: Int] = [:]
        for network in networks {
            for node in network.nodes where seen.insert(node.id).inserted {
                if let country = node.country { counts[country, default: 0] += 1 }
            }
        }
        let order = counts.sorted { ($1.value, $0.key.rawValue) < ($0.value, $1.key.rawValue) }.map(\.key)
        var style = self
        guard !palette.isEmpty else { return style }
        var next = 0
        for country in order where countryColors[country] == nil {
            style.countryColors[country] = palette[next % palette.count]
            next += 1
        }
        return style
    }
}
