/// One node of a ``ProjectedNetwork`` as every output sees it: an id, the names
/// it shows, and what it is when that is known.
///
/// For a dataset projection each node is an actor: ``label`` is its English
/// name, ``arabicLabel`` its first Arabic alias, ``kind`` and ``country`` its
/// own, and ``attributes`` hold `name`, `kind`, `country` and `aliases`. For a
/// graph read from a file (edge list, Gephi CSV, GraphML) the node attributes
/// the file gives are used when present: the label from `label`, `name` or
/// `Label` (else the id), the kind from a `kind` column naming an ``ActorKind``,
/// the country from a `country` column holding an ISO 3166-1 alpha-2 code.
public struct NetworkNode: Sendable, Hashable {
    /// The node's id (an actor id, or the file's node id).
    public var id: String
    /// The name the node shows.
    public var label: String
    /// An Arabic name to show, when there is one.
    public var arabicLabel: String?
    /// What the node is, when known.
    public var kind: ActorKind?
    /// The node's country, when known.
    public var country: CountryCode?
    /// Every attribute of the node as text, by name, for grouping and clustering
    /// by any attribute (``ProjectedNetwork/groups(by:)``).
    public var attributes: [String: String]

    /// Creates a node; each parameter sets the property of the same name.
    public init(
        id: String, label: String, arabicLabel: String? = nil, kind: ActorKind? = nil, country: CountryCode? = nil,
        attributes: [String: String] = [:]
    ) {
        self.id = id
        self.label = label
        self.arabicLabel = arabicLabel
        self.kind = kind
        self.country = country
        self.attributes = attributes
    }

    /// The node of an actor.
    ///
    /// - Parameter actor: the actor.
    public init(actor: Actor) {
        var attributes = ["name": actor.name, "kind": actor.kind.rawValue]
        if let country = actor.country { attributes["country"] = country.rawValue }
        if !actor.aliases.isEmpty {
            attributes["aliases"] = AttributeText.join(actor.aliases, separator: AttributeText.aliasSeparator)
        }
        self.init(
            id: actor.id, label: actor.name, arabicLabel: actor.arabicName, kind: actor.kind, country: actor.country,
            attributes: attributes)
    }

    /// The node attribute names read as a label, in order of preference.
    public static let labelAttributes = ["label", "name", "Label"]
}
