import Foundation
import Testing

@testable import ActorGraph

@Suite struct CSVTableTests {
    @Test func quotedFieldsKeepCommasQuotesAndNewlines() throws {
        let text = "id,name\r\n1,\"Smith, John\"\n2,\"He said \"\"hi\"\"\"\n3,\"two\nlines\"\n4,\n"
        let table = try CSVTable(data: Data(text.utf8))
        #expect(table.header == ["id", "name"])
        #expect(table.rows == [["1", "Smith, John"], ["2", "He said \"hi\""], ["3", "two\nlines"], ["4", ""]])
        #expect(table.lines == [2, 3, 4, 6])
    }

    @Test func wrongFieldCountNamesTheLine() {
        #expect(throws: CSVError(file: "e.csv", line: 3, message: "expected 2 fields (source,target), found 3")) {
            try CSVTable(data: Data("source,target\na,b\nc,d,e\n".utf8), file: "e.csv")
        }
    }

    @Test func unterminatedQuoteNamesTheLineItStarts() {
        #expect(throws: CSVError(file: nil, line: 2, message: "unterminated quoted field")) {
            try CSVTable(data: Data("a,b\n\"x,y\nz\n".utf8))
        }
    }

    @Test func emptyFileAndBadHeaderAreErrors() {
        #expect(throws: CSVError.self) { try CSVTable(data: Data()) }
        #expect(throws: CSVError.self) { try CSVTable(data: Data("a,a\n".utf8)) }
        #expect(throws: CSVError.self) { try CSVTable(data: Data("a,\n".utf8)) }
    }

    @Test func edgeListMergesRepeatsAndKeepsIsolatesFromTheNodeTable() throws {
        let edges = try CSVTable(data: Data("source,target,weight\na,b,2\nb,a,0.5\nb,c,1\nc,c,4\n".utf8))
        let nodes = try CSVTable(data: Data("id,group\nz,Q\na,P\n".utf8))
        let list = try EdgeListReader.read(edges: edges, nodes: nodes, directed: false)
        #expect(list.graph.ids == ["z", "a", "b", "c"])
        #expect(list.graph.edgeCount == 2)
        #expect(list.graph.weight(from: 1, to: 2) == 2.5)
        #expect(list.graph.weight(from: 2, to: 1) == 2.5)
        #expect(list.graph.outDegree(of: 0) == 0)
        #expect(list.nodeAttributes["group"] == ["Q", "P", nil, nil])
    }

    @Test func badWeightNamesTheLine() throws {
        let edges = try CSVTable(data: Data("source,target,weight\na,b,1\na,c,heavy\n".utf8), file: "w.csv")
        #expect(throws: CSVError(file: "w.csv", line: 3, message: "weight must be a finite number greater than 0, found \"heavy\"")) {
            try EdgeListReader.read(edges: edges, nodes: nil, directed: false)
        }
    }

    @Test func missingColumnsAreExplained() throws {
        let edges = try CSVTable(data: Data("from,to\na,b\n".utf8), file: "x.csv")
        #expect(throws: CSVError.self) { try EdgeListReader.read(edges: edges, nodes: nil, directed: true) }
    }
}
