import Foundation

/// Writes a dataset as FollowTheMoney (FtM) entities, the model of OCCRP Aleph and
/// OpenSanctions, one JSON object per line (`ftm` and Aleph read such files).
///
/// The mapping (Guides/FollowTheMoney.md has the full table):
/// - a person is a `Person`; an institution is a `PublicBody` when its chain of
///   parents reaches a country actor (a ministry, an agency, an embassy) and an
///   `Organization` otherwise (a think tank, a company, NATO); `name` is the
///   actor's name, `alias` every alias in order (Arabic spellings included),
///   `country` its ISO code in lower case, `notes` its notes;
/// - a parent that is a country is the institution's `jurisdiction`, any other
///   parent its `parent`;
/// - a country actor is no entity: FtM has no schema for a state, so a country
///   travels as its code, in the `country` of the entities and events it belongs
///   to; its id, name and aliases are not written (``Export/notCarried`` says so,
///   and `FtMReader` rebuilds them from the code or from a dataset);
/// - an affiliation is an `Employment` (employee, employer) when a person holds
///   it in a public body and a `Membership` (member, organization) otherwise, with
///   `role`, `startDate`, `endDate` and `status` `former`;
/// - an interaction is an `Event`: `involved` its person and institution
///   participants, `country` its country participants, `organizer` its initiator,
///   `date` (or `startDate` and `endDate` when it has an end date), `location` its
///   place, `keywords` its topics with `ag:kind=…`, `ag:track=…`,
///   `ag:disclosure=…`, `ag:status=…` (and `ag:initiator=<code>` for a country
///   initiator; a topic that begins with `ag:` is written `ag:topic=…`), `summary`
///   its topics in a sentence, `name` a caption, `notes` its notes, `proof` the
///   `Document` of each source document;
/// - each source is a `Document` (`fileName`) and, for each interaction citing
///   it, a `Documentation` (document, entity = the event, `role` "paragraphs 19,
///   20"), so the paragraph numbers travel too.
///
/// Entity ids are deterministic (``FtMIdentifier``): the same dataset always gives
/// the same file.
public enum FtMWriter {
    /// The entities of a dataset, and what FtM cannot carry.
    public struct Export: Sendable {
        /// The entities in writing order: actors, affiliations, documents, then
        /// each event followed by its documentation.
        public var entities: [FtMEntity]
        /// One sentence for each kind of fact the entities do not carry.
        public var notCarried: [String]
    }

    /// The dataset as FtM entities.
    ///
    /// - Parameter dataset: a valid dataset.
    /// - Throws: ``FtMExportError`` when a country actor has no code, two country
    ///   actors share one, or a code is one FtM's `country` type does not know.
    /// - Complexity: O(A + I + P), A actors, I interactions, P participant entries.
    public static func export(_ dataset: Dataset) throws(FtMExportError) -> Export {
        var writer = try Builder(dataset: dataset)
        writer.build()
        return Export(entities: writer.entities, notCarried: writer.notCarried)
    }

    /// The dataset as FtM JSON Lines: one entity per line, each ending in a line feed.
    ///
    /// - Parameter dataset: a valid dataset.
    /// - Throws: as ``export(_:)``.
    public static func jsonLines(_ dataset: Dataset) throws(FtMExportError) -> String {
        try export(dataset).entities.map { $0.jsonLine + "\n" }.joined()
    }

    /// The keyword prefix of the facts FtM has no property for.
    static let keywordPrefix = "ag:"

    /// The `role` of a `Documentation` citing paragraphs: "paragraph 3",
    /// "paragraphs 19, 20".
    static func citationRole(_ paragraphs: [Int]) -> String {
        (paragraphs.count == 1 ? "paragraph " : "paragraphs ") + paragraphs.map(String.init).joined(separator: ", ")
    }

    /// The `summary` of an event with topics: "Topics: a; b."
    static func summary(topics: [String]) -> String? {
        topics.isEmpty ? nil : "Topics: " + topics.joined(separator: "; ") + "."
    }

    /// The caption of an event: "Summit: Joe Biden, Vladimir Putin".
    static func caption(kind: InteractionKind, names: [String]) -> String {
        let word = kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst()
        return word + ": " + names.joined(separator: ", ")
    }

    /// How FtM cleans a property's values, as far as ActorGraph writes them.
    enum ValueType { case name, address, text, date }

    /// Whether FollowTheMoney's cleaning of a value of this type would change it:
    /// white space around any value; for names and places also white space
    /// other than single spaces inside, and text not in Unicode normal form C;
    /// for dates a year outside 1000–2999 (followthemoney 4.11's rules, checked
    /// against the package by scripts/interop/check_ftm.py on the datasets it exports).
    static func isChangedByCleaning(_ value: String, _ type: ValueType) -> Bool {
        switch type {
        case .date:
            guard let year = Int(value.prefix(4)) else { return true }
            return !(1000...2999).contains(year)
        case .text:
            return value.first?.isWhitespace == true || value.last?.isWhitespace == true
        case .name, .address:
            if value.first?.isWhitespace == true || value.last?.isWhitespace == true { return true }
            var previousSpace = false
            for character in value {
                if character.isWhitespace {
                    if character != " " || previousSpace { return true }
                    previousSpace = true
                } else {
                    previousSpace = false
                }
            }
            return value.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(value.unicodeScalars) == false
        }
    }

    // MARK: - Building

    private struct Builder {
        let dataset: Dataset
        var entities: [FtMEntity] = []
        var notCarried: [String] = []
        /// Country actor id → its code in lower case.
        var countryCodes: [String: String] = [:]
        var publicBodies: Set<String> = []

        init(dataset: Dataset) throws(FtMExportError) {
            self.dataset = dataset
            var owners: [String: String] = [:]
            for actor in dataset.actors {
                if let code = actor.country, FtMModel.countryName(code) == nil {
                    throw FtMExportError(
                        actor: actor.id,
                        message: "country code \(code) is not one FollowTheMoney knows (its `country` type takes ISO 3166-1 codes and a few it assigns, such as XK)")
                }
                guard actor.kind == .country else { continue }
                guard let code = actor.country else {
                    throw FtMExportError(
                        actor: actor.id,
                        message: "a country actor needs its ISO code (`country`): FollowTheMoney has no entity for a country and writes it as the code")
                }
                if let other = owners[code.rawValue] {
                    throw FtMExportError(
                        actor: actor.id,
                        message: "has the code \(code) of country actor \"\(other)\": FollowTheMoney writes a country as its code, so two country actors must not share one")
                }
                owners[code.rawValue] = actor.id
                countryCodes[actor.id] = code.rawValue.lowercased()
            }
            for actor in dataset.actors where actor.kind == .institution && reachesCountry(actor) {
                publicBodies.insert(actor.id)
            }
        }

        /// Whether the actor's chain of parents reaches a country actor.
        func reachesCountry(_ actor: Actor) -> Bool {
            var seen: Set<String> = [actor.id]
            var current = actor
            while let parentID = current.parent, seen.insert(parentID).inserted, let parent = dataset.actor(id: parentID) {
                if parent.kind == .country { return true }
                current = parent
            }
            return false
        }

        func actorEntityID(_ id: String) -> String { FtMIdentifier.id(FtMIdentifier.actorPrefix, id) }

        /// Values skipped because FtM keeps a property's values as a set without
        /// empty strings.
        var skippedValues = 0
        /// Values FtM's cleaning would change, and the first few.
        var cleanedValues = 0
        var cleanedExamples: [String] = []

        /// Adds values, counting those FtM would skip or change.
        mutating func put(_ entity: inout FtMEntity, _ property: String, _ values: [String], _ type: ValueType) {
            for value in values where FtMWriter.isChangedByCleaning(value, type) {
                cleanedValues += 1
                if cleanedExamples.count < 3 { cleanedExamples.append("\(entity.schema).\(property) " + JSONText.quote(value)) }
            }
            skippedValues += entity.add(property, values)
        }

        mutating func put(_ entity: inout FtMEntity, _ property: String, _ value: String?, _ type: ValueType) {
            if let value { put(&entity, property, [value], type) }
        }

        mutating func build() {
            var countriesWithMore: [String] = []
            var hashedActors: [String] = []
            var personsUnderCountries: [String] = []
            for actor in dataset.actors {
                if actor.kind == .country {
                    if !actor.affiliations.isEmpty || actor.parent != nil || actor.notes != nil {
                        countriesWithMore.append(actor.id)
                    }
                    continue
                }
                if FtMIdentifier.decode(FtMIdentifier.actorPrefix, actorEntityID(actor.id)) == nil { hashedActors.append(actor.id) }
                if actor.kind == .person, let parent = actor.parent, countryCodes[parent] != nil { personsUnderCountries.append(actor.id) }
                entities.append(actorEntity(actor))
            }
            let countries = dataset.actors.filter { $0.kind == .country }
            if !countries.isEmpty {
                notCarried.append(
                    "\(countries.count) country \(countries.count == 1 ? "actor travels" : "actors travel") as \(countries.count == 1 ? "its code" : "their codes") (\(countries.compactMap { countryCodes[$0.id] }.joined(separator: ", "))), not as entities: \(countries.count == 1 ? "its" : "their") ids, names and aliases are not written (convert --from ftm --countries DATASET takes them back from a dataset); read back, country actors come first and country participants after an interaction's other participants"
                )
            }
            var named: Set<String> = []
            for actor in dataset.actors where actor.kind == .institution {
                if let parent = actor.parent, countryCodes[parent] != nil { named.insert(parent) }
            }
            for interaction in dataset.interactions {
                for participant in interaction.participants where countryCodes[participant] != nil { named.insert(participant) }
            }
            let unnamed = countries.filter { !named.contains($0.id) }.map(\.id)
            if !unnamed.isEmpty {
                notCarried.append(
                    "country actors that no interaction and no institution names are not written at all: \(unnamed.joined(separator: ", "))")
            }
            if !countriesWithMore.isEmpty {
                notCarried.append(
                    "the affiliations, parents and notes of country actors are not written: \(countriesWithMore.joined(separator: ", "))")
            }
            if !personsUnderCountries.isEmpty {
                notCarried.append(
                    "a person's parent that is a country is not written (FtM gives a person no jurisdiction ActorGraph reads back): \(personsUnderCountries.joined(separator: ", "))")
            }
            if !hashedActors.isEmpty {
                notCarried.append(
                    "\(hashedActors.count) actor \(hashedActors.count == 1 ? "id is" : "ids are") too long for an FtM id and written hashed; read back, the hashed id stands for \(hashedActors.count == 1 ? "it" : "them"): \(hashedActors.prefix(3).joined(separator: ", "))\(hashedActors.count > 3 ? ", …" : "")")
            }
            for actor in dataset.actors where actor.kind != .country {
                for (index, affiliation) in actor.affiliations.enumerated() {
                    entities.append(affiliationEntity(actor, affiliation, number: index + 1))
                }
            }
            var documents: [String] = []
            var seenDocuments: Set<String> = []
            for interaction in dataset.interactions {
                for source in interaction.sources where seenDocuments.insert(source.document).inserted {
                    documents.append(source.document)
                }
            }
            for document in documents {
                var entity = FtMEntity(id: FtMIdentifier.id(FtMIdentifier.documentPrefix, document), schema: "Document")
                put(&entity, "fileName", document, .text)
                entities.append(entity)
            }
            for interaction in dataset.interactions {
                let event = eventEntity(interaction)
                entities.append(event)
                for (index, source) in interaction.sources.enumerated() {
                    var citation = FtMEntity(
                        id: FtMIdentifier.id(FtMIdentifier.citationPrefix, interaction.id, number: index + 1),
                        schema: "Documentation")
                    citation.add("document", FtMIdentifier.id(FtMIdentifier.documentPrefix, source.document))
                    citation.add("entity", event.id)
                    citation.add("role", FtMWriter.citationRole(source.paragraphs))
                    entities.append(citation)
                }
            }
            if skippedValues > 0 {
                notCarried.append(
                    "\(skippedValues) empty or repeated \(skippedValues == 1 ? "value (an alias, a topic, a role…) is" : "values (aliases, topics, roles…) are") not written: FtM keeps a property's values as a set")
            }
            if cleanedValues > 0 {
                notCarried.append(
                    "\(cleanedValues) \(cleanedValues == 1 ? "value" : "values") will be changed by FtM's cleaning (white space around or inside names, line breaks in places, years outside 1000–2999): \(cleanedExamples.joined(separator: "; "))\(cleanedValues > cleanedExamples.count ? "; …" : "")")
            }
        }

        mutating func actorEntity(_ actor: Actor) -> FtMEntity {
            let schema = actor.kind == .person ? "Person" : (publicBodies.contains(actor.id) ? "PublicBody" : "Organization")
            var entity = FtMEntity(id: actorEntityID(actor.id), schema: schema)
            put(&entity, "name", actor.name, .name)
            put(&entity, "alias", actor.aliases, .name)
            entity.add("country", actor.country.map { $0.rawValue.lowercased() })
            if let parent = actor.parent {
                if let code = countryCodes[parent] {
                    if actor.kind == .institution { entity.add("jurisdiction", code) }
                } else {
                    entity.add("parent", actorEntityID(parent))
                }
            }
            put(&entity, "notes", actor.notes, .text)
            return entity
        }

        mutating func affiliationEntity(_ actor: Actor, _ affiliation: Affiliation, number: Int) -> FtMEntity {
            let employment = actor.kind == .person && publicBodies.contains(affiliation.institution)
            var entity = FtMEntity(
                id: FtMIdentifier.id(FtMIdentifier.affiliationPrefix, actor.id, number: number),
                schema: employment ? "Employment" : "Membership")
            entity.add(employment ? "employee" : "member", actorEntityID(actor.id))
            entity.add(employment ? "employer" : "organization", actorEntityID(affiliation.institution))
            put(&entity, "role", affiliation.role, .text)
            put(&entity, "startDate", affiliation.from?.description, .date)
            put(&entity, "endDate", affiliation.to?.description, .date)
            if affiliation.former { entity.add("status", "former") }
            return entity
        }

        mutating func eventEntity(_ interaction: Interaction) -> FtMEntity {
            var entity = FtMEntity(id: FtMIdentifier.id(FtMIdentifier.eventPrefix, interaction.id), schema: "Event")
            let names = interaction.participants.map { dataset.actor(id: $0)?.name ?? $0 }
            put(&entity, "name", FtMWriter.caption(kind: interaction.kind, names: names), .name)
            put(&entity, "summary", FtMWriter.summary(topics: interaction.topics), .text)
            let prefix = FtMWriter.keywordPrefix
            var keywords = [prefix + "kind=" + interaction.kind.rawValue]
            keywords += interaction.topics.map { $0.hasPrefix(prefix) ? prefix + "topic=" + $0 : $0 }
            if let track = interaction.track { keywords.append(prefix + "track=" + track.rawValue) }
            if let disclosure = interaction.disclosure { keywords.append(prefix + "disclosure=" + disclosure.rawValue) }
            if let status = interaction.status { keywords.append(prefix + "status=" + status.rawValue) }
            if let initiator = interaction.initiator, let code = countryCodes[initiator] {
                keywords.append(prefix + "initiator=" + code)
            }
            put(&entity, "keywords", keywords, .text)
            entity.add("involved", interaction.participants.filter { countryCodes[$0] == nil }.map(actorEntityID))
            if let initiator = interaction.initiator, countryCodes[initiator] == nil {
                entity.add("organizer", actorEntityID(initiator))
            }
            entity.add("country", interaction.participants.compactMap { countryCodes[$0] })
            if let end = interaction.endDate {
                put(&entity, "startDate", interaction.date?.description, .date)
                put(&entity, "endDate", end.description, .date)
            } else {
                put(&entity, "date", interaction.date?.description, .date)
            }
            put(&entity, "location", interaction.place, .address)
            entity.add("proof", interaction.sources.map { FtMIdentifier.id(FtMIdentifier.documentPrefix, $0.document) })
            put(&entity, "notes", interaction.notes, .text)
            if entity.id.hasPrefix(FtMIdentifier.eventPrefix + ".h") { entity.add("recordId", interaction.id) }
            return entity
        }
    }
}
