// Fuzz target `dataset`: DatasetLoader.load(data:file:) on arbitrary bytes.
// Loading must throw DatasetError (never crash) on bad input; a dataset it
// accepts must pass Dataset.validate() and survive projection.
import ActorGraph
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDataset(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let data = size == 0 ? Data() : Data(bytes: bytes!, count: size)
    let dataset: Dataset
    do {
        dataset = try DatasetLoader.load(data: data, file: "fuzz.json")
    } catch {
        precondition(!error.problems.isEmpty, "DatasetError without problems")
        _ = error.description
        return 0
    }
    let problems = dataset.validate()
    precondition(problems.isEmpty, "a loaded dataset fails validate(): \(problems)")
    let network = dataset.project()
    precondition(network.nodes.count == network.graph.nodeCount, "projection: node count differs from graph")
    return 0
}
