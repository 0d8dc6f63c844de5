/// Why a network could not be written as DOT.
public enum DOTExportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Where in the diagram a piece of text comes from.
    public enum Place: Hashable, Sendable, CustomStringConvertible {
        /// The id of the actor, used as the node id.
        case actorID(String)
        /// The displayed name of the actor with this id.
        case actorLabel(actorID: String)
        /// The label of the tie between these actor ids.
        case edgeLabel(source: String, target: String)
        /// An attribute name or value; `owner` says on what (`graph`, an actor id, …).
        case attribute(name: String, owner: String)
        /// The diagram title.
        case title
        /// A legend entry.
        case legend

        public var description: String {
            switch self {
            case .actorID(let id): "the id of actor \(DOTExportError.quoted(id))"
            case .actorLabel(let id): "the name of actor \(DOTExportError.quoted(id))"
            case .edgeLabel(let s, let t): "the label of the tie \(DOTExportError.quoted(s)) – \(DOTExportError.quoted(t))"
            case .attribute(let name, let owner): "attribute \(DOTExportError.quoted(name)) of \(owner)"
            case .title: "the title"
            case .legend: "the legend"
            }
        }
    }

    /// Text that DOT cannot carry exactly, and where it is.
    case unrepresentableText(DOTEscapingError, place: Place)
    /// ``DiagramStyle/nodeScores`` does not have one score per node.
    case scoreCountMismatch(expected: Int, actual: Int)

    public var description: String {
        switch self {
        case .unrepresentableText(let error, let place):
            "\(place): \(error.description)"
        case .scoreCountMismatch(let expected, let actual):
            "node scores: expected one per node (\(expected)), got \(actual)"
        }
    }

    /// A string in double quotes with control characters shown as `\u{…}`, for messages.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value >= 0xFFFE && scalar.value <= 0xFFFF {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
