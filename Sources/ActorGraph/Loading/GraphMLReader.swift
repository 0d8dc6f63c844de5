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
        try read(data: FileReadError.contents(of: url), file: url.path)
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
