/// A node of the network: a person, an institution or a country.
///
/// Every spelling of an actor's name met in a source (Arabic included) is kept in
/// ``aliases``, so that a report can be checked against the dataset and a mention
/// resolved to the one actor it names.
public struct Actor: Sendable, Hashable, Identifiable, Codable {
    /// A stable identifier, unique within a dataset.
    public var id: String
    /// Person, institution or country.
    public var kind: ActorKind
    /// The English display name.
    public var name: String
    /// Every other spelling met in a source, in the source's script.
    public var aliases: [String]
    /// The country (ISO 3166-1 alpha-2). For a country actor, its own code.
    public var country: CountryCode?
    /// For persons: the institutions they belong or belonged to.
    public var affiliations: [Affiliation]
    /// For institutions: the id of a parent institution or country actor.
    public var parent: String?
    /// Free-text remarks by the dataset's author.
    public var notes: String?

    /// Creates an actor; only the id, kind and name are required. Each parameter
    /// sets the property of the same name.
    public init(
        id: String, kind: ActorKind, name: String, aliases: [String] = [], country: CountryCode? = nil,
        affiliations: [Affiliation] = [], parent: String? = nil, notes: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.country = country
        self.affiliations = affiliations
        self.parent = parent
        self.notes = notes
    }

    /// The display name in Arabic script: the first alias that contains an Arabic letter.
    public var arabicName: String? { Actor.firstArabic(in: aliases) }

    /// The first of `names` that contains a letter of the Arabic block
    /// (U+0600–U+06FF); the rule for an Arabic display name, also for graph files.
    ///
    /// - Parameter names: spellings, in order of preference.
    /// - Complexity: O(total length).
    public static func firstArabic(in names: [String]) -> String? {
        names.first { name in name.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) } }
    }
}
