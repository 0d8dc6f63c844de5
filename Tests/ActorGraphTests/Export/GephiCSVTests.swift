import Foundation
import Testing

@testable import ActorGraph

@Suite struct GephiCSVTests {
    private func roundTrip(_ graph: AttributedGraph, directed: Bool = false) throws -> AttributedGraph {
        let (nodes, edges) = try GephiCSVWriter.write(graph)
        return try GephiCSVReader.read(
            edges: CSVTable(data: Data(edges.utf8), file: "edges.csv"),
            nodes: CSVTable(data: Data(nodes.utf8), file: "nodes.csv"), directed: directed)
    }

    @Test func headersAreWhatGephiExpects() throws {
        let (graph, _) = try FormatFixtures.seedGraph()
        let (nodes, edges) = try GephiCSVWriter.write(graph)
        #expect(nodes.hasPrefix("Id,Label,kind,country,aliases\r\nusa,United States,country,US,"))
        #expect(edges.hasPrefix("Source,Target,Type,Weight,kinds,tracks,statuses,firstDate,lastDate,interactions,count\r\n"))
        #expect(edges.contains(",Undirected,"))
    }

    @Test(arguments: [false, true])
    func seedProjectionRoundTrips(directed: Bool) throws {
        let (graph, dataset) = try FormatFixtures.seedGraph(directed: directed)
        let back = try roundTrip(graph, directed: !directed)  // the Type column decides, not the default
        expectSameGraph(back, graph, types: false)
        let actors = try #require(try back.actors())
        #expect(actors.map(\.aliases) == dataset.actors.map(\.aliases))
        #expect(actors.map(\.name) == dataset.actors.map(\.name))
    }

    @Test func florentineRoundTrips() throws {
        let list = try FormatFixtures.florentine()
        let graph = try AttributedGraph(list.graph)
        let back = try roundTrip(graph)
        #expect(back.ids == graph.ids)
        #expect(tieSet(back.graph) == tieSet(graph.graph))
        #expect(back.graph.edgeCount == 20)
    }

    @Test func trickyNamesRoundTripExactly() throws {
        let names = TrickyStrings.names
        var builder = CompactGraph.Builder(directed: true, ids: names)
        for index in names.indices.dropFirst() { builder.addEdge(index, index - 1, weight: 0.5 * Double(index)) }
        let graph = try AttributedGraph(
            builder.build(), nodeAttributes: ["name": names.reversed(), "note": names], hasWeights: true)
        expectSameGraph(try roundTrip(graph), graph, types: false)
    }

    @Test func randomStringsRoundTrip() throws {
        var rng = SeededRandom(seed: 99)
        for _ in 0..<6 {
            var ids: [String] = []
            var seen = Set<String>()
            while ids.count < 50 {
                let id = TrickyStrings.random(using: &rng, xmlSafe: false)
                if seen.insert(id).inserted { ids.append(id) }
            }
            var builder = CompactGraph.Builder(directed: false, ids: ids)
            for _ in 0..<60 { builder.addEdge(Int.random(in: 0..<50, using: &rng), Int.random(in: 0..<50, using: &rng)) }
            let values = ids.map { _ in TrickyStrings.random(using: &rng, xmlSafe: false, maxLength: 20) }
            let graph = try AttributedGraph(builder.build(), nodeAttributes: ["name": values, "v": values.reversed()])
            expectSameGraph(try roundTrip(graph), graph, types: false)
        }
    }

    @Test func reservedColumnNamesAreATypedError() throws {
        var builder = CompactGraph.Builder(directed: false)
        builder.addEdge("a", "b")
        let graph = try AttributedGraph(builder.build(), nodeAttributes: ["ID": ["1", "2"]])
        #expect(throws: ExportError.self) { try GephiCSVWriter.write(graph) }
    }

    @Test func gephisOwnExportWithEdgeIdAndLabelRoundTrips() throws {
        let edges = try CSVTable(
            data: Data("Source,Target,Type,Id,Label,Weight\na,b,Directed,0,\"first, tie\",2.0\nb,c,Directed,1,,1.0\n".utf8))
        let nodes = try CSVTable(data: Data("Id,Label,timeset,group\na,Alpha,,1\nb,Beta,,2\nc,,,\n".utf8))
        let graph = try GephiCSVReader.read(edges: edges, nodes: nodes)
        #expect(graph.isDirected)
        #expect(graph.edgeColumns.map(\.name) == ["Id", "Label"])
        #expect(graph.nodeColumn("name")?.values == ["Alpha", "Beta", nil])
        #expect(graph.graph.weight(from: 0, to: 1) == 2)
        expectSameGraph(try roundTrip(graph), graph)
    }

    @Test func gephiExportsWithoutTypeOrWeightUseTheDefaults() throws {
        let edges = try CSVTable(data: Data("source;target\n".replacingOccurrences(of: ";", with: ",").utf8 + Data("a,b\nb,c\n".utf8)))
        let graph = try GephiCSVReader.read(edges: edges, nodes: nil, directed: true)
        #expect(graph.isDirected)
        #expect(graph.ids == ["a", "b", "c"])
        #expect(!graph.hasWeights)
    }

    @Test func badTypesMixedGraphsAndBadWeightsNameTheLine() throws {
        func failure(_ text: String) -> CSVError? {
            do {
                _ = try GephiCSVReader.read(edges: CSVTable(data: Data(text.utf8), file: "e.csv"), nodes: nil)
                return nil
            } catch {
                return error
            }
        }
        #expect(failure("Source,Target,Type\na,b,Directed\nb,c,Sideways\n")?.line == 3)
        #expect(failure("Source,Target,Type\na,b,Directed\nb,c,Undirected\n")?.line == 3)
        #expect(failure("Source,Target,Weight\na,b,1\n\nb,c,-2\n")?.line == 4)
        #expect(failure("From,To\na,b\n")?.line == 1)
        #expect(
            failure("Source,Target,Weight\na,b,heavy\n")
                == CSVError(file: "e.csv", line: 2, message: "weight must be a finite number greater than 0, found \"heavy\""))
    }

    @Test func duplicateNodeIdsInTheNodesTableNameTheLine() throws {
        let nodes = try CSVTable(data: Data("Id,Label\na,A\n\"multi\nline\",M\na,again\n".utf8), file: "n.csv")
        let edges = try CSVTable(data: Data("Source,Target\na,b\n".utf8))
        #expect(throws: CSVError(file: "n.csv", line: 5, message: "duplicate node Id \"a\"")) {
            try GephiCSVReader.read(edges: edges, nodes: nodes)
        }
    }

    @Test func csvWriterQuotesOnlyWhatItMust() {
        #expect(CSVWriter.field("plain") == "plain")
        #expect(CSVWriter.field("a,b") == "\"a,b\"")
        #expect(CSVWriter.field("say \"x\"") == "\"say \"\"x\"\"\"")
        #expect(CSVWriter.field("two\nlines") == "\"two\nlines\"")
        var writer = CSVWriter()
        writer.append([""])
        writer.append(["a", ""])
        #expect(writer.text == "\"\"\r\na,\r\n")
    }
}
