/// Writes a graph as the edge list CSV that ``EdgeList`` reads: `source,target`
/// and a `weight` column when the graph has weights, and a node table `id` plus
/// the node attribute columns.
///
/// Only node attributes are written (an edge list has no edge attributes). A
/// missing value is an empty field; fields are quoted by RFC 4180.
public enum EdgeListWriter {
    /// The edges table and the node table.
    ///
    /// - Parameter graph: the graph to write.
    /// - Throws: ``ExportError`` for a node attribute named `id`.
    /// - Complexity: O(V·A + E + total text length).
    public static func write(_ graph: AttributedGraph) throws(ExportError) -> (edges: String, nodes: String) {
        if graph.nodeColumn("id") != nil {
            throw ExportError(
                kind: .attributeNameConflict, location: "node attribute \"id\"",
                message: "the node table's id column holds the node ids")
        }
        var edges = CSVWriter()
        edges.append(graph.hasWeights ? ["source", "target", "weight"] : ["source", "target"])
        for edge in graph.edges {
            var record = [graph.ids[edge.source], graph.ids[edge.target]]
            if graph.hasWeights { record.append(AttributeText.text(for: edge.weight)) }
            edges.append(record)
        }
        var nodes = CSVWriter()
        nodes.append(["id"] + graph.nodeColumns.map(\.name))
        for (index, id) in graph.ids.enumerated() {
            nodes.append([id] + graph.nodeColumns.map { $0.values[index] ?? "" })
        }
        return (edges.text, nodes.text)
    }
}
