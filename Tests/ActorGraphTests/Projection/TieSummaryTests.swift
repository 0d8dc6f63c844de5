import Foundation
import Testing

@testable import ActorGraph

@Suite struct TieSummaryTests {
    private static func call(_ id: String, _ date: String?, end: String? = nil, track: ChannelTrack? = nil,
                             status: InteractionStatus? = nil, kind: InteractionKind = .call) -> Interaction {
        Interaction(
            id: id, kind: kind, participants: ["a", "b"], date: date.flatMap(PartialDate.init(iso:)),
            endDate: end.flatMap(PartialDate.init(iso:)), track: track, status: status)
    }

    private static func pair(_ interactions: [Interaction]) -> Dataset {
        Dataset(
            actors: [Actor(id: "a", kind: .person, name: "A"), Actor(id: "b", kind: .person, name: "B")],
            interactions: interactions)
    }

    /// The regression of issue 11: `2023` and `2023-06-15` were `2023 – 2023-06-15`
    /// in the diagram and `lastDate` = `2023` in GraphML.
    @Test func aYearAndADayInItSummariseAsTheYearInEveryOutput() throws {
        let dataset = Self.pair([Self.call("c1", "2023"), Self.call("c2", "2023-06-15")])
        let network = dataset.project()
        let summary = try #require(network.ties.first?.summary)
        #expect(summary.firstDate == PartialDate(iso: "2023"))
        #expect(summary.lastDate == PartialDate(iso: "2023"))
        #expect(summary.dateRangeText == "2023")

        var style = DiagramStyle()
        style.edgeLabels = [.date]
        let diagram = try Diagram(network: network, style: style)
        #expect(diagram.edges.first?.attributes["label"] == .label("2023"))

        let graphML = try GraphMLWriter.write(network: network)
        let back = try GraphMLReader.read(data: Data(graphML.utf8))
        #expect(back.edgeColumn("firstDate")?.values == ["2023"])
        #expect(back.edgeColumn("lastDate")?.values == ["2023"])
        #expect(ProjectedNetwork(graph: back).ties.first?.summary.dateRangeText == "2023")
    }

    @Test func datesSpanFromThePeriodThatStartsFirstToThePeriodThatEndsLast() {
        let summary = TieSummary([
            Self.call("x", "2022-03-10"), Self.call("y", "2021-11", end: "2022-01-05"), Self.call("z", nil),
            Self.call("w", "2022-03"),
        ])
        #expect(summary.firstDate == PartialDate(iso: "2021-11"))
        #expect(summary.lastDate == PartialDate(iso: "2022-03"))
        #expect(summary.firstDay == PartialDate(iso: "2021-11-01"))
        #expect(summary.lastDay == PartialDate(iso: "2022-03-31"))
        #expect(summary.dateRangeText == "2021-11 – 2022-03")
        #expect(summary.count == 4)
        #expect(summary.interactionIDs == ["x", "y", "z", "w"])
    }

    @Test func kindsAndTracksAreCountedMostFrequentFirst() {
        let summary = TieSummary([
            Self.call("1", nil, track: .track2, status: .denied, kind: .talks),
            Self.call("2", nil, track: .official, status: .confirmed),
            Self.call("3", nil, track: .track2, kind: .talks),
            Self.call("4", nil, track: .official, status: .confirmed, kind: .custom("dinner")),
        ])
        #expect(summary.kindCounts.map(\.kind) == [.talks, .call, .custom("dinner")])
        #expect(summary.kindCounts.map(\.count) == [2, 1, 1])
        #expect(summary.kindCountText == "talks ×2, call, dinner")
        #expect(summary.kinds == [.call, .talks, .custom("dinner")])
        #expect(summary.dominantTrack == .official, "equal counts go to the more official track")
        #expect(summary.statuses == [.confirmed, .denied])
    }

    @Test func mergingTwoSummariesEqualsSummarisingTheirInteractionsTogether() {
        let first = [Self.call("1", "2021", track: .official), Self.call("2", "2022-05", status: .reported)]
        let second = [Self.call("3", "2020-12-31", track: .track2, kind: .meeting), Self.call("4", "2022")]
        var merged = TieSummary(first)
        merged.merge(TieSummary(second))
        let together = TieSummary(first + second)
        #expect(merged.kindCounts == together.kindCounts)
        #expect(merged.trackCounts == together.trackCounts)
        #expect(merged.statuses == together.statuses)
        #expect(merged.firstDate == together.firstDate)
        #expect(merged.lastDate == together.lastDate)
        #expect(merged.count == together.count)
        #expect(Set(merged.interactionIDs) == Set(together.interactionIDs))
    }

    @Test func actorKindsLeaveOtherParticipantsOutOfEachInteraction() {
        let dataset = Dataset(
            actors: [
                Actor(id: "p", kind: .person, name: "P"), Actor(id: "q", kind: .person, name: "Q"),
                Actor(id: "m", kind: .institution, name: "Ministry"), Actor(id: "c", kind: .country, name: "C"),
            ],
            interactions: [
                Interaction(id: "1", kind: .meeting, participants: ["p", "q", "m"]),
                Interaction(id: "2", kind: .visit, participants: ["p", "c"]),
            ])
        let people = dataset.project(ProjectionOptions(actorKinds: [.person]))
        #expect(people.graph.ids == ["p", "q"])
        #expect(people.ties.map(\.summary.interactionIDs) == [["1"]])
        let all = dataset.project()
        #expect(all.graph.ids.count == 4)
        let isolated = dataset.project(ProjectionOptions(actorKinds: [.person, .country], includeIsolatedActors: true))
        #expect(isolated.graph.ids == ["p", "q", "c"])
    }

    @Test func anAffiliationTieWeighsOneOnceAndNeverAddsToAnInteractionTie() {
        let dataset = Dataset(
            actors: [
                Actor(
                    id: "p", kind: .person, name: "P",
                    affiliations: [Affiliation(institution: "m", role: "envoy"), Affiliation(institution: "m", role: "adviser")]),
                Actor(id: "q", kind: .person, name: "Q", affiliations: [Affiliation(institution: "m")]),
                Actor(id: "m", kind: .institution, name: "Ministry"),
            ],
            interactions: [
                Interaction(id: "1", kind: .meeting, participants: ["q", "m"]),
                Interaction(id: "2", kind: .meeting, participants: ["q", "m"]),
                Interaction(id: "3", kind: .call, participants: ["p", "q"]),
            ])
        let network = dataset.project(ProjectionOptions(includeAffiliations: true, includeIsolatedActors: true))
        let p = 0, q = 1, m = 2
        #expect(network.graph.weight(from: p, to: m) == 1, "two affiliations to one institution: one tie of weight 1")
        #expect(network.graph.weight(from: q, to: m) == 2, "the interactions' weight, not one more")
        #expect(network.ties.first { $0.source == p && $0.target == m }?.isAffiliation == true)
        #expect(network.ties.first { $0.source == q && $0.target == m }?.isAffiliation == false)
    }
}
