import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs the built `actorgraph` with a time limit, reporting how it ended.
enum TimedRun {
    /// What one run did.
    struct Outcome: CustomStringConvertible {
        var status: Int32
        /// `.uncaughtSignal` when a signal ended it (then `status` is the signal).
        var reason: Process.TerminationReason
        /// `true` when the run was killed for taking longer than the limit.
        var timedOut: Bool
        var seconds: Double
        var stdout: Data
        var stderr: String

        var description: String {
            let ending = timedOut ? "killed after \(String(format: "%.1f", seconds)) s" :
                reason == .uncaughtSignal ? "signal \(status)" : "exit \(status)"
            return "\(ending) in \(String(format: "%.2f", seconds)) s\nstderr: \(stderr.prefix(2000))"
        }
    }

    /// Runs the program with `arguments` in `folder`; kills it (SIGKILL) after `limit` seconds.
    /// `whileRunning` is called on another thread with the running process (to feed a FIFO, say).
    static func run(
        _ arguments: [String], in folder: URL? = nil, limit: Double = 20,
        whileRunning: (@Sendable (Process) -> Void)? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Outcome {
        let program = try #require(
            BuiltProgram.executable, "the built actorgraph executable is beside the test bundle", sourceLocation: sourceLocation)
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        let start = Date()
        try process.run()
        let readers = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        readers.enter()
        DispatchQueue.global().async {
            outData = out.fileHandleForReading.readDataToEndOfFile()
            readers.leave()
        }
        readers.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            readers.leave()
        }
        if let whileRunning {
            DispatchQueue.global().async { whileRunning(process) }
        }
        var timedOut = false
        if finished.wait(timeout: .now() + limit) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
        }
        readers.wait()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, reason: process.terminationReason, timedOut: timedOut,
            seconds: Date().timeIntervalSince(start), stdout: outData, stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Writes `data` to the FIFO at `path` each time a reader opens it, until `process` ends.
    /// Opens without blocking, so a program that never opens the FIFO leaves no thread behind.
    static func feed(fifo path: String, with data: Data, while process: Process) {
        while process.isRunning {
            let descriptor = open(path, O_WRONLY | O_NONBLOCK)
            guard descriptor >= 0 else {
                usleep(5_000)  // ENXIO: no reader yet
                continue
            }
            let flags = fcntl(descriptor, F_GETFL)
            _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK)
            data.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count {
                    let written = write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                    if written <= 0 { break }  // EPIPE: the reader went away
                    offset += written
                }
            }
            close(descriptor)
            usleep(20_000)
        }
    }
}
