import ActorGraph

/// A failure to render, with Graphviz's own words where it gave any.
public enum GraphvizError: Error, Hashable, Sendable, CustomStringConvertible {
    /// `gvContext` returned no context.
    case contextUnavailable
    /// The DOT text did not parse; `message` is what libcgraph reported
    /// (for example `Error: syntax error in line 1 near '}'`).
    case syntax(message: String)
    /// The installed Graphviz has no such layout engine.
    case unknownLayoutEngine(String, available: [String])
    /// The installed Graphviz has no such output format.
    case unknownFormat(String, available: [String])
    /// `gvLayout` failed.
    case layoutFailed(engine: String, message: String)
    /// `gvRenderData` failed.
    case renderFailed(format: String, message: String)
    /// The network could not be written as DOT.
    case export(DOTExportError)
    /// The layout ran longer than the time allowed and was stopped; nothing was written.
    case timedOut(engine: String, seconds: Double)
    /// The Graphviz program needed for a child-process layout is not installed.
    case programMissing(String)
    /// A diagram given to ``GraphvizRenderer/renderPinned(_:layout:format:)`` has
    /// clusters, which pinned layouts do not support: Graphviz 2.42/2.43 corrupts
    /// memory laying out clusters in this process, and the `nop2` plugin draws a
    /// cluster box only from a bounding box given in advance. `diagram` is its index.
    case pinnedClusters(diagram: Int)

    public var description: String {
        switch self {
        case .contextUnavailable:
            "Graphviz: could not create a context (gvContext failed)"
        case .syntax(let message):
            "Graphviz could not parse the DOT input: " + (message.isEmpty ? "no graph found" : message)
        case .unknownLayoutEngine(let name, let available):
            "Graphviz has no layout engine \"\(name)\"; available: " + available.joined(separator: ", ")
        case .unknownFormat(let name, let available):
            "Graphviz has no output format \"\(name)\"; available: " + available.joined(separator: ", ")
        case .layoutFailed(let engine, let message):
            "Graphviz layout with \(engine) failed" + (message.isEmpty ? "" : ": " + message)
        case .renderFailed(let format, let message):
            "Graphviz could not render \(format)" + (message.isEmpty ? "" : ": " + message)
        case .export(let error):
            error.description
        case .timedOut(let engine, let seconds):
            "Graphviz layout with \(engine) did not finish within \(AttributeText.text(for: seconds)) s and was stopped; try another --layout, fewer nodes (--from/--to, --actor-kinds) or a longer --timeout"
        case .programMissing(let name):
            "the Graphviz program \"\(name)\" is not installed (Debian: apt-get install graphviz); it lays out diagrams with clusters"
        case .pinnedClusters(let index):
            "diagram \(index) has clusters, which diagrams with shared positions do not support (Graphviz lays out clusters unreliably in-process, and pinned positions cannot refit cluster boxes); draw them without --cluster-by"
        }
    }
}
