import Foundation

/// Lays out and renders DOT in a child process, the Graphviz program (`dot -K…
/// -T…`), instead of in this process through libgvc.
///
/// Why: Graphviz 2.42 (Debian's) corrupts memory and leaks when it lays out
/// `cluster_` subgraphs in-process: renders of one graph with clusters differ
/// from one another, a second layout in one process can crash, and every render
/// leaks tens of kilobytes (Graphviz issues 1908, 2094, 2555). The program is
/// a fresh process each time: its output is byte-identical run to run, its
/// memory goes back to the system when it exits, and a layout that runs too
/// long can be stopped cleanly (``GraphvizError/timedOut(engine:seconds:)``).
///
/// The program's messages on standard error come back as warnings or in the
/// error, never printed.
public struct GraphvizProgram: Sendable {
    /// The program's path.
    public let path: String

    /// Finds the `dot` program on `PATH` (then `/usr/bin`, `/usr/local/bin`).
    ///
    /// - Throws: ``GraphvizError/programMissing(_:)`` when there is none.
    public init() throws(GraphvizError) {
        let folders =
            (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
            + ["/usr/bin", "/usr/local/bin"]
        guard let found = folders.map({ $0 + "/dot" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) })
        else { throw .programMissing("dot") }
        path = found
    }

    /// Set once per process: writes to a closed pipe fail (EPIPE) instead of
    /// raising SIGPIPE.
    private static let ignoreBrokenPipes: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

    /// Renders DOT text in a child process.
    ///
    /// - Parameters:
    ///   - dot: the DOT graph.
    ///   - layout: the engine (`-K`).
    ///   - format: the output format (`-T`).
    ///   - timeout: seconds after which the program is stopped; `nil` waits.
    /// - Returns: the output bytes and the program's warnings.
    /// - Throws: ``GraphvizError/timedOut(engine:seconds:)``, or
    ///   ``GraphvizError/layoutFailed(engine:message:)`` with the program's message
    ///   when it exits non-zero or is killed by a signal.
    /// - Complexity: that of the layout, plus starting a process (a few ms).
    public func render(dot: String, layout: LayoutEngine, format: OutputFormat, timeout: Double? = nil)
        throws(GraphvizError) -> (data: Data, warnings: [String])
    {
        // A child that exits before reading all of its input would otherwise kill this
        // process with SIGPIPE on the next write; ignored, the write fails with EPIPE.
        Self.ignoreBrokenPipes
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-K" + layout.name, "-T" + format.name]
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        let finished = DispatchSemaphore(value: 0)
        do {
            try process.run()
        } catch {
            throw .layoutFailed(engine: layout.name, message: "cannot start \(path): \(error.localizedDescription)")
        }
        let child = ChildProcess(process)
        DispatchQueue.global().async {
            child.process.waitUntilExit()
            finished.signal()
        }
        // Feed and drain on their own threads, so a large graph or output cannot block either side.
        let streams = DispatchGroup()
        let collected = CollectedOutput()
        DispatchQueue.global().async(group: streams) {
            let handle = input.fileHandleForWriting
            try? handle.write(contentsOf: Data(dot.utf8))
            try? handle.close()
        }
        DispatchQueue.global().async(group: streams) {
            let handle = output.fileHandleForReading
            collected.setOutput(handle.readDataToEndOfFile())
            try? handle.close()
        }
        DispatchQueue.global().async(group: streams) {
            let handle = errors.fileHandleForReading
            collected.setErrors(handle.readDataToEndOfFile())
            try? handle.close()
        }
        let deadline: DispatchTime = timeout.map { .now() + $0 } ?? .distantFuture
        if finished.wait(timeout: deadline) == .timedOut {
            process.terminate()
            if finished.wait(timeout: .now() + 2) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                finished.wait()
            }
            streams.wait()
            throw .timedOut(engine: layout.name, seconds: timeout ?? 0)
        }
        streams.wait()
        let (data, errorData) = collected.values
        let messages = GraphvizLibrary.cleaned(String(decoding: errorData, as: UTF8.self))
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let signal = process.terminationReason == .uncaughtSignal ? " (killed by signal \(process.terminationStatus))" : ""
            throw .layoutFailed(engine: layout.name, message: messages + signal)
        }
        return (data, GraphvizLibrary.warnings(in: messages))
    }
}

/// A process handed to the thread that waits for it.
private final class ChildProcess: @unchecked Sendable {
    let process: Process
    init(_ process: Process) { self.process = process }
}

/// The child's output and error bytes, set from two reader threads.
private final class CollectedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var output = Data()
    private var errors = Data()

    func setOutput(_ data: Data) { lock.withLock { output = data } }
    func setErrors(_ data: Data) { lock.withLock { errors = data } }
    var values: (Data, Data) { lock.withLock { (output, errors) } }
}
