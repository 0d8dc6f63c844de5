extension AttributedGraph {
    /// The actors of a graph written from a dataset (see ``NetworkKey``), rebuilt
    /// from the node ids and the `name`, `kind`, `country` and `aliases` columns.
    ///
    /// Affiliations and parents are not exported, so the actors come back without
    /// them; the interactions are not rebuilt either (a tie's `interactions`
    /// attribute lists their ids only).
    ///
    /// - Returns: `nil` when the graph has no `name` and `kind` columns (it was not
    ///   written from a dataset).
    /// - Throws: ``ActorAttributeError`` naming the node whose name is missing, or
    ///   whose kind or country is not valid.
    /// - Complexity: O(V + total alias length).
    public func actors() throws(ActorAttributeError) -> [Actor]? {
        guard let names = nodeColumn("name")?.values, let kinds = nodeColumn("kind")?.values else { return nil }
        let countries = nodeColumn("country")?.values
        let aliases = nodeColumn("aliases")?.values
        var actors: [Actor] = []
        actors.reserveCapacity(ids.count)
        for (index, id) in ids.enumerated() {
            guard let name = names[index] else {
                throw ActorAttributeError(nodeID: id, message: "no name")
            }
            guard let kindText = kinds[index], let kind = ActorKind(rawValue: kindText) else {
                let allowed = ActorKind.allCases.map(\.rawValue).joined(separator: ", ")
                throw ActorAttributeError(
                    nodeID: id, message: "kind must be one of \(allowed), found \(kinds[index].map { "\"\($0)\"" } ?? "none")")
            }
            var country: CountryCode?
            if let text = countries?[index] {
                guard let code = CountryCode(rawValue: text) else {
                    throw ActorAttributeError(
                        nodeID: id, message: "country must be an ISO 3166-1 alpha-2 code, found \"\(text)\"")
                }
                country = code
            }
            let actorAliases = aliases?[index].map { AttributeText.split($0, separator: AttributeText.aliasSeparator) } ?? []
            actors.append(Actor(id: id, kind: kind, name: name, aliases: actorAliases, country: country))
        }
        return actors
    }
}

/// A node whose attributes do not describe an actor.
public struct ActorAttributeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The id of the node whose attributes were rejected.
    public var nodeID: String
    /// What is wrong with the node's attributes.
    public var message: String

    /// Creates an error for a node.
    ///
    /// - Parameters:
    ///   - nodeID: The id of the offending node.
    ///   - message: What is wrong with its attributes.
    public init(nodeID: String, message: String) {
        self.nodeID = nodeID
        self.message = message
    }

    public var description: String { "node \"\(nodeID)\": \(message)" }
}
