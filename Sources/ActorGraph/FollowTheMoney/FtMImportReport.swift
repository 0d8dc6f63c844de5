/// What reading FollowTheMoney entities made of them: how many became actors,
/// affiliations and interactions, which entities have no ActorGraph counterpart
/// and which property values were not carried into the dataset. Nothing is
/// dropped without being counted here.
public struct FtMImportReport: Sendable, Hashable {
    /// Entities of one schema left out for one reason.
    public struct Omission: Sendable, Hashable {
        /// The entities' schema.
        public var schema: String
        /// Why they were left out.
        public var reason: String
        /// Their ids, in file order.
        public var entityIDs: [String]
    }

    /// The entities read (fragments of one id count once).
    public var entityCount = 0
    /// Persons and institutions made from `Person`, `Organization`, `PublicBody`,
    /// `Company` and `LegalEntity` entities.
    public var actorCount = 0
    /// Country actors made from the country codes the entities name.
    public var countryCount = 0
    /// Affiliations made from `Membership`, `Employment` and `Directorship`.
    public var affiliationCount = 0
    /// Interactions made from `Event` entities.
    public var eventCount = 0
    /// Interactions made from relationship schemata (`UnknownLink`, `Associate`, …).
    public var relationshipCount = 0
    /// Sources made from `Documentation` entities.
    public var sourceCount = 0
    /// Entities left out, grouped by schema and reason (groups in the order the
    /// mapping met them, ids in file order).
    public var omissions: [Omission] = []
    /// Property values not carried into the dataset, by `Schema.property`.
    public var uncarriedValues: [String: Int] = [:]

    /// The report in a few lines for a terminal: what was made, then each group of
    /// entities left out (with up to three ids) and each property not carried.
    public var lines: [String] {
        var result = [
            "read \(entityCount) FollowTheMoney \(entityCount == 1 ? "entity" : "entities"): \(actorCount) actors, \(countryCount) countries from codes, \(affiliationCount) affiliations, \(eventCount) events and \(relationshipCount) relationships as interactions, \(sourceCount) sources"
        ]
        for omission in omissions {
            let shown = omission.entityIDs.prefix(3).joined(separator: ", ")
            let more = omission.entityIDs.count > 3 ? ", …" : ""
            result.append("not mapped: \(omission.entityIDs.count) \(omission.schema) (\(omission.reason)): \(shown)\(more)")
        }
        for key in uncarriedValues.keys.sorted() {
            let count = uncarriedValues[key] ?? 0
            result.append("not carried: \(key), \(count) \(count == 1 ? "value" : "values")")
        }
        return result
    }

    /// Whether every entity was mapped and every value carried.
    public var isComplete: Bool { omissions.isEmpty && uncarriedValues.isEmpty }

    mutating func omit(_ schema: String, _ id: String, _ reason: String) {
        if let index = omissions.firstIndex(where: { $0.schema == schema && $0.reason == reason }) {
            omissions[index].entityIDs.append(id)
        } else {
            omissions.append(Omission(schema: schema, reason: reason, entityIDs: [id]))
        }
    }

    mutating func uncarried(_ schema: String, _ property: String, _ count: Int = 1) {
        guard count > 0 else { return }
        uncarriedValues[schema + "." + property, default: 0] += count
    }
}
