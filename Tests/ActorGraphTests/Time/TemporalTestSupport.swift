@testable import ActorGraph

/// A dataset of actors `a0…a(n−1)` (people) and interactions given as
/// (participants, initiator, date, endDate), for time-order tests.
func temporalDataset(
    nodeCount: Int, _ interactions: [(participants: [Int], initiator: Int?, date: String, endDate: String?)]
) -> Dataset {
    let actors = (0..<nodeCount).map { Actor(id: "a\($0)", kind: .person, name: "A\($0)") }
    let list = interactions.enumerated().map { index, item in
        Interaction(
            id: "i\(index)", kind: .meeting, participants: item.participants.map { "a\($0)" },
            initiator: item.initiator.map { "a\($0)" }, date: PartialDate(iso: item.date),
            endDate: item.endDate.flatMap { PartialDate(iso: $0) })
    }
    return Dataset(actors: actors, interactions: list)
}

/// The temporal network of such a dataset with every actor a node, in actor order.
func temporalNetwork(_ dataset: Dataset, directed: Bool = false) -> TemporalNetwork {
    TemporalNetwork(dataset: dataset, options: ProjectionOptions(directed: directed, includeIsolatedActors: true))
}
