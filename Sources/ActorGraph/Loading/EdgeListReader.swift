import Foundation

/// Reads an edge-list CSV (`source,target`, an optional `weight` and any other
/// columns) and an optional node table CSV (`id` plus attribute columns) into an
/// ``AttributedGraph``, keeping every row and every column.
///
/// Unlike ``EdgeList``, which builds only the compact graph, nothing is merged or
/// dropped: each row of the edges table is one element of
/// ``AttributedGraph/edges``, in file order, self-loops and repeated ties
/// included (the compact ``AttributedGraph/graph`` still merges them and leaves
/// self-loops out, as for every format). Columns other than `source`, `target` and
/// `weight` become edge attribute columns, and the node table's columns other
/// than `id` node attribute columns, all of type `string`, in the file's order;
/// an empty field is a missing value (`nil`).
///
/// - Column names are matched exactly (`source`, `target`, `weight`, `id`), as
///   ``EdgeList`` matches them.
/// - A weight must be a finite number above 0; without a `weight` column every
///   weight is 1 and ``AttributedGraph/hasWeights`` is `false`.
/// - The node table fixes the node order and adds nodes without ties; nodes met
///   only in the edges table follow in order of first appearance.
///
/// - Complexity: O(n) in the size of the tables, plus O(V + E log d) for the graph.
public enum EdgeListReader {
    /// Reads an edges file and an optional node table.
    ///
    /// - Throws: ``FileReadError`` or ``CSVError`` naming the file and line.
    public static func read(edges: URL, nodes: URL? = nil, directed: Bool) throws -> AttributedGraph {
        let edgeTable = try CSVTable.read(contentsOf: edges)
        let nodeTable = try nodes.map { try CSVTable.read(contentsOf: $0) }
        return try read(edges: edgeTable, nodes: nodeTable, directed: directed)
    }

    /// Builds the graph from parsed tables.
    ///
    /// - Throws: ``CSVError`` naming the file and line: a missing `source`,
    ///   `target` or `id` column, an empty or repeated node id, an empty source or
    ///   target, a weight that is not a finite number above 0.
    public static func read(edges: CSVTable, nodes: CSVTable?, directed: Bool) throws(CSVError) -> AttributedGraph {
        var ids: [String] = []
        var indexByID: [String: Int] = [:]
        var nodeColumns: [AttributedGraph.Column] = []
        if let nodes {
            guard let idColumn = nodes.column("id") else {
                throw CSVError(
                    file: nodes.file, line: 1,
                    message: "expected a node table header with an id column, found \(nodes.header.joined(separator: ","))")
            }
            for (row, fields) in nodes.rows.enumerated() {
                let id = fields[idColumn]
                guard !id.isEmpty else { throw CSVError(file: nodes.file, line: nodes.lines[row], message: "empty node id") }
                guard indexByID[id] == nil else {
                    throw CSVError(file: nodes.file, line: nodes.lines[row], message: "duplicate node id \"\(id)\"")
                }
                indexByID[id] = ids.count
                ids.append(id)
            }
            for (position, name) in nodes.header.enumerated() where position != idColumn {
                nodeColumns.append(
                    AttributedGraph.Column(
                        name: name, type: .string, values: nodes.rows.map { $0[position].isEmpty ? nil : $0[position] }))
            }
        }
        let tableNodeCount = ids.count

        guard let sourceColumn = edges.column("source"), let targetColumn = edges.column("target") else {
            throw CSVError(
                file: edges.file, line: 1,
                message: "expected a header with columns source,target (and optionally weight and attribute columns), found \(edges.header.joined(separator: ","))")
        }
        let weightColumn = edges.column("weight")
        var edgeList: [AttributedGraph.Edge] = []
        edgeList.reserveCapacity(edges.rows.count)
        for (row, fields) in edges.rows.enumerated() {
            let line = edges.lines[row]
            let source = fields[sourceColumn]
            let target = fields[targetColumn]
            guard !source.isEmpty, !target.isEmpty else {
                throw CSVError(file: edges.file, line: line, message: "empty source or target")
            }
            var weight = 1.0
            if let weightColumn {
                switch TieWeight.parse(fields[weightColumn]) {
                case .success(let value): weight = value
                case .failure(let problem): throw CSVError(file: edges.file, line: line, message: problem.message)
                }
            }
            var endpoints: [Int] = []
            for id in [source, target] {
                if let index = indexByID[id] {
                    endpoints.append(index)
                } else {
                    indexByID[id] = ids.count
                    endpoints.append(ids.count)
                    ids.append(id)
                }
            }
            edgeList.append(AttributedGraph.Edge(source: endpoints[0], target: endpoints[1], weight: weight))
        }
        let added = ids.count - tableNodeCount
        nodeColumns = nodeColumns.map { column in
            var column = column
            column.values += Array(repeating: nil, count: added)
            return column
        }
        let consumed: Set<Int> = [sourceColumn, targetColumn, weightColumn].reduce(into: []) { set, index in
            if let index { set.insert(index) }
        }
        let edgeColumns = edges.header.enumerated().filter { !consumed.contains($0.offset) }.map { position, name in
            AttributedGraph.Column(
                name: name, type: .string, values: edges.rows.map { $0[position].isEmpty ? nil : $0[position] })
        }
        do {
            return try AttributedGraph(
                isDirected: directed, ids: ids, nodeColumns: nodeColumns, edges: edgeList, edgeColumns: edgeColumns,
                hasWeights: weightColumn != nil)
        } catch {
            // Unreachable: ids are checked above and every column is built per row.
            throw CSVError(file: (nodes ?? edges).file, line: 1, message: error.description)
        }
    }
}
