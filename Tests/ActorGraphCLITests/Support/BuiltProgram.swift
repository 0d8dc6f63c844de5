import Foundation
import Testing

/// Runs the built `actorgraph` executable as a user runs it.
enum BuiltProgram {
    /// The package's root folder.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The seed dataset.
    static let seed = packageRoot.appendingPathComponent("seeds/backchannel.json").path

    /// A fixture file of the library's tests.
    static func fixture(_ relativePath: String) -> String {
        packageRoot.appendingPathComponent("Tests/ActorGraphTests/Fixtures").appendingPathComponent(relativePath).path
    }

    /// The executable beside the test bundle (both are products of one build).
    static var executable: URL? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent(),
            Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
        ]
        for folder in candidates {
            let url = folder.appendingPathComponent("actorgraph")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// What one run did.
    struct Run: CustomStringConvertible {
        var status: Int32
        var stdout: String
        var stderr: String
        var description: String { "exit \(status)\nstdout: \(stdout)\nstderr: \(stderr)" }
    }

    /// Runs the program with arguments in a folder and waits for it.
    static func run(_ arguments: [String], in folder: URL? = nil, sourceLocation: SourceLocation = #_sourceLocation)
        throws -> Run
    {
        // One process runner (TimedRun); ten minutes is a hang, not a slow run.
        let outcome = try TimedRun.run(arguments, in: folder, limit: 600, sourceLocation: sourceLocation)
        #expect(!outcome.timedOut, "actorgraph \(arguments.joined(separator: " ")) did not finish", sourceLocation: sourceLocation)
        return Run(status: outcome.status, stdout: String(decoding: outcome.stdout, as: UTF8.self), stderr: outcome.stderr)
    }

    /// A new empty folder for one test's files.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// The `nodes` array of `actorgraph scores --format json`, by node id.
func scoresByID(_ json: String) throws -> [String: [String: Any]] {
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
    let nodes = try #require((object as? [String: Any])?["nodes"] as? [[String: Any]])
    var result: [String: [String: Any]] = [:]
    for node in nodes {
        let id = try #require(node["id"] as? String)
        result[id] = node
    }
    return result
}
