import Foundation

/// Reads an edge-list CSV (`source,target`, an optional `weight` and any other
/// columns) and an optional node table CSV (`id` plus attribute columns) into an
/// ``AttributedGraph``, keeping every row and every column.
///
/// It is the one reader of edge lists: every command and ``NetworkSource`` use
/// it. Nothing is merged or dropped: each row of the edges table is one element of
/// ``AttributedGraph/edges``, in file order, self-loops and repeated ties
/// included (the compact ``AttributedGraph/graph`` still merges them and leaves
/// self-loops out, as for every format). Columns other than `source`, `target` and
/// `weight` become edge attribute columns, and the node table's columns other
/// than `id` node attribute columns, all of type `string`, in the file's order;
/// an empty field is a missing value (`nil`).
///
/// - Column names are matched exactly (`source`, `target`, `weight`, `id`); `src`
///   and `dst` stand for `source` and `target` when those are absent (the
///   GraphFrames layout: `id,…` vertices and `src,dst,…` edges).
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
        var assembly = CSVGraphAssembly()
        if let nodes {
            guard let idColumn = nodes.column("id") else {
                throw CSVError(
                    file: nodes.file, line: 1,
                    message: "expected a node table header with an id column, found \(nodes.header.joined(separator: ","))")
            }
            for (row, fields) in nodes.rows.enumerated() {
                try assembly.addTableNode(fields[idColumn], table: nodes, row: row, idName: "id")
            }
            for (position, name) in nodes.header.enumerated() where position != idColumn {
                assembly.nodeColumns.append(CSVGraphAssembly.textColumn(nodes, at: position, name: name))
            }
        }

        // source,target; or src,dst as GraphFrames (and Spark jobs writing for it) name them.
        guard let sourceColumn = edges.column("source") ?? edges.column("src"),
            let targetColumn = edges.column("target") ?? edges.column("dst")
        else {
            throw CSVError(
                file: edges.file, line: 1,
                message: "expected a header with columns source,target or src,dst (and optionally weight and attribute columns), found \(edges.header.joined(separator: ","))")
        }
        let weightColumn = edges.column("weight")
        var edgeList: [AttributedGraph.Edge] = []
        edgeList.reserveCapacity(edges.rows.count)
        for row in edges.rows.indices {
            let tie = try edges.tie(atRow: row, source: sourceColumn, target: targetColumn, weight: weightColumn)
            edgeList.append(
                AttributedGraph.Edge(
                    source: assembly.endpoint(tie.source), target: assembly.endpoint(tie.target), weight: tie.weight))
        }
        return try assembly.graph(
            directed: directed, edges: edgeList, edgeTable: edges, consumed: [sourceColumn, targetColumn, weightColumn],
            hasWeights: weightColumn != nil, file: (nodes ?? edges).file)
    }
}
