// Fuzz target `csv`: CSVTable(data:file:) plus EdgeListReader and GephiCSVReader.
//
// Input layout: `EDGES [0x00 NODES]`. The bytes before the first NUL are the edges
// table; the bytes after it, when there is a NUL, the node table. The low bit of the
// last byte picks `directed`. Thrown CSVError is the expected path; a graph that is
// read must have one edge per row of the edges table, each joining two of its nodes.
import ActorGraph
import Foundation

func checkGraph(_ graph: AttributedGraph, edgeRows: Int, reader: String) {
    precondition(graph.edges.count == edgeRows, "\(reader): \(graph.edges.count) edges for \(edgeRows) rows")
    precondition(graph.graph.nodeCount == graph.ids.count, "\(reader): compact graph node count differs")
    for edge in graph.edges {
        precondition(graph.ids.indices.contains(edge.source) && graph.ids.indices.contains(edge.target),
                     "\(reader): edge endpoint out of range")
        precondition(edge.weight.isFinite && edge.weight > 0, "\(reader): weight \(edge.weight)")
    }
    for column in graph.nodeColumns {
        precondition(column.values.count == graph.ids.count, "\(reader): node column \(column.name) length")
    }
    for column in graph.edgeColumns {
        precondition(column.values.count == graph.edges.count, "\(reader): edge column \(column.name) length")
    }
    precondition(Set(graph.ids).count == graph.ids.count, "\(reader): repeated node id")
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = size == 0 ? [] : Array(UnsafeBufferPointer(start: bytes, count: size))
    let directed = (input.last ?? 0) & 1 == 1
    let split = input.firstIndex(of: 0)
    let edgeBytes = Data(input[..<(split ?? input.endIndex)])
    let nodeBytes = split.map { Data(input[($0 + 1)...]) }

    let edges: CSVTable
    let nodes: CSVTable?
    do {
        edges = try CSVTable(data: edgeBytes, file: "edges.csv")
        nodes = try nodeBytes.map { data throws(CSVError) in try CSVTable(data: data, file: "nodes.csv") }
    } catch {
        _ = error.description
        return 0
    }
    for table in [edges] + (nodes.map { [$0] } ?? []) {
        precondition(table.rows.count == table.lines.count, "CSVTable: rows and lines differ")
        for row in table.rows {
            precondition(row.count == table.header.count, "CSVTable: a row's width differs from the header's")
        }
    }
    do {
        let graph = try EdgeListReader.read(edges: edges, nodes: nodes, directed: directed)
        checkGraph(graph, edgeRows: edges.rows.count, reader: "EdgeListReader")
    } catch {
        _ = error.description
    }
    do {
        let graph = try GephiCSVReader.read(edges: edges, nodes: nodes, directed: directed)
        checkGraph(graph, edgeRows: edges.rows.count, reader: "GephiCSVReader")
    } catch {
        _ = error.description
    }
    return 0
}
