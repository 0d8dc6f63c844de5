/// Turns a parsed JSON tree into model values, collecting a finding for every value
/// of the wrong type or outside its allowed set instead of stopping at the first.
struct DatasetDecoder {
    private(set) var findings: [DatasetValidator.Finding] = []

    mutating func decode(_ root: JSONValue) -> Dataset {
        let path = DocumentPath()
        guard case .object = root.content else {
            report(.wrongType, path, "expected an object with arrays \"actors\" and \"interactions\", found \(root.typeName)")
            return Dataset(actors: [], interactions: [])
        }
        checkKeys(root, allowed: DatasetLoader.knownKeys.dataset, path: path, what: "dataset")
        let actors = array(root, "actors", path: path, required: true).enumerated().compactMap {
            actor($0.element, path: path.appending("actors").appending($0.offset))
        }
        let interactions = array(root, "interactions", path: path, required: true).enumerated().compactMap {
            interaction($0.element, path: path.appending("interactions").appending($0.offset))
        }
        return Dataset(actors: actors, interactions: interactions)
    }

    // MARK: - Fields

    /// A value for a message: its type, and a number's text up to 40 characters.
    static func describe(_ value: JSONValue) -> String {
        guard case .number(_, let text) = value.content else { return value.typeName }
        return text.count <= 40 ? text : String(text.prefix(37)) + "…"
    }

    mutating func report(_ kind: DatasetProblem.Kind, _ path: DocumentPath, _ message: String) {
        findings.append(DatasetValidator.Finding(kind: kind, path: path, message: message))
    }

    mutating func checkKeys(_ value: JSONValue, allowed: Set<String>, path: DocumentPath, what: String) {
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
    mutating func member(
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

    mutating func string(
        _ object: JSONValue, _ key: String, path: DocumentPath, required: Bool = false, label: String? = nil
    ) -> String? {
        guard let value = member(object, key, path: path, required: required, label: label) else { return nil }
        guard case .string(let text) = value.content else {
            report(.wrongType, path.appending(key), (label.map { $0 + ": " } ?? "") + "\"\(key)\" must be a string, found \(value.typeName)")
            return nil
        }
        return text
    }

    mutating func bool(_ object: JSONValue, _ key: String, path: DocumentPath, label: String) -> Bool? {
        guard let value = member(object, key, path: path, required: false, label: label) else { return nil }
        guard case .bool(let flag) = value.content else {
            report(.wrongType, path.appending(key), "\(label): \"\(key)\" must be true or false, found \(value.typeName)")
            return nil
        }
        return flag
    }

    mutating func array(
        _ object: JSONValue, _ key: String, path: DocumentPath, required: Bool, label: String? = nil
    ) -> [JSONValue] {
        guard let value = member(object, key, path: path, required: required, label: label) else { return [] }
        guard case .array(let elements) = value.content else {
            report(.wrongType, path.appending(key), (label.map { $0 + ": " } ?? "") + "\"\(key)\" must be an array, found \(value.typeName)")
            return []
        }
        return elements
    }

    mutating func strings(
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

    mutating func date(_ object: JSONValue, _ key: String, path: DocumentPath, label: String) -> PartialDate? {
        guard let text = string(object, key, path: path, label: label) else { return nil }
        guard let date = PartialDate(iso: text) else {
            report(
                .malformedDate, path.appending(key),
                "\(label): \"\(key)\" must be a date YYYY, YYYY-MM or YYYY-MM-DD, found \"\(text)\"")
            return nil
        }
        return date
    }

    mutating func countryCode(_ object: JSONValue, _ key: String, path: DocumentPath, label: String) -> CountryCode? {
        guard let text = string(object, key, path: path, label: label) else { return nil }
        guard let code = CountryCode(rawValue: text) else {
            report(
                .badCountryCode, path.appending(key),
                "\(label): \"\(key)\" must be an ISO 3166-1 alpha-2 code (two upper-case letters such as US or RU), found \"\(text)\"")
            return nil
        }
        return code
    }

    mutating func enumeration<Value: RawRepresentable & CaseIterable>(
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
