/// What an actor is: a person, an institution (ministry, agency, think tank, company)
/// or a country.
public enum ActorKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// A person.
    case person
    /// An institution: a ministry, agency, think tank or company.
    case institution
    /// A country.
    case country

    public static func < (lhs: ActorKind, rhs: ActorKind) -> Bool {
        lhs.sortOrder < rhs.sortOrder
    }

    private var sortOrder: Int {
        switch self {
        case .person: 0
        case .institution: 1
        case .country: 2
        }
    }
}
