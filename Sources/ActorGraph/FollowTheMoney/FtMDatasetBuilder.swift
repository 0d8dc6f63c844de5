/// Builds a dataset from FollowTheMoney entities: the mapping ``FtMReader`` applies.
///
/// | FtM | ActorGraph |
/// |---|---|
/// | `Person` | a person |
/// | `Organization`, `PublicBody`, `Company`, `LegalEntity` | an institution |
/// | a country code in an event's `country`, an institution's `jurisdiction` (without `parent`), `ag:initiator=` | a country actor (the institution's parent, the event's participant or initiator) |
/// | `parent` of a person or an organisation | its parent (the entity's actor) |
/// | `Membership`, `Employment`, `Directorship` | an affiliation (`role`, `startDate`/`date` → from, `endDate` → to, `status` `former`) |
/// | `Event` (`Trip`: kind visit) | an interaction: `involved`, then `organizer` when not involved, then `country` → participants; `organizer` → initiator |
/// | `UnknownLink`, `Associate`, `Family`, `Representation`, `Ownership`, `Control`, `Succession`, `Payment`, `Debt` | an interaction of kind `link`, `associate`, `family`, `representation`, `ownership`, `control`, `succession`, `payment`, `debt` between the edge's two ends (the source is the initiator, except for `Associate` and `Family`) |
/// | `Documentation` of an interaction whose `role` lists paragraphs | a source |
/// | `Document` (and `Pages`, `PlainText`, `Article`, …) | a source's document name: `fileName`, else `title`, else `name`, else its id |
///
/// Names: the first `name` is the actor's name; the other names and every
/// `alias`, `weakAlias`, `previousName` and `abbreviation` its aliases. A
/// person's country is its `country`, else `nationality`, else `citizenship`; an
/// institution's is its `country` (a person's `jurisdiction` is not carried). An event's kind, track, disclosure and status
/// come from its `ag:` keywords (as ``FtMWriter`` writes them), its other keywords
/// are topics; an event without an `ag:kind=` keyword has the kind `event`, and
/// its `name`, `summary` and `description` are kept in the interaction's notes
/// (those of an event ActorGraph wrote are derived from its other fields and not
/// read). Every entity of another schema, every reference to an entity that is
/// not mapped and every value not carried is counted in ``report``.
struct FtMDatasetBuilder {
    let entities: [FtMEntity]
    let countries: Dataset?
    private(set) var report = FtMImportReport()

    /// Relationship schemata read as interactions: kind, and whether the edge's
    /// source is the initiator.
    static let relationshipKinds: [String: (kind: String, directed: Bool)] = [
        "UnknownLink": ("link", true), "Associate": ("associate", false), "Family": ("family", false),
        "Representation": ("representation", true), "Ownership": ("ownership", true),
        "Control": ("control", true), "Succession": ("succession", true), "Payment": ("payment", true),
        "Debt": ("debt", true),
    ]

    /// Affiliation schemata: the properties naming the member and the institution.
    static let affiliationEnds: [String: (member: String, institution: String)] = [
        "Membership": ("member", "organization"), "Employment": ("employee", "employer"),
        "Directorship": ("director", "organization"),
    ]

    private var actors: [Actor] = []
    private var actorIndexByEntity: [String: Int] = [:]
    private var usedActorIDs: Set<String> = []
    private var countryActors: [Actor] = []
    private var countryIDByCode: [String: String] = [:]
    private var documentNames: [String: String] = [:]
    private var citations: [String: [(document: String, paragraphs: [Int]?)]] = [:]
    /// The `Document` entity ids each entity's `Documentation` names.
    private var documentations: [String: [String]] = [:]
    private var citedEntities: Set<String> = []
    /// The documents a mapped interaction cites (as a source or as proof).
    private var citedDocuments: Set<String> = []
    private var interactions: [Interaction] = []
    private var usedInteractionIDs: Set<String> = []
    private var countryOrder: [String: Int] = [:]
    private var actorSchemas: [String] = []

    static let initiatorKeyword = FtMWriter.keywordPrefix + "initiator="

    /// A country code from an FtM value: two ASCII letters, any case.
    static func countryCode(_ value: String) -> CountryCode? {
        let scalars = value.unicodeScalars
        guard scalars.count == 2, scalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }) else { return nil }
        return CountryCode(rawValue: value.uppercased())
    }

    /// `base`, or `base-2`, `base-3`… when it is taken; the result is marked as taken.
    static func unique(_ base: String, in taken: inout Set<String>) -> String {
        var chosen = base
        var suffix = 2
        while taken.contains(chosen) {
            chosen = base + "-" + String(suffix)
            suffix += 1
        }
        taken.insert(chosen)
        return chosen
    }

    /// The ActorGraph id an entity id written by ``FtMWriter`` with `prefix`
    /// holds, when it is one a dataset can carry; else `nil`.
    static func decodedID(_ prefix: String, _ entityID: String) -> String? {
        guard let id = FtMIdentifier.decode(prefix, entityID), id.unicodeScalars.allSatisfy(DOTEscaping.isRepresentable)
        else { return nil }
        return id
    }

    init(entities: [FtMEntity], countries: Dataset?) {
        self.entities = entities
        self.countries = countries
    }

    mutating func build() -> Dataset {
        report.entityCount = entities.count
        for entity in entities where Self.isActor(entity.schema) { addActor(entity) }
        for entity in entities where FtMModel.schema(entity.schema, isA: "Document") {
            documentNames[entity.id] =
                entity["fileName"].first ?? entity["title"].first ?? entity["name"].first ?? entity.id
        }
        collectCitations()
        // Country codes in order of first mention: the country actors made for the
        // codes that a mapped actor or interaction uses come first, in this order.
        for entity in entities {
            var codes: [String] = []
            if Self.isActor(entity.schema), !FtMModel.schema(entity.schema, isA: "Person"), entity["parent"].isEmpty {
                codes += entity["jurisdiction"].prefix(1)
            }
            if FtMModel.schema(entity.schema, isA: "Event") {
                codes += entity["country"]
                codes += entity["keywords"].filter { $0.hasPrefix(Self.initiatorKeyword) }.map { String($0.dropFirst(Self.initiatorKeyword.count)) }
            }
            for value in codes {
                if let code = Self.countryCode(value), countryOrder[code.rawValue] == nil { countryOrder[code.rawValue] = countryOrder.count }
            }
        }
        resolveParents()
        breakParentCycles()
        for entity in entities {
            if let ends = Self.affiliationEnds[entity.schema] {
                addAffiliation(entity, ends: ends)
            } else if FtMModel.schema(entity.schema, isA: "Event") {
                addEvent(entity)
            } else if let relationship = Self.relationshipKinds[entity.schema] {
                addRelationship(entity, kind: relationship.kind, directed: relationship.directed)
            } else if Self.isActor(entity.schema) || entity.schema == "Documentation"
                || FtMModel.schema(entity.schema, isA: "Document")
            {
                continue
            } else if FtMModel.schema(entity.schema) == nil {
                report.omit(entity.schema, entity.id, "a schema followthemoney \(FtMModel.generatedFrom) does not define")
            } else {
                report.omit(entity.schema, entity.id, "no ActorGraph counterpart")
            }
        }
        reportUncitedDocuments()
        report.countryCount = countryActors.count
        let ordered = countryActors.enumerated().sorted { a, b in
            let (x, y) = (countryOrder[a.element.country?.rawValue ?? ""] ?? Int.max, countryOrder[b.element.country?.rawValue ?? ""] ?? Int.max)
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element)
        return Dataset(actors: ordered + actors, interactions: interactions)
    }

    static func isActor(_ schema: String) -> Bool {
        FtMModel.schema(schema, isA: "LegalEntity") && !(FtMModel.schema(schema)?.abstract ?? true)
    }

    // MARK: - Actors

    private mutating func addActor(_ entity: FtMEntity) {
        let person = FtMModel.schema(entity.schema, isA: "Person")
        var id = Self.decodedID(FtMIdentifier.actorPrefix, entity.id) ?? entity.id
        if usedActorIDs.contains(id) { id = entity.id }
        id = Self.unique(id, in: &usedActorIDs)
        let names = entity["name"]
        var aliases: [String] = []
        var seenAliases: Set<String> = []
        for alias in names.dropFirst() + entity["alias"] + entity["weakAlias"] + entity["previousName"]
            + entity["abbreviation"] where seenAliases.insert(alias).inserted
        {
            aliases.append(alias)
        }
        var used: Set<String> = ["name", "alias", "weakAlias", "previousName", "abbreviation", "notes", "parent", "jurisdiction"]
        let countryProperties = person ? ["country", "nationality", "citizenship"] : ["country"]
        var country: CountryCode?
        for property in countryProperties where country == nil {
            let values = entity[property]
            guard !values.isEmpty else { continue }
            used.insert(property)
            if let code = Self.countryCode(values[0]) {
                country = code
                report.uncarried(entity.schema, property, values.count - 1)
            } else {
                report.uncarried(entity.schema, property, values.count)
            }
        }
        let notes = entity["notes"]
        let actor = Actor(
            id: id, kind: person ? .person : .institution, name: names.first ?? aliases.first ?? entity.id,
            aliases: aliases, country: country, notes: notes.isEmpty ? nil : notes.joined(separator: "\n"))
        actorIndexByEntity[entity.id] = actors.count
        actors.append(actor)
        actorSchemas.append(entity.schema)
        report.actorCount += 1
        uncarriedProperties(of: entity, except: used)
    }

    /// The id of the country actor for an FtM country code, made on first use;
    /// `nil` for a value that is not a two-letter code.
    private mutating func countryActorID(_ value: String) -> String? {
        guard let code = Self.countryCode(value) else { return nil }
        if let id = countryIDByCode[code.rawValue] { return id }
        var actor: Actor
        if let given = countries?.actors.first(where: { $0.kind == .country && $0.country == code }) {
            actor = given
            actor.parent = nil
            actor.affiliations = []
        } else {
            actor = Actor(id: code.rawValue.lowercased(), kind: .country, name: FtMModel.countryName(code) ?? code.rawValue, country: code)
        }
        if usedActorIDs.contains(actor.id) { actor.id = "country-" + code.rawValue.lowercased() }
        actor.id = Self.unique(actor.id, in: &usedActorIDs)
        countryIDByCode[code.rawValue] = actor.id
        countryActors.append(actor)
        return actor.id
    }

    private mutating func resolveParents() {
        for entity in entities {
            guard let index = actorIndexByEntity[entity.id] else { continue }
            let parents = entity["parent"]
            if let first = parents.first {
                if let parent = actorIndexByEntity[first], parent != index {
                    actors[index].parent = actors[parent].id
                    report.uncarried(entity.schema, "parent", parents.count - 1)
                } else {
                    report.uncarried(entity.schema, "parent", parents.count)
                }
                report.uncarried(entity.schema, "jurisdiction", entity["jurisdiction"].count)
            } else if FtMModel.schema(entity.schema, isA: "Person") {
                report.uncarried(entity.schema, "jurisdiction", entity["jurisdiction"].count)
            } else {
                let codes = entity["jurisdiction"]
                if let first = codes.first, let country = countryActorID(first) {
                    actors[index].parent = country
                    report.uncarried(entity.schema, "jurisdiction", codes.count - 1)
                } else {
                    report.uncarried(entity.schema, "jurisdiction", codes.count)
                }
            }
        }
    }

    /// Parent links that form a cycle (FtM allows them; a dataset does not):
    /// the link that closes each cycle is left out and counted.
    private mutating func breakParentCycles() {
        let indexByID = Dictionary(actors.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        var done = Set<Int>()
        for start in actors.indices where !done.contains(start) {
            var path: [Int] = []
            var onPath = Set<Int>()
            var current = start
            while !done.contains(current), onPath.insert(current).inserted {
                path.append(current)
                guard let parent = actors[current].parent, let next = indexByID[parent] else { break }
                if onPath.contains(next) {
                    actors[current].parent = nil
                    report.uncarried(actorSchemas[current], "parent (a link closing a cycle)")
                    break
                }
                current = next
            }
            done.formUnion(path)
        }
    }

    // MARK: - Affiliations

    private mutating func addAffiliation(_ entity: FtMEntity, ends: (member: String, institution: String)) {
        guard let member = entity[ends.member].first.flatMap({ actorIndexByEntity[$0] }) else {
            report.omit(entity.schema, entity.id, "its \(ends.member) is not a person or organisation in the file")
            return
        }
        guard let institution = entity[ends.institution].first.flatMap({ actorIndexByEntity[$0] }),
            actors[institution].kind == .institution, institution != member
        else {
            report.omit(entity.schema, entity.id, "its \(ends.institution) is not an organisation in the file")
            return
        }
        var from = date(entity, "startDate")
        if from == nil { from = date(entity, "date") } else { report.uncarried(entity.schema, "date", entity["date"].count) }
        var to = date(entity, "endDate")
        if let start = from, let end = to, end < start {
            report.uncarried(entity.schema, "endDate")
            to = nil
        }
        let status = entity["status"]
        let former = status.first == "former"
        report.uncarried(entity.schema, "status", former ? status.count - 1 : status.count)
        let roles = entity["role"]
        report.uncarried(entity.schema, "role", max(0, roles.count - 1))
        report.uncarried(entity.schema, ends.member, entity[ends.member].count - 1)
        report.uncarried(entity.schema, ends.institution, entity[ends.institution].count - 1)
        actors[member].affiliations.append(
            Affiliation(institution: actors[institution].id, role: roles.first, from: from, to: to, former: former))
        report.affiliationCount += 1
        uncarriedProperties(
            of: entity, except: [ends.member, ends.institution, "role", "startDate", "date", "endDate", "status"])
    }

    // MARK: - Interactions

    private mutating func addEvent(_ entity: FtMEntity) {
        var participants: [String] = []
        var seen: Set<String> = []
        var unmapped = 0
        for reference in entity["involved"] {
            if let index = actorIndexByEntity[reference] {
                if seen.insert(actors[index].id).inserted { participants.append(actors[index].id) }
            } else {
                unmapped += 1
            }
        }
        report.uncarried(entity.schema, "involved", unmapped)
        let organizers = entity["organizer"]
        var initiator: String?
        if let first = organizers.first, let index = actorIndexByEntity[first] {
            initiator = actors[index].id
            if seen.insert(actors[index].id).inserted { participants.append(actors[index].id) }
            report.uncarried(entity.schema, "organizer", organizers.count - 1)
        } else {
            report.uncarried(entity.schema, "organizer", organizers.count)
        }

        let prefix = FtMWriter.keywordPrefix
        var fields: [String: String] = [:]
        var topics: [String] = []
        var unreadKeywords = 0
        for keyword in entity["keywords"] {
            if keyword.hasPrefix(prefix), let equals = keyword.firstIndex(of: "=") {
                let name = String(keyword[keyword.index(keyword.startIndex, offsetBy: prefix.count)..<equals])
                let value = String(keyword[keyword.index(after: equals)...])
                if name == "topic" {
                    topics.append(value)
                } else if ["kind", "track", "disclosure", "status", "initiator"].contains(name) {
                    if value.isEmpty || fields[name] != nil { unreadKeywords += 1 } else { fields[name] = value }
                } else {
                    topics.append(keyword)
                }
            } else {
                topics.append(keyword)
            }
        }
        // Country participants: the codes of `country`, then a country initiator's.
        var codes: [String] = []
        var unreadCodes = 0
        for value in entity["country"] {
            if let code = Self.countryCode(value) {
                if !codes.contains(code.rawValue) { codes.append(code.rawValue) }
            } else {
                unreadCodes += 1
            }
        }
        var initiatorCode: String?
        if let value = fields["initiator"] {
            if initiator == nil, let code = Self.countryCode(value) {
                initiatorCode = code.rawValue
                if !codes.contains(code.rawValue) { codes.append(code.rawValue) }
            } else {
                unreadKeywords += 1
            }
        }
        // Known country actors already listed count once; new ones are made only
        // when the interaction has two parties.
        let newCountries = codes.filter { countryIDByCode[$0].map { !seen.contains($0) } ?? true }
        guard participants.count + newCountries.count >= 2 else {
            report.omit(entity.schema, entity.id, Self.fewerThanTwo)
            return
        }
        report.uncarried(entity.schema, "country", unreadCodes)
        report.uncarried(entity.schema, "keywords", unreadKeywords)
        for code in codes {
            if let id = countryActorID(code), seen.insert(id).inserted { participants.append(id) }
        }
        if let initiatorCode { initiator = countryIDByCode[initiatorCode] }

        let writtenByActorGraph = fields["kind"] != nil
        var notes = entity["notes"]
        for property in writtenByActorGraph ? ["description"] : ["name", "summary", "description"] {
            notes += entity[property].map { property + ": " + $0 }
        }
        var track: ChannelTrack?
        var disclosure: Disclosure?
        var status: InteractionStatus?
        if let value = fields["track"] {
            track = ChannelTrack(rawValue: value)
            if track == nil { topics.append(prefix + "track=" + value) }
        }
        if let value = fields["disclosure"] {
            disclosure = Disclosure(rawValue: value)
            if disclosure == nil { topics.append(prefix + "disclosure=" + value) }
        }
        if let value = fields["status"] {
            status = InteractionStatus(rawValue: value)
            if status == nil { topics.append(prefix + "status=" + value) }
        }
        let kind = fields["kind"].map(InteractionKind.init(rawValue:))
            ?? (FtMModel.schema(entity.schema, isA: "Trip") ? .visit : .custom("event"))
        let places = entity["location"]
        report.uncarried(entity.schema, "location", max(0, places.count - 1))
        var used: Set<String> = [
            "involved", "organizer", "country", "keywords", "notes", "location", "date", "startDate", "endDate",
            "proof", "name", "summary", "description",
        ]
        if writtenByActorGraph, entity.id.hasPrefix(FtMIdentifier.eventPrefix + ".h") { used.insert("recordId") }
        addInteraction(
            entity, participants: participants, initiator: initiator, kind: kind, place: places.first,
            track: track, disclosure: disclosure, status: status, topics: topics, notes: notes, used: used,
            countsAsEvent: true)
    }

    static let fewerThanTwo = "fewer than two parties that are persons, organisations or country codes"

    private mutating func addRelationship(_ entity: FtMEntity, kind: String, directed: Bool) {
        guard let edge = FtMModel.schema(entity.schema)?.edge else {
            report.omit(entity.schema, entity.id, "no ActorGraph counterpart")
            return
        }
        let source = entity[edge.source].first.flatMap { actorIndexByEntity[$0] }
        let target = entity[edge.target].first.flatMap { actorIndexByEntity[$0] }
        guard let source, let target, source != target else {
            report.omit(entity.schema, entity.id, "its \(edge.source) and \(edge.target) are not two persons or organisations in the file")
            return
        }
        report.uncarried(entity.schema, edge.source, entity[edge.source].count - 1)
        report.uncarried(entity.schema, edge.target, entity[edge.target].count - 1)
        var notes = entity["notes"]
        for property in ["role", "relationship", "name", "summary", "description"] {
            notes += entity[property].map { property + ": " + $0 }
        }
        addInteraction(
            entity, participants: [actors[source].id, actors[target].id], initiator: directed ? actors[source].id : nil,
            kind: .custom(kind), place: nil, track: nil, disclosure: nil, status: nil, topics: entity["keywords"],
            notes: notes,
            used: [edge.source, edge.target, "notes", "role", "relationship", "name", "summary", "description", "keywords",
                   "date", "startDate", "endDate", "proof"],
            countsAsEvent: false)
    }

    private mutating func addInteraction(
        _ entity: FtMEntity, participants: [String], initiator: String?, kind: InteractionKind, place: String?,
        track: ChannelTrack?, disclosure: Disclosure?, status: InteractionStatus?, topics: [String], notes: [String],
        used: Set<String>, countsAsEvent: Bool
    ) {
        guard participants.count >= 2 else {
            report.omit(entity.schema, entity.id, Self.fewerThanTwo)
            return
        }
        var id = Self.decodedID(FtMIdentifier.eventPrefix, entity.id)
        if id == nil, used.contains("recordId"), let record = entity["recordId"].first,
            !record.isEmpty, record.unicodeScalars.allSatisfy(DOTEscaping.isRepresentable)
        {
            id = record
            report.uncarried(entity.schema, "recordId", entity["recordId"].count - 1)
        }
        var chosen = id ?? entity.id
        if usedInteractionIDs.contains(chosen) { chosen = entity.id }
        chosen = Self.unique(chosen, in: &usedInteractionIDs)

        var start = date(entity, "startDate")
        if start == nil { start = date(entity, "date") } else { report.uncarried(entity.schema, "date", entity["date"].count) }
        var end = date(entity, "endDate")
        // The dataset's rule: an end date needs a date and must not end before it starts.
        if let value = end, start.map({ value.lastDay < $0.firstDay }) ?? true {
            report.uncarried(entity.schema, "endDate")
            end = nil
        }
        var sources: [SourceReference] = []
        var cited: Set<String> = []
        citedEntities.insert(entity.id)
        for citation in citations[entity.id] ?? [] {
            cited.insert(citation.document)
            guard let paragraphs = citation.paragraphs else {
                report.uncarried("Documentation", "role")
                continue
            }
            sources.append(SourceReference(document: citation.document, paragraphs: paragraphs))
            report.sourceCount += 1
        }
        for reference in entity["proof"] { citedDocuments.insert(reference) }
        for entry in documentations[entity.id] ?? [] { citedDocuments.insert(entry) }
        let proofs = entity["proof"].compactMap { documentNames[$0] }
        report.uncarried(entity.schema, "proof", entity["proof"].count - proofs.count)
        let uncited = proofs.filter { !cited.contains($0) }
        if !uncited.isEmpty { report.uncarried(entity.schema, "proof (a document without paragraph numbers)", uncited.count) }
        interactions.append(
            Interaction(
                id: chosen, kind: kind, participants: participants, initiator: initiator, date: start, endDate: end,
                place: place, track: track, disclosure: disclosure, status: status, topics: topics, sources: sources,
                notes: notes.isEmpty ? nil : notes.joined(separator: "\n")))
        if countsAsEvent { report.eventCount += 1 } else { report.relationshipCount += 1 }
        uncarriedProperties(of: entity, except: used)
    }

    // MARK: - Sources

    private mutating func collectCitations() {
        for entity in entities where entity.schema == "Documentation" {
            let targets = entity["entity"]
            guard !targets.isEmpty, let document = entity["document"].first.flatMap({ documentNames[$0] }) else {
                report.omit(entity.schema, entity.id, "its document or entity is not in the file")
                continue
            }
            for target in targets {
                citations[target, default: []].append((document, Self.paragraphs(in: entity["role"].first)))
                documentations[target, default: []].append(contentsOf: entity["document"].prefix(1))
            }
        }
    }

    /// The paragraph numbers of a `Documentation` role: "paragraph 3",
    /// "paragraphs 19, 20" (as ``FtMWriter`` writes them); `nil` for any other text.
    static func paragraphs(in role: String?) -> [Int]? {
        guard let role else { return nil }
        let words = role.split(separator: " ", maxSplits: 1)
        guard words.count == 2, words[0] == "paragraph" || words[0] == "paragraphs" else { return nil }
        var numbers: [Int] = []
        for part in words[1].split(separator: ",") {
            // Below 10^9, as the dataset decoder takes paragraph numbers.
            guard let number = Int(part.trimmingCharacters(in: .whitespaces)), number >= 1, number < 1_000_000_000
            else { return nil }
            if !numbers.contains(number) { numbers.append(number) }
        }
        return numbers.isEmpty ? nil : numbers
    }

    /// Counts the `Documentation` and `Document` entities no mapped interaction
    /// uses, and what the used ones hold beyond what a source carries.
    private mutating func reportUncitedDocuments() {
        for entity in entities where entity.schema == "Documentation" {
            let targets = entity["entity"]
            guard !targets.isEmpty, entity["document"].first.flatMap({ documentNames[$0] }) != nil else { continue }
            let mapped = targets.filter(citedEntities.contains)
            if mapped.isEmpty {
                report.omit(entity.schema, entity.id, "it documents an entity that is not a mapped interaction")
                continue
            }
            report.uncarried(entity.schema, "entity (not a mapped interaction)", targets.count - mapped.count)
            report.uncarried(entity.schema, "document", entity["document"].count - 1)
            report.uncarried(entity.schema, "role", max(0, entity["role"].count - 1))
            uncarriedProperties(of: entity, except: ["entity", "document", "role"])
        }
        for entity in entities where FtMModel.schema(entity.schema, isA: "Document") {
            guard citedDocuments.contains(entity.id) else {
                report.omit(entity.schema, entity.id, "a document no mapped interaction cites")
                continue
            }
            // The name a source gives it: fileName, else title, else name.
            guard let used = ["fileName", "title", "name"].first(where: { !entity[$0].isEmpty }) else {
                uncarriedProperties(of: entity, except: [])
                continue
            }
            report.uncarried(entity.schema, used, entity[used].count - 1)
            uncarriedProperties(of: entity, except: [used])
        }
    }

    // MARK: - Values

    private mutating func date(_ entity: FtMEntity, _ property: String) -> PartialDate? {
        let values = entity[property]
        guard let first = values.first else { return nil }
        report.uncarried(entity.schema, property, values.count - 1)
        let parts = first.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        let day = String(parts[0])
        if parts.count > 1 { report.uncarried(entity.schema, property + " (time of day)") }
        guard let date = PartialDate(iso: day) else {
            report.uncarried(entity.schema, property)
            return nil
        }
        return date
    }

    private mutating func uncarriedProperties(of entity: FtMEntity, except used: Set<String>) {
        for property in entity.properties where !used.contains(property.name) {
            report.uncarried(entity.schema, property.name, property.values.count)
        }
    }
}
