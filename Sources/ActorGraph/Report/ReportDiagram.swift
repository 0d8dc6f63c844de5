/// The diagram of an HTML report: the ``Diagram`` of a dataset's whole network
/// (drawn as `actorgraph render` draws it), with an `id` on every actor and tie
/// so that the page can find, hide and highlight their SVG elements.
///
/// Graphviz writes a node's or edge's `id` attribute as the `id` of its SVG `<g>`
/// element. Actors get `actor-K` (K: the actor's index in the dataset), ties
/// `tie-K` (K: the index in ``ties``); the page's data lists both. Graphviz's own
/// ids (`node3`, `edge5`, `clust1`, `graph0`) never take these forms.
public struct ReportDiagram: Sendable {
    /// A tie as the page needs it: its SVG id, its two actors (dataset indices),
    /// the interactions behind it (dataset indices) and whether it is an
    /// affiliation (a person to an institution, an institution to its parent).
    public struct Tie: Sendable, Hashable {
        /// The `id` of the tie's SVG element.
        public var svgID: String
        /// One actor, as an index into ``Dataset/actors``.
        public var source: Int
        /// The other actor.
        public var target: Int
        /// The interactions behind it, as indices into ``Dataset/interactions``.
        public var interactions: [Int]
        /// True for an affiliation tie.
        public var isAffiliation: Bool
        /// How the diagram draws it: line colour, Graphviz line style (solid,
        /// dashed, dotted) and pen width in points.
        public var line: Line
    }

    /// A tie's line as the diagram draws it.
    public struct Line: Sendable, Hashable {
        /// `#RRGGBB`.
        public var color: String
        /// `solid`, `dashed` or `dotted`.
        public var style: String
        /// Pen width in points.
        public var width: Double
    }

    /// The diagram with the ids set: render this one.
    public private(set) var diagram: Diagram
    /// Each drawn actor: the `id` of its SVG element and its dataset index.
    public private(set) var nodes: [(svgID: String, actor: Int)] = []
    /// Each drawn tie.
    public private(set) var ties: [Tie] = []
    /// The fill colour of each country as drawn (ISO code → `#RRGGBB`).
    public private(set) var countryColors: [String: String] = [:]
    /// The style the diagram was drawn with (kind colours, track line styles).
    public let style: DiagramStyle
    /// True when the page draws the ties itself, as straight lines between the
    /// actors' centres, and Graphviz lays them out but does not write them
    /// (`style=invis`): for a large network, whose ties Graphviz draws straight
    /// anyway, this keeps the page small (see Guides/Report.md).
    public let pageDrawsTies: Bool

    /// The diagram of `network`, a projection of `dataset`, drawn in `style`.
    ///
    /// - Parameters:
    ///   - network: the network to draw: for a report, the whole dataset with
    ///     affiliations and actors without contacts, as `render` draws it.
    ///   - dataset: the dataset it is projected from (for actor and interaction indices).
    ///   - style: the drawing style.
    ///   - pageDrawsTies: leave the ties out of Graphviz's drawing, for the page
    ///     to draw (see ``pageDrawsTies``).
    /// - Throws: ``DOTExportError`` as ``Diagram/init(network:style:)``.
    /// - Complexity: O(n + m) over the network's nodes and ties.
    public init(network: ProjectedNetwork, dataset: Dataset, style: DiagramStyle, pageDrawsTies: Bool = false)
        throws(DOTExportError)
    {
        self.style = style
        self.pageDrawsTies = pageDrawsTies
        var diagram = try Diagram(network: network, style: style)
        var nodes: [(svgID: String, actor: Int)] = []
        var ties: [Tie] = []
        var countryColors: [String: String] = [:]
        func tag(_ node: inout Diagram.Node) {
            guard case .node(let index, _) = node.origin,
                let actor = dataset.actorIndex(id: network.nodes[index].id)
            else { return }
            let id = "actor-\(actor)"
            node.attributes["id"] = .string(id)
            nodes.append((id, actor))
            if let country = network.nodes[index].country, case .string(let fill)? = node.attributes["fillcolor"] {
                countryColors[country.rawValue] = fill
            }
        }
        for index in diagram.nodes.indices { tag(&diagram.nodes[index]) }
        for cluster in diagram.clusters.indices {
            for index in diagram.clusters[cluster].nodes.indices { tag(&diagram.clusters[cluster].nodes[index]) }
        }
        for index in diagram.edges.indices {
            guard case .tie(let tieIndex) = diagram.edges[index].origin else { continue }
            let tie = network.ties[tieIndex]
            guard let source = dataset.actorIndex(id: network.nodes[tie.source].id),
                let target = dataset.actorIndex(id: network.nodes[tie.target].id)
            else { continue }
            let id = "tie-\(ties.count)"
            let attributes = diagram.edges[index].attributes
            func text(_ name: String, _ fallback: String) -> String {
                if case .string(let value)? = attributes[name] { return value }
                return fallback
            }
            let width = Double(text("penwidth", "1")) ?? 1
            let line = Line(color: text("color", style.otherKindColor), style: text("style", "solid"), width: width)
            diagram.edges[index].attributes["id"] = .string(id)
            if pageDrawsTies { diagram.edges[index].attributes["style"] = "invis" }
            ties.append(
                Tie(svgID: id, source: source, target: target, interactions: tie.interactions, isAffiliation: tie.isAffiliation,
                    line: line))
        }
        self.nodes = nodes.sorted { $0.actor < $1.actor }
        self.ties = ties
        self.countryColors = countryColors
        self.diagram = diagram
    }
}
