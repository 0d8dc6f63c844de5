/// Decoding one interaction record and its sources.
extension DatasetDecoder {
    mutating func interaction(_ value: JSONValue, path: DocumentPath) -> Interaction? {
        guard case .object = value.content else {
            report(.wrongType, path, "expected an interaction object, found \(value.typeName)")
            return nil
        }
        checkKeys(value, allowed: DatasetLoader.knownKeys.interaction, path: path, what: "interaction")
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
            checkKeys(element, allowed: DatasetLoader.knownKeys.source, path: elementPath, what: "source")
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
}
