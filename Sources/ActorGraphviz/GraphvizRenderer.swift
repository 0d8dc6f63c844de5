import ActorGraph
import CGraphviz
import Foundation
import Synchronization

/// Renders DOT, or a styled network, to SVG, PNG, PDF, JSON, xdot and more, in
/// memory, through the Graphviz C library (libgvc).
///
/// ```swift
/// let renderer = try GraphvizRenderer()
/// let svg = try renderer.render(dot: "graph { a -- b }", layout: .neato, format: .svg)
/// ```
///
/// A renderer owns one libgvc context (`GVC_t`), freed when the renderer goes.
/// Each render parses the DOT (`agmemread`), lays it out (`gvLayout`), renders it
/// (`gvRenderData`) and frees the render buffer, the layout and the graph on every
/// path, errors included. Graphviz's messages are captured through `agseterrf`
/// instead of being printed to standard error, and travel in ``GraphvizError``.
///
/// libgvc and libcgraph keep global state (the error handler, the parser, plugin
/// tables) and are not thread-safe, so every call into them, from every renderer,
/// goes through one process-wide lock: a renderer can be shared by any number of
/// tasks, which then render one at a time.
public final class GraphvizRenderer: Sendable {
    let context: GraphvizContext
    /// The layout engines the installed Graphviz has, sorted (`gvPluginList` "layout").
    public let availableLayoutEngines: [String]
    /// The output formats the installed Graphviz has, sorted (`gvPluginList` "device").
    public let availableFormats: [String]

    /// Creates a renderer with its own libgvc context, loading the installed plugins.
    ///
    /// - Throws: ``GraphvizError/contextUnavailable`` when libgvc gives no context.
    /// - Complexity: O(p) in the number of installed plugins.
    public init() throws(GraphvizError) {
        let created = GraphvizLibrary.lock.withLock { _ -> (OpaquePointer, [String], [String])? in
            GraphvizLibrary.installErrorSink()
            guard let gvc = gvContext() else { return nil }
            return (gvc, GraphvizLibrary.plugins(gvc, kind: "layout"), GraphvizLibrary.plugins(gvc, kind: "device"))
        }
        guard let (gvc, engines, formats) = created else { throw .contextUnavailable }
        context = GraphvizContext(pointer: gvc)
        availableLayoutEngines = engines
        availableFormats = formats
    }

    deinit {
        let gvc = context.pointer
        GraphvizLibrary.lock.withLock { _ in _ = gvFreeContext(gvc) }
    }

    /// Renders DOT text.
    ///
    /// - Parameters:
    ///   - dot: A DOT graph (the first graph in the text is rendered).
    ///   - layout: The engine that places nodes and routes edges.
    ///   - format: The output format.
    /// - Returns: The output bytes (for SVG, JSON, xdot and DOT: UTF-8 text).
    /// - Throws: ``GraphvizError``: ``GraphvizError/syntax(message:)`` with libcgraph's
    ///   message, ``GraphvizError/unknownLayoutEngine(_:available:)`` or
    ///   ``GraphvizError/unknownFormat(_:available:)`` listing what is installed,
    ///   ``GraphvizError/layoutFailed(engine:message:)`` or
    ///   ``GraphvizError/renderFailed(format:message:)``.
    /// - Complexity: that of the layout engine on the graph (for `dot`, roughly
    ///   O((V + E) log(V + E)) per pass); callers from many tasks wait in turn.
    public func render(dot: String, layout: LayoutEngine = .dot, format: OutputFormat = .svg)
        throws(GraphvizError) -> Data
    {
        try renderReporting(dot: dot, layout: layout, format: format).data
    }

    /// Renders DOT text and also returns the warnings Graphviz gave while doing so
    /// (for example an unknown colour name), one message per element.
    ///
    /// - Parameters: As ``render(dot:layout:format:)``.
    /// - Throws: As ``render(dot:layout:format:)``.
    /// - Complexity: As ``render(dot:layout:format:)``.
    public func renderReporting(dot: String, layout: LayoutEngine = .dot, format: OutputFormat = .svg)
        throws(GraphvizError) -> (data: Data, warnings: [String])
    {
        try check(layout: layout, format: format)
        let gvc = context.pointer
        let outcome = GraphvizLibrary.lock.withLock { _ in
            GraphvizLibrary.renderLocked(gvc: gvc, dot: dot, engine: layout.name, format: format.name)
        }
        return try outcome.get()
    }

    /// Checks that the installed Graphviz has a layout engine and an output format,
    /// as every render does first; callers use it to refuse a bad choice before
    /// reading any input.
    ///
    /// - Parameters:
    ///   - layout: the engine.
    ///   - format: the format (`png:cairo` names the device `png`).
    /// - Throws: ``GraphvizError/unknownLayoutEngine(_:available:)`` or
    ///   ``GraphvizError/unknownFormat(_:available:)``, listing what is installed.
    /// - Complexity: O(p) in the number of installed plugins.
    public func check(layout: LayoutEngine, format: OutputFormat) throws(GraphvizError) {
        guard availableLayoutEngines.contains(layout.name) else {
            throw .unknownLayoutEngine(layout.name, available: availableLayoutEngines)
        }
        let device = format.name.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
        guard availableFormats.contains(device) else {
            throw .unknownFormat(format.name, available: availableFormats)
        }
    }

    /// Renders a diagram: in this process through libgvc, or in a child process
    /// (``GraphvizProgram``) when the diagram has clusters, a timeout is given, or
    /// a bitmap of more than 1,000 nodes may exceed cairo's size limit.
    ///
    /// Graphviz 2.42 corrupts memory and leaks when it lays out clusters in-process
    /// (see ``GraphvizProgram``); the child process gives byte-identical output,
    /// flat memory and a layout that can be stopped. Graphs without clusters keep
    /// the faster in-process path.
    ///
    /// - Parameters:
    ///   - diagram: the diagram (``Diagram/init(network:style:)``).
    ///   - layout: the engine.
    ///   - format: the output format.
    ///   - timeout: seconds after which the layout is stopped; `nil` waits.
    /// - Returns: the output bytes and Graphviz's warnings.
    /// - Throws: ``GraphvizError``: ``GraphvizError/export(_:)`` when the diagram
    ///   cannot be written as DOT, ``GraphvizError/timedOut(engine:seconds:)``,
    ///   otherwise as ``render(dot:layout:format:)``.
    /// - Complexity: the DOT encoding plus the layout.
    public func render(_ diagram: Diagram, layout: LayoutEngine = .dot, format: OutputFormat = .svg, timeout: Double? = nil)
        throws(GraphvizError) -> (data: Data, warnings: [String])
    {
        try check(layout: layout, format: format)
        let dot: String
        do {
            dot = try DOTEncoder().encode(diagram)
        } catch {
            throw .export(error)
        }
        if !diagram.clusters.isEmpty || timeout != nil || Self.mayExceedBitmapLimits(diagram, format: format) {
            return try GraphvizProgram().render(dot: dot, layout: layout, format: format, timeout: timeout)
        }
        return try renderReporting(dot: dot, layout: layout, format: format)
    }

    /// Whether a bitmap of this diagram may be larger than cairo's limit (32,767
    /// pixels a side): cairo's plugin then prints its "graph is too large for
    /// cairo-renderer bitmaps" note straight to standard error, which only a child
    /// process can capture (as a warning).
    static func mayExceedBitmapLimits(_ diagram: Diagram, format: OutputFormat) -> Bool {
        let device = format.name.split(separator: ":").first.map(String.init) ?? format.name
        let bitmaps: Set<String> = ["png", "jpg", "jpeg", "jpe", "gif", "bmp", "tif", "tiff", "webp", "ico"]
        return bitmaps.contains(device) && diagram.networkNodes.count > 1_000
    }

    /// Renders a network drawn with a style (see ``render(_:layout:format:timeout:)``
    /// for where the layout runs).
    ///
    /// - Parameters:
    ///   - network: The network to draw (a dataset's projection or a graph file's).
    ///   - style: The look of the diagram.
    ///   - layout: The engine.
    ///   - format: The output format.
    /// - Throws: ``GraphvizError/export(_:)`` when the network cannot be written as
    ///   DOT, otherwise as ``render(dot:layout:format:)``.
    /// - Complexity: ``DOTWriter/write(_:)`` plus the render.
    public func render(
        _ network: ProjectedNetwork, style: DiagramStyle = DiagramStyle(),
        layout: LayoutEngine = .dot, format: OutputFormat = .svg
    ) throws(GraphvizError) -> Data {
        let diagram: Diagram
        do {
            diagram = try Diagram(network: network, style: style)
        } catch {
            throw .export(error)
        }
        return try render(diagram, layout: layout, format: format).data
    }
}

/// A libgvc context pointer. It is only dereferenced by libgvc while
/// ``GraphvizLibrary/lock`` is held, which is what makes sharing it safe.
struct GraphvizContext: @unchecked Sendable {
    let pointer: OpaquePointer
}

/// The one serialising point for all of libgvc and libcgraph in this process.
enum GraphvizLibrary {
    /// Held around every call into Graphviz.
    static let lock = Mutex(())

    /// Graphviz's messages since the last reset; only touched while ``lock`` is held
    /// (the error sink runs inside Graphviz calls made under the lock).
    nonisolated(unsafe) static var messages = ""

    /// Routes libcgraph's errors and warnings into ``messages``. Call under ``lock``.
    static func installErrorSink() {
        _ = agseterrf { text in
            if let text { GraphvizLibrary.messages += String(cString: text) }
            return 0
        }
    }

    /// The names of the installed plugins of a kind, sorted. Call under ``lock``.
    static func plugins(_ gvc: OpaquePointer, kind: String) -> [String] {
        var count: Int32 = 0
        guard let list = gvPluginList(gvc, kind, &count, nil) else { return [] }
        defer { free(list) }
        var names: [String] = []
        for index in 0..<Int(max(count, 0)) {
            if let name = list[index] {
                names.append(String(cString: name))
                free(name)
            }
        }
        return Array(Set(names)).sorted()
    }

    /// Seeds `drand48` as a fresh process starts it. Call under ``lock``, before
    /// every layout.
    ///
    /// Graphviz draws from the process-wide `drand48` generator without seeding it
    /// in places: the `neato` spline router (`splines=true` or `polyline`, used by
    /// `neato -n2`, the `nop2` plugin) turns each ellipse's obstacle polygon by
    /// `drand48() * .01`. Unseeded, a render depends on every layout before it in
    /// the process, and the same graph routes its edges differently the second
    /// time. Set to glibc's initial state (all 48 bits zero, `seed48`), every
    /// render gives the bytes the `dot` program gives in a fresh process.
    static func seedRandomness() {
        var state: [UInt16] = [0, 0, 0]
        _ = seed48(&state)
    }

    /// Parses and lays out DOT with `engine`, then hands the laid-out graph to
    /// `body`; the graph and its layout are freed on every path, and Graphviz's
    /// messages stay readable (``messages``) until `body` returns. Call under ``lock``.
    static func withLayout<Value>(
        gvc: OpaquePointer, dot: String, engine: String,
        _ body: (_ graph: UnsafeMutablePointer<Agraph_t>) -> Result<Value, GraphvizError>
    ) -> Result<Value, GraphvizError> {
        installErrorSink()
        seedRandomness()
        messages = ""
        _ = agreseterrors()
        defer { messages = "" }

        guard let graph = dot.withCString({ agmemread($0) }) else {
            return .failure(.syntax(message: cleaned(messages)))
        }
        defer { _ = agclose(graph) }
        // A parse that reported an error still returns a graph in some versions.
        if agerrors() > 0 {
            return .failure(.syntax(message: cleaned(messages)))
        }

        guard gvLayout(gvc, graph, engine) == 0 else {
            _ = gvFreeLayout(gvc, graph)
            return .failure(.layoutFailed(engine: engine, message: cleaned(messages)))
        }
        defer { _ = gvFreeLayout(gvc, graph) }
        return body(graph)
    }

    /// Parses, lays out and renders. Call under ``lock``.
    static func renderLocked(gvc: OpaquePointer, dot: String, engine: String, format: String)
        -> Result<(data: Data, warnings: [String]), GraphvizError>
    {
        withLayout(gvc: gvc, dot: dot, engine: engine) { graph in
            var buffer: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            let status = gvRenderData(gvc, graph, format, &buffer, &length)
            defer { if let buffer { gvFreeRenderData(buffer) } }
            guard status == 0, let buffer else {
                return .failure(.renderFailed(format: format, message: cleaned(messages)))
            }
            let data = Data(bytes: buffer, count: Int(length))
            return .success((data, warnings(in: messages)))
        }
    }

    /// The captured text without its trailing newline.
    static func cleaned(_ text: String) -> String {
        var text = text
        while text.last?.isNewline == true { text.removeLast() }
        return text
    }

    /// The captured text split into messages, one per `Warning:`/`Error:` start.
    static func warnings(in text: String) -> [String] {
        var result: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("Warning") || line.hasPrefix("Error") || result.isEmpty {
                result.append(String(line))
            } else {
                result[result.count - 1] += "\n" + line
            }
        }
        return result
    }
}
