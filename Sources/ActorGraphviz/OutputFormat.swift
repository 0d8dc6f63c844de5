/// A Graphviz output format (a "device"), as `gvRenderData` and `dot -T` take it.
public enum OutputFormat: Sendable, Hashable, CustomStringConvertible {
    /// Scalable Vector Graphics; text stays text (searchable, shaped by the browser).
    case svg
    /// A bitmap drawn by cairo, with text shaped by pango (Arabic joined, right to left).
    case png
    /// PDF drawn by cairo.
    case pdf
    /// The laid-out graph as JSON (positions, drawing operations).
    case json
    /// DOT with positions and drawing operations (`_draw_`, …).
    case xdot
    /// DOT with positions (`pos`, `bb`).
    case dot
    /// Any other format by its Graphviz name, optionally with a renderer (`png:cairo`).
    case other(String)

    /// The six named formats.
    public static let named: [OutputFormat] = [.svg, .png, .pdf, .json, .xdot, .dot]

    /// Creates a format from its Graphviz name; names not in ``named`` become ``other(_:)``.
    ///
    /// - Parameter name: the format's Graphviz name, for example `"svg"`.
    public init(name: String) {
        self = Self.named.first { $0.name == name } ?? .other(name)
    }

    /// The format for a file name's extension (`svg`, `png`, `pdf`, `json`, `xdot`,
    /// `dot`/`gv`), or `nil` when the extension is none of these.
    ///
    /// - Parameter path: a file name or path.
    /// - Complexity: O(n) in the length of the path.
    public init?(pathExtension path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        let ext = path[path.index(after: dot)...].lowercased()
        switch ext {
        case "gv": self = .dot
        default:
            guard let format = Self.named.first(where: { $0.name == ext }) else { return nil }
            self = format
        }
    }

    /// The Graphviz name.
    public var name: String {
        switch self {
        case .svg: "svg"
        case .png: "png"
        case .pdf: "pdf"
        case .json: "json"
        case .xdot: "xdot"
        case .dot: "dot"
        case .other(let name): name
        }
    }

    public var description: String { name }
}
