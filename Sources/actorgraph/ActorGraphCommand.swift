import ActorGraph
import ArgumentParser
import Foundation

/// The `actorgraph` command line: one subcommand per file in this folder.
///
/// Exit codes scripts can rely on: 0 success, 1 bad input (a file that cannot be
/// read or is malformed, a dataset that fails validation), 2 usage errors.
@main
struct ActorGraphCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actorgraph",
        abstract: "Map back-channel diplomacy: load, check, score and draw networks of who met whom.",
        subcommands: [ValidateCommand.self, SummaryCommand.self, ConvertCommand.self]
    )

    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withFailure: error)
        }
    }

    /// Prints the error and exits with the documented code.
    static func exit(withFailure error: any Error) -> Never {
        switch error {
        case let failure as InputFailure:
            printError(failure.message)
            Foundation.exit(1)
        case let error as DatasetError:
            printError(error.description)
            Foundation.exit(1)
        case let error as CSVError:
            printError(error.description)
            Foundation.exit(1)
        case let error as FileReadError:
            printError(error.description)
            Foundation.exit(1)
        default:
            let code = exitCode(for: error)
            if code == .success {
                // --help and --version
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            if code.rawValue == ExitCode.failure.rawValue, !(error is ValidationError) {
                printError(fullMessage(for: error))
                Foundation.exit(1)
            }
            printError(fullMessage(for: error))
            Foundation.exit(2)
        }
    }
}

/// A failure caused by the user's input, reported with exit code 1.
struct InputFailure: Error, CustomStringConvertible {
    var message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data(("actorgraph: " + message + "\n").utf8))
}
