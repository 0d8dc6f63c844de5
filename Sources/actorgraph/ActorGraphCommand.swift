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
        subcommands: [
            ValidateCommand.self, SummaryCommand.self, ScoresCommand.self, RenderCommand.self, MentionsCommand.self, VerifyCommand.self,
            ConvertCommand.self,
        ]
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

    /// Prints the error and exits with the documented code: 0 for `--help`, 2 for
    /// usage errors, 1 for everything else (bad input, failed checks); an
    /// `ExitCode` thrown by a command exits silently with that code.
    static func exit(withFailure error: any Error) -> Never {
        if let code = error as? ExitCode {
            Foundation.exit(code.rawValue)
        }
        let code = exitCode(for: error)
        if code == .success {
            print(fullMessage(for: error))
            Foundation.exit(0)
        }
        if code == .validationFailure {
            printError(fullMessage(for: error))
            printError("see 'actorgraph help' for usage")
            Foundation.exit(2)
        }
        // Library errors (DatasetError, CSVError, FileReadError, …) describe themselves.
        let message = String(describing: error)
        printError(message)
        Foundation.exit(1)
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
