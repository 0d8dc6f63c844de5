import Foundation

/// Writes a graph as GraphML (http://graphml.graphdrawing.org), the XML format
/// networkx (`read_graphml`), igraph (`Graph.Read_GraphML`), Gephi and yEd read.
///
/// Every attribute column becomes a `<key>` with `attr.name` and a typed
/// `attr.type` (`string`, `double`, `int`, `boolean`, …); a node or tie without a
/// value for it simply has no `<data>` element. Weights are an edge key named
/// `weight` (type `double`), the name networkx and igraph use. Key ids are `v_NAME`
/// for node keys and `e_NAME` for edge keys when the name is plain ASCII letters,
/// digits and `_`, else `v_N` / `e_N`; readers look keys up by `attr.name`.
///
/// `edgedefault` is `directed` or `undirected` as the graph is. The output is
/// deterministic: keys in column order, nodes in index order, ties in the graph's
/// order, two-space indentation, UTF-8.
///
/// Every string is escaped exactly (see ``ExportError``): a character XML 1.0
/// cannot carry makes the writer throw, naming the node or tie and the attribute,
/// rather than drop it.
///
/// ```swift
/// let network = dataset.project()
/// let xml = try GraphMLWriter.write(network: network)
/// ```
public enum GraphMLWriter {
    /// The GraphML of a graph with attributes.
    ///
    /// - Parameter graph: the graph to write.
    /// - Throws: ``ExportError`` for a character XML 1.0 cannot carry, or a
    ///   weight column also given as an edge attribute.
    /// - Complexity: O(V·A + E·B + total text length), A node and B edge attributes.
    public static func write(_ graph: AttributedGraph) throws(ExportError) -> String {
        let nodeKeyIDs = keyIDs(for: graph.nodeColumns.map(\.name), prefix: "v_", reserved: [])
        if graph.hasWeights, graph.edgeColumns.contains(where: { $0.name == "weight" }) {
            throw ExportError(
                kind: .attributeNameConflict, location: "edge attribute \"weight\"",
                message: "the name is reserved for the tie weight")
        }
        let weightKey = "e_weight"
        let edgeKeyIDs = keyIDs(
            for: graph.edgeColumns.map(\.name), prefix: "e_", reserved: graph.hasWeights ? [weightKey] : [])

        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
            http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        for (column, id) in zip(graph.nodeColumns, nodeKeyIDs) {
            out += try keyLine(id: id, domain: "node", name: column.name, type: column.type)
        }
        if graph.hasWeights {
            out += "  <key id=\"\(weightKey)\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
        }
        for (column, id) in zip(graph.edgeColumns, edgeKeyIDs) {
            out += try keyLine(id: id, domain: "edge", name: column.name, type: column.type)
        }
        out += "  <graph id=\"G\" edgedefault=\"\(graph.isDirected ? "directed" : "undirected")\">\n"
        for (index, id) in graph.ids.enumerated() {
            let escapedID = try XMLText.escaped(id, inAttribute: true, location: "node \"\(id)\" id")
            var data = ""
            for (column, key) in zip(graph.nodeColumns, nodeKeyIDs) {
                guard let value = column.values[index] else { continue }
                let text = try XMLText.escaped(
                    value, inAttribute: false, location: "node \"\(id)\", attribute \"\(column.name)\"")
                data += "      <data key=\"\(key)\">\(text)</data>\n"
            }
            out += data.isEmpty ? "    <node id=\"\(escapedID)\"/>\n" : "    <node id=\"\(escapedID)\">\n\(data)    </node>\n"
        }
        for (position, edge) in graph.edges.enumerated() {
            let source = try XMLText.escaped(graph.ids[edge.source], inAttribute: true, location: "node id")
            let target = try XMLText.escaped(graph.ids[edge.target], inAttribute: true, location: "node id")
            var data = ""
            if graph.hasWeights {
                data += "      <data key=\"\(weightKey)\">\(AttributeText.text(for: edge.weight))</data>\n"
            }
            for (column, key) in zip(graph.edgeColumns, edgeKeyIDs) {
                guard let value = column.values[position] else { continue }
                let text = try XMLText.escaped(
                    value, inAttribute: false,
                    location: "tie \"\(graph.ids[edge.source])\"–\"\(graph.ids[edge.target])\", attribute \"\(column.name)\"")
                data += "      <data key=\"\(key)\">\(text)</data>\n"
            }
            let open = "    <edge source=\"\(source)\" target=\"\(target)\""
            out += data.isEmpty ? open + "/>\n" : open + ">\n" + data + "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    /// The GraphML of a dataset's projection, with the node and tie attributes of
    /// ``AttributedGraph/NetworkKey`` and, optionally, score columns.
    ///
    /// - Parameters:
    ///   - network: the network; node `i` is `network.nodes[i]`; tie attributes come
    ///     from each tie's summary.
    ///   - scores: numeric node attributes (type `double`); a `nil` value omits
    ///     that node's `<data>` element.
    ///   - nodeAttributes: extra text node attributes.
    /// - Throws: ``ExportError``.
    /// - Complexity: as ``write(_:)``.
    public static func write(
        network: ProjectedNetwork, scores: [String: [Double?]] = [:], nodeAttributes: [String: [String?]] = [:]
    ) throws(ExportError) -> String {
        try write(AttributedGraph(network: network, scores: scores, nodeAttributes: nodeAttributes))
    }

    /// The GraphML of a compact graph (an edge list, say) with attribute columns.
    ///
    /// Weights are written when any differs from 1.
    ///
    /// - Parameters:
    ///   - graph: the graph to write.
    ///   - nodeAttributes: text node attributes, written in name order.
    ///   - scores: numeric node attributes (type `double`), written in name order after
    ///     the text attributes; a `nil` value is a missing value.
    /// - Throws: ``ExportError``.
    /// - Complexity: as ``write(_:)``.
    public static func write(
        _ graph: CompactGraph, nodeAttributes: [String: [String?]] = [:], scores: [String: [Double?]] = [:]
    ) throws(ExportError) -> String {
        try write(AttributedGraph(graph, nodeAttributes: nodeAttributes, scores: scores))
    }

    private static func keyLine(id: String, domain: String, name: String, type: AttributedGraph.ValueType)
        throws(ExportError) -> String
    {
        let escapedName = try XMLText.escaped(name, inAttribute: true, location: "\(domain) attribute name \"\(name)\"")
        return "  <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"\(escapedName)\" attr.type=\"\(type.rawValue)\"/>\n"
    }

    /// Readable, unique key ids (also GEXF's attribute ids).
    static func keyIDs(for names: [String], prefix: String, reserved: Set<String>) -> [String] {
        var taken = reserved
        return names.enumerated().map { index, name in
            let plain = !name.isEmpty && name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
            var id = plain ? prefix + name : prefix + String(index)
            var suffix = 1
            while taken.contains(id) {
                id = prefix + String(index) + (suffix == 1 ? "" : "_\(suffix)")
                suffix += 1
            }
            taken.insert(id)
            return id
        }
    }
}
