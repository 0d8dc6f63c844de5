import Testing

@testable import ActorGraph

@Suite struct DOTWriterTests {
    static func sample(names: [String: String] = [:]) -> Dataset {
        let us = CountryCode(rawValue: "US")
        let ru = CountryCode(rawValue: "RU")
        let actors = [
            Actor(id: "usa", kind: .country, name: names["usa"] ?? "United States", aliases: ["الولايات المتحدة"], country: us),
            Actor(id: "biden", kind: .person, name: names["biden"] ?? "Joe Biden", aliases: ["جو بايدن"], country: us),
            Actor(id: "putin", kind: .person, name: "Vladimir Putin", aliases: ["فلاديمير بوتين"], country: ru),
            Actor(id: "kremlin", kind: .institution, name: "Kremlin", country: ru),
            Actor(id: "cfr", kind: .institution, name: "Council", country: nil),
        ]
        let interactions = [
            Interaction(id: "i1", kind: .call, participants: ["biden", "putin"], date: PartialDate(iso: "2021-12-07"), track: .official),
            Interaction(id: "i2", kind: .call, participants: ["biden", "putin"], date: PartialDate(iso: "2021-12-30"), track: .official),
            Interaction(id: "i3", kind: .talks, participants: ["putin", "kremlin", "cfr"], date: PartialDate(iso: "2023-04"), track: .track2),
            Interaction(id: "i4", kind: .meeting, participants: ["usa", "kremlin"], track: .track1_5),
        ]
        return Dataset(actors: actors, interactions: interactions)
    }

    @Test func outputIsByteForByteDeterministic() throws {
        let dataset = Self.sample()
        var style = DiagramStyle()
        style.clusterBy = .country
        style.edgeLabels = [.kind, .date]
        style.graphAttributes = ["label": .label("t"), "dpi": 96, "ratio": "fill"]
        var reordered = style
        reordered.graphAttributes = [:]
        reordered.graphAttributes["ratio"] = "fill"
        reordered.graphAttributes["dpi"] = 96
        reordered.graphAttributes["label"] = .label("t")
        let first = try dataset.dot(style: style)
        for _ in 0..<20 {
            #expect(try dataset.dot(style: style) == first)
            #expect(try dataset.dot(style: reordered) == first)
        }
    }

    @Test func shapesFollowActorKindAndFillFollowsCountry() throws {
        let dot = try Self.sample().dot(options: ProjectionOptions(includeIsolatedActors: true))
        // RU and US have two actors each: the tie goes by code, so RU gets the first colour.
        #expect(dot.contains("\"biden\" [\"fillcolor\"=\"#56B4E9\", \"fontcolor\"=\"#000000\", \"label\"=\"Joe Biden\", \"shape\"=\"ellipse\"]"))
        #expect(dot.contains("\"kremlin\" [\"fillcolor\"=\"#E69F00\", \"fontcolor\"=\"#000000\", \"label\"=\"Kremlin\", \"shape\"=\"box\"]"))
        #expect(dot.contains("\"shape\"=\"hexagon\""))
        #expect(dot.contains("\"cfr\" [\"fillcolor\"=\"#FFFFFF\""))
    }

    @Test func edgesAreStyledByTrackColouredByKindAndWeighted() throws {
        let dot = try Self.sample().dot()
        #expect(dot.contains("\"biden\" -- \"putin\" [\"color\"=\"#117733\", \"penwidth\"=\"5\", \"style\"=\"solid\"]"))
        #expect(dot.contains("\"putin\" -- \"kremlin\" [\"color\"=\"#882255\", \"penwidth\"=\"1\", \"style\"=\"dotted\"]"))
        #expect(dot.contains("\"style\"=\"dashed\""))
    }

    @Test func edgeLabelsShowKindsWithCountsAndDateRange() throws {
        var style = DiagramStyle()
        style.edgeLabels = [.kind, .date]
        let dot = try Self.sample().dot(style: style)
        #expect(dot.contains("\"label\"=\"call ×2\\n2021-12-07 – 2021-12-30\""))
    }

    @Test func clustersGroupNodesByCountry() throws {
        var style = DiagramStyle()
        style.clusterBy = .country
        let dot = try Self.sample().dot(options: ProjectionOptions(includeIsolatedActors: true), style: style)
        #expect(dot.contains("subgraph \"cluster_country_US\" {"))
        #expect(dot.contains("subgraph \"cluster_country_RU\" {"))
        #expect(dot.contains("\"label\"=\"United States (US)\""))
    }

    @Test func labelsInArabicFallBackToEnglishAndBothStacksThem() throws {
        var style = DiagramStyle()
        style.labels = .arabic
        let arabic = try Self.sample().dot(options: ProjectionOptions(includeIsolatedActors: true), style: style)
        #expect(arabic.contains("\"label\"=\"جو بايدن\""))
        #expect(arabic.contains("\"label\"=\"Kremlin\""))
        style.labels = .both
        let both = try Self.sample().dot(style: style)
        #expect(both.contains("\"label\"=\"Joe Biden\\nجو بايدن\""))
    }

    @Test func legendExplainsShapesColoursAndLines() throws {
        let dot = try Self.sample().dot()
        #expect(dot.contains("subgraph \"legend\" {"))
        for text in ["person", "institution", "United States (US)", "official (track 1)", "track 1.5", "track 2", "call", "talks"] {
            #expect(dot.contains("\"label\"=\"\(text)\""), "\(text)")
        }
        var style = DiagramStyle()
        style.showLegend = false
        #expect(!(try Self.sample().dot(style: style)).contains("legend_title"))
    }

    @Test func legendIdsNeverCollideWithActorIds() throws {
        let actors = [
            Actor(id: "legend_shape_person", kind: .person, name: "A"),
            Actor(id: "legend", kind: .person, name: "B"),
        ]
        let dataset = Dataset(actors: actors, interactions: [
            Interaction(id: "i", kind: .call, participants: ["legend_shape_person", "legend"])
        ])
        let dot = try dataset.dot()
        #expect(dot.contains("\"legend_shape_person_2\""))
        #expect(dot.contains("subgraph \"legend_2\""))
    }

    @Test func overridesWinAndAnyAttributePassesThrough() throws {
        var style = DiagramStyle()
        style.nodeOverrides["biden"] = ["fillcolor": "red", "tooltip": .label("a\"b")]
        style.edgeOverrides[DiagramStyle.TieKey("putin", "biden")] = ["color": "black", "arrowhead": "dot"]
        style.graphAttributes["rankdir"] = "TB"
        style.nodeDefaults["fontname"] = "Noto Sans"
        style.edgeDefaults["arrowsize"] = 2
        let dot = try Self.sample().dot(style: style)
        #expect(dot.contains("\"biden\" [\"fillcolor\"=\"red\", \"fontcolor\"=\"#000000\", \"label\"=\"Joe Biden\", \"shape\"=\"ellipse\", \"tooltip\"=\"a\\\"b\"]"))
        #expect(dot.contains("\"biden\" -- \"putin\" [\"arrowhead\"=\"dot\", \"color\"=\"black\""))
        #expect(dot.contains("\"rankdir\"=\"TB\""))
        #expect(dot.contains("node [\"color\"=\"#333333\", \"fontname\"=\"Noto Sans\""))
        #expect(dot.contains("edge [\"arrowsize\"=\"2\""))
    }

    @Test func scoresSizeNodesAndMustMatchTheNodeCount() throws {
        let dataset = Self.sample()
        let network = dataset.project()
        var style = DiagramStyle()
        style.nodeScores = Array(repeating: 1, count: network.actors.count - 1)
        #expect(throws: DOTExportError.scoreCountMismatch(expected: network.actors.count, actual: network.actors.count - 1)) {
            try DOTWriter(style: style).write(network)
        }
        style.nodeScores = (0..<network.actors.count).map(Double.init)
        let dot = try DOTWriter(style: style).write(network)
        #expect(dot.contains("\"fontsize\"=\"11\""))
        #expect(dot.contains("\"fontsize\"=\"20\""))
        #expect(dot.contains("\"width\"=\"1.8\""))
    }

    @Test func aNameDOTCannotCarryIsAnErrorNamingTheActor() {
        let dataset = Self.sample(names: ["biden": "Joe\u{0}Biden"])
        #expect(
            throws: DOTExportError.unrepresentableText(
                DOTEscapingError(text: "Joe\u{0}Biden", problem: .unrepresentableScalar("\u{0}", offset: 3)),
                place: .actorLabel(actorID: "biden"))
        ) { try dataset.dot() }
        let bad = Dataset(
            actors: [Actor(id: "a\u{1}", kind: .person, name: "A"), Actor(id: "b", kind: .person, name: "B")],
            interactions: [Interaction(id: "i", kind: .call, participants: ["a\u{1}", "b"])])
        #expect {
            try bad.dot()
        } throws: { error in
            guard case .unrepresentableText(_, .actorID("a\u{1}")) = error as? DOTExportError else { return false }
            return String(describing: error).contains("U+0001")
        }
    }

    @Test func directedNetworksAreDigraphs() throws {
        let dot = try Self.sample().dot(options: ProjectionOptions(directed: true))
        #expect(dot.hasPrefix("digraph \"actorgraph\" {"))
        #expect(dot.contains(" -> "))
    }
}
