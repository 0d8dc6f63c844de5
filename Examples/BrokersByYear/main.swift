// Who brokers between Washington and Moscow, year by year, and which brokerage
// survives time order.
//
// 1. Each year's contacts (2021, 2022, 2023, 2025) are projected onto ties,
//    actors are grouped by country, and Gould and Fernandez's brokerage roles are
//    counted twice: statically, as R's sna::brokerage counts them, and in time
//    order (a broker between A and B must have met A before meeting B, and A and
//    B must not have met first; Guides/Time.md).
// 2. Over the whole span 2021–2025, how much of Sullivan's, Burns's and
//    Ushakov's static brokerage survives time order, certainly and possibly, and
//    the pairs each brokers with the two contacts that show it.
// 3. Four diagrams, one per year, with every actor at the same place in each:
//    the union is laid out once and each year drawn with positions pinned
//    (out/brokers-by-year/YEAR.svg).
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

/// Group labels: the actor's country; actors without one (NATO, the UN Security
/// Council) share a group of their own.
func countries(_ network: ProjectedNetwork) -> [String] {
    network.actors.map { $0.country?.rawValue ?? "none" }
}

// 1. Year by year.
let years = [2021, 2022, 2023, 2025].compactMap { PartialDate(year: $0) }.map(TimeWindow.init)
let options = ProjectionOptions()
let networks = dataset.project(windows: years, options: options)
for (year, network) in zip(years, networks) {
    let temporal = TemporalNetwork(network: network, interactions: dataset.interactions)
    let groups = countries(network)
    let certain = try temporal.brokerage(labels: groups, order: .certain)
    let possible = try temporal.brokerage(labels: groups, order: .possible)
    let roles = certain.staticRoles
    print("== \(year): \(network.graph.nodeCount) actors, \(network.graph.edgeCount) ties")
    let brokers = (0..<network.graph.nodeCount).filter { roles.raw.total[$0] > 0 || possible.raw.total[$0] > 0 }
        .sorted { (roles.raw.total[$0], network.actors[$1].name) > (roles.raw.total[$1], network.actors[$0].name) }
    if brokers.isEmpty { print("   nobody sits between two others this year") }
    for node in brokers {
        let z = roles.z.total[node].map { String(format: "%+.2f", $0) } ?? "n/a"
        let byRole = BrokerageRole.allCases.filter { $0 != .total && roles.raw[$0][node] > 0 }
            .map { "\($0.rawValue) \(roles.raw[$0][node])" }.joined(separator: ", ")
        print(
            "   \(network.actors[node].name) (\(groups[node])): static \(roles.raw.total[node]) (z \(z)\(byRole.isEmpty ? "" : "; " + byRole));",
            "in time order \(certain.raw.total[node]) certainly, \(possible.raw.total[node]) possibly")
    }
}

// 2. Over 2021–2025: what survives time order.
guard let first = PartialDate(year: 2021), let last = PartialDate(year: 2025) else { exit(1) }
let span = TemporalNetwork(dataset: dataset, options: ProjectionOptions(from: first, to: last))
let spanGroups = countries(span.network)
let certainSpan = try span.brokerage(labels: spanGroups, order: .certain)
let possibleSpan = try span.brokerage(labels: spanGroups, order: .possible)
let groupNumbers = spanGroups.map { label in spanGroups.firstIndex(of: label) ?? 0 }
print("\n== 2021–2025: static brokerage that survives time order")
for id in ["sullivan", "burns", "ushakov"] {
    guard let node = span.network.graph.ids.firstIndex(of: id) else { continue }
    let flat = certainSpan.staticRoles.raw.total[node]
    func share(_ roles: TemporalBrokerage) -> String {
        roles.keptShare(of: node).map { String(format: "%.0f %%", 100 * $0) } ?? "n/a"
    }
    print(
        "   \(span.network.actors[node].name): static \(flat);",
        "certainly in order \(certainSpan.raw.total[node]) (\(share(certainSpan))),",
        "possibly \(possibleSpan.raw.total[node]) (\(share(possibleSpan)))")
    for pair in span.brokeredPairs(by: node, groups: groupNumbers, order: .certain).prefix(4) {
        print(
            "      \(span.network.actors[pair.source].name) → \(span.network.actors[pair.target].name) (\(pair.role.rawValue)):",
            "\(span.interactionID(pair.first.interaction)) (\(pair.first.interval.periodDescription)),",
            "then \(span.interactionID(pair.second.interaction)) (\(pair.second.interval.periodDescription))")
    }
}

// 3. Four diagrams with every actor in one place.
// One colour per country in every year (each diagram alone would colour by its own counts).
let renderer = try GraphvizRenderer()
var shared = DiagramStyle()
shared.labels = .both
shared = shared.sharingCountryColors(across: networks)
let diagrams = try zip(years, networks).map { year, network in
    var style = shared
    style.title = "Back channels, \(year)"
    return try Diagram(network: network, style: style)
}
let drawings = try renderer.renderPinned(diagrams, layout: .dot, format: .svg)
for (year, svg) in zip(years, drawings) {
    try svg.write(to: folder.appendingPathComponent("\(year).svg"))
    print("diagram: out/brokers-by-year/\(year).svg")
}
