/// A parsed JSON value that remembers where it stood in its text, so that a
/// loader can name the line and column of any value it rejects.
struct JSONValue: Sendable {
    enum Content: Sendable {
        case null
        case bool(Bool)
        case number(Double, text: String)
        case string(String)
        case array([JSONValue])
        /// Members in document order (a JSON object may repeat a key; the loader reports it).
        case object([(key: String, value: JSONValue)])
    }

    var content: Content
    /// The byte offset where the value starts; ``LineTable`` turns it into a line and column.
    var offset: Int

    /// A short name for the value's JSON type, for messages.
    var typeName: String {
        switch content {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = content else { return nil }
        return members.first { $0.key == key }?.value
    }
}
