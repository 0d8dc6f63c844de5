/// One thing wrong with a dataset, with the place where it was found.
public struct DatasetProblem: Sendable, Hashable, CustomStringConvertible {
    /// The class of problem, for code that reacts to particular ones.
    public enum Kind: Sendable, Hashable {
        /// The text is not valid JSON.
        case malformedJSON
        /// A value has the wrong JSON type.
        case wrongType
        /// A required key is absent.
        case missingKey
        /// A key the format does not define (likely a typo).
        case unknownKey
        /// Two actors or two interactions share an id.
        case duplicateID
        /// An interaction, affiliation or parent names an actor id that does not exist.
        case unknownActor
        /// An interaction lists fewer than two distinct participants.
        case tooFewParticipants
        /// An interaction lists the same participant twice.
        case duplicateParticipant
        /// The initiator is not one of the participants.
        case initiatorNotParticipant
        /// A date is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or ends before it starts.
        case malformedDate
        /// An enumerated field has a value outside its allowed set.
        case unknownValue
        /// A country code is not ISO 3166-1 alpha-2.
        case badCountryCode
        /// A value is present but not acceptable (empty id, paragraph number below 1, …).
        case invalidValue
    }

    /// The class of problem.
    public var kind: Kind
    /// The file the problem is in, when loaded from one.
    public var file: String?
    /// Line and column in the file, when known.
    public var position: TextPosition?
    /// Where in the document: for example `interactions[3] (id "lavrov-2023").participants[1]`.
    public var path: String
    /// What is wrong and what was expected.
    public var message: String

    /// Creates a problem.
    ///
    /// - Parameters:
    ///   - kind: The class of problem.
    ///   - file: The file the problem is in, if any.
    ///   - position: The line and column in the file, if known.
    ///   - path: Where in the document the problem is.
    ///   - message: What is wrong and what was expected.
    public init(kind: Kind, file: String? = nil, position: TextPosition? = nil, path: String, message: String) {
        self.kind = kind
        self.file = file
        self.position = position
        self.path = path
        self.message = message
    }

    /// `file:line:column: path: message`, with the parts that are known.
    public var description: String {
        var place = file ?? ""
        if let position { place += (place.isEmpty ? "" : ":") + "\(position.line):\(position.column)" }
        var parts: [String] = []
        if !place.isEmpty { parts.append(place) }
        if !path.isEmpty { parts.append(path) }
        parts.append(message)
        return parts.joined(separator: ": ")
    }
}

/// The error thrown when a dataset cannot be loaded: every problem found, in order.
public struct DatasetError: Error, Sendable, CustomStringConvertible {
    /// The problems found, in the order they were found.
    public var problems: [DatasetProblem]

    /// Creates an error from the problems found.
    ///
    /// - Parameter problems: The problems, in order.
    public init(problems: [DatasetProblem]) {
        self.problems = problems
    }

    public var description: String {
        let count = problems.count
        let header = count == 1 ? "1 problem in the dataset:" : "\(count) problems in the dataset:"
        return ([header] + problems.map { "  " + $0.description }).joined(separator: "\n")
    }
}
