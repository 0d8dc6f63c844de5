import ActorGraph
import ArgumentParser
import Foundation

/// `actorgraph reach DATASET ACTOR`: who the actor can have reached through a
/// chain of contacts in time order, and by when.
struct ReachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reach",
        abstract: "Who an actor can have reached through contacts in time order, and by when.",
        discussion: """
            Follows time-respecting paths from ACTOR (an actor id) through the dataset's \
            contacts: each contact certainly after the previous one (--possible-order: \
            possibly after it, on one time line). For every actor reached it prints the \
            earliest day by which it has certainly been reached (the end of the last contact \
            of the earliest chain; with --possible-order, the earliest day it can have been \
            reached), and the actors the static network joins to ACTOR but no chain in time \
            order reaches. --from/--to, --certain and the other filters select the contacts, \
            as for scores. See Guides/Time.md.
            """)

    @Argument(help: "A dataset (.json).")
    var input: String

    @Argument(help: "The actor id the chains start from.")
    var actor: String

    @OptionGroup var projection: ProjectionArguments

    @Flag(name: .customLong("possible-order"), help: "A contact may follow another when it possibly does, not only when it certainly does.")
    var possibleOrder = false

    @Option(help: "Output format: table, csv or json.")
    var format: ScoreReport.Format = .table

    func validate() throws {
        try projection.checkCertainHasBounds()
    }

    func run() throws {
        let dataset = try loadDataset(input, for: "reach", directed: projection.directed)
        guard dataset.actor(id: actor) != nil else {
            throw InputFailure("\(input): no actor with id \"\(actor)\"")
        }
        let network = TemporalNetwork(dataset: dataset, options: projection.options())
        guard let start = network.network.graph.ids.firstIndex(of: actor) else {
            throw InputFailure("\(actor) has no contact among the selected interactions")
        }
        let report = ReachReport(network: network, source: start, order: possibleOrder ? .possible : .certain)
        report.print(as: format)
    }
}
