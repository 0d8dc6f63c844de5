import Testing

/// One section of a reference fixture, unweighted or weighted: the arguments of
/// the tests that run over every score section the fixtures hold.
struct ReferenceSection: Sendable, CustomTestStringConvertible {
    let name: String
    let weighted: Bool

    var testDescription: String { "\(name) (\(weighted ? "weighted" : "unweighted"))" }

    /// Every fixture's unweighted section, and its weighted one where it has one.
    static let all: [ReferenceSection] = ReferenceFixture.names.flatMap { name in
        let weighted = (try? ReferenceFixture(name))?.isWeighted ?? false
        return [ReferenceSection(name: name, weighted: false)]
            + (weighted ? [ReferenceSection(name: name, weighted: true)] : [])
    }

    /// The fixtures with a group attribute (and so sna brokerage values).
    static let grouped: [String] = ReferenceFixture.names.filter { (try? ReferenceFixture($0))?.group != nil }
}
