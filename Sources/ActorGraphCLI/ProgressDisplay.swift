import Dispatch
import ActorGraph
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A one-line progress display on standard error for long work: a bar with the
/// phase, done/total and the time left for counted phases (the source loops of
/// betweenness, closeness, harmonic), a spinner with the phase and the time
/// spent for phases without a count (a layout).
///
/// Nothing is drawn until the work has taken ``delay`` (about a second), so fast
/// runs print nothing; ``standardError(quiet:)`` gives no display at all when
/// standard error is not a terminal. Updates may come from any thread: they only
/// record the state, and one drawing thread redraws at most ten times a second.
/// ``finish()`` stops it and clears the line.
final class ProgressDisplay: Sendable {
    /// What is shown.
    struct State: Sendable {
        var phase: String
        /// nil for a spinner.
        var count: (done: Int, total: Int)?
        /// When this phase began (for the time left and the time spent).
        var phaseStart: ContinuousClock.Instant
    }

    private struct Shared: Sendable {
        var state: State
        var finished = false
        var drawn = false
    }

    /// How long the work runs before anything is drawn.
    let delay: Duration
    /// Time between redraws.
    let interval: Duration
    private let start: ContinuousClock.Instant
    private let shared: Mutex<Shared>
    private let wake = DispatchSemaphore(value: 0)
    private let stopped = DispatchSemaphore(value: 0)
    private let write: @Sendable (String) -> Void
    private let width: Int

    /// A display on standard error, or nil with `quiet` or when standard error
    /// is not a terminal.
    static func standardError(quiet: Bool, phase: String) -> ProgressDisplay? {
        guard !quiet, isatty(2) == 1 else { return nil }
        return ProgressDisplay(phase: phase, width: terminalWidth()) { text in
            FileHandle.standardError.write(Data(text.utf8))
        }
    }

    /// Starts a display (and its drawing thread) showing a spinner for `phase`.
    init(
        phase: String, width: Int = 80, delay: Duration = .seconds(1), interval: Duration = .milliseconds(100),
        write: @escaping @Sendable (String) -> Void
    ) {
        let now = ContinuousClock.now
        self.start = now
        self.delay = delay
        self.interval = interval
        self.width = max(width, 20)
        self.write = write
        self.shared = Mutex(Shared(state: State(phase: phase, count: nil, phaseStart: now)))
        let thread = Thread { [self] in self.drawLoop() }
        thread.name = "progress display"
        thread.start()
    }

    /// Shows a spinner for `phase`.
    func spin(_ phase: String) {
        shared.withLock { shared in
            guard shared.state.phase != phase || shared.state.count != nil else { return }
            shared.state = State(phase: phase, count: nil, phaseStart: .now)
        }
    }

    /// Shows a bar for `phase` at `done` of `total`; a new phase name restarts
    /// the clock for the time left. Counts of one phase that arrive out of order
    /// never move the bar back.
    func update(_ phase: String, done: Int, total: Int) {
        shared.withLock { shared in
            if shared.state.phase == phase, let count = shared.state.count, count.total == total {
                if done > count.done { shared.state.count = (done, total) }
            } else {
                shared.state = State(phase: phase, count: (done, total), phaseStart: .now)
            }
        }
    }

    /// Stops drawing and clears the line if anything was drawn; waits for the
    /// drawing thread. Later calls do nothing.
    func finish() {
        let first = shared.withLock { shared in
            defer { shared.finished = true }
            return !shared.finished
        }
        guard first else { return }
        wake.signal()
        stopped.wait()
    }

    /// Runs `body` with a spinner for `phase` on standard error (unless `quiet`
    /// or not a terminal), cleared when it returns or throws.
    static func spinning<R>(_ phase: String, quiet: Bool, _ body: () throws -> R) rethrows -> R {
        let display = standardError(quiet: quiet, phase: phase)
        defer { display?.finish() }
        return try body()
    }

    private func drawLoop() {
        var frame = 0
        while true {
            _ = wake.wait(timeout: .now() + .nanoseconds(Int(interval.components.seconds) * 1_000_000_000 + Int(interval.components.attoseconds / 1_000_000_000)))
            let now = ContinuousClock.now
            let (finished, drawn, state) = shared.withLock { ($0.finished, $0.drawn, $0.state) }
            if finished {
                if drawn { write("\r\u{1B}[2K") }
                stopped.signal()
                return
            }
            guard now - start >= delay else { continue }
            frame += 1
            let line = Self.line(state, frame: frame, now: now, width: width)
            write("\r\u{1B}[2K" + line)
            if !drawn { shared.withLock { $0.drawn = true } }
        }
    }

    /// The text of one redraw, at most `width - 1` characters.
    static func line(_ state: State, frame: Int, now: ContinuousClock.Instant, width: Int) -> String {
        let elapsed = now - state.phaseStart
        var text: String
        if let (done, total) = state.count {
            let fraction = total > 0 ? min(1, Double(done) / Double(total)) : 1
            var tail = " \(done)/\(total) \(Int(fraction * 100))%"
            if done > 0, done < total {
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
                tail += " ETA " + clock(seconds * Double(total - done) / Double(done))
            }
            let barWidth = min(30, width - 1 - state.phase.count - tail.count - 3)
            if barWidth >= 5 {
                let filled = Int(fraction * Double(barWidth))
                text = state.phase + " [" + String(repeating: "=", count: filled)
                    + String(repeating: " ", count: barWidth - filled) + "]" + tail
            } else {
                text = state.phase + tail
            }
        } else {
            let spinner = Array("|/-\\")[frame % 4]
            text = "\(spinner) \(state.phase) \(clock(Double(elapsed.components.seconds)))"
        }
        return String(text.prefix(width - 1))
    }

    /// `m:ss`, or `h:mm:ss` from an hour.
    static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        let (h, m, s) = (whole / 3600, whole / 60 % 60, whole % 60)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return h > 0 ? "\(h):\(two(m)):\(two(s))" : "\(m):\(two(s))"
    }

    /// The terminal's width in columns (80 when it cannot be told).
    static func terminalWidth() -> Int {
        var size = winsize()
        guard ioctl(2, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}

extension ProgressDisplay {
    /// ``NodeScores`` as `NodeScores(graph:weighted:groups:only:)` computes them,
    /// with a display on standard error (unless `quiet` or not a terminal): a
    /// bar for each of betweenness, closeness and harmonic, a "scores" spinner
    /// for the rest.
    static func scores(
        graph: CompactGraph, weighted: Bool, groups: [String?]?, only: [ScoreName], convergence: ConvergenceCriteria,
        temporal: TemporalNetwork? = nil, timeOrder: TimeOrder = .certain, quiet: Bool
    ) -> NodeScores {
        let display = standardError(quiet: quiet, phase: "scores")
        defer { display?.finish() }
        var progress: (@Sendable (ScoreName, WorkProgress) -> Void)?
        if let display {
            progress = { name, report in
                if report.done < report.total {
                    display.update(name.rawValue, done: report.done, total: report.total)
                } else {
                    display.spin("scores")
                }
            }
        }
        return NodeScores(
            graph: graph, weighted: weighted, groups: groups, only: only, convergence: convergence, temporal: temporal,
            timeOrder: timeOrder, progress: progress)
    }
}
