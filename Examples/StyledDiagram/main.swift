// A diagram styled for publication: our own colours per country, node size by
// betweenness, track-2 (unofficial) contacts highlighted, names in Arabic.
// Writes out/styled/backchannel.svg and .png.
//
// Run: swift run StyledDiagram

import ActorGraph
import ActorGraphviz
import Foundation

let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let dataset = try DatasetLoader.load(contentsOf: root.appendingPathComponent("seeds/backchannel.json"))
let network = dataset.project(ProjectionOptions(includeAffiliations: true))

var style = DiagramStyle()
// 1. Arabic labels (each actor's first Arabic alias; English where there is none).
style.labels = .arabic
// 2. Colours of our choosing for the three main countries.
for (code, colour) in [("US", "#0072B2"), ("RU", "#D55E00"), ("UA", "#F0E442")] {
    if let country = CountryCode(rawValue: code) { style.countryColors[country] = colour }
}
// 3. Node size by betweenness: who sits on the most shortest paths.
style.nodeScores = network.graph.betweenness()
style.nodeScoreName = "betweenness"
// 4. Track-2 contacts drawn thick and red, whatever their kind.
var highlighted = 0
for tie in network.ties where tie.interactions.contains(where: { dataset.interactions[$0].track == .track2 }) {
    let key = DiagramStyle.TieKey(network.actors[tie.source].id, network.actors[tie.target].id)
    style.edgeOverrides[key] = ["color": "#CC0000", "penwidth": 4.0, "style": "dotted"]
    highlighted += 1
}
style.title = "US–Russia back channels, 2021–2025 (track 2 in red)"

// 5. Render SVG and PNG in-process through libgvc.
let folder = root.appendingPathComponent("out/styled")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
let renderer = try GraphvizRenderer()
for format in [OutputFormat.svg, .png] {
    let bytes = try renderer.render(network, style: style, format: format)
    let file = folder.appendingPathComponent("backchannel.\(format)")
    try bytes.write(to: file)
    print("wrote out/styled/backchannel.\(format) (\(bytes.count) bytes)")
}
print("\(network.graph.nodeCount) actors, \(network.graph.edgeCount) ties, \(highlighted) track-2 ties highlighted")
