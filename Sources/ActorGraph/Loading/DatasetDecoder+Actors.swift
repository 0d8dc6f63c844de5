/// Decoding one actor record and its affiliations.
extension DatasetDecoder {
    mutating func actor(_ value: JSONValue, path: DocumentPath) -> Actor? {
        guard case .object = value.content else {
            report(.wrongType, path, "expected an actor object, found \(value.typeName)")
            return nil
        }
        checkKeys(value, allowed: DatasetLoader.knownKeys.actor, path: path, what: "actor")
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
            checkKeys(element, allowed: DatasetLoader.knownKeys.affiliation, path: elementPath, what: "affiliation")
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
}
