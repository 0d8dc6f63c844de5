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
        let program = try #require(executable, "the built actorgraph executable is beside the test bundle", sourceLocation: sourceLocation)
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes to the end before waiting, so a large output cannot block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            outData = out.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
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
