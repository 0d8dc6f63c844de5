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
/// - The root must be `<graphml>` in GraphML's namespace,
///   `http://graphml.graphdrawing.org/xmlns` (networkx, igraph, Gephi and yEd all
///   write it), or in no namespace at all, as hand-written files often are; a
///   `<graphml>` in any other namespace is refused, naming both namespaces.
///
/// Hostile input is refused, never acted on (see `GraphMLPrescan`):
/// - A `<!DOCTYPE>` is refused, with or without an internal subset: GraphML is
///   defined by an XML Schema, and a DTD's entities would otherwise be expanded
///   (billion laughs) or silently dropped, and its external entities
///   (`SYSTEM "file:///etc/passwd"`) resolved. The error names the entities.
///   XMLParser's external entity resolution is off as well.
/// - A reference to any entity but XML's five (`&amp;` `&lt;` `&gt;` `&quot;`
///   `&apos;`) is refused, naming it; character references (`&#38;`) are read.
/// - A file that declares no encoding, or UTF-8, must be UTF-8 throughout.
/// - Limits: a tag, an attribute value, a comment or a processing instruction
///   may be at most 10,000,000 bytes long (libxml2's limit, which XMLParser
///   cannot lift), and an element may have at most 256 attributes. Text inside
///   `<data>` and the file itself may be of any length: the bytes are fed to
///   XMLParser as a stream, as libxml2 refuses a single chunk of more than
///   10,000,000 bytes.
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
        try GraphMLPrescan.check(data, file: file)
        // A stream, not XMLParser(data:): given one chunk of more than 10,000,000
        // bytes, libxml2 parses it all and then fails ("Huge input lookup").
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.externalEntityResolvingPolicy = .never
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
