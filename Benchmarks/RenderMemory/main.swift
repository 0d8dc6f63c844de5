// Renders the seed diagram many times in one process and prints resident memory
// (from /proc/self/statm) after a warm-up and at the end, to show that rendering
// frees what it allocates. Run: scripts/render-memory.sh [renders] [format] [clusters]
// With `clusters`, the diagram has country clusters and English/Arabic labels and
// goes through GraphvizRenderer.render(_:layout:format:), which lays clusters out
// in a child process; every output is compared with the first.
import ActorGraph
import ActorGraphviz
import Foundation

func residentKiB() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / 1024
}

let arguments = CommandLine.arguments
let renders = arguments.count > 1 ? Int(arguments[1]) ?? 1000 : 1000
let format = OutputFormat(name: arguments.count > 2 ? arguments[2] : "svg")
let clusters = arguments.count > 3 && arguments[3] == "clusters"
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
do {
    let dataset = try DatasetLoader.load(contentsOf: root.appendingPathComponent("seeds/backchannel.json"))
    let network = dataset.project(ProjectionOptions(includeAffiliations: true, includeIsolatedActors: true))
    var style = DiagramStyle()
    style.labels = .both
    if clusters { style.clusterBy = .country }
    let diagram = try Diagram(network: network, style: style)
    let dot = try DOTEncoder().encode(diagram)
    let renderer = try GraphvizRenderer()
    let warmUp = 50
    let start = Date()
    var bytes = 0
    print("format \(format), \(renders) renders\(clusters ? " with clusters (child process)" : ""); RSS at start: \(residentKiB()) KiB")
    var first: Data?
    var differing = 0
    for index in 1...max(renders, warmUp) {
        let data = clusters ? try renderer.render(diagram, layout: .dot, format: format).data : try renderer.render(dot: dot, layout: .dot, format: format)
        if let first, first != data { differing += 1 }
        if first == nil { first = data }
        bytes = data.count
        if index == warmUp { print("RSS after warm-up (\(warmUp) renders): \(residentKiB()) KiB") }
        if index % 250 == 0 { print("RSS after \(index) renders: \(residentKiB()) KiB") }
    }
    let seconds = Date().timeIntervalSince(start)
    print("RSS at the end (\(max(renders, warmUp)) renders): \(residentKiB()) KiB; "
        + "\(bytes) bytes per render; \(String(format: "%.1f", seconds * 1000 / Double(max(renders, warmUp)))) ms per render; "
        + "\(differing) renders differ from the first")
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
