/// Writes a graph as the edge list CSV that ``EdgeListReader`` (and, for the ties
/// and weights, ``EdgeList``) reads: `source,target`, a `weight` column when the
/// graph has weights and a column per edge attribute, one row per element of
/// ``AttributedGraph/edges`` (repeated ties and self-loops included); and a node
/// table `id` plus the node attribute columns.
///
/// A missing value is an empty field; fields are quoted by RFC 4180. CSV has no
/// types, so attribute types are not written.
public enum EdgeListWriter {
    /// The edges table and the node table.
    ///
    /// - Parameter graph: the graph to write.
    /// - Throws: ``ExportError`` (`.attributeNameConflict`) for a node attribute
    ///   named `id` or an edge attribute named `source`, `target` or `weight`.
    /// - Complexity: O(V·A + E·B + total text length).
    public static func write(_ graph: AttributedGraph) throws(ExportError) -> (edges: String, nodes: String) {
        if graph.nodeColumn("id") != nil {
            throw ExportError(
                kind: .attributeNameConflict, location: "node attribute \"id\"",
                message: "the node table's id column holds the node ids")
        }
        for column in graph.edgeColumns where ["source", "target", "weight"].contains(column.name) {
            throw ExportError(
                kind: .attributeNameConflict, location: "edge attribute \"\(column.name)\"",
                message: "the edge list reserves the column names source, target and weight")
        }
        var edges = CSVWriter()
        edges.append((graph.hasWeights ? ["source", "target", "weight"] : ["source", "target"]) + graph.edgeColumns.map(\.name))
        for (position, edge) in graph.edges.enumerated() {
            var record = [graph.ids[edge.source], graph.ids[edge.target]]
            if graph.hasWeights { record.append(AttributeText.text(for: edge.weight)) }
            record += graph.edgeColumns.map { $0.values[position] ?? "" }
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
