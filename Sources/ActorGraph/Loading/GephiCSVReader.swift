import Foundation

/// Reads the nodes and edges tables of Gephi's spreadsheet format (as
/// ``GephiCSVWriter`` writes them and Gephi exports them from the Data Laboratory).
///
/// - Edges: `Source` and `Target` are required; `Type` (`Directed` or
///   `Undirected`, any case; empty means the default) and `Weight` (a finite
///   number above 0; empty means 1) are optional. All ties must have one type:
///   mixed graphs are not supported. Other columns, `Id` and `Label` included,
///   become edge attributes.
/// - Nodes (optional): `Id` is required; `Label` becomes the `name` attribute
///   (dropped when every label is empty); other columns become attributes.
///   Nodes met only in the edges table are added after the table's nodes, in
///   order of first appearance, as Gephi does.
/// - Column names are matched without regard to case. CSV has no types, so every
///   attribute is a `string`; an empty field is a missing value.
///
/// - Complexity: O(n) in the size of the tables, plus O(V + E log d) for the graph.
public enum GephiCSVReader {
    /// Reads an edges file and an optional nodes file.
    ///
    /// - Parameters:
    ///   - edges: the edges table's file.
    ///   - nodes: the nodes table's file, if any.
    ///   - directed: the direction when the edges table has no `Type`
    ///     column or every `Type` is empty.
    /// - Throws: ``FileReadError`` or ``CSVError`` naming the file and line.
    public static func read(edges: URL, nodes: URL? = nil, directed: Bool = false) throws -> AttributedGraph {
        let edgeTable = try CSVTable.read(contentsOf: edges)
        let nodeTable = try nodes.map { try CSVTable.read(contentsOf: $0) }
        return try read(edges: edgeTable, nodes: nodeTable, directed: directed)
    }

    /// Builds the graph from parsed tables.
    ///
    /// - Parameters:
    ///   - edges: the edges table.
    ///   - nodes: the nodes table, if any.
    ///   - directed: the direction when the edges table has no `Type`
    ///     column or every `Type` is empty.
    /// - Throws: ``CSVError`` naming the file and line.
    public static func read(edges: CSVTable, nodes: CSVTable?, directed: Bool = false) throws(CSVError)
        -> AttributedGraph
    {
        func column(_ table: CSVTable, _ name: String) -> Int? {
            table.header.firstIndex { $0.lowercased() == name.lowercased() }
        }
        var assembly = CSVGraphAssembly()
        if let nodes {
            guard let idColumn = column(nodes, "Id") else {
                throw CSVError(
                    file: nodes.file, line: 1,
                    message: "expected a nodes table with an Id column, found \(nodes.header.joined(separator: ","))")
            }
            let labelColumn = column(nodes, "Label")
            for (row, fields) in nodes.rows.enumerated() {
                try assembly.addTableNode(fields[idColumn], table: nodes, row: row, idName: "Id")
            }
            for (position, name) in nodes.header.enumerated() where position != idColumn {
                if position == labelColumn {
                    let labels = CSVGraphAssembly.textColumn(nodes, at: position, name: "name")
                    if labels.values.contains(where: { $0 != nil }) { assembly.nodeColumns.append(labels) }
                } else {
                    assembly.nodeColumns.append(CSVGraphAssembly.textColumn(nodes, at: position, name: name))
                }
            }
        }

        guard let sourceColumn = column(edges, "Source"), let targetColumn = column(edges, "Target") else {
            throw CSVError(
                file: edges.file, line: 1,
                message: "expected an edges table with Source and Target columns (and optionally Type, Weight), found \(edges.header.joined(separator: ","))")
        }
        let typeColumn = column(edges, "Type")
        let weightColumn = column(edges, "Weight")
        var isDirected: Bool?
        var edgeList: [AttributedGraph.Edge] = []
        for (row, fields) in edges.rows.enumerated() {
            let line = edges.lines[row]
            let source = fields[sourceColumn]
            let target = fields[targetColumn]
            guard !source.isEmpty, !target.isEmpty else {
                throw CSVError(file: edges.file, line: line, message: "empty Source or Target")
            }
            if let typeColumn, !fields[typeColumn].isEmpty {
                let rowDirected: Bool
                switch fields[typeColumn].lowercased() {
                case "directed": rowDirected = true
                case "undirected": rowDirected = false
                default:
                    throw CSVError(
                        file: edges.file, line: line,
                        message: "Type must be Directed or Undirected, found \"\(fields[typeColumn])\"")
                }
                if let isDirected, isDirected != rowDirected {
                    throw CSVError(
                        file: edges.file, line: line,
                        message: "this tie is \(fields[typeColumn]) but an earlier one is not; mixed graphs are not supported")
                }
                isDirected = rowDirected
            }
            var weight = 1.0
            if let weightColumn, !fields[weightColumn].isEmpty {
                switch TieWeight.parse(fields[weightColumn]) {
                case .success(let value): weight = value
                case .failure(let problem): throw CSVError(file: edges.file, line: line, message: problem.message)
                }
            }
            edgeList.append(
                AttributedGraph.Edge(
                    source: assembly.endpoint(source), target: assembly.endpoint(target), weight: weight))
        }
        return try assembly.graph(
            directed: isDirected ?? directed, edges: edgeList, edgeTable: edges,
            consumed: [sourceColumn, targetColumn, typeColumn, weightColumn], hasWeights: weightColumn != nil,
            file: (nodes ?? edges).file)
    }
}
