/// A Graphviz layout engine: the program that places nodes and routes edges.
public enum LayoutEngine: Sendable, Hashable, CustomStringConvertible {
    /// Layered drawing (hierarchies, flows); honours `rankdir` and clusters.
    case dot
    /// Spring model (stress majorisation); honours `overlap` and `splines`.
    case neato
    /// Spring model (Fruchterman–Reingold); honours clusters.
    case fdp
    /// Multiscale `fdp` for large graphs.
    case sfdp
    /// Circular layout.
    case circo
    /// Radial layout.
    case twopi
    /// Any other engine by its Graphviz name (`osage`, `patchwork`, …).
    case other(String)

    /// The six named engines.
    public static let named: [LayoutEngine] = [.dot, .neato, .fdp, .sfdp, .circo, .twopi]

    /// Creates an engine from its Graphviz name; names not in ``named`` become ``other(_:)``.
    ///
    /// - Parameter name: the engine's Graphviz name, for example `"neato"`.
    public init(name: String) {
        self = Self.named.first { $0.name == name } ?? .other(name)
    }

    /// The Graphviz name, as `gvLayout` and `dot -K` take it.
    public var name: String {
        switch self {
        case .dot: "dot"
        case .neato: "neato"
        case .fdp: "fdp"
        case .sfdp: "sfdp"
        case .circo: "circo"
        case .twopi: "twopi"
        case .other(let name): name
        }
    }

    public var description: String { name }
}
