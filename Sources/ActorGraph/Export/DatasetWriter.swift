import Foundation

/// Writes a dataset in the JSON format ``DatasetLoader`` reads, so that loading
/// what it writes gives an equal ``Dataset``.
///
/// The output is deterministic and meant to be diffed and edited by hand:
/// two-space indentation, one value per line, keys in the order of the format's
/// documentation (actors: `id`, `kind`, `name`, `aliases`, `country`,
/// `affiliations`, `parent`, `notes`; interactions: `id`, `kind`, `participants`,
/// `initiator`, `date`, `endDate`, `place`, `track`, `disclosure`, `status`,
/// `topics`, `sources`, `notes`), non-ASCII text as it is (UTF-8, not `\u` escapes), and a
/// final line feed; the same layout as Python's `json.dump(indent=2,
/// ensure_ascii=False)`. Absent optional values are left out, as are empty
/// `affiliations`, `topics` and `sources`; `aliases` and an affiliation's
/// `former` are always written.
///
/// A `$schema` member, which the loader accepts as a hint for editors, is not
/// part of the model and is not written back.
public enum DatasetWriter {
    /// The dataset as JSON text.
    ///
    /// - Parameter dataset: the dataset to write.
    /// - Complexity: O(n) in the size of the output.
    public static func json(_ dataset: Dataset) -> String {
        var out = ""
        Node.object([
            ("actors", .array(dataset.actors.map(actor))),
            ("interactions", .array(dataset.interactions.map(interaction))),
        ]).write(to: &out, indent: 0)
        out += "\n"
        return out
    }

    /// The dataset as JSON Lines (``JSONLinesLoader``): one compact object per line,
    /// `"type"` first (`"actor"`, then the actor's members in the order above),
    /// every actor before the interactions, each line ending in a line feed.
    ///
    /// - Parameter dataset: the dataset to write.
    /// - Complexity: O(n) in the size of the output.
    public static func jsonLines(_ dataset: Dataset) -> String {
        var out = ""
        writeJSONLines(dataset) { out += $0 }
        return out
    }

    /// Calls `emit` with each line of the dataset's JSON Lines (see ``jsonLines(_:)``),
    /// so that a large dataset can be written without its whole text in memory.
    ///
    /// - Parameters:
    ///   - dataset: the dataset to write.
    ///   - emit: receives each line, with its final line feed.
    /// - Complexity: O(n) in the size of the output.
    public static func writeJSONLines(_ dataset: Dataset, emit: (String) -> Void) {
        func line(_ type: String, _ record: Node) {
            guard case .object(let members) = record else { return }
            var out = ""
            Node.object([("type", .string(type))] + members).writeCompact(to: &out)
            emit(out + "\n")
        }
        for item in dataset.actors { line("actor", actor(item)) }
        for item in dataset.interactions { line("interaction", interaction(item)) }
    }

    /// Writes the dataset's JSON to a file, replacing it.
    ///
    /// - Parameters:
    ///   - dataset: the dataset to write.
    ///   - url: the file to write.
    /// - Throws: the file system's error when the file cannot be written.
    public static func write(_ dataset: Dataset, to url: URL) throws {
        try Data(json(dataset).utf8).write(to: url, options: .atomic)
    }

    // MARK: - Records

    private static func actor(_ actor: Actor) -> Node {
        var members: [(String, Node)] = [
            ("id", .string(actor.id)), ("kind", .string(actor.kind.rawValue)), ("name", .string(actor.name)),
            ("aliases", .array(actor.aliases.map(Node.string))),
        ]
        if let country = actor.country { members.append(("country", .string(country.rawValue))) }
        if !actor.affiliations.isEmpty {
            members.append(
                ("affiliations",
                 .array(
                    actor.affiliations.map { affiliation in
                        var fields: [(String, Node)] = [("institution", .string(affiliation.institution))]
                        if let role = affiliation.role { fields.append(("role", .string(role))) }
                        if let from = affiliation.from { fields.append(("from", .string(from.description))) }
                        if let to = affiliation.to { fields.append(("to", .string(to.description))) }
                        fields.append(("former", .bool(affiliation.former)))
                        return .object(fields)
                    })))
        }
        if let parent = actor.parent { members.append(("parent", .string(parent))) }
        if let notes = actor.notes { members.append(("notes", .string(notes))) }
        return .object(members)
    }

    private static func interaction(_ interaction: Interaction) -> Node {
        var members: [(String, Node)] = [
            ("id", .string(interaction.id)), ("kind", .string(interaction.kind.rawValue)),
            ("participants", .array(interaction.participants.map(Node.string))),
        ]
        if let initiator = interaction.initiator { members.append(("initiator", .string(initiator))) }
        if let date = interaction.date { members.append(("date", .string(date.description))) }
        if let endDate = interaction.endDate { members.append(("endDate", .string(endDate.description))) }
        if let place = interaction.place { members.append(("place", .string(place))) }
        if let track = interaction.track { members.append(("track", .string(track.rawValue))) }
        if let disclosure = interaction.disclosure { members.append(("disclosure", .string(disclosure.rawValue))) }
        if let status = interaction.status { members.append(("status", .string(status.rawValue))) }
        if !interaction.topics.isEmpty { members.append(("topics", .array(interaction.topics.map(Node.string)))) }
        if !interaction.sources.isEmpty {
            members.append(
                ("sources",
                 .array(
                    interaction.sources.map {
                        .object([
                            ("document", .string($0.document)), ("paragraphs", .array($0.paragraphs.map(Node.integer))),
                        ])
                    })))
        }
        if let notes = interaction.notes { members.append(("notes", .string(notes))) }
        return .object(members)
    }

    // MARK: - JSON text

    /// A JSON value whose object members keep their order.
    private indirect enum Node {
        case string(String)
        case integer(Int)
        case bool(Bool)
        case array([Node])
        case object([(String, Node)])

        /// JSON without white space: `{"a":[1,2]}`.
        func writeCompact(to out: inout String) {
            switch self {
            case .string, .integer, .bool: write(to: &out, indent: 0)
            case .array(let elements):
                out += "["
                for (index, element) in elements.enumerated() {
                    if index > 0 { out += "," }
                    element.writeCompact(to: &out)
                }
                out += "]"
            case .object(let members):
                out += "{"
                for (index, (key, value)) in members.enumerated() {
                    if index > 0 { out += "," }
                    JSONText.write(key, to: &out)
                    out += ":"
                    value.writeCompact(to: &out)
                }
                out += "}"
            }
        }

        func write(to out: inout String, indent: Int) {
            switch self {
            case .string(let text): JSONText.write(text, to: &out)
            case .integer(let value): out += String(value)
            case .bool(let flag): out += flag ? "true" : "false"
            case .array(let elements):
                guard !elements.isEmpty else {
                    out += "[]"
                    return
                }
                out += "[\n"
                for (index, element) in elements.enumerated() {
                    out += String(repeating: " ", count: indent + 2)
                    element.write(to: &out, indent: indent + 2)
                    out += index == elements.count - 1 ? "\n" : ",\n"
                }
                out += String(repeating: " ", count: indent) + "]"
            case .object(let members):
                guard !members.isEmpty else {
                    out += "{}"
                    return
                }
                out += "{\n"
                for (index, (key, value)) in members.enumerated() {
                    out += String(repeating: " ", count: indent + 2)
                    JSONText.write(key, to: &out)
                    out += ": "
                    value.write(to: &out, indent: indent + 2)
                    out += index == members.count - 1 ? "\n" : ",\n"
                }
                out += String(repeating: " ", count: indent) + "}"
            }
        }
    }
}
