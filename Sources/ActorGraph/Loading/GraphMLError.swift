/// A GraphML file that cannot be read, with the file and line.
public struct GraphMLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The class of problem, for code that reacts to particular ones.
    public enum Kind: Sendable, Hashable {
        /// The text is not well-formed XML; the message is XMLParser's.
        case malformedXML
        /// Well-formed XML, but not GraphML (no `<graphml>` root, no `<graph>`).
        case notGraphML
        /// A required XML attribute is missing (a node's `id`, an edge's `source`, …).
        case missingAttribute
        /// Two nodes share an id, or two keys share an id.
        case duplicateID
        /// An edge names a node id that no `<node>` declares.
        case unknownNode
        /// A `<data>` element refers to a key no `<key>` declares (or one declared for another domain).
        case unknownKey
        /// A value is not of its key's declared type, or a weight is not a finite
        /// number above 0, or a type is not one GraphML defines.
        case badValue
        /// A GraphML feature this reader does not support: hyperedges, nested
        /// graphs, several graphs, mixed directed and undirected edges.
        case unsupported
        /// A `<!DOCTYPE>` (a DTD), an entity declaration, or a reference to an
        /// entity other than XML's five (`&amp;` `&lt;` `&gt;` `&quot;` `&apos;`):
        /// refused before parsing, so that no entity is ever expanded or fetched.
        case dtdOrEntity
        /// A tag, attribute value, comment or processing instruction longer than
        /// XMLParser reads (10,000,000 bytes), or an element with too many attributes.
        case limitExceeded
    }

    /// The class of problem.
    public var kind: Kind
    /// The file name, or `nil` when the text did not come from a file.
    public var file: String?
    /// The 1-based line, when known.
    public var line: Int?
    /// What is wrong.
    public var message: String

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - kind: The class of problem.
    ///   - file: The file name, or `nil`.
    ///   - line: The 1-based line, or `nil` when unknown.
    ///   - message: What is wrong.
    public init(kind: Kind, file: String? = nil, line: Int?, message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`.
    public var description: String {
        let place = (file ?? "<graphml>") + (line.map { ":\($0)" } ?? "")
        return "\(place): \(message)"
    }
}
