// Fuzz target `graphml`: GraphMLReader.read(data:file:) on arbitrary bytes.
// Thrown GraphMLError is the expected path; a graph that is read must be
// consistent: edges join two of its nodes, weights are finite and above 0, every
// column has one value per node (or edge) and node ids are distinct.
import ActorGraph
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGraphML(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let data = size == 0 ? Data() : Data(bytes: bytes!, count: size)
    let graph: AttributedGraph
    do {
        graph = try GraphMLReader.read(data: data, file: "fuzz.graphml")
    } catch {
        _ = error.description
        return 0
    }
    precondition(graph.graph.nodeCount == graph.ids.count, "compact graph node count differs")
    precondition(Set(graph.ids).count == graph.ids.count, "repeated node id")
    for edge in graph.edges {
        precondition(graph.ids.indices.contains(edge.source) && graph.ids.indices.contains(edge.target),
                     "edge endpoint out of range")
        precondition(edge.weight.isFinite && edge.weight > 0, "weight \(edge.weight)")
    }
    for column in graph.nodeColumns {
        precondition(column.values.count == graph.ids.count, "node column \(column.name) length")
    }
    for column in graph.edgeColumns {
        precondition(column.values.count == graph.edges.count, "edge column \(column.name) length")
    }
    return 0
}
