/// A person's role in an institution, as a report states it.
public struct Affiliation: Sendable, Hashable, Codable {
    /// The id of the institution actor.
    public var institution: String
    /// The role title in English, for example "National Security Adviser".
    public var role: String?
    /// When the role began, if the source says.
    public var from: PartialDate?
    /// When the role ended, if the source says.
    public var to: PartialDate?
    /// Whether the role was already a former one at the time of the report
    /// ("former ambassador").
    public var former: Bool

    /// Creates an affiliation with an institution actor's id. Each parameter sets
    /// the property of the same name.
    public init(
        institution: String, role: String? = nil, from: PartialDate? = nil, to: PartialDate? = nil,
        former: Bool = false
    ) {
        self.institution = institution
        self.role = role
        self.from = from
        self.to = to
        self.former = former
    }
}
