import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Collects keys, nodes and edges while XMLParser walks the document.
final class GraphMLCollector: NSObject, XMLParserDelegate {
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
    private(set) var keys: [Key] = []
    private var keyIndexByID: [String: Int] = [:]
    private(set) var sawRoot = false
    private(set) var sawGraph = false
    private(set) var directed = false
    private(set) var nodes: [Item] = []
    private(set) var edges: [Item] = []
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
            if stack.isEmpty {
                let found = "<\(qName ?? elementName)> in the namespace \"\(namespaceURI ?? "")\""
                if elementName == "graphml" {
                    fail(
                        parser, .notGraphML,
                        "the root \(found) is not GraphML: expected the namespace \"\(Self.namespace)\" (or none)")
                } else {
                    fail(parser, .notGraphML, "expected a <graphml> root element, found \(found)")
                }
            }
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

    // GraphMLPrescan refuses DTDs and entity references before parsing; these
    // are a second guard (on Linux XMLParser calls only the last two).

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        fail(parser, .dtdOrEntity, "the DTD declares the entity &\(name);; entities are refused, never expanded or fetched")
    }

    func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
        fail(
            parser, .dtdOrEntity,
            "the DTD declares the entity &\(name); (external: SYSTEM \"\(systemID ?? "")\"); entities are refused, never expanded or fetched")
    }

    func parser(
        _ parser: XMLParser, foundUnparsedEntityDeclarationWithName name: String, publicID: String?, systemID: String?,
        notationName: String?
    ) {
        fail(parser, .dtdOrEntity, "the DTD declares the entity &\(name);; entities are refused, never expanded or fetched")
    }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        fail(
            parser, .dtdOrEntity,
            "the entity reference &\(name); is refused: only XML's predefined &amp; &lt; &gt; &quot; &apos; and character references such as &#38; are read; entities are never expanded or fetched")
        return nil
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        // The first error is the one to report; later ones follow from it.
        guard errorLine == nil else { return }
        errorLine = parser.lineNumber
        errorCode = (parseError as NSError).code
    }
}
