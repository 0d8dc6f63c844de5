import ActorGraph
import ArgumentParser
import Foundation

/// The `actorgraph` command line: one subcommand per file in this folder. The
/// executable target is a one-line `main.swift` that calls ``runAsCommandLine()``.
///
/// Exit codes scripts can rely on: 0 success, 1 bad input (a file that cannot be
/// read or is malformed, a dataset that fails validation), 2 usage errors.
public struct ActorGraphCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "actorgraph",
        abstract: "Map back-channel diplomacy: load, check, score and draw networks of who met whom.",
        subcommands: [
            ValidateCommand.self, SummaryCommand.self, ScoresCommand.self, TimelineCommand.self, ReachCommand.self,
            RenderCommand.self, ReportCommand.self,
            MentionsCommand.self, VerifyCommand.self, ExtractCommand.self,
            ConvertCommand.self,
        ]
    )

    public init() {}

    /// Parses the process's arguments, runs the command and exits with the
    /// documented code.
    public static func runAsCommandLine() async {
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

