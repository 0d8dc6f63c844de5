import ActorGraph
import ArgumentParser
import Foundation

/// `actorgraph validate FILE`: loads a dataset and prints every problem found.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a dataset and print every problem with its line and path.",
        discussion: "Exits 0 when the dataset is valid, 1 when it has problems or cannot be read."
    )

    @Argument(help: "The dataset JSON file.")
    var file: String

    @Option(name: .customLong("large-meeting-limit"), help: "Warn about interactions with more participants than this.")
    var largeMeetingLimit: Int = 200

    func run() throws {
        do {
            let dataset = try readDataset(at: file)
            print("\(file): valid: \(dataset.actors.count) actors, \(dataset.interactions.count) interactions")
            for (index, interaction) in dataset.interactions.enumerated()
            where Set(interaction.participants).count > largeMeetingLimit {
                print(
                    "\(file): warning: interactions[\(index)] \"\(interaction.id)\": \(Set(interaction.participants).count) participants, more than \(largeMeetingLimit); scores and render project it as a star on its initiator (left out without one) unless --large-meetings clique|omit")
            }
        } catch let error as DatasetError {
            for problem in error.problems { print(problem.description) }
            throw InputFailure(
                "\(file): \(error.problems.count) problem\(error.problems.count == 1 ? "" : "s") found")
        }
    }
}
