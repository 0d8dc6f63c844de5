import ArgumentParser
import Foundation

extension ActorGraphCommand {
    /// Runs the command line with the documented exit statuses: 0 success, 1 bad
    /// input (any error a command throws), 2 usage errors (unknown option, missing
    /// or malformed argument), instead of ArgumentParser's 64 for usage errors.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
