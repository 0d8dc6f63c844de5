import Foundation
import Testing

@Suite struct DotCommandTests {
    /// The `dot` executable on PATH, if any.
    static let dotPath: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "")
        .split(separator: ":").map { $0 + "/dot" }.first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Skipped, and reported as skipped, when Graphviz's `dot` command is not installed.
    @Test(.enabled(if: dotPath != nil, "no `dot` executable on PATH"))
    func seedDOTPassesTheDotCommandUnchanged() throws {
        let dotPath = try #require(Self.dotPath)
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("seed-\(UUID().uuidString).gv")
        try Data(try SeedFixture.dot().utf8).write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dotPath)
        process.arguments = ["-Tsvg", "-o", "/dev/null", input.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(message.isEmpty, "dot said: \(message)")
    }
}
