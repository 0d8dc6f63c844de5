import Foundation
import Testing

@testable import ActorGraph

@Suite struct NetworkSourceTests {
    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("network-source-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func formatComesFromTheExtensionOrIsGiven() throws {
        #expect(try NetworkSource(path: "a.json").format == .dataset)
        #expect(try NetworkSource(path: "a.GraphML").format == .graphml)
        #expect(try NetworkSource(path: "a.xml").format == .graphml)
        #expect(try NetworkSource(path: "a.csv").format == .edgeList)
        #expect(try NetworkSource(path: "a.txt", format: .gephi).format == .gephi)
        #expect(throws: NetworkSourceError.self) { try NetworkSource(path: "a.txt") }
        #expect(throws: NetworkSourceError.self) { try NetworkSource(path: "a.json", nodesPath: "n.csv") }
        #expect(throws: NetworkSourceError.self) { try NetworkSource(path: "a.graphml", nodesPath: "n.csv") }
    }

    @Test func aGephiHeaderMakesACSVGephiAndItsNodesFileIsFoundBesideIt() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let edges = dir.appendingPathComponent("net.csv")
        try "Source,Target,Type,Weight\na,b,Undirected,2\n".write(to: edges, atomically: true, encoding: .utf8)
        try "Id,Label,club\na,Alpha,X\nb,Beta,Y\nc,Gamma,X\n".write(
            to: dir.appendingPathComponent("net-nodes.csv"), atomically: true, encoding: .utf8)
        let source = try NetworkSource(path: edges.path)
        #expect(source.format == .gephi)
        #expect(source.nodesPath == dir.appendingPathComponent("net-nodes.csv").path)
        let network = try source.load().network(ProjectionOptions())
        #expect(network.nodes.map(\.label) == ["Alpha", "Beta", "Gamma"])
        #expect(network.groups(by: "club") == ["X", "Y", "X"])
        #expect(network.graph.weight(from: 0, to: 1) == 2)
    }

    @Test func aLowerCaseHeaderIsAnEdgeList() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let edges = dir.appendingPathComponent("e.csv")
        try "source,target\na,b\n".write(to: edges, atomically: true, encoding: .utf8)
        let source = try NetworkSource(path: edges.path)
        #expect(source.format == .edgeList)
        #expect(source.nodesPath == nil)
        let loaded = try source.load()
        #expect(loaded.dataset == nil)
        #expect(loaded.network(ProjectionOptions()).graph.edgeCount == 1)
    }

    @Test func aMissingFileIsAFileReadErrorNamingIt() {
        #expect(throws: FileReadError.self) { try NetworkSource(path: "/nonexistent/x.graphml").load() }
    }

    @Test func aGraphFramesFolderIsReadAsAnEdgeListWithItsVertices() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "src,dst,weight,kinds\na,b,2.0,meeting\nb,c,0.5,call\n".write(
            to: dir.appendingPathComponent("edges.csv"), atomically: true, encoding: .utf8)
        try "id,name,kind\na,Alpha,person\nb,Beta,person\nc,Gamma,institution\nd,Delta,person\n".write(
            to: dir.appendingPathComponent("vertices.csv"), atomically: true, encoding: .utf8)
        for source in [try NetworkSource(path: dir.path), try NetworkSource(path: dir.path, format: .graphframes)] {
            #expect(source.format == .graphframes)
            #expect(source.nodesPath == dir.appendingPathComponent("vertices.csv").path)
            guard case .graph(let graph) = try source.load() else {
                Issue.record("a GraphFrames folder is a graph")
                continue
            }
            #expect(graph.graph.ids == ["a", "b", "c", "d"])
            #expect(graph.graph.edgeCount == 2)
            #expect(graph.graph.weight(from: 0, to: 1) == 2.0)
        }
        // An edge list with src,dst columns, read as a file.
        #expect(try NetworkSource(path: dir.appendingPathComponent("edges.csv").path).format == .edgeList)
        #expect(throws: NetworkSourceError.self) { try NetworkSource(path: dir.path, nodesPath: "n.csv") }
        let empty = try folder()
        defer { try? FileManager.default.removeItem(at: empty) }
        #expect(throws: NetworkSourceError.self) { try NetworkSource(path: empty.path) }
        #expect(throws: NetworkSourceError.self) { try NetworkSource(path: empty.path, format: .graphframes) }
    }

    @Test func jsonLinesIsADataset() throws {
        #expect(try NetworkSource(path: "a.jsonl").format == .dataset)
        #expect(try NetworkSource(path: "a.ndjson").format == .dataset)
    }
}

