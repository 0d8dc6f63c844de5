import ActorGraph
import CGraphviz
import Foundation

/// Several diagrams of the same actors (for example one per time window) laid out
/// once, so that every actor stands at one shared position in every diagram and
/// the diagrams overlay.
///
/// ```swift
/// let renderer = try GraphvizRenderer()
/// let networks = [2021, 2022, 2023, 2025].map { year in
///     dataset.project(ProjectionOptions(from: PartialDate(year: year), to: PartialDate(year: year)))
/// }
/// let shared = DiagramStyle().sharingCountryColors(across: networks)
/// let diagrams = try networks.map { try Diagram(network: $0, style: shared) }
/// let svgs = try renderer.renderPinned(diagrams, layout: .dot, format: .svg)
/// ```
///
/// How (see ``GraphvizRenderer/pinnedLayout(of:layout:)``):
///
/// 1. **The union** (``Diagram/union(of:)``): every network node of every diagram
///    by id (attributes from the first diagram that has it; `width`, `height` and
///    `fontsize` the largest any diagram gives, so that the place reserved fits the
///    node in every window), every edge by its (source, target) pair (either order
///    when undirected), graph attributes from the first diagram with the longest
///    title as `label`, and invisible joins between the union's components when the
///    diagrams join theirs. No legend.
/// 2. The union is laid out once in this process with the chosen engine (libgvc:
///    `agmemread`, `gvLayout`, `gvRenderData` with the `dot` device, which attaches
///    `pos`, `bb` and `lp`; read back with `agget`).
/// 3. Each diagram's legend is laid out alone with `dot` (a tidy column) and placed
///    to the right of the union, top-aligned under the title.
/// 4. **The canvas** is the union's bounding box widened by the widest legend,
///    with 8 points all round (edges routed afresh may pass a little outside the
///    union's box): the same for every diagram. Positions are moved so that it
///    starts at (0, 0).
/// 5. Each diagram is rendered with the layout plugin `nop2` (Graphviz's
///    `neato -n2`): every node at `pos="x,y!"` in points, unmoved; Graphviz routes
///    the edges (`splines`) between the pinned nodes. Two invisible zero-size
///    nodes at the canvas corners (`pinned_canvas_min`, `pinned_canvas_max`) and
///    `notranslate=true` make Graphviz's bounding box, and so the SVG `width`,
///    `height` and `viewBox`, the same in every diagram; the title is pinned at the
///    union's `lp`. An actor absent from a diagram is not drawn and leaves its
///    place empty.
///
/// Diagrams with clusters (``DiagramStyle/clusterBy``) are refused
/// (``GraphvizError/pinnedClusters(diagram:)``): Graphviz 2.42/2.43 corrupts
/// memory laying out clusters in this process (see ``GraphvizProgram``), and
/// `nop2` draws a cluster box only from a `bb` given in advance, which would be
/// the union's box (empty space in windows where members are absent) or, fitted
/// per window, a box that can cross actors placed for the union.
///
/// The output is deterministic: identical diagrams give byte-identical output.
public struct PinnedLayout: Sendable, Hashable {
    /// A point in Graphviz points (1/72 inch), y upwards.
    public struct Point: Sendable, Hashable {
        /// The horizontal coordinate.
        public var x: Double
        /// The vertical coordinate (upwards).
        public var y: Double
        /// Creates a point.
        public init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }
    }

    /// A box in Graphviz points.
    public struct Box: Sendable, Hashable {
        /// The lower-left corner.
        public var min: Point
        /// The upper-right corner.
        public var max: Point
        /// The width.
        public var width: Double { max.x - min.x }
        /// The height.
        public var height: Double { max.y - min.y }
    }

    /// The diagrams, in the order given.
    public let diagrams: [Diagram]
    /// The engine that laid out the union.
    public let engine: LayoutEngine
    /// The position of every network node of every diagram, by node id.
    public let positions: [String: Point]
    /// The positions of each diagram's legend nodes, by node id (empty when it has
    /// no legend), one dictionary per diagram.
    public let legendPositions: [[String: Point]]
    /// The canvas every diagram is drawn on; its lower-left corner is (0, 0).
    public let canvas: Box
    /// Where every diagram's title is centred, when the union had a title.
    public let titlePosition: Point?

    /// The gap between the network and the legend, in points.
    static let legendGap = 36.0
    /// The room left around the union's bounding box, in points: the edges of a
    /// window are routed afresh around its nodes' outlines widened by `sep` (8
    /// points by default) and may pass outside the union's box; positions are
    /// also rounded to 1/1000 point. Inside this margin the canvas stays the same.
    static let canvasMargin = 8.0

    /// One diagram with every node pinned, ready for the `nop2` layout plugin
    /// (``Diagram/pinned(at:lowerLeft:upperRight:titlePosition:)`` with this
    /// layout's positions, canvas corners and title position).
    ///
    /// - Parameter index: the diagram's index in ``diagrams``.
    /// - Returns: the pinned diagram, or `nil` when `index` is out of range.
    /// - Complexity: O(V + E) in the diagram.
    public func pinnedDiagram(_ index: Int) -> Diagram? {
        guard diagrams.indices.contains(index) else { return nil }
        var texts = positions.mapValues { Self.text($0, pinned: true) }
        texts.merge(legendPositions[index].mapValues { Self.text($0, pinned: true) }) { $1 }
        return diagrams[index].pinned(
            at: texts, lowerLeft: Self.text(canvas.min, pinned: true), upperRight: Self.text(canvas.max, pinned: true),
            titlePosition: titlePosition.map { Self.text($0, pinned: false) })
    }

    /// `x,y!` (or `x,y`) with the DOT writer's number format.
    static func text(_ point: Point, pinned: Bool) -> String {
        DOTAttributeValue.number(point.x).description + "," + DOTAttributeValue.number(point.y).description
            + (pinned ? "!" : "")
    }

    /// The diagram of one diagram's legend alone (laid out with `dot` for a tidy column).
    static func legendDiagram(of diagram: Diagram) -> Diagram? {
        guard let legend = diagram.legend else { return nil }
        var alone = Diagram(isDirected: diagram.isDirected)
        alone.graphAttributes = diagram.graphAttributes
        for name in ["label", "labelloc", "pack", "packmode", "lp", "bb"] { alone.graphAttributes[name] = nil }
        alone.nodeDefaults = diagram.nodeDefaults
        alone.edgeDefaults = diagram.edgeDefaults
        alone.legend = legend
        return alone
    }

    /// Puts the pieces on one canvas starting at (0, 0).
    init(
        diagrams: [Diagram], engine: LayoutEngine, union: LaidOutGraph, legends: [LaidOutGraph?]
    ) {
        let box = union.box
        // The band above the network kept for a title at the top (`lp` is its middle);
        // a title at the bottom keeps the legend at the top of the box.
        var networkTop = box.max.y
        if let label = union.label, label.y > (box.min.y + box.max.y) / 2 {
            networkTop = box.max.y - 2 * (box.max.y - label.y)
        }
        var minY = box.min.y
        var maxX = box.max.x
        var placedLegends: [[String: Point]] = []
        for legend in legends {
            guard let legend else {
                placedLegends.append([:])
                continue
            }
            let dx = box.max.x + Self.legendGap - legend.box.min.x
            let dy = networkTop - legend.box.max.y
            placedLegends.append(legend.nodes.mapValues { Point(x: $0.x + dx, y: $0.y + dy) })
            maxX = Swift.max(maxX, legend.box.max.x + dx)
            minY = Swift.min(minY, legend.box.min.y + dy)
        }
        let margin = Self.canvasMargin
        let shift = Point(x: margin - box.min.x, y: margin - minY)
        func moved(_ point: Point) -> Point { Point(x: point.x + shift.x, y: point.y + shift.y) }
        self.diagrams = diagrams
        self.engine = engine
        positions = union.nodes.mapValues(moved)
        legendPositions = placedLegends.map { $0.mapValues(moved) }
        let width = maxX + shift.x + margin
        canvas = Box(min: Point(x: 0, y: 0), max: Point(x: width, y: box.max.y + shift.y + margin))
        titlePosition = union.label.map { Point(x: width / 2, y: $0.y + shift.y) }
    }
}

/// A graph laid out by Graphviz: node positions, bounding box and title position.
struct LaidOutGraph: Sendable {
    var nodes: [String: PinnedLayout.Point]
    var box: PinnedLayout.Box
    var label: PinnedLayout.Point?
}

extension GraphvizRenderer {
    /// The layout plugin that keeps given positions: `neato -n2`.
    static let pinnedEngine = LayoutEngine.other("nop2")

    /// Lays out the union of diagrams once, and each diagram's legend, on one canvas.
    ///
    /// - Parameters:
    ///   - diagrams: the diagrams, for example one per time window (none with clusters).
    ///   - layout: the engine that places the union (in this process, through libgvc).
    /// - Returns: the shared positions and canvas; render with ``render(_:diagram:format:)``.
    /// - Throws: ``GraphvizError/pinnedClusters(diagram:)`` when a diagram has
    ///   clusters; ``GraphvizError/unknownLayoutEngine(_:available:)`` when the
    ///   engine or `nop2` is not installed; ``GraphvizError/export(_:)`` when a
    ///   diagram cannot be written as DOT; otherwise as ``render(dot:layout:format:)``.
    /// - Complexity: one layout of the union (V and E summed over distinct nodes and
    ///   edges) with `layout`, plus one `dot` layout per legend.
    public func pinnedLayout(of diagrams: [Diagram], layout: LayoutEngine = .dot) throws(GraphvizError) -> PinnedLayout {
        if let index = diagrams.firstIndex(where: { !$0.clusters.isEmpty }) { throw .pinnedClusters(diagram: index) }
        try check(layout: layout, format: .dot)
        try check(layout: Self.pinnedEngine, format: .dot)
        let union = try laidOut(Diagram.union(of: diagrams), engine: layout)
        var legends: [LaidOutGraph?] = []
        for diagram in diagrams {
            if let alone = PinnedLayout.legendDiagram(of: diagram) {
                legends.append(try laidOut(alone, engine: .dot))
            } else {
                legends.append(nil)
            }
        }
        return PinnedLayout(diagrams: diagrams, engine: layout, union: union, legends: legends)
    }

    /// Renders one diagram of a pinned layout with the `nop2` plugin (`neato -n2`).
    ///
    /// In this process through libgvc, or in a child process (``GraphvizProgram``,
    /// `dot -Knop2`) when a bitmap of more than 1,000 nodes may exceed cairo's limit.
    ///
    /// - Parameters:
    ///   - pinned: the layout from ``pinnedLayout(of:layout:)``.
    ///   - diagram: the index of the diagram in ``PinnedLayout/diagrams``.
    ///   - format: the output format.
    /// - Returns: the output bytes and Graphviz's warnings.
    /// - Throws: ``GraphvizError/layoutFailed(engine:message:)`` when `diagram` is
    ///   out of range; otherwise as ``render(dot:layout:format:)``.
    /// - Complexity: the DOT encoding plus Graphviz's edge routing, about
    ///   O(E · V log V) for `splines=true`.
    public func render(_ pinned: PinnedLayout, diagram index: Int, format: OutputFormat = .svg)
        throws(GraphvizError) -> (data: Data, warnings: [String])
    {
        guard let diagram = pinned.pinnedDiagram(index) else {
            throw .layoutFailed(
                engine: Self.pinnedEngine.name, message: "no diagram \(index) among \(pinned.diagrams.count)")
        }
        try check(layout: Self.pinnedEngine, format: format)
        let dot: String
        do {
            dot = try DOTEncoder().encode(diagram)
        } catch {
            throw .export(error)
        }
        if Self.mayExceedBitmapLimits(diagram, format: format) {
            return try GraphvizProgram().render(dot: dot, layout: Self.pinnedEngine, format: format)
        }
        return try renderReporting(dot: dot, layout: Self.pinnedEngine, format: format)
    }

    /// Renders several diagrams of the same actors (for example one per time window)
    /// with every node at one shared position: lays out the union once with
    /// `layout`, then renders each diagram with node positions pinned on one canvas
    /// (see ``PinnedLayout``).
    ///
    /// - Parameters:
    ///   - diagrams: the diagrams (none with clusters); an empty diagram gives an
    ///     empty canvas of the same size as the others.
    ///   - layout: the engine that places the union.
    ///   - format: the output format of every diagram.
    /// - Returns: one output per diagram, in order; byte-identical for identical input.
    /// - Throws: as ``pinnedLayout(of:layout:)`` and ``render(_:diagram:format:)``.
    /// - Complexity: one layout of the union, one `dot` layout per legend, and one
    ///   `nop2` render per diagram.
    public func renderPinned(_ diagrams: [Diagram], layout: LayoutEngine = .dot, format: OutputFormat = .svg)
        throws(GraphvizError) -> [Data]
    {
        let pinned = try pinnedLayout(of: diagrams, layout: layout)
        var outputs: [Data] = []
        for index in diagrams.indices {
            outputs.append(try render(pinned, diagram: index, format: format).data)
        }
        return outputs
    }

    /// Renders networks (for example one per time window) with every actor at one
    /// shared position and in one colour: the style's country colours are shared
    /// first (``DiagramStyle/sharingCountryColors(across:)``), then each network's
    /// ``Diagram/init(network:style:)`` is rendered by ``renderPinned(_:layout:format:)``.
    ///
    /// - Parameters:
    ///   - networks: the networks.
    ///   - style: the look of every diagram; its ``DiagramStyle/nodeScores``, if
    ///     any, must fit every network (build the diagrams yourself for scores that
    ///     differ by window).
    ///   - layout: the engine that places the union.
    ///   - format: the output format.
    /// - Returns: one output per network, in order.
    /// - Throws: ``GraphvizError/export(_:)`` when a diagram cannot be built or
    ///   written, otherwise as ``renderPinned(_:layout:format:)``.
    /// - Complexity: as ``renderPinned(_:layout:format:)`` plus building the diagrams.
    public func renderPinned(
        _ networks: [ProjectedNetwork], style: DiagramStyle, layout: LayoutEngine = .dot, format: OutputFormat = .svg
    ) throws(GraphvizError) -> [Data] {
        let shared = style.sharingCountryColors(across: networks)
        var diagrams: [Diagram] = []
        for network in networks {
            do {
                diagrams.append(try Diagram(network: network, style: shared))
            } catch {
                throw .export(error)
            }
        }
        return try renderPinned(diagrams, layout: layout, format: format)
    }

    /// Lays out a diagram in this process and reads back its positions.
    func laidOut(_ diagram: Diagram, engine: LayoutEngine) throws(GraphvizError) -> LaidOutGraph {
        let dot: String
        do {
            dot = try DOTEncoder().encode(diagram)
        } catch {
            throw .export(error)
        }
        let gvc = context.pointer
        return try GraphvizLibrary.lock.withLock { _ in
            GraphvizLibrary.layoutLocked(gvc: gvc, dot: dot, engine: engine.name)
        }.get()
    }
}

extension GraphvizLibrary {
    /// Parses and lays out DOT, then reads every node's `pos`, the graph's `bb` and
    /// `lp` (attached by rendering to the `dot` device in memory). Call under ``lock``.
    static func layoutLocked(gvc: OpaquePointer, dot: String, engine: String) -> Result<LaidOutGraph, GraphvizError> {
        withLayout(gvc: gvc, dot: dot, engine: engine) { graph in
            // Rendering to the `dot` device attaches `pos`, `bb` and `lp` as attributes.
            var buffer: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            let status = gvRenderData(gvc, graph, "dot", &buffer, &length)
            defer { if let buffer { gvFreeRenderData(buffer) } }
            guard status == 0 else {
                return .failure(.renderFailed(format: "dot", message: cleaned(messages)))
            }

            var nodes: [String: PinnedLayout.Point] = [:]
            var node = agfstnode(graph)
            while let current = node {
                guard let name = agnameof(current).map({ String(cString: $0) }) else {
                    return .failure(.layoutFailed(engine: engine, message: "a node without a name"))
                }
                guard let text = attribute(current, "pos"), let point = point(text) else {
                    return .failure(.layoutFailed(engine: engine, message: "node \"\(name)\" has no position"))
                }
                nodes[name] = point
                node = agnxtnode(graph, current)
            }
            guard let boxText = attribute(graph, "bb"), let box = box(boxText) else {
                return .failure(.layoutFailed(engine: engine, message: "the layout gave no bounding box"))
            }
            let label = attribute(graph, "lp").flatMap(point)
            return .success(LaidOutGraph(nodes: nodes, box: box, label: label))
        }
    }

    /// An attribute's value through `agget`, or `nil` when it is not declared.
    static func attribute(_ object: UnsafeMutableRawPointer, _ name: String) -> String? {
        var characters = Array(name.utf8CString)
        return characters.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress, let value = agget(object, base) else { return nil }
            return String(cString: value)
        }
    }

    /// `x,y` (a trailing `!` or third coordinate ignored).
    static func point(_ text: String) -> PinnedLayout.Point? {
        let parts = text.split(separator: ",").map { Double($0.trimmingCharacters(in: CharacterSet(charactersIn: " !"))) }
        guard parts.count >= 2, let x = parts[0], let y = parts[1], x.isFinite, y.isFinite else { return nil }
        return PinnedLayout.Point(x: x, y: y)
    }

    /// `llx,lly,urx,ury`.
    static func box(_ text: String) -> PinnedLayout.Box? {
        let parts = text.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 4, parts.allSatisfy(\.isFinite) else { return nil }
        return PinnedLayout.Box(
            min: PinnedLayout.Point(x: parts[0], y: parts[1]), max: PinnedLayout.Point(x: parts[2], y: parts[3]))
    }
}
