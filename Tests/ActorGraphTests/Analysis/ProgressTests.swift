import Synchronization
import Testing

@testable import ActorGraph

/// Progress reports and cancellation of the source loops (betweenness, sampled
/// betweenness, closeness, harmonic).
@Suite struct ProgressTests {
    /// The four loops with a progress handler and a flag, and without.
    enum Loop: String, CaseIterable, Sendable {
        case betweenness, approximateBetweenness, closeness, harmonic

        func plain(_ graph: CompactGraph, weighted: Bool, workers: Int) -> [Double] {
            switch self {
            case .betweenness: graph.betweenness(normalized: true, weighted: weighted, workers: workers)
            case .approximateBetweenness:
                graph.approximateBetweenness(samples: 150, seed: 5, normalized: true, weighted: weighted, workers: workers)
            case .closeness: graph.closeness(weighted: weighted, workers: workers)
            case .harmonic: graph.harmonic(weighted: weighted, workers: workers)
            }
        }

        func watched(
            _ graph: CompactGraph, weighted: Bool, workers: Int?, progress: WorkProgressHandler?,
            cancellation: CancellationFlag? = nil
        ) throws(CancellationError) -> [Double] {
            switch self {
            case .betweenness:
                try graph.betweenness(weighted: weighted, workers: workers, progress: progress, cancellation: cancellation)
            case .approximateBetweenness:
                try graph.approximateBetweenness(
                    samples: 150, seed: 5, weighted: weighted, workers: workers, progress: progress,
                    cancellation: cancellation)
            case .closeness: try graph.closeness(weighted: weighted, workers: workers, progress: progress, cancellation: cancellation)
            case .harmonic: try graph.harmonic(weighted: weighted, workers: workers, progress: progress, cancellation: cancellation)
            }
        }

        /// The number of sources of the loop on `graph`.
        func total(_ graph: CompactGraph) -> Int { self == .approximateBetweenness ? min(150, graph.nodeCount) : graph.nodeCount }
    }

    /// Records every report.
    final class Recorder: Sendable {
        let reports = Mutex<[WorkProgress]>([])
        var handler: WorkProgressHandler {
            { report in self.reports.withLock { $0.append(report) }; return true }
        }
        var all: [WorkProgress] { reports.withLock { $0 } }
    }

    static let graphs: [(CompactGraph, Bool)] = [
        (.preferentialAttachment(nodes: 2500, ties: 3, directed: false, seed: 21), false),
        (.preferentialAttachment(nodes: 1200, ties: 3, directed: true, seed: 22, weights: 1...4), true),
    ]

    @Test(arguments: Loop.allCases)
    func reportsGrowFromZeroToTheTotalAndTheValuesAreTheSameBitForBit(_ loop: Loop) throws {
        for (graph, weighted) in Self.graphs {
            let reference = loop.plain(graph, weighted: weighted, workers: 1)
            for workers in [1, 2, 3, 8] {
                #expect(loop.plain(graph, weighted: weighted, workers: workers).bitPatterns == reference.bitPatterns)
                let recorder = Recorder()
                let watched = try loop.watched(graph, weighted: weighted, workers: workers, progress: recorder.handler)
                #expect(watched.bitPatterns == reference.bitPatterns, "\(loop) workers \(workers)")
                let reports = recorder.all
                let total = loop.total(graph)
                #expect(reports.allSatisfy { $0.total == total })
                #expect(reports.first?.done == 0)
                #expect(reports.last?.done == total)
                #expect(zip(reports, reports.dropFirst()).allSatisfy { $0.done < $1.done }, "strictly growing: \(reports)")
                // Coarse: every 0.1 % of the sources (rounded up), at most every source.
                #expect(reports.count <= min(total, 1000) + 2)
                #expect(reports.count >= min(total, 1000) / 2)
                // A flag that is never set changes nothing either.
                let flagged = try loop.watched(
                    graph, weighted: weighted, workers: workers, progress: nil, cancellation: CancellationFlag())
                #expect(flagged.bitPatterns == reference.bitPatterns)
            }
            let defaultWorkers = try loop.watched(graph, weighted: weighted, workers: nil, progress: { _ in true })
            #expect(defaultWorkers.bitPatterns == reference.bitPatterns)
        }
    }

    @Test(arguments: Loop.allCases)
    func returningFalseStopsTheWorkersAndThrows(_ loop: Loop) {
        let (graph, weighted) = Self.graphs[0]
        let total = loop.total(graph)
        for workers in [1, 2, 4] {
            let recorder = Recorder()
            let stopAt = total / 10
            #expect(throws: CancellationError.self) {
                try loop.watched(graph, weighted: weighted, workers: workers) { report in
                    _ = recorder.handler(report)
                    return report.done < stopAt
                }
            }
            let reports = recorder.all
            // Nothing is reported after the report that cancelled.
            #expect(reports.last.map { $0.done >= stopAt && $0.done < total } == true, "\(reports.suffix(3))")
            #expect(reports.filter { $0.done >= stopAt }.count == 1)
        }
        // Cancelled by the first report: no search at all.
        #expect(throws: CancellationError.self) { try loop.watched(graph, weighted: weighted, workers: 2) { _ in false } }
    }

    @Test(arguments: Loop.allCases)
    func aSetFlagStopsTheWorkAndThrows(_ loop: Loop) {
        let (graph, weighted) = Self.graphs[0]
        let total = loop.total(graph)
        for workers in [1, 2, 4] {
            let flag = CancellationFlag()
            let recorder = Recorder()
            let cancelAt = total / 20
            #expect(throws: CancellationError.self) {
                try loop.watched(graph, weighted: weighted, workers: workers, progress: { report in
                    _ = recorder.handler(report)
                    if report.done >= cancelAt { flag.cancel() }
                    return true
                }, cancellation: flag)
            }
            // Nothing is reported after the report that set it.
            #expect(recorder.all.filter { $0.done >= cancelAt }.count == 1, "\(recorder.all.suffix(3))")
        }
        let flag = CancellationFlag()
        flag.cancel()
        let recorder = Recorder()
        #expect(throws: CancellationError.self) {
            try loop.watched(graph, weighted: weighted, workers: 2, progress: recorder.handler, cancellation: flag)
        }
        #expect(recorder.all.isEmpty, "a flag set beforehand: not even the first report")
    }

    /// Once the flag is set, each worker finishes at most the source it is on.
    @Test(arguments: [Loop.betweenness, .closeness], [1, 2, 4])
    func aSetFlagStopsEachWorkerWithinOneSource(_ loop: Loop, workers: Int) {
        let (graph, weighted) = Self.graphs[0]
        let flag = CancellationFlag()
        let monitorBox = Mutex<SourceLoopMonitor?>(nil)
        let doneWhenSet = Mutex<Int?>(nil)
        let monitor = SourceLoopMonitor(total: graph.nodeCount, handler: { report in
            if report.done >= graph.nodeCount / 20, doneWhenSet.withLock({ $0 == nil }) {
                flag.cancel()
                let done = monitorBox.withLock { $0!.finishedCount }
                doneWhenSet.withLock { $0 = done }
            }
            return true
        }, cancellation: flag)
        monitorBox.withLock { $0 = monitor }
        switch loop {
        case .betweenness: _ = graph.betweenness(normalized: true, weighted: weighted, workers: workers, monitor: monitor)
        default: _ = graph.closeness(weighted: weighted, workers: workers, monitor: monitor)
        }
        let setAt = doneWhenSet.withLock { $0 }
        #expect(setAt != nil)
        // Sources counted after the flag was set were under way when it was
        // (the worker in the handler is on none).
        #expect(monitor.finishedCount <= (setAt ?? 0) + workers - 1)
        #expect(monitor.finishedCount < graph.nodeCount / 2)
        #expect(throws: CancellationError.self) { try monitor.end() }
    }

    @Test func emptyAndTinyGraphsReportOnce() throws {
        let empty = CompactGraph.make(directed: false, [])
        let recorder = Recorder()
        #expect(try empty.betweenness(progress: recorder.handler) == [])
        #expect(recorder.all == [WorkProgress(done: 0, total: 0)])
        let pair = CompactGraph.make(directed: false, [("a", "b")])
        let pairRecorder = Recorder()
        #expect(try pair.closeness(progress: pairRecorder.handler) == pair.closeness())
        #expect(pairRecorder.all.map(\.done) == [0, 1, 2])
    }

    @Test func nodeScoresReportEachPathScoreAndKeepTheirValues() {
        let (graph, weighted) = Self.graphs[1]
        let only: [ScoreName] = [.degree, .betweenness, .pagerank, .closeness, .harmonic]
        let plain = NodeScores(graph: graph, weighted: weighted, only: only)
        let seen = Mutex<[ScoreName: [WorkProgress]]>([:])
        let watched = NodeScores(graph: graph, weighted: weighted, only: only) { name, report in
            seen.withLock { $0[name, default: []].append(report) }
        }
        #expect(watched.requested == plain.requested)
        for name in plain.requested {
            #expect(watched.values[name]?.map { $0?.bitPattern } == plain.values[name]?.map { $0?.bitPattern }, "\(name)")
        }
        let reports = seen.withLock { $0 }
        #expect(Set(reports.keys) == [.betweenness, .closeness, .harmonic])
        for (name, list) in reports {
            #expect(list.first?.done == 0, "\(name)")
            #expect(list.last == WorkProgress(done: graph.nodeCount, total: graph.nodeCount), "\(name)")
        }
    }
}

extension [Double] {
    fileprivate var bitPatterns: [UInt64] { map(\.bitPattern) }
}
