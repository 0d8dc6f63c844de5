import Foundation
import Testing

@testable import ActorGraph

/// GraphML written by networkx and igraph (`scripts/interop/check_interop.py`),
/// read back and compared with what the script recorded in `manifest.json`.
@Suite struct InteropFixtureTests {
    static let directory = ReferenceFixture.directory.appendingPathComponent("interop")

    static let files = [
        "networkx_undirected_weighted.graphml", "networkx_directed_unweighted.graphml",
        "igraph_undirected_unweighted.graphml", "igraph_directed_weighted.graphml",
    ]

    private func entry(_ file: String) throws -> [String: Any] {
        let data = try Data(contentsOf: Self.directory.appendingPathComponent("manifest.json"))
        let manifest = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let files = try #require(manifest["files"] as? [String: Any])
        return try #require(files[file] as? [String: Any], "\(file) is not in the manifest")
    }

    @Test func manifestListsEveryFixture() throws {
        for file in Self.files { _ = try entry(file) }
    }

    @Test(arguments: files)
    func countsDirectionAndWeightsMatchTheManifest(file: String) throws {
        let expected = try entry(file)
        let graph = try GraphMLReader.read(contentsOf: Self.directory.appendingPathComponent(file))
        #expect(graph.isDirected == (expected["directed"] as? Bool))
        #expect(graph.hasWeights == (expected["weighted"] as? Bool))
        #expect(graph.ids == (expected["nodes"] as? [String]))
        let edges = try #require(expected["edges"] as? [[Any]])
        #expect(graph.edges.count == edges.count)
        #expect(graph.graph.edgeCount == edges.count)
        for edge in edges {
            let source = try #require(edge[0] as? String)
            let target = try #require(edge[1] as? String)
            let weight = try #require((edge[2] as? NSNumber)?.doubleValue)
            let s = try #require(graph.graph.index(of: source))
            let t = try #require(graph.graph.index(of: target))
            #expect(graph.graph.weight(from: s, to: t) == weight, "\(file): \(source) → \(target)")
        }
    }

    @Test(arguments: files)
    func nodeAttributesMatchTheManifest(file: String) throws {
        let expected = try entry(file)
        let graph = try GraphMLReader.read(contentsOf: Self.directory.appendingPathComponent(file))
        let attributes = try #require(expected["node_attributes"] as? [String: [String: Any]])
        #expect(Set(graph.nodeColumns.map(\.name)) == Set(attributes.keys))
        for (name, description) in attributes {
            let column = try #require(graph.nodeColumn(name), "\(file): no column \(name)")
            let typeName = try #require(description["type"] as? String)
            #expect(column.type.rawValue == typeName, "\(file).\(name)")
            let values = try #require(description["values"] as? [String: Any])
            for (index, id) in graph.ids.enumerated() {
                let actual = column.values[index]
                let value = values[id]
                let what = "\(file).\(name)[\(id)]"
                if value == nil || value is NSNull {
                    #expect(actual == nil, "\(what)")
                    continue
                }
                switch column.type {
                case .string:
                    #expect(actual == value as? String, "\(what)")
                case .boolean:
                    let flag = try #require(value as? Bool)
                    #expect(actual == (flag ? "true" : "false"), "\(what)")
                case .int, .long:
                    #expect(actual.flatMap { Int($0) } == (value as? NSNumber)?.intValue, "\(what)")
                case .float, .double:
                    #expect(actual.flatMap(AttributeText.double(from:)) == (value as? NSNumber)?.doubleValue, "\(what)")
                }
            }
        }
    }

    @Test func defaultsDeclaredByNetworkxAreHonoured() throws {
        let graph = try GraphMLReader.read(
            contentsOf: Self.directory.appendingPathComponent("networkx_undirected_weighted.graphml"))
        let colors = try #require(graph.nodeColumn("color")?.values)
        #expect(colors.contains("grey"))
        #expect(colors.contains("red"))
        #expect(!colors.contains(nil))
    }

    @Test func filesFromOtherToolsGoThroughOurWriterUnchanged() throws {
        for file in Self.files {
            let graph = try GraphMLReader.read(contentsOf: Self.directory.appendingPathComponent(file))
            let again = try GraphMLReader.read(data: Data(GraphMLWriter.write(graph).utf8))
            expectSameGraph(again, graph)
        }
    }
}
