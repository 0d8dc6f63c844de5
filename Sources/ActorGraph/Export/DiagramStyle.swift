/// How a network diagram looks: shapes, colours, sizes, edge styles, labels,
/// clusters and legend, plus caller overrides and any Graphviz attribute.
///
/// The defaults give a publishable diagram: shape by ``ActorKind``, fill colour by
/// country from the Okabe–Ito colour-blind-safe palette, line style by
/// ``ChannelTrack`` (official solid, track 1.5 dashed, track 2 dotted), line colour
/// by ``InteractionKind`` (Paul Tol's colour-blind-safe "muted" scheme), pen width
/// by tie weight, English labels and a legend.
///
/// Every choice can be replaced: ``nodeOverrides`` and ``edgeOverrides`` set any
/// attribute of one node or tie (winning over the computed ones), and
/// ``graphAttributes``, ``nodeDefaults`` and ``edgeDefaults`` pass any Graphviz
/// attribute through to the graph, every node and every edge.
public struct DiagramStyle: Sendable, Hashable {
    /// Which name a node shows.
    public enum Labels: String, Sendable, Hashable, CaseIterable {
        /// ``Actor/name``.
        case english
        /// ``Actor/arabicName``, or the English name when there is none.
        case arabic
        /// The English name, and below it the Arabic name when there is one.
        case both
    }

    /// What to group nodes by in `subgraph cluster_…` boxes: a node attribute
    /// (see ``NetworkNode/attributes``). One box per value; nodes without the
    /// attribute stay outside.
    public struct Clustering: Sendable, Hashable {
        /// The node attribute whose values make the boxes.
        public var attribute: String
        /// Creates a clustering by a node attribute.
        ///
        /// - Parameter attribute: the attribute's name (`country`, `kind`, or any
        ///   attribute a graph file gives).
        public init(attribute: String) { self.attribute = attribute }
        /// One box per country, titled with the country's name where the dataset
        /// has a country actor.
        public static let country = Clustering(attribute: "country")
        /// One box per actor kind.
        public static let kind = Clustering(attribute: "kind")
    }

    /// The parts of an edge label.
    public struct EdgeLabelParts: OptionSet, Sendable, Hashable {
        /// The part bits.
        public let rawValue: Int
        /// Creates a set of parts from its raw bits.
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// The interaction kinds of the tie, with counts when more than one (`talks ×3`).
        public static let kind = EdgeLabelParts(rawValue: 1)
        /// The date, or the first and last dates, of the tie's interactions.
        public static let date = EdgeLabelParts(rawValue: 2)
    }

    /// The eight colours of Okabe & Ito (2008), *Color Universal Design*, without
    /// black: distinguishable under the common colour-vision deficiencies.
    public static let okabeIto: [String] = [
        "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7",
    ]

    /// Paul Tol's "muted" qualitative scheme (colour-blind safe), used for lines.
    public static let tolMuted: [String] = [
        "#332288", "#117733", "#CC6677", "#882255", "#AA4499", "#44AA99", "#999933", "#88CCEE", "#DDCC77",
    ]

    // MARK: Nodes

    /// Which name each node shows.
    public var labels: Labels = .english
    /// Graphviz shape per actor kind.
    public var shapes: [ActorKind: String] = [.person: "ellipse", .institution: "box", .country: "hexagon"]
    /// Fill colours handed out to countries, most frequent country first (ties by
    /// code); a network with more countries than colours reuses them in order.
    public var palette: [String] = DiagramStyle.okabeIto
    /// Fixed colours for some countries, taking precedence over ``palette``.
    public var countryColors: [CountryCode: String] = [:]
    /// The fill of an actor without a country.
    public var noCountryColor: String = "#FFFFFF"
    /// A score per node, indexed like the network's graph nodes, that sets node
    /// size: the lowest score gets the lower ends of ``nodeWidthRange`` and
    /// ``fontSizeRange``, the highest the upper ends, linearly between.
    /// Non-finite scores count as the lowest. `nil`: every node the same size.
    public var nodeScores: [Double]? = nil
    /// What the scores are, for the legend (for example `"degree"`).
    public var nodeScoreName: String? = nil
    /// Node minimum width in inches, from lowest to highest score.
    public var nodeWidthRange: ClosedRange<Double> = 0.6...1.8
    /// Label font size in points, from lowest to highest score (the middle when
    /// there are no scores).
    public var fontSizeRange: ClosedRange<Double> = 11...20
    /// Group nodes in clusters, or not (`nil`).
    public var clusterBy: Clustering? = nil

    // MARK: Edges

    /// Graphviz line style per channel track: visibly different by default.
    public var trackStyles: [ChannelTrack: String] = [.official: "solid", .track1_5: "dashed", .track2: "dotted"]
    /// The line style of a tie whose interactions give no track.
    public var untrackedStyle: String = "solid"
    /// Line colour per known interaction kind.
    public var kindColors: [InteractionKind: String] = [
        .meeting: "#332288", .call: "#117733", .visit: "#CC6677", .talks: "#882255",
        .summit: "#AA4499", .briefing: "#44AA99", .message: "#999933",
    ]
    /// The line colour of a kind not in ``kindColors`` (a custom kind).
    public var otherKindColor: String = "#777777"
    /// The line colour of affiliation ties (person to institution, institution to
    /// parent).
    public var affiliationColor: String = "#AAAAAA"
    /// The Graphviz line style of affiliation ties.
    public var affiliationStyle: String = "solid"
    /// Pen width in points, from the lightest to the heaviest tie, linearly by weight.
    public var penWidthRange: ClosedRange<Double> = 1...5
    /// What edge labels show; empty for no edge labels.
    public var edgeLabels: EdgeLabelParts = []

    /// Join the connected components (and the legend) with invisible edges that do
    /// not affect ranking (`style=invis, constraint=false`), so Graphviz lays out
    /// one connected graph. Graphviz 2.42's `dot` leaks about 100 KB on every
    /// layout of a disconnected graph; joined, memory stays flat. The force-directed
    /// engines treat the joins as weak springs that keep the pieces together.
    public var joinComponents: Bool = true

    // MARK: Legend and title

    /// Whether to draw the legend cluster.
    public var showLegend: Bool = true
    /// A title shown above the diagram, or `nil`.
    public var title: String? = nil

    // MARK: Pass-through and overrides

    /// Graph attributes, over the writer's defaults (`fontname`, `overlap`, …).
    public var graphAttributes: [String: DOTAttributeValue] = [:]
    /// Attributes for every node, over the writer's defaults.
    public var nodeDefaults: [String: DOTAttributeValue] = [:]
    /// Attributes for every edge, over the writer's defaults.
    public var edgeDefaults: [String: DOTAttributeValue] = [:]
    /// Attributes of single nodes by actor id, over everything computed.
    public var nodeOverrides: [String: [String: DOTAttributeValue]] = [:]
    /// Attributes of single ties by the actor ids at their ends (for an undirected
    /// network either order matches), over everything computed.
    public var edgeOverrides: [TieKey: [String: DOTAttributeValue]] = [:]

    /// A tie named by the actor ids at its ends.
    public struct TieKey: Sendable, Hashable {
        /// The actor id at the tie's source end.
        public var source: String
        /// The actor id at the tie's target end.
        public var target: String
        /// Creates a key from the actor ids at the tie's ends.
        ///
        /// - Parameters:
        ///   - source: The actor id at the source end.
        ///   - target: The actor id at the target end.
        public init(_ source: String, _ target: String) {
            self.source = source
            self.target = target
        }
    }

    /// The default style.
    public init() {}

    /// The Graphviz attributes the writer sets on the graph unless
    /// ``graphAttributes`` replaces them: readable for `dot` (left to right) and for
    /// the force-directed engines (no overlaps, curved lines) alike.
    public static let defaultGraphAttributes: [String: DOTAttributeValue] = [
        "fontname": "DejaVu Sans",
        "rankdir": "LR",
        "overlap": "false",
        "splines": "true",
        "sep": "+8",
        "outputorder": "edgesfirst",
        "bgcolor": "white",
        "pad": "0.3",
        "nodesep": "0.35",
        "ranksep": "0.9",
        "pack": "true",
        "packmode": "array_c2",
    ]
}
