/// Writes a ``Diagram`` as Graphviz DOT text: syntax and exact escaping only,
/// every drawing decision having been made in the diagram.
///
/// The text is deterministic: statements in the diagram's order (graph, node and
/// edge defaults, clusters, the other nodes, edges, joins, legend), attributes
/// sorted by name, every id and value escaped by ``DOTEscaping``.
public struct DOTEncoder: Sendable {
    /// The graph's name in `graph NAME { … }`.
    public var graphName: String

    /// Creates an encoder.
    ///
    /// - Parameter graphName: the graph's name (`actorgraph` by default).
    public init(graphName: String = "actorgraph") {
        self.graphName = graphName
    }

    /// The DOT text of a diagram.
    ///
    /// - Parameter diagram: the diagram.
    /// - Returns: a complete `graph` (or `digraph`).
    /// - Throws: ``DOTExportError/unrepresentableText(_:place:)`` naming the node,
    ///   tie or attribute whose text DOT cannot carry exactly.
    /// - Complexity: O(total size of the diagram's text).
    public func encode(_ diagram: Diagram) throws(DOTExportError) -> String {
        var out = (diagram.isDirected ? "digraph " : "graph ") + (try Self.id(graphName, origin: .generated)) + " {\n"
        let arrow = diagram.isDirected ? " -> " : " -- "
        out += "\tgraph " + (try Self.attributeList(diagram.graphAttributes, owner: "graph", origin: .generated)) + ";\n"
        out += "\tnode " + (try Self.attributeList(diagram.nodeDefaults, owner: "every node", origin: .generated)) + ";\n"
        out += "\tedge " + (try Self.attributeList(diagram.edgeDefaults, owner: "every edge", origin: .generated)) + ";\n"
        for cluster in diagram.clusters { try Self.write(cluster, arrow: arrow, indent: "\t", to: &out) }
        for node in diagram.nodes { try Self.write(node, indent: "\t", to: &out) }
        for edge in diagram.edges + diagram.joins { try Self.write(edge, arrow: arrow, indent: "\t", to: &out) }
        if let legend = diagram.legend { try Self.write(legend, arrow: arrow, indent: "\t", to: &out) }
        for edge in diagram.legendJoins { try Self.write(edge, arrow: arrow, indent: "\t", to: &out) }
        out += "}\n"
        return out
    }

    static func write(_ subgraph: Diagram.Subgraph, arrow: String, indent: String, to out: inout String)
        throws(DOTExportError)
    {
        let inner = indent + "\t"
        let owner: String
        if case .cluster(let value) = subgraph.origin { owner = "cluster " + DOTExportError.quoted(value) } else { owner = "legend" }
        out += indent + "subgraph " + (try id(subgraph.id, origin: subgraph.origin)) + " {\n"
        if !subgraph.attributes.isEmpty {
            out += inner + "graph " + (try attributeList(subgraph.attributes, owner: owner, origin: subgraph.origin)) + ";\n"
        }
        if !subgraph.nodeDefaults.isEmpty {
            out += inner + "node " + (try attributeList(subgraph.nodeDefaults, owner: owner, origin: subgraph.origin)) + ";\n"
        }
        for node in subgraph.nodes { try write(node, indent: inner, to: &out) }
        for edge in subgraph.edges { try write(edge, arrow: arrow, indent: inner, to: &out) }
        for child in subgraph.subgraphs { try write(child, arrow: arrow, indent: inner, to: &out) }
        out += indent + "}\n"
    }

    static func write(_ node: Diagram.Node, indent: String, to out: inout String) throws(DOTExportError) {
        let list: String
        do {
            list = try attributeList(node.attributes, owner: "actor " + DOTExportError.quoted(node.id), origin: node.origin)
        } catch {
            // A bad computed label is about the node's name, not an attribute.
            if case .unrepresentableText(let inner, .attribute("label", _)) = error,
                case .node(_, labelIsComputed: true) = node.origin
            {
                throw .unrepresentableText(inner, place: .actorLabel(actorID: node.id))
            }
            throw error
        }
        out += indent + (try id(node.id, origin: node.origin)) + " " + list + ";\n"
    }

    static func write(_ edge: Diagram.Edge, arrow: String, indent: String, to out: inout String)
        throws(DOTExportError)
    {
        let owner = "the tie " + DOTExportError.quoted(edge.source) + " – " + DOTExportError.quoted(edge.target)
        let list: String
        do {
            list = try attributeList(edge.attributes, owner: owner, origin: edge.origin)
        } catch {
            if case .unrepresentableText(let inner, .attribute("label", _)) = error, case .tie = edge.origin {
                throw .unrepresentableText(inner, place: .edgeLabel(source: edge.source, target: edge.target))
            }
            throw error
        }
        out += indent + (try id(edge.source, origin: edge.origin)) + arrow + (try id(edge.target, origin: edge.origin))
            + " " + list + ";\n"
    }

    /// An escaped id; an error names the actor for network elements, else the legend.
    static func id(_ text: String, origin: Diagram.Origin) throws(DOTExportError) -> String {
        do {
            return try DOTEscaping.identifier(text)
        } catch {
            switch origin {
            case .node, .tie: throw .unrepresentableText(error, place: .actorID(text))
            case .cluster(let value): throw .unrepresentableText(error, place: .attribute(name: "id", owner: "cluster " + DOTExportError.quoted(value)))
            case .generated: throw .unrepresentableText(error, place: .legend)
            }
        }
    }

    /// `[a=b, c=d]`, sorted by name.
    static func attributeList(_ attributes: [String: DOTAttributeValue], owner: String, origin: Diagram.Origin)
        throws(DOTExportError) -> String
    {
        var parts: [String] = []
        parts.reserveCapacity(attributes.count)
        for name in attributes.keys.sorted() {
            guard let value = attributes[name] else { continue }
            do {
                parts.append(try DOTEscaping.identifier(name) + "=" + value.token())
            } catch {
                throw .unrepresentableText(error, place: .attribute(name: name, owner: owner))
            }
        }
        return "[" + parts.joined(separator: ", ") + "]"
    }
}
