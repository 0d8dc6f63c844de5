/// What the two CSV graph readers (``EdgeListReader`` and ``GephiCSVReader``)
/// share: node ids in order (node table first, then endpoints met only in the
/// edges table), node attribute columns padded with missing values for those extra
/// nodes, and the edges table's remaining columns as text tie attributes.
struct CSVGraphAssembly {
    private(set) var ids: [String] = []
    private var indexByID: [String: Int] = [:]
    /// Node attribute columns, one value per node of the node table so far.
    var nodeColumns: [AttributedGraph.Column] = []

    /// Adds a node of the node table.
    ///
    /// - Parameter idName: the id column's name as the format spells it, for messages.
    /// - Throws: ``CSVError`` for an empty or repeated id.
    mutating func addTableNode(_ id: String, table: CSVTable, row: Int, idName: String) throws(CSVError) {
        guard !id.isEmpty else { throw CSVError(file: table.file, line: table.lines[row], message: "empty node \(idName)") }
        guard indexByID[id] == nil else {
            throw CSVError(file: table.file, line: table.lines[row], message: "duplicate node \(idName) \"\(id)\"")
        }
        indexByID[id] = ids.count
        ids.append(id)
    }

    /// The index of a tie's end, adding the node when it is new. O(1).
    mutating func endpoint(_ id: String) -> Int {
        if let index = indexByID[id] { return index }
        indexByID[id] = ids.count
        ids.append(id)
        return ids.count - 1
    }

    /// A column of a table as text values, an empty field being a missing value.
    static func textColumn(_ table: CSVTable, at position: Int, name: String) -> AttributedGraph.Column {
        AttributedGraph.Column(name: name, type: .string, values: table.rows.map { $0[position].isEmpty ? nil : $0[position] })
    }

    /// The graph: node columns padded for nodes added as endpoints, and every
    /// column of `edgeTable` not in `consumed` as a text tie attribute.
    ///
    /// - Throws: ``CSVError`` naming `file` if the parts do not fit together
    ///   (not expected: the readers check ids and build every column per row).
    func graph(
        directed: Bool, edges: [AttributedGraph.Edge], edgeTable: CSVTable, consumed: [Int?], hasWeights: Bool,
        file: String?
    ) throws(CSVError) -> AttributedGraph {
        let padded = nodeColumns.map { column in
            var column = column
            column.values += Array(repeating: nil, count: ids.count - column.values.count)
            return column
        }
        let used = Set(consumed.compactMap { $0 })
        let edgeColumns = edgeTable.header.enumerated().filter { !used.contains($0.offset) }.map { position, name in
            Self.textColumn(edgeTable, at: position, name: name)
        }
        do {
            return try AttributedGraph(
                isDirected: directed, ids: ids, nodeColumns: padded, edges: edges, edgeColumns: edgeColumns,
                hasWeights: hasWeights)
        } catch {
            throw CSVError(file: file, line: 1, message: error.description)
        }
    }
}
