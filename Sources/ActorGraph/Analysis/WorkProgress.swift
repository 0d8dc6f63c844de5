import Synchronization

/// How far a long computation over source nodes has got: ``done`` of ``total``
/// sources searched.
///
/// Given to the `progress` handlers of ``CompactGraph/betweenness(normalized:weighted:workers:progress:cancellation:)``,
/// ``CompactGraph/approximateBetweenness(samples:seed:normalized:weighted:workers:progress:cancellation:)``,
/// ``CompactGraph/closeness(weighted:workers:progress:cancellation:)`` and
/// ``CompactGraph/harmonic(weighted:workers:progress:cancellation:)``.
public struct WorkProgress: Sendable, Hashable, CustomStringConvertible {
    /// Sources whose search is complete.
    public var done: Int
    /// Sources in all.
    public var total: Int

    public init(done: Int, total: Int) {
        self.done = done
        self.total = total
    }

    /// `done / total`, 1 when there is nothing to do.
    public var fraction: Double { total > 0 ? Double(done) / Double(total) : 1 }

    public var description: String { "\(done)/\(total)" }
}

/// Receives a ``WorkProgress`` report; returns `false` to cancel the work.
///
/// Called from worker threads, one call at a time, with `done` counts that only
/// grow: first `0`, then about every 0.1 % of the sources, last `total` (when
/// the work was not cancelled). Keep it short: the worker that calls it waits,
/// and so does any other worker reaching a report meanwhile.
public typealias WorkProgressHandler = @Sendable (WorkProgress) -> Bool

/// A flag another thread sets to stop a long computation
/// (``CompactGraph/betweenness(normalized:weighted:workers:progress:cancellation:)``
/// and its kin): every worker looks at it before each source, so the work stops
/// within one source's search per worker, and the call throws
/// `CancellationError`.
public final class CancellationFlag: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    /// Asks the work to stop; it cannot be undone.
    public func cancel() { flag.store(true, ordering: .releasing) }

    /// Whether ``cancel()`` was called.
    public var isCancelled: Bool { flag.load(ordering: .acquiring) }
}

/// The shared state of one source loop watched by a progress handler or a
/// cancellation flag: a relaxed atomic count of finished sources, bumped once
/// per source; a report every ``stride`` sources, serialised by a lock so that
/// the handler sees growing counts; and a stop flag. Nothing here touches the
/// values being computed, so results do not depend on it.
final class SourceLoopMonitor: Sendable {
    let total: Int
    /// Sources between reports: 0.1 % of the total rounded up (so at most
    /// 1,000 reports besides the first and the last), at least 1.
    let stride: Int
    private let done = Atomic<Int>(0)
    private let stopped = Atomic<Bool>(false)
    /// The last count handed to the handler (-1: none yet).
    private let reported = Mutex<Int>(-1)
    private let handler: WorkProgressHandler?
    private let cancellation: CancellationFlag?

    init(total: Int, handler: WorkProgressHandler?, cancellation: CancellationFlag?) {
        self.total = total
        self.stride = max(1, (total + 999) / 1000)
        self.handler = handler
        self.cancellation = cancellation
    }

    /// A monitor for `handler` and `cancellation`, nil when both are nil.
    static func make(total: Int, handler: WorkProgressHandler?, cancellation: CancellationFlag?) -> SourceLoopMonitor? {
        handler == nil && cancellation == nil ? nil : SourceLoopMonitor(total: total, handler: handler, cancellation: cancellation)
    }

    /// Whether a worker should search its next source.
    @inline(__always)
    var shouldContinue: Bool {
        !stopped.load(ordering: .relaxed) && !(cancellation?.isCancelled ?? false)
    }

    /// Counts one finished source, reporting every ``stride``.
    @inline(__always)
    func finishedOne() {
        let now = done.wrappingAdd(1, ordering: .relaxed).newValue
        if now % stride == 0 { report(now) }
    }

    private func report(_ count: Int) {
        guard let handler else { return }
        reported.withLock { last in
            // Nothing is reported once the work is told to stop.
            guard count > last, shouldContinue else { return }
            last = count
            if !handler(WorkProgress(done: count, total: total)) { stopped.store(true, ordering: .relaxed) }
        }
    }

    /// The number of sources done so far.
    var finishedCount: Int { done.load(ordering: .relaxed) }

    /// Reports 0 before any work; throws when that report or the flag cancels.
    func begin() throws(CancellationError) {
        report(0)
        if !shouldContinue { throw CancellationError() }
    }

    /// After the workers are done: throws when a source was left unsearched,
    /// else reports `total` (if not already reported). A `false` from that
    /// last report changes nothing: the work is complete.
    func end() throws(CancellationError) {
        guard done.load(ordering: .relaxed) >= total else { throw CancellationError() }
        report(total)
    }
}
