import Foundation
import Testing

/// One section of a reference fixture, unweighted or weighted: the arguments of
/// the tests that run over every score section the fixtures hold.
struct ReferenceSection: Sendable, CustomTestStringConvertible {
    let name: String
    let weighted: Bool

    var testDescription: String { "\(name) (\(weighted ? "weighted" : "unweighted"))" }

    /// Every fixture's unweighted section, and its weighted one where it has one.
    static let all: [ReferenceSection] = ReferenceFixture.names.flatMap { name in
        [ReferenceSection(name: name, weighted: false)]
            + (FixtureHeader.includes(name, where: \.weighted) ? [ReferenceSection(name: name, weighted: true)] : [])
    }

    /// The fixtures with a weighted section.
    static let weightedNames: [String] = ReferenceFixture.names.filter { FixtureHeader.includes($0, where: \.weighted) }

    /// The fixtures with a group attribute (and so sna brokerage values).
    static let grouped: [String] = ReferenceFixture.names.filter { FixtureHeader.includes($0, where: \.grouped) }

    /// The directed fixtures.
    static let directed: [String] = ReferenceFixture.names.filter { FixtureHeader.includes($0, where: \.directed) }
}

/// The keys of `expected/NAME.json` that decide which parameterised tests run on a
/// fixture, read without building the graph (test arguments are computed before
/// any test runs, where nothing can throw).
struct FixtureHeader: Sendable {
    var directed: Bool
    var weighted: Bool
    var grouped: Bool

    /// Reads the header of fixture `name`.
    static func read(_ name: String) -> Result<FixtureHeader, FixtureError> {
        let url = ReferenceFixture.directory.appendingPathComponent("expected/\(name).json")
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        } catch {
            return .failure(FixtureError("\(url.path): \(error)"))
        }
        guard let json = object as? [String: Any], let directed = json["directed"] as? Bool else {
            return .failure(FixtureError("\(url.path): not an object with a boolean \"directed\""))
        }
        guard json["group"] is String || json["group"] is NSNull else {
            return .failure(FixtureError("\(url.path): \"group\" is neither a string nor null"))
        }
        return .success(FixtureHeader(directed: directed, weighted: json["weighted"] != nil, grouped: json["group"] is String))
    }

    /// Whether fixture `name` belongs in an argument list selected by `property`.
    /// A fixture whose header cannot be read is included in **every** list, so that
    /// each test that loads it fails with the loading error instead of the case
    /// silently disappearing (and `FixtureLoadingTests` reports the header error).
    static func includes(_ name: String, where property: (FixtureHeader) -> Bool) -> Bool {
        switch read(name) {
        case .success(let header): property(header)
        case .failure: true
        }
    }
}
