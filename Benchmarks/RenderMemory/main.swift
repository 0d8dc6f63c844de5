// Renders the seed diagram many times in one process and prints resident memory
// (from /proc/self/statm) after a warm-up and at the end, to show that rendering
// frees what it allocates. Run: scripts/render-memory.sh [renders] [format]
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
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
do {
    let dataset = try DatasetLoader.load(contentsOf: root.appendingPathComponent("seeds/backchannel.json"))
    let network = dataset.project(ProjectionOptions(includeAffiliations: true, includeIsolatedActors: true))
    var style = DiagramStyle()
    style.labels = .both
    let dot = try DOTWriter(style: style).write(network)
    let renderer = try GraphvizRenderer()
    let warmUp = 50
    let start = Date()
    var bytes = 0
    print("format \(format), \(renders) renders; RSS at start: \(residentKiB()) KiB")
    for index in 1...max(renders, warmUp) {
        bytes = try renderer.render(dot: dot, layout: .dot, format: format).count
        if index == warmUp { print("RSS after warm-up (\(warmUp) renders): \(residentKiB()) KiB") }
        if index % 250 == 0 { print("RSS after \(index) renders: \(residentKiB()) KiB") }
    }
    let seconds = Date().timeIntervalSince(start)
    print("RSS at the end (\(max(renders, warmUp)) renders): \(residentKiB()) KiB; "
        + "\(bytes) bytes per render; \(String(format: "%.1f", seconds * 1000 / Double(max(renders, warmUp)))) ms per render")
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
