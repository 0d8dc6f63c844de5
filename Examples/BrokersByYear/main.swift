// Who brokers between Washington and Moscow, and how that changes from year to
// year. Each year's contacts are projected onto actor-to-actor ties, actors are
// grouped by country, and Gould and Fernandez's brokerage roles are counted as
// R's sna::brokerage counts them. A diagram of each year goes to
// out/brokers-by-year/.
//
// Run: swift run BrokersByYear

import ActorGraph
import ActorGraphviz
import Foundation

let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let dataset = try DatasetLoader.load(contentsOf: root.appendingPathComponent("seeds/backchannel.json"))
let folder = root.appendingPathComponent("out/brokers-by-year")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
let renderer = try GraphvizRenderer()

for year in [2021, 2022, 2023, 2025] {
    // 1. The year's contacts, all kinds and tracks, undirected, weighted by count.
    guard let window = PartialDate(year: year) else { continue }
    let network = dataset.project(ProjectionOptions(from: window, to: window))
    let graph = network.graph
    print("== \(year): \(graph.nodeCount) actors, \(graph.edgeCount) ties")

    // 2. Brokerage between countries. Actors without a country (NATO, the UN
    //    Security Council) form a group of their own.
    let countries = network.actors.map { $0.country?.rawValue ?? "none" }
    let roles = try graph.brokerage(labels: countries)

    // 3. The brokers: actors on at least one two-path between others.
    let brokers = (0..<graph.nodeCount).filter { roles.raw.total[$0] > 0 }
        .sorted { (roles.raw.total[$0], network.actors[$1].name) > (roles.raw.total[$1], network.actors[$0].name) }
    if brokers.isEmpty { print("   nobody sits between two others this year") }
    for node in brokers {
        let r = roles.raw
        let z = roles.z.total[node].map { String(format: "%+.2f", $0) } ?? "n/a"
        print(
            "   \(network.actors[node].name) (\(countries[node])):",
            "coordinator \(r.coordinator[node]), itinerant \(r.itinerant[node]),",
            "representative \(r.representative[node]), gatekeeper \(r.gatekeeper[node]),",
            "liaison \(r.liaison[node]); total \(r.total[node]) (z \(z))")
    }

    // 4. Who ties the two sides directly: US–RU ties of the year.
    let crossing = network.ties.filter { tie in
        Set([countries[tie.source], countries[tie.target]]) == ["US", "RU"]
    }
    let pairs = crossing.map { "\(network.actors[$0.source].name)–\(network.actors[$0.target].name)" }
    print("   US–Russia ties: \(pairs.isEmpty ? "none" : pairs.joined(separator: ", "))")

    // 5. The year's diagram, with English and Arabic names.
    var style = DiagramStyle()
    style.labels = .both
    style.title = "Back channels, \(year)"
    let svg = try renderer.render(network, style: style, format: .svg)
    let file = folder.appendingPathComponent("\(year).svg")
    try svg.write(to: file)
    print("   diagram: out/brokers-by-year/\(year).svg\n")
}
