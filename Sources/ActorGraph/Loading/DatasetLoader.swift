import Foundation

/// Reads a dataset from its JSON form and reports every problem with its place.
///
/// The format: a top-level object with arrays `actors` and `interactions` (see
/// `Schema/actorgraph-dataset.schema.json` and the README). Loading never crashes on
/// bad input: it throws ``DatasetError`` listing each problem with the file, line,
/// column, the path in the document and what was expected, or ``FileReadError``
/// when the file cannot be read.
///
/// ```swift
/// let dataset = try DatasetLoader.load(contentsOf: URL(fileURLWithPath: "seeds/backchannel.json"))
/// ```
public enum DatasetLoader {
    /// Loads the dataset in the file at `url`.
    ///
    /// - Parameter url: a file URL; its path names the file in messages.
    /// - Throws: ``FileReadError`` when the file cannot be read, ``DatasetError``
    ///   with every problem found when it is not a valid dataset.
    /// - Complexity: O(n) in the size of the file.
    public static func load(contentsOf url: URL) throws -> Dataset {
        return try load(data: FileReadError.contents(of: url), file: url.path)
    }

    /// Loads a dataset from JSON bytes.
    ///
    /// - Parameters:
    ///   - data: UTF-8 JSON (a byte-order mark is skipped).
    ///   - file: the name used for the source in messages.
    /// - Throws: ``DatasetError`` with every problem found.
    /// - Complexity: O(n) in the size of the data.
    public static func load(data: Data, file: String? = nil) throws(DatasetError) -> Dataset {
        let bytes = [UInt8](data)
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            let position = LineTable(bytes: bytes).position(ofOffset: error.offset)
            throw DatasetError(problems: [
                DatasetProblem(kind: .malformedJSON, file: file, position: position, path: "", message: error.message)
            ])
        }
        var decoder = DatasetDecoder()
        let dataset = decoder.decode(root)
        var findings = decoder.findings
        if findings.isEmpty {
            findings = DatasetValidator(dataset: dataset, file: file).findings()
        }
        guard !findings.isEmpty else { return dataset }
        let lines = LineTable(bytes: bytes)
        throw DatasetError(
            problems: findings.map { finding in
                DatasetProblem(
                    kind: finding.kind, file: file,
                    position: lines.position(ofOffset: finding.path.deepestValue(in: root).offset),
                    path: finding.path.description, message: finding.message)
            })
    }

    /// Loads a dataset from a JSON string.
    ///
    /// - Parameters:
    ///   - json: the JSON text.
    ///   - file: the name used for the source in messages.
    /// - Throws: ``DatasetError`` with every problem found.
    public static func load(json: String, file: String? = nil) throws(DatasetError) -> Dataset {
        try load(data: Data(json.utf8), file: file)
    }
}

/// Turns a parsed JSON tree into model values, collecting a finding for every value
/// of the wrong type or outside its allowed set instead of stopping at the first.
struct DatasetDecoder {
    private(set) var findings: [DatasetValidator.Finding] = []

    private static let datasetKeys: Set<String> = ["actors", "interactions", "$schema"]
    private static let actorKeys: Set<String> = ["id", "kind", "name", "aliases", "country", "affiliations", "parent", "notes"]
    private static let affiliationKeys: Set<String> = ["institution", "role", "from", "to", "former"]
    private static let interactionKeys: Set<String> = [
        "id", "kind", "participants", "initiator", "date", "endDate", "place", "track", "disclosure", "status",
        "topics", "sources", "notes",
    ]
    private static let sourceKeys: Set<String> = ["document", "paragraphs"]

    mutating func decode(_ root: JSONValue) -> Dataset {
        let path = DocumentPath()
        guard case .object = root.content else {
            report(.wrongType, path, "expected an object with arrays \"actors\" and \"interactions\", found \(root.typeName)")
            return Dataset(actors: [], interactions: [])
        }
        checkKeys(root, allowed: Self.datasetKeys, path: path, what: "dataset")
        let actors = array(root, "actors", path: path, required: true).enumerated().compactMap {
            actor($0.element, path: path.appending("actors").appending($0.offset))
        }
        let interactions = array(root, "interactions", path: path, required: true).enumerated().compactMap {
            interaction($0.element, path: path.appending("interactions").appending($0.offset))
        }
        return Dataset(actors: actors, interactions: interactions)
    }

    // MARK: - Records

    private mutating func actor(_ value: JSONValue, path: DocumentPath) -> Actor? {
        guard case .object = value.content else {
            report(.wrongType, path, "expected an actor object, found \(value.typeName)")
            return nil
        }
        checkKeys(value, allowed: Self.actorKeys, path: path, what: "actor")
        let id = string(value, "id", path: path, required: true)
        let label = "actor \"\(id ?? "?")\""
        let kind = enumeration(value, "kind", path: path, required: true, label: label, as: ActorKind.self)
        let name = string(value, "name", path: path, required: true, label: label)
        let aliases = strings(value, "aliases", path: path, label: label)
        let country = countryCode(value, "country", path: path, label: label)
        var affiliations: [Affiliation] = []
        for (index, element) in array(value, "affiliations", path: path, required: false, label: label).enumerated() {
            let elementPath = path.appending("affiliations").appending(index)
            guard case .object = element.content else {
                report(.wrongType, elementPath, "\(label): expected an affiliation object, found \(element.typeName)")
                continue
            }
            checkKeys(element, allowed: Self.affiliationKeys, path: elementPath, what: "affiliation")
            guard let institution = string(element, "institution", path: elementPath, required: true, label: label)
            else { continue }
            affiliations.append(
                Affiliation(
                    institution: institution,
                    role: string(element, "role", path: elementPath, label: label),
                    from: date(element, "from", path: elementPath, label: label),
                    to: date(element, "to", path: elementPath, label: label),
                    former: bool(element, "former", path: elementPath, label: label) ?? false))
        }
        let parent = string(value, "parent", path: path, label: label)
        let notes = string(value, "notes", path: path, label: label)
        guard let id, let kind, let name else { return nil }
        return Actor(
            id: id, kind: kind, name: name, aliases: aliases, country: country, affiliations: affiliations,
            parent: parent, notes: notes)
    }

    private mutating func interaction(_ value: JSONValue, path: DocumentPath) -> Interaction? {
        guard case .object = value.content else {
            report(.wrongType, path, "expected an interaction object, found \(value.typeName)")
            return nil
        }
        checkKeys(value, allowed: Self.interactionKeys, path: path, what: "interaction")
        let id = string(value, "id", path: path, required: true)
        let label = "interaction \"\(id ?? "?")\""
        let kindText = string(value, "kind", path: path, required: true, label: label)
        if let kindText, kindText.isEmpty {
            report(.invalidValue, path.appending("kind"), "\(label): kind is empty")
        }
        let participants = strings(value, "participants", path: path, required: true, label: label)
        let initiator = string(value, "initiator", path: path, label: label)
        let startDate = date(value, "date", path: path, label: label)
        let endDate = date(value, "endDate", path: path, label: label)
        let place = string(value, "place", path: path, label: label)
        let track = enumeration(value, "track", path: path, label: label, as: ChannelTrack.self)
        let disclosure = enumeration(value, "disclosure", path: path, label: label, as: Disclosure.self)
        let status = enumeration(value, "status", path: path, label: label, as: InteractionStatus.self)
        let topics = strings(value, "topics", path: path, label: label)
        var sources: [SourceReference] = []
        for (index, element) in array(value, "sources", path: path, required: false, label: label).enumerated() {
            let elementPath = path.appending("sources").appending(index)
            guard case .object = element.content else {
                report(.wrongType, elementPath, "\(label): expected a source object, found \(element.typeName)")
                continue
            }
            checkKeys(element, allowed: Self.sourceKeys, path: elementPath, what: "source")
            let document = string(element, "document", path: elementPath, required: true, label: label)
            var paragraphs: [Int] = []
            for (p, number) in array(element, "paragraphs", path: elementPath, required: true, label: label).enumerated() {
                if case .number(let v, _) = number.content, v == v.rounded(), abs(v) < 1e9 {
                    paragraphs.append(Int(v))
                } else {
                    report(
                        .wrongType, elementPath.appending("paragraphs").appending(p),
                        "\(label): expected a whole paragraph number, found \(Self.describe(number))")
                }
            }
            if let document { sources.append(SourceReference(document: document, paragraphs: paragraphs)) }
        }
        let notes = string(value, "notes", path: path, label: label)
        guard let id, let kindText else { return nil }
        return Interaction(
            id: id, kind: InteractionKind(rawValue: kindText), participants: participants, initiator: initiator,
            date: startDate, endDate: endDate, place: place, track: track, disclosure: disclosure, status: status,
            topics: topics, sources: sources, notes: notes)
    }

    // MARK: - Fields

    /// A value for a message: its type, and a number's text up to 40 characters.
    private static func describe(_ value: JSONValue) -> String {
        guard case .number(_, let text) = value.content else { return value.typeName }
        return text.count <= 40 ? text : String(text.prefix(37)) + "…"
    }

    private mutating func report(_ kind: DatasetProblem.Kind, _ path: DocumentPath, _ message: String) {
        findings.append(DatasetValidator.Finding(kind: kind, path: path, message: message))
    }

    private mutating func checkKeys(_ value: JSONValue, allowed: Set<String>, path: DocumentPath, what: String) {
        guard case .object(let members) = value.content else { return }
        var seen = Set<String>()
        for member in members {
            if !seen.insert(member.key).inserted {
                report(.duplicateID, path.appending(member.key), "key \"\(member.key)\" appears twice in one \(what)")
            }
            if !allowed.contains(member.key) {
                report(
                    .unknownKey, path.appending(member.key),
                    "unknown \(what) key \"\(member.key)\"; allowed: \(allowed.sorted().joined(separator: ", "))")
            }
        }
    }

    /// The member's value, or `nil` when absent or JSON `null`; reports a missing required key.
    private mutating func member(
        _ object: JSONValue, _ key: String, path: DocumentPath, required: Bool, label: String?
    ) -> JSONValue? {
        guard let value = object[key] else {
            if required {
                report(.missingKey, path.appending(key), (label.map { $0 + ": " } ?? "") + "missing required key \"\(key)\"")
            }
            return nil
        }
        if case .null = value.content {
            if required {
                report(.wrongType, path.appending(key), (label.map { $0 + ": " } ?? "") + "\"\(key)\" must not be null")
            }
            return nil
        }
        return value
    }

    private mutating func string(
        _ object: JSONValue, _ key: String, path: DocumentPath, required: Bool = false, label: String? = nil
    ) -> String? {
        guard let value = member(object, key, path: path, required: required, label: label) else { return nil }
        guard case .string(let text) = value.content else {
            report(.wrongType, path.appending(key), (label.map { $0 + ": " } ?? "") + "\"\(key)\" must be a string, found \(value.typeName)")
            return nil
        }
        return text
    }

    private mutating func bool(_ object: JSONValue, _ key: String, path: DocumentPath, label: String) -> Bool? {
        guard let value = member(object, key, path: path, required: false, label: label) else { return nil }
        guard case .bool(let flag) = value.content else {
            report(.wrongType, path.appending(key), "\(label): \"\(key)\" must be true or false, found \(value.typeName)")
            return nil
        }
        return flag
    }

    private mutating func array(
        _ object: JSONValue, _ key: String, path: DocumentPath, required: Bool, label: String? = nil
    ) -> [JSONValue] {
        guard let value = member(object, key, path: path, required: required, label: label) else { return [] }
        guard case .array(let elements) = value.content else {
            report(.wrongType, path.appending(key), (label.map { $0 + ": " } ?? "") + "\"\(key)\" must be an array, found \(value.typeName)")
            return []
        }
        return elements
    }

    private mutating func strings(
        _ object: JSONValue, _ key: String, path: DocumentPath, required: Bool = false, label: String
    ) -> [String] {
        var result: [String] = []
        for (index, element) in array(object, key, path: path, required: required, label: label).enumerated() {
            if case .string(let text) = element.content {
                result.append(text)
            } else {
                report(.wrongType, path.appending(key).appending(index), "\(label): expected a string, found \(element.typeName)")
            }
        }
        return result
    }

    private mutating func date(_ object: JSONValue, _ key: String, path: DocumentPath, label: String) -> PartialDate? {
        guard let text = string(object, key, path: path, label: label) else { return nil }
        guard let date = PartialDate(iso: text) else {
            report(
                .malformedDate, path.appending(key),
                "\(label): \"\(key)\" must be a date YYYY, YYYY-MM or YYYY-MM-DD, found \"\(text)\"")
            return nil
        }
        return date
    }

    private mutating func countryCode(_ object: JSONValue, _ key: String, path: DocumentPath, label: String) -> CountryCode? {
        guard let text = string(object, key, path: path, label: label) else { return nil }
        guard let code = CountryCode(rawValue: text) else {
            report(
                .badCountryCode, path.appending(key),
                "\(label): \"\(key)\" must be an ISO 3166-1 alpha-2 code (two upper-case letters such as US or RU), found \"\(text)\"")
            return nil
        }
        return code
    }

    private mutating func enumeration<Value: RawRepresentable & CaseIterable>(
        _ object: JSONValue, _ key: String, path: DocumentPath, required: Bool = false, label: String,
        as type: Value.Type
    ) -> Value? where Value.RawValue == String {
        guard let text = string(object, key, path: path, required: required, label: label) else { return nil }
        guard let value = Value(rawValue: text) else {
            let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
            report(.unknownValue, path.appending(key), "\(label): unknown \(key) \"\(text)\"; allowed: \(allowed)")
            return nil
        }
        return value
    }
}
