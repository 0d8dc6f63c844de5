/// Why a graph or dataset could not be written, or an ``AttributedGraph`` built:
/// a value the output format cannot carry, or attribute columns, ids or edges
/// that do not fit the graph.
///
/// Writers never drop or alter a value silently; they throw this error naming the
/// node, tie or attribute instead.
public struct ExportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The class of problem.
    public enum Kind: Sendable, Hashable {
        /// A string holds a character the format cannot represent (for XML 1.0: NUL
        /// and the other C0 controls except tab, line feed and carriage return, and
        /// U+FFFE and U+FFFF).
        case unrepresentableCharacter
        /// An attribute name is used twice, or clashes with a name the format reserves.
        case attributeNameConflict
        /// An attribute column does not have one value per node (or per edge).
        case attributeLength
        /// Two nodes share an id (a dataset built in code with a repeated actor id).
        case duplicateNodeID
        /// An edge's source or target is not the index of a node (a graph built in code).
        case nodeIndexOutOfRange
    }

    /// The class of problem.
    public var kind: Kind
    /// Where the problem is, for example `node "putin", attribute "aliases"`.
    public var location: String
    /// What is wrong.
    public var message: String

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - kind: The class of problem.
    ///   - location: Where the problem is.
    ///   - message: What is wrong.
    public init(kind: Kind, location: String, message: String) {
        self.kind = kind
        self.location = location
        self.message = message
    }

    /// `location: message`.
    public var description: String { "\(location): \(message)" }
}
