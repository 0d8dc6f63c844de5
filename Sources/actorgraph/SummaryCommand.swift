import ActorGraph
import ArgumentParser
import Foundation

/// `actorgraph summary FILE`: counts of actors and interactions.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print counts of actors by kind and country, and interactions by kind, year, track and document."
    )

    @Argument(help: "The dataset JSON file.")
    var file: String

    func run() throws {
        let dataset = try DatasetLoader.load(contentsOf: URL(fileURLWithPath: file))
        print(DatasetSummary(dataset).report(title: file))
    }
}
