import Foundation

/// Building the ``AttributedGraph`` once XMLParser has walked the whole document:
/// node ids, the weight key, and typed node and edge columns.
extension GraphMLCollector {
    func build() throws(GraphMLError) -> AttributedGraph {
        guard sawRoot else { throw GraphMLError(kind: .notGraphML, file: file, line: 1, message: "no <graphml> element") }
        guard sawGraph else { throw GraphMLError(kind: .notGraphML, file: file, line: nil, message: "no <graph> element") }
        var ids: [String] = []
        var indexByID: [String: Int] = [:]
        for node in nodes {
            let id = node.id ?? ""
            guard indexByID[id] == nil else {
                throw GraphMLError(kind: .duplicateID, file: file, line: node.line, message: "two nodes have the id \"\(id)\"")
            }
            indexByID[id] = ids.count
            ids.append(id)
        }
        let weightKey = keys.first { ($0.domain == "edge" || $0.domain == "all") && $0.name == "weight" }
        let nodeKeys = keys.filter { $0.domain == "node" || $0.domain == "all" }
        let edgeKeys = keys.filter { ($0.domain == "edge" || $0.domain == "all") && $0.id != weightKey?.id }

        let nodeColumns = try columns(for: nodeKeys, items: nodes, what: { "node \"\($0.id ?? "")\"" })
        var edgeList: [AttributedGraph.Edge] = []
        edgeList.reserveCapacity(edges.count)
        for edge in edges {
            let source = edge.source ?? ""
            let target = edge.target ?? ""
            for endpoint in [source, target] where indexByID[endpoint] == nil {
                throw GraphMLError(
                    kind: .unknownNode, file: file, line: edge.line,
                    message: "\(describe(edge)) names node \"\(endpoint)\", which no <node> declares")
            }
            var weight = 1.0
            if let weightKey {
                let datum = edge.data.last { $0.key == weightKey.id }
                if let text = datum?.text ?? weightKey.defaultText {
                    switch TieWeight.parse(text) {
                    case .success(let value): weight = value
                    case .failure(let problem):
                        throw GraphMLError(
                            kind: .badValue, file: file, line: datum?.line ?? weightKey.line,
                            message: "\(describe(edge)): \(problem.message)")
                    }
                }
            }
            edgeList.append(AttributedGraph.Edge(source: indexByID[source] ?? 0, target: indexByID[target] ?? 0, weight: weight))
        }
        let edgeColumns = try columns(for: edgeKeys, items: edges, what: describe)
        do {
            return try AttributedGraph(
                isDirected: directed, ids: ids, nodeColumns: nodeColumns, edges: edgeList, edgeColumns: edgeColumns,
                hasWeights: weightKey != nil)
        } catch {
            // Unreachable: ids and endpoints are checked above and every column has a value per node or edge.
            throw GraphMLError(kind: .badValue, file: file, line: nil, message: error.description)
        }
    }

    private func describe(_ edge: Item) -> String {
        if let id = edge.id { return "edge \"\(id)\"" }
        return "edge \"\(edge.source ?? "")\" → \"\(edge.target ?? "")\""
    }

    private func columns(for keys: [Key], items: [Item], what: (Item) -> String) throws(GraphMLError)
        -> [AttributedGraph.Column]
    {
        var columns: [AttributedGraph.Column] = []
        var names = Set<String>()
        for key in keys {
            guard names.insert(key.name).inserted else {
                throw GraphMLError(
                    kind: .duplicateID, file: file, line: key.line,
                    message: "two \(key.domain) keys have the attr.name \"\(key.name)\"")
            }
            var defaultValue: String?
            if let text = key.defaultText {
                guard let value = GraphMLValue.canonical(text, as: key.type) else {
                    throw GraphMLError(
                        kind: .badValue, file: file, line: key.line,
                        message: "key \"\(key.name)\": the default \"\(text)\" is not a valid \(key.type.rawValue)")
                }
                defaultValue = value
            }
            var values: [String?] = []
            values.reserveCapacity(items.count)
            for item in items {
                guard let datum = item.data.last(where: { $0.key == key.id }) else {
                    values.append(defaultValue)
                    continue
                }
                guard let value = GraphMLValue.canonical(datum.text, as: key.type) else {
                    throw GraphMLError(
                        kind: .badValue, file: file, line: datum.line,
                        message: "\(what(item)), attribute \"\(key.name)\": \"\(datum.text)\" is not a valid \(key.type.rawValue)")
                }
                values.append(value)
            }
            columns.append(AttributedGraph.Column(name: key.name, type: key.type, values: values))
        }
        return columns
    }
}
