import Foundation
import Testing

@testable import ActorGraph

/// Every output reads a tie's summary from the projection: the diagram (and its
/// DOT), GraphML, Gephi CSV and the edge list, read back, agree on every field
/// for the seed and for random datasets.
@Suite struct TieSummaryAgreementTests {
    /// A random dataset: actors of every kind with and without countries;
    /// interactions with custom kinds (one with a comma), missing tracks and
    /// statuses, year/month/day dates, end dates and undated ones.
    static func randomDataset(seed: UInt64) -> Dataset {
        var rng = Xoshiro256StarStar(seed: seed)
        let countries = ["US", "RU", "UA", nil].map { $0.flatMap(CountryCode.init(rawValue:)) }
        let actorCount = Int.random(in: 4...14, using: &rng)
        let actors = (0..<actorCount).map { index in
            Actor(
                id: "a\(index)", kind: ActorKind.allCases.randomElement(using: &rng) ?? .person, name: "Actor \(index)",
                country: countries.randomElement(using: &rng) ?? nil)
        }
        let kinds: [InteractionKind] = InteractionKind.known + [.custom("dinner"), .custom("back,channel")]
        func date() -> PartialDate? {
            let year = Int.random(in: 2019...2025, using: &rng)
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: return nil
            case 1: return PartialDate(year: year)
            case 2: return PartialDate(year: year, month: Int.random(in: 1...12, using: &rng))
            default: return PartialDate(year: year, month: Int.random(in: 1...12, using: &rng), day: Int.random(in: 1...28, using: &rng))
            }
        }
        let interactions = (0..<Int.random(in: 5...40, using: &rng)).map { index -> Interaction in
            let participants = Array(actors.shuffled(using: &rng).prefix(Int.random(in: 2...4, using: &rng))).map(\.id)
            let start = date()
            var end: PartialDate?
            if let start, Bool.random(using: &rng) {
                end = PartialDate(year: start.year + Int.random(in: 0...1, using: &rng), month: start.month.map { _ in 12 })
            }
            return Interaction(
                id: "i\(index)", kind: kinds.randomElement(using: &rng) ?? .meeting, participants: participants,
                initiator: Bool.random(using: &rng) ? participants.first : nil, date: start, endDate: end,
                track: ([nil] + ChannelTrack.allCases.map(Optional.some)).randomElement(using: &rng) ?? nil,
                status: ([nil] + InteractionStatus.allCases.map(Optional.some)).randomElement(using: &rng) ?? nil)
        }
        return Dataset(actors: actors, interactions: interactions)
    }

    /// The networks each export reads back as.
    static func readBack(_ network: ProjectedNetwork) throws -> [(String, ProjectedNetwork)] {
        let graph = try AttributedGraph(network: network)
        let graphML = try GraphMLReader.read(data: Data(GraphMLWriter.write(graph).utf8))
        let (gephiNodes, gephiEdges) = try GephiCSVWriter.write(graph)
        let gephi = try GephiCSVReader.read(
            edges: CSVTable(data: Data(gephiEdges.utf8)), nodes: CSVTable(data: Data(gephiNodes.utf8)))
        let (edges, nodes) = try EdgeListWriter.write(graph)
        let edgeList = try EdgeListReader.read(
            edges: CSVTable(data: Data(edges.utf8)), nodes: CSVTable(data: Data(nodes.utf8)),
            directed: network.graph.isDirected)
        return [("GraphML", graphML), ("Gephi CSV", gephi), ("edge list", edgeList)].map {
            ($0.0, ProjectedNetwork(graph: $0.1))
        }
    }

    /// Checks that every output agrees with the projection's summaries.
    static func checkAgreement(_ network: ProjectedNetwork, context: String) throws {
        // The diagram: colour, line style and label come from the summary.
        var style = DiagramStyle()
        style.edgeLabels = [.kind, .date]
        let diagram = try Diagram(network: network, style: style)
        let dot = try DOTEncoder().encode(diagram)
        #expect(diagram.edges.count == network.ties.count, "\(context)")
        for (tie, edge) in zip(network.ties, diagram.edges) {
            let summary = tie.summary
            let expectedLabel =
                tie.isAffiliation
                ? "" : [summary.kindCountText, summary.dateRangeText ?? ""].filter { !$0.isEmpty }.joined(separator: "\n")
            #expect(edge.attributes["label"] == (expectedLabel.isEmpty ? nil : .label(expectedLabel)), "\(context)")
            var color = summary.dominantKind.map { style.kindColors[$0] ?? style.otherKindColor } ?? style.otherKindColor
            var line = summary.dominantTrack.flatMap { style.trackStyles[$0] } ?? style.untrackedStyle
            if tie.isAffiliation { (color, line) = (style.affiliationColor, style.affiliationStyle) }
            #expect(edge.attributes["color"] == .string(color), "\(context)")
            #expect(edge.attributes["style"] == .string(line), "\(context)")
            if !expectedLabel.isEmpty { #expect(dot.contains(try DOTEscaping.label(expectedLabel)), "\(context)") }
        }
        // The files, read back.
        for (format, back) in try readBack(network) {
            #expect(back.ties.count == network.ties.count, "\(context) \(format)")
            #expect(back.nodes.map(\.id) == network.nodes.map(\.id), "\(context) \(format)")
            for (tie, read) in zip(network.ties, back.ties) {
                let (a, b) = (tie.summary, read.summary)
                let place = "\(context) \(format) \(network.nodes[tie.source].id)–\(network.nodes[tie.target].id)"
                #expect((read.source, read.target, read.weight) == (tie.source, tie.target, tie.weight), "\(place)")
                #expect(b.kinds == a.kinds, "\(place)")
                #expect(b.tracks == a.tracks, "\(place)")
                #expect(b.statuses == a.statuses, "\(place)")
                #expect(b.firstDate == a.firstDate, "\(place)")
                #expect(b.lastDate == a.lastDate, "\(place)")
                #expect(b.dateRangeText == a.dateRangeText, "\(place)")
                #expect(b.interactionIDs == a.interactionIDs, "\(place)")
                #expect(b.count == a.count, "\(place)")
                #expect(read.isAffiliation == tie.isAffiliation, "\(place)")
            }
        }
    }

    @Test(arguments: [false, true])
    func seedTiesAgreeInEveryOutput(directed: Bool) throws {
        let dataset = try DatasetLoader.load(contentsOf: SeedDatasetTests.url)
        for affiliations in [false, true] {
            let network = dataset.project(
                ProjectionOptions(directed: directed, includeAffiliations: affiliations, includeIsolatedActors: true))
            try Self.checkAgreement(network, context: "seed directed=\(directed) affiliations=\(affiliations)")
        }
    }

    @Test(arguments: 0..<40)
    func randomDatasetTiesAgreeInEveryOutput(seed: Int) throws {
        let dataset = Self.randomDataset(seed: UInt64(seed))
        for directed in [false, true] {
            let network = dataset.project(ProjectionOptions(directed: directed, includeIsolatedActors: true))
            try Self.checkAgreement(network, context: "seed \(seed) directed=\(directed)")
        }
    }
}
