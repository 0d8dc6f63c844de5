/// A network diagram as a model: every node, tie, cluster and legend entry with
/// its resolved Graphviz attributes, before any DOT is written.
///
/// ``Diagram/init(network:style:)`` makes every drawing decision (shapes,
/// colours, sizes, line styles, edge labels, clusters, legend); ``DOTEncoder``
/// then writes the model as DOT text and does nothing but syntax and escaping.
/// Tests of the drawing decisions read the model; tests of escaping read the
/// encoder's output. (The split follows SwiftDocOrg/GraphViz, whose graph model
/// is apart from its `DOTEncoder`.)
public struct Diagram: Sendable, Hashable {
    /// Where an element comes from, so that an encoding error can name it.
    public enum Origin: Sendable, Hashable {
        /// Node `index` of the network; `labelIsComputed` when its label is the
        /// node's name rather than a caller's override.
        case node(index: Int, labelIsComputed: Bool)
        /// Tie `index` of ``ProjectedNetwork/ties``.
        case tie(index: Int)
        /// A cluster of nodes.
        case cluster(String)
        /// Made by the diagram itself: a legend entry or an invisible join.
        case generated
    }

    /// A node statement.
    public struct Node: Sendable, Hashable {
        /// The node's DOT id (before escaping).
        public var id: String
        /// Its attributes.
        public var attributes: [String: DOTAttributeValue]
        /// Where it comes from.
        public var origin: Origin
    }

    /// An edge statement.
    public struct Edge: Sendable, Hashable {
        /// The source node's id.
        public var source: String
        /// The target node's id.
        public var target: String
        /// Its attributes.
        public var attributes: [String: DOTAttributeValue]
        /// Where it comes from.
        public var origin: Origin
    }

    /// A subgraph: a cluster box, the legend, or a rank group inside it. Its
    /// statements are written in this order: attributes, node defaults, nodes,
    /// edges, subgraphs.
    public struct Subgraph: Sendable, Hashable {
        /// The subgraph's id (`cluster_…` for a box Graphviz draws).
        public var id: String
        /// Its graph attributes (`label`, `style`, `rank`, …).
        public var attributes: [String: DOTAttributeValue] = [:]
        /// Attributes for every node in it.
        public var nodeDefaults: [String: DOTAttributeValue] = [:]
        /// Its nodes.
        public var nodes: [Node] = []
        /// Its edges.
        public var edges: [Edge] = []
        /// Subgraphs inside it.
        public var subgraphs: [Subgraph] = []
        /// Where it comes from.
        public var origin: Origin = .generated
    }

    /// Whether ties have a direction (`digraph`).
    public var isDirected: Bool
    /// Graph attributes.
    public var graphAttributes: [String: DOTAttributeValue] = [:]
    /// Attributes for every node.
    public var nodeDefaults: [String: DOTAttributeValue] = [:]
    /// Attributes for every edge.
    public var edgeDefaults: [String: DOTAttributeValue] = [:]
    /// Cluster boxes with the network nodes they hold (``DiagramStyle/clusterBy``).
    public var clusters: [Subgraph] = []
    /// The network nodes outside any cluster, in node order.
    public var nodes: [Node] = []
    /// One edge per tie of the network, in tie order.
    public var edges: [Edge] = []
    /// Invisible edges joining the components (``DiagramStyle/joinComponents``).
    public var joins: [Edge] = []
    /// The legend, when shown.
    public var legend: Subgraph?
    /// Invisible edges tying the legend to the network (written after it).
    public var legendJoins: [Edge] = []

    /// Creates an empty diagram.
    ///
    /// - Parameter isDirected: whether ties have a direction.
    public init(isDirected: Bool) {
        self.isDirected = isDirected
    }

    /// Every node of the network in the diagram, clustered or not, in node order.
    public var networkNodes: [Node] {
        (clusters.flatMap(\.nodes) + nodes).sorted { a, b in
            if case .node(let i, _) = a.origin, case .node(let j, _) = b.origin { return i < j }
            return false
        }
    }

    /// `base`, or `base_2`, `base_3`, … : the first not in `used`, which is then
    /// added to it. The one rule for the ids a diagram makes up (clusters, legend
    /// samples, canvas corners), so they never collide with a node's id.
    ///
    /// - Complexity: O(k) set lookups for the k-th free candidate.
    static func uniqueID(_ base: String, avoiding used: inout Set<String>) -> String {
        var candidate = base
        var counter = 1
        while used.contains(candidate) {
            counter += 1
            candidate = base + "_" + String(counter)
        }
        used.insert(candidate)
        return candidate
    }
}
