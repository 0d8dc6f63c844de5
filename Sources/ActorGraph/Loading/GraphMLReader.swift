import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads GraphML: files written by ``GraphMLWriter``, networkx (`write_graphml`),
/// igraph (`Graph.write_graphml`) and other tools.
///
/// - Direction comes from the graph's `edgedefault` (`directed` or `undirected`;
///   when absent, undirected, as networkx reads it). An edge whose own `directed`
///   attribute disagrees is an error: mixed graphs are not supported.
/// - Keys are found by `attr.name`, not by id: networkx names a weight key `d3`,
///   igraph `e_weight`, both with `attr.name="weight"`. An edge key named `weight`
///   gives the weights (any numeric type; each must be a finite number above 0);
///   without one every weight is 1.
/// - Every other node and edge key becomes a column of that name and type. A
///   value is checked against its declared type (`boolean`: `true`/`false`/`1`/`0`
///   in any case; `int`, `long`: whole numbers; `float`, `double`: numbers, `NaN`,
///   `INF`) and kept in canonical spelling. A key's `<default>` fills in for nodes
///   or edges without that `<data>`.
/// - Node ids are the `<node id>` values; an edge naming an id no `<node>`
///   declares is an error (networkx would add the node silently), as are two
///   nodes with one id.
/// - Not supported, each with a clear error: hyperedges, nested graphs (a `<graph>`
///   inside a node or edge), nested nodes and edges (a `<node>` or `<edge>` inside
///   a node or edge), more than one `<graph>`. `<node>` and `<edge>` must be direct
///   children of the `<graph>`, the `<graph>` and every `<key>` direct children of
///   `<graphml>`; anything else is not GraphML. A `<data>` belongs to the element
///   it sits in. Ports and edge ids are
///   ignored, as are graph-level `<data>`, `<desc>`, elements of other namespaces
///   and `<data>` with element content (yEd's drawing data).
///
/// Parallel edges are kept in ``AttributedGraph/edges`` and merged in
/// ``AttributedGraph/graph`` (weights added); self-loops likewise are kept in the
/// list and left out of the compact graph.
///
/// - Complexity: O(n) in the size of the file, plus O(V + E log d) to build the graph.
public enum GraphMLReader {
    /// Reads the GraphML file at `url`.
    ///
    /// - Throws: ``FileReadError`` when the file cannot be read, ``GraphMLError``
    ///   when it is malformed or unsupported.
    public static func read(contentsOf url: URL) throws -> AttributedGraph {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw FileReadError(path: url.path, reason: (error as NSError).localizedDescription)
        }
        return try read(data: data, file: url.path)
    }

    /// Reads GraphML from bytes; `file` names the source in errors.
    ///
    /// - Throws: ``GraphMLError`` with the line number.
    /// - Complexity: O(n) in the size of the data, plus O(V + E log d) for the graph.
    public static func read(data: Data, file: String? = nil) throws(GraphMLError) -> AttributedGraph {
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        let collector = GraphMLCollector(file: file)
        parser.delegate = collector
        _ = parser.parse()
        if let error = collector.error { throw error }
        if let error = parser.parserError {
            let code = collector.errorCode ?? (error as NSError).code
            throw GraphMLError(
                kind: .malformedXML, file: file, line: collector.errorLine ?? parser.lineNumber,
                message: "malformed XML: \(XMLErrorText.describe(code: code))")
        }
        return try collector.build()
    }
}

/// Collects keys, nodes and edges while XMLParser walks the document.
private final class GraphMLCollector: NSObject, XMLParserDelegate {
    static let namespace = "http://graphml.graphdrawing.org/xmlns"

    struct Key {
        var id: String
        var domain: String
        var name: String
        var type: AttributedGraph.ValueType
        var defaultText: String?
        var line: Int
    }

    /// The element a `<data>` belongs to: the one it sits in.
    enum Owner {
        case node(Int)
        case edge(Int)
        /// The `<graphml>`, the `<graph>` or another element: not kept.
        case other
    }

    struct Datum {
        var key: String
        var text: String
        var line: Int
        var owner: Owner = .other
    }

    struct Item {
        var id: String?
        var source: String?
        var target: String?
        var line: Int
        var data: [Datum] = []
    }

    let file: String?
    private(set) var error: GraphMLError?
    private(set) var errorLine: Int?
    private(set) var errorCode: Int?
    private var keys: [Key] = []
    private var keyIndexByID: [String: Int] = [:]
    private var sawRoot = false
    private var sawGraph = false
    private var directed = false
    private var nodes: [Item] = []
    private var edges: [Item] = []
    private var stack: [String] = []
    private var text = ""
    private var currentDatum: Datum?
    private var datumHasElements = false

    init(file: String?) {
        self.file = file
    }

    private func fail(_ parser: XMLParser, _ kind: GraphMLError.Kind, _ message: String, line: Int? = nil) {
        guard error == nil else { return }
        error = GraphMLError(kind: kind, file: file, line: line ?? parser.lineNumber, message: message)
        parser.abortParsing()
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes: [String: String] = [:]
    ) {
        guard error == nil else { return }
        let line = parser.lineNumber
        let isGraphML = namespaceURI == nil || namespaceURI == "" || namespaceURI == Self.namespace
        let parent = stack.last
        guard isGraphML else {
            if parent == "data" || parent == "#foreign" { datumHasElements = true }
            if stack.isEmpty { fail(parser, .notGraphML, "expected a <graphml> root element, found <\(qName ?? elementName)>") }
            stack.append("#foreign")
            return
        }
        if stack.isEmpty, elementName != "graphml" {
            fail(parser, .notGraphML, "expected a <graphml> root element, found <\(elementName)>")
            return
        }
        if parent == "data" || parent == "#foreign" {
            datumHasElements = true
            stack.append("#foreign")
            return
        }
        switch elementName {
        case "graphml":
            sawRoot = true
        case "key" where parent == "graphml":
            guard let id = attributes["id"] else { return fail(parser, .missingAttribute, "<key> has no id") }
            guard keyIndexByID[id] == nil else { return fail(parser, .duplicateID, "two keys have the id \"\(id)\"") }
            let typeText = attributes["attr.type"] ?? "string"
            guard let type = AttributedGraph.ValueType(rawValue: typeText) else {
                let allowed = AttributedGraph.ValueType.allCases.map(\.rawValue).joined(separator: ", ")
                return fail(parser, .badValue, "key \"\(id)\": unknown attr.type \"\(typeText)\"; GraphML allows \(allowed)")
            }
            keyIndexByID[id] = keys.count
            keys.append(
                Key(id: id, domain: attributes["for"] ?? "all", name: attributes["attr.name"] ?? id, type: type, line: line))
        case "key":
            return fail(parser, .notGraphML, "a <key> must be a direct child of <graphml>, found inside <\(parent ?? "")>")
        case "default" where parent == "key":
            text = ""
        case "graph":
            if parent == "node" || parent == "edge" {
                return fail(parser, .unsupported, "nested graphs (a <graph> inside a <\(parent ?? "")>) are not supported")
            }
            guard parent == "graphml" else {
                return fail(parser, .notGraphML, "a <graph> must be a direct child of <graphml>, found inside <\(parent ?? "")>")
            }
            if sawGraph { return fail(parser, .unsupported, "the file holds more than one <graph>; only one is supported") }
            sawGraph = true
            switch attributes["edgedefault"] {
            case "directed": directed = true
            case "undirected", nil: directed = false
            case let other?:
                return fail(parser, .badValue, "edgedefault must be directed or undirected, found \"\(other)\"")
            }
        case "node" where parent == "graph":
            guard let id = attributes["id"] else { return fail(parser, .missingAttribute, "<node> has no id") }
            nodes.append(Item(id: id, line: line))
        case "edge" where parent == "graph":
            guard let source = attributes["source"], let target = attributes["target"] else {
                return fail(parser, .missingAttribute, "<edge> needs both a source and a target")
            }
            if let flag = attributes["directed"] {
                guard flag == "true" || flag == "false" else {
                    return fail(parser, .badValue, "an edge's directed must be true or false, found \"\(flag)\"")
                }
                if (flag == "true") != directed {
                    return fail(
                        parser, .unsupported,
                        "edge \"\(source)\" → \"\(target)\" is \(flag == "true" ? "directed" : "undirected") in a graph whose edgedefault is \(directed ? "directed" : "undirected"); mixed graphs are not supported")
                }
            }
            edges.append(Item(id: attributes["id"], source: source, target: target, line: line))
        case "node", "edge":
            if parent == "node" || parent == "edge" {
                return fail(
                    parser, .unsupported,
                    "a <\(elementName)> inside a <\(parent ?? "")>: nested nodes and edges are not supported; <node> and <edge> must be direct children of <graph>")
            }
            return fail(
                parser, .notGraphML,
                "a <\(elementName)> must be a direct child of <graph>, found inside <\(parent ?? "")>")
        case "hyperedge":
            return fail(parser, .unsupported, "hyperedges are not supported")
        case "data":
            guard let key = attributes["key"] else { return fail(parser, .missingAttribute, "<data> has no key") }
            text = ""
            datumHasElements = false
            let owner: Owner
            switch parent {
            case "node": owner = nodes.isEmpty ? .other : .node(nodes.count - 1)
            case "edge": owner = edges.isEmpty ? .other : .edge(edges.count - 1)
            default: owner = .other
            }
            if case .other = owner, parent == "node" || parent == "edge" {
                return fail(parser, .notGraphML, "a <data> inside a <\(parent ?? "")> that was not read")
            }
            currentDatum = Datum(key: key, text: "", line: line, owner: owner)
        default:
            break
        }
        stack.append(elementName)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if stack.last == "data" || stack.last == "default" { text += string }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if stack.last == "data" || stack.last == "default" { text += String(decoding: CDATABlock, as: UTF8.self) }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        guard error == nil, let element = stack.popLast() else { return }
        switch element {
        case "default" where stack.last == "key":
            guard !keys.isEmpty else {
                return fail(parser, .notGraphML, "a <default> outside a <key>")
            }
            keys[keys.count - 1].defaultText = text
        case "data":
            guard var datum = currentDatum else { return }
            currentDatum = nil
            guard !datumHasElements else { return }
            datum.text = text
            guard let keyIndex = keyIndexByID[datum.key] else {
                return fail(parser, .unknownKey, "<data> refers to key \"\(datum.key)\", which no <key> declares", line: datum.line)
            }
            let domain = keys[keyIndex].domain
            switch datum.owner {
            case .node(let index):
                guard domain == "node" || domain == "all" else {
                    return fail(parser, .unknownKey, "node data uses key \"\(datum.key)\", declared for \(domain)", line: datum.line)
                }
                guard nodes.indices.contains(index) else {
                    return fail(parser, .notGraphML, "a <data> whose <node> was not read", line: datum.line)
                }
                nodes[index].data.append(datum)
            case .edge(let index):
                guard domain == "edge" || domain == "all" else {
                    return fail(parser, .unknownKey, "edge data uses key \"\(datum.key)\", declared for \(domain)", line: datum.line)
                }
                guard edges.indices.contains(index) else {
                    return fail(parser, .notGraphML, "a <data> whose <edge> was not read", line: datum.line)
                }
                edges[index].data.append(datum)
            case .other:
                break  // graph-level data is not kept
            }
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        // The first error is the one to report; later ones follow from it.
        guard errorLine == nil else { return }
        errorLine = parser.lineNumber
        errorCode = (parseError as NSError).code
    }

    // MARK: - Building

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

/// Checking and canonical spelling of typed GraphML values.
enum GraphMLValue {
    /// The value in canonical spelling, or `nil` when it is not of the type.
    static func canonical(_ text: String, as type: AttributedGraph.ValueType) -> String? {
        switch type {
        case .string:
            return text
        case .boolean:
            switch text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() {
            case "true", "1": return "true"
            case "false", "0": return "false"
            default: return nil
            }
        case .int, .long:
            return Int(text.trimmingCharacters(in: .whitespacesAndNewlines)).map(String.init)
        case .float, .double:
            return AttributeText.double(from: text).map(AttributeText.text(for:))
        }
    }
}

/// XMLParser reports errors by number only. The numbers are libxml2's
/// (`xmlParserErrors`), on Linux and on Apple platforms alike; these are the
/// messages for the ones met in practice.
enum XMLErrorText {
    static func describe(code: Int) -> String {
        let text: String
        switch code {
        case 4: text = "the document is empty or does not start with an element"
        case 5: text = "the document ends inside an element, or has content after the root element"
        case 6, 7, 8, 9: text = "a character (or character reference) that XML 1.0 does not allow"
        case 23: text = "an entity reference without its closing ; (write & as &amp;)"
        case 26, 27: text = "an undeclared entity (write & as &amp;)"
        case 38: text = "a < in an attribute value (write it as &lt;)"
        case 39, 40, 41: text = "an attribute value that is not quoted or not closed"
        case 42: text = "an attribute given twice in one element"
        case 65: text = "a space is required"
        case 68: text = "a name is required (a bare & or < in text? write &amp; and &lt;)"
        case 73: text = "a tag is not closed with >"
        case 76: text = "an end tag does not match its start tag"
        case 77: text = "a tag is not finished"
        default: text = "XML syntax error"
        }
        return "\(text) (XMLParser error \(code))"
    }
}
