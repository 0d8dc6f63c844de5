import Foundation
import Testing

@testable import ActorGraph

/// `Schema/actorgraph-dataset.schema.json` and ``DatasetLoader`` accept the same
/// keys in every kind of object: a key added on one side only fails here.
@Suite struct SchemaAgreementTests {
    /// The package root: four levels above this file (Loading → ActorGraphTests → Tests → root).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let schemaURL = packageRoot.appendingPathComponent("Schema/actorgraph-dataset.schema.json")

    /// The schema document.
    private func schema() throws -> [String: Any] {
        let data = try Data(contentsOf: Self.schemaURL)
        return try #require(
            try JSONSerialization.jsonObject(with: data) as? [String: Any], "\(Self.schemaURL.path) is not a JSON object")
    }

    /// `object`, or the definition its `$ref` (`#/$defs/NAME`) points to.
    private func resolve(_ object: [String: Any], in root: [String: Any]) throws -> [String: Any] {
        guard let reference = object["$ref"] as? String else { return object }
        let prefix = "#/$defs/"
        try #require(reference.hasPrefix(prefix), "unexpected $ref \(reference)")
        let definitions = try #require(root["$defs"] as? [String: Any])
        return try #require(definitions[String(reference.dropFirst(prefix.count))] as? [String: Any], "no definition for \(reference)")
    }

    /// The object schema at `path` from the root: each step is a property name,
    /// and the schema of an array property is that of its items.
    private func objectSchema(_ path: [String], in root: [String: Any]) throws -> [String: Any] {
        var current = root
        for name in path {
            let properties = try #require(current["properties"] as? [String: Any], "no properties above \(name)")
            var next = try resolve(try #require(properties[name] as? [String: Any], "no property \(name)"), in: root)
            if next["type"] as? String == "array" {
                next = try resolve(try #require(next["items"] as? [String: Any], "\(name) has no items"), in: root)
            }
            current = next
        }
        return current
    }

    /// The property names of the object schema at `path`, which must forbid other keys.
    private func keys(_ path: [String], in root: [String: Any]) throws -> Set<String> {
        let object = try objectSchema(path, in: root)
        #expect(object["additionalProperties"] as? Bool == false, "the schema at \(path) allows keys it does not list")
        return Set(try #require(object["properties"] as? [String: Any]).keys)
    }

    @Test func datasetKeysAgree() throws {
        #expect(try keys([], in: schema()) == DatasetLoader.knownKeys.dataset)
    }

    @Test func actorKeysAgree() throws {
        #expect(try keys(["actors"], in: schema()) == DatasetLoader.knownKeys.actor)
    }

    @Test func affiliationKeysAgree() throws {
        #expect(try keys(["actors", "affiliations"], in: schema()) == DatasetLoader.knownKeys.affiliation)
    }

    @Test func interactionKeysAgree() throws {
        #expect(try keys(["interactions"], in: schema()) == DatasetLoader.knownKeys.interaction)
    }

    @Test func sourceKeysAgree() throws {
        #expect(try keys(["interactions", "sources"], in: schema()) == DatasetLoader.knownKeys.source)
    }

    /// Every object with `properties` in the schema is one of the five above, so a
    /// new kind of object cannot escape the comparison.
    @Test func theSchemaHasNoOtherObjectKinds() throws {
        func count(_ value: Any) -> Int {
            if let object = value as? [String: Any] {
                return (object["properties"] is [String: Any] ? 1 : 0) + object.values.reduce(0) { $0 + count($1) }
            }
            if let array = value as? [Any] { return array.reduce(0) { $0 + count($1) } }
            return 0
        }
        #expect(count(try schema()) == 5)
    }
}
