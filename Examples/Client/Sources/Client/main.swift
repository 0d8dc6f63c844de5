import ActorGraph
import ActorGraphviz
import Foundation

// Load: every problem is reported with file, line, column and path.
let dataset = try DatasetLoader.load(contentsOf: URL(fileURLWithPath: "seeds/backchannel.json"))

// Project interactions onto actor-to-actor ties (a multi-party meeting ties all its pairs).
let network = dataset.project(ProjectionOptions(
    from: PartialDate(iso: "2022"), to: PartialDate(iso: "2023"), weighting: .count))
let graph = network.graph                                   // compact CSR graph

// Score: networkx's conventions, to the last digit.
let betweenness = graph.betweenness()                       // normalised
let pagerank = try graph.pageRank()
let holes = graph.structuralHoles()                         // constraint, effective size, efficiency, hierarchy
let roles = try graph.brokerage(labels: network.actors.map { $0.country?.rawValue ?? "none" })
let liaison = roles.raw.liaison
if let top = liaison.indices.max(by: { liaison[$0] < liaison[$1] }) {
    print("top liaison:", network.nodes[top].label, liaison[top])  // who links two other countries
}

// Draw: DOT in pure Swift, SVG/PNG/PDF in-process through libgvc.
var style = DiagramStyle()
style.labels = .both
style.nodeScores = betweenness
let svg = try GraphvizRenderer().render(network, style: style, format: .svg)
print(graph.nodeCount, "actors,", graph.edgeCount, "ties,", svg.count, "bytes of SVG")
