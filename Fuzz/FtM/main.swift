// Fuzz target `ftm`: FtMReader.read(data:file:) on arbitrary bytes (FollowTheMoney
// entities, one JSON object per line). Reading must throw DatasetError (never crash)
// on bad input; a dataset it builds must pass Dataset.validate(), and writing it back
// as FtM and reading that again must neither crash nor lose an actor or interaction.
import ActorGraph
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFtM(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let data = size == 0 ? Data() : Data(bytes: bytes!, count: size)
    let result: FtMReader.Result
    do {
        result = try FtMReader.read(data: data, file: "fuzz.ftm.json")
    } catch {
        precondition(!error.problems.isEmpty, "DatasetError without problems")
        _ = error.description
        return 0
    }
    let problems = result.dataset.validate()
    precondition(problems.isEmpty, "a dataset read from FtM fails validate(): \(problems)")
    _ = result.report.lines
    guard let text = try? FtMWriter.jsonLines(result.dataset) else { return 0 }
    do {
        let again = try FtMReader.read(data: Data(text.utf8), file: "again.ftm.json", countries: result.dataset)
        precondition(again.dataset.interactions.count == result.dataset.interactions.count, "interactions lost on the way back")
        let persons = result.dataset.actors.filter { $0.kind != .country }.count
        precondition(again.dataset.actors.filter { $0.kind != .country }.count == persons, "actors lost on the way back")
    } catch {
        preconditionFailure("FtM written by FtMWriter does not read back: \(error)")
    }
    return 0
}
