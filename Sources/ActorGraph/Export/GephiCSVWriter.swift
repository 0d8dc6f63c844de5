/// Writes a graph as the two CSV files Gephi's spreadsheet import (Data
/// Laboratory → Import Spreadsheet) reads: a nodes table `Id,Label,<attributes…>`
/// and an edges table `Source,Target,Type,Weight,<attributes…>`, with `Type`
/// `Directed` or `Undirected`.
///
/// `Label` is the node column named `name` (for a dataset, the actor's name), or
/// when there is none, `label`; ``GephiCSVReader`` reads `Label` back as `name`.
/// Other columns keep their names; CSV has no types, so Gephi asks for them on
/// import. A missing value is an empty field. Fields are quoted by RFC 4180, so
/// commas, quotes and line breaks in names round-trip exactly.
///
/// Gephi reserves `Id` and `Label` in the nodes table and `Source`, `Target`,
/// `Type` and `Weight` in the edges table (in any case); an attribute with such
/// a name makes the writer throw. Edge attributes named `Id` or `Label` (as in
/// Gephi's own exports) are written as they are and mean to Gephi what they say.
public enum GephiCSVWriter {
    /// The nodes and edges tables.
    ///
    /// - Parameter graph: the graph to write.
    /// - Throws: ``ExportError`` (`.attributeNameConflict`) for an attribute named
    ///   like a reserved column.
    /// - Complexity: O(V·A + E·B + total text length).
    public static func write(_ graph: AttributedGraph) throws(ExportError) -> (nodes: String, edges: String) {
        let labelColumn = graph.nodeColumn("name") ?? graph.nodeColumn("label")
        let nodeColumns = graph.nodeColumns.filter { $0.name != labelColumn?.name }
        for column in nodeColumns where ["id", "label"].contains(column.name.lowercased()) {
            throw ExportError(
                kind: .attributeNameConflict, location: "node attribute \"\(column.name)\"",
                message: "Gephi's nodes table reserves the column names Id and Label")
        }
        for column in graph.edgeColumns
        where ["source", "target", "type", "weight"].contains(column.name.lowercased()) {
            throw ExportError(
                kind: .attributeNameConflict, location: "edge attribute \"\(column.name)\"",
                message: "Gephi's edges table reserves the column names Source, Target, Type and Weight")
        }
        var nodes = CSVWriter()
        nodes.append(["Id", "Label"] + nodeColumns.map(\.name))
        for (index, id) in graph.ids.enumerated() {
            nodes.append([id, labelColumn?.values[index] ?? ""] + nodeColumns.map { $0.values[index] ?? "" })
        }
        var edges = CSVWriter()
        edges.append(["Source", "Target", "Type", "Weight"] + graph.edgeColumns.map(\.name))
        let type = graph.isDirected ? "Directed" : "Undirected"
        for (position, edge) in graph.edges.enumerated() {
            edges.append(
                [graph.ids[edge.source], graph.ids[edge.target], type, AttributeText.text(for: edge.weight)]
                    + graph.edgeColumns.map { $0.values[position] ?? "" })
        }
        return (nodes.text, edges.text)
    }
}
