import Foundation
import Synchronization
import Testing

@testable import ActorGraphCLI

/// The progress display on standard error: its lines, its drawing thread, and
/// what the built program shows on a terminal and off it.
@Suite struct ProgressDisplayTests {
    /// An edge list of a preferential-attachment graph (each new node tied to
    /// two earlier ones, chosen in proportion to degree); with 4,000 nodes its
    /// betweenness takes a debug build a few seconds.
    static func largeEdgeList(nodes: Int, in folder: URL) throws -> String {
        var generator = SplitMix64(state: 12)
        var ends = [0, 1]
        var csv = "source,target\nn0,n1\n"
        for v in 2..<nodes {
            let a = ends[Int(generator.next() % UInt64(ends.count))]
            var b = ends[Int(generator.next() % UInt64(ends.count))]
            if b == a { b = (a + 1) % v }
            for u in [a, b] {
                csv += "n\(u),n\(v)\n"
                ends += [u, v]
            }
        }
        let file = folder.appendingPathComponent("large.csv")
        try csv.write(to: file, atomically: true, encoding: .utf8)
        return file.lastPathComponent
    }

    static let hasScript = FileManager.default.isExecutableFile(atPath: "/usr/bin/script")

    @Test func aBarShowsThePhaseTheCountAndTheTimeLeft() {
        let start = ContinuousClock.now
        let state = ProgressDisplay.State(phase: "betweenness", count: (250, 1000), phaseStart: start)
        let line = ProgressDisplay.line(state, frame: 0, now: start + .seconds(10), width: 80)
        #expect(line == "betweenness [=======                       ] 250/1000 25% ETA 0:30")
        #expect(ProgressDisplay.line(state, frame: 0, now: start + .seconds(10), width: 30) == "betweenness 250/1000 25% ETA ")
        let spinner = ProgressDisplay.State(phase: "layout", count: nil, phaseStart: start)
        #expect(ProgressDisplay.line(spinner, frame: 1, now: start + .seconds(75), width: 80) == "/ layout 1:15")
        #expect(ProgressDisplay.clock(3725) == "1:02:05")
    }

    @Test func nothingIsDrawnBeforeTheDelayAndTheLineIsClearedAtTheEnd() {
        let written = Mutex<[String]>([])
        let slow = ProgressDisplay(phase: "layout", delay: .seconds(30), interval: .milliseconds(10)) { text in
            written.withLock { $0.append(text) }
        }
        slow.update("betweenness", done: 1, total: 2)
        Thread.sleep(forTimeInterval: 0.1)
        slow.finish()
        #expect(written.withLock { $0 }.isEmpty, "a fast run prints nothing, not even a clearing")

        let display = ProgressDisplay(phase: "scores", delay: .zero, interval: .milliseconds(10)) { text in
            written.withLock { $0.append(text) }
        }
        // Updates from many threads, out of order.
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            for done in stride(from: worker, through: 400, by: 4) { display.update("closeness", done: done, total: 400) }
        }
        Thread.sleep(forTimeInterval: 0.1)
        display.finish()
        display.finish()
        let lines = written.withLock { $0 }
        #expect(lines.contains { $0.contains("closeness [") && $0.contains("/400") }, "\(lines)")
        #expect(lines.last == "\r\u{1B}[2K")
        #expect(lines.count < 30, "redraws are throttled: \(lines.count)")
    }

    @Test func scoresPrintNoProgressWhenStandardErrorIsNotATerminal() throws {
        let folder = try BuiltProgram.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try Self.largeEdgeList(nodes: 10_000, in: folder)
        let started = ContinuousClock.now
        let run = try BuiltProgram.run(["scores", input, "--only", "betweenness", "--format", "csv"], in: folder)
        let took = ContinuousClock.now - started
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        #expect(took > .seconds(1), "long enough that a terminal would show progress (took \(took))")
    }

    /// The program under `script`, which gives it a terminal; standard output
    /// goes to a file, so what `script` records is standard error.
    static func onATerminal(_ arguments: [String], in folder: URL) throws -> (status: Int32, terminal: String) {
        let program = try #require(BuiltProgram.executable)
        let command = ([program.path] + arguments).map { "'\($0)'" }.joined(separator: " ") + " > out.txt"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qfec", command, "/dev/null"]
        process.currentDirectoryURL = folder
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(.enabled(if: hasScript, "util-linux script (a pseudo-terminal) is not installed"))
    func scoresShowTheirPhaseAndCountOnATerminal() throws {
        let folder = try BuiltProgram.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try Self.largeEdgeList(nodes: 10_000, in: folder)
        let run = try Self.onATerminal(["scores", input, "--only", "betweenness", "--format", "csv"], in: folder)
        #expect(run.status == 0, "\(run.terminal)")
        #expect(run.terminal.contains("betweenness ["), "\(run.terminal.suffix(300))")
        #expect(run.terminal.contains("/10000"), "\(run.terminal.suffix(300))")
        #expect(run.terminal.hasSuffix("\r\u{1B}[2K"), "the line is cleared at the end: \(run.terminal.suffix(100).debugDescription)")
        let csv = try String(contentsOf: folder.appendingPathComponent("out.txt"), encoding: .utf8)
        #expect(csv.components(separatedBy: "\r\n").count == 10_002, "a header and a line per node, CRLF-terminated")

        let quiet = try Self.onATerminal(["scores", input, "--only", "betweenness", "--format", "csv", "--quiet"], in: folder)
        #expect(quiet.status == 0)
        #expect(quiet.terminal.isEmpty, "\(quiet.terminal.suffix(300))")
    }
}
