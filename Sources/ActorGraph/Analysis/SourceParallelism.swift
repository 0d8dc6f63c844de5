import Dispatch
import Foundation
import Synchronization

/// Runs single-source searches on every core with results that do not depend on
/// how the threads were scheduled.
///
/// Sources are cut into a fixed number of contiguous chunks that depends only on
/// the problem size, never on the number of workers. Workers claim chunks from a
/// shared counter (so a busy core does not hold the others back); whatever a
/// chunk accumulates goes to that chunk's own slot, and the slots are combined in
/// chunk order at the end. The same input therefore gives bit-for-bit the same
/// output with 1 worker or 16.
enum SourceParallelism {
    /// The number of workers used when the caller does not say: one per active core.
    static var defaultWorkers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// The number of chunks for `sourceCount` sources when each chunk keeps an
    /// accumulator of `slotSize` doubles: at most 32, and together at most about
    /// 64 MiB of accumulators.
    static func chunkCount(sourceCount: Int, slotSize: Int) -> Int {
        guard sourceCount > 0 else { return 0 }
        let byMemory = max(1, (8 << 20) / max(slotSize, 1))
        return min(sourceCount, 32, byMemory)
    }

    /// The half-open range of source positions in chunk `chunk` of `chunks`.
    static func range(of chunk: Int, chunks: Int, sourceCount: Int) -> Range<Int> {
        (chunk * sourceCount / chunks)..<((chunk + 1) * sourceCount / chunks)
    }

    /// Calls `work(worker, claim)` once per worker, on up to `workers` threads at
    /// once; `claim()` hands out chunk numbers `0..<chunks` until none are left
    /// (then `nil`). A worker sets up its scratch space once, then loops on
    /// `claim()`.
    static func run(workers: Int, chunks: Int, _ work: (_ worker: Int, _ claim: () -> Int?) -> Void) {
        let workers = max(1, min(workers, chunks))
        let next = Atomic<Int>(0)
        let claim: () -> Int? = {
            let chunk = next.wrappingAdd(1, ordering: .relaxed).oldValue
            return chunk < chunks ? chunk : nil
        }
        if workers == 1 {
            work(0, claim)
            return
        }
        withoutActuallyEscaping(work) { work in
            withoutActuallyEscaping(claim) { claim in
                let box = UncheckedSendable((work, claim))
                DispatchQueue.concurrentPerform(iterations: workers) { worker in
                    box.value.0(worker, box.value.1)
                }
            }
        }
    }
}

/// Carries a value that is only ever used in a data-race-free way (disjoint
/// writes, read-only sharing) across the concurrency boundary of
/// `DispatchQueue.concurrentPerform`.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// A read-only view of a ``CompactGraph``'s adjacency in one direction of travel,
/// with the opposite direction alongside (for bottom-up search steps) and tie
/// lengths (`1 / weight`) when paths are weighted. Valid only inside the closure
/// that made it; never written through.
struct AdjacencyView: @unchecked Sendable {
    let nodeCount: Int
    /// Ties followed forwards: `targets[offsets[v]..<offsets[v + 1]]`.
    let offsets: UnsafePointer<Int32>
    let targets: UnsafePointer<Int32>
    /// The same ties seen from their heads: `sources[reverseOffsets[w]..<reverseOffsets[w + 1]]`
    /// are the nodes with a tie to `w`.
    let reverseOffsets: UnsafePointer<Int32>
    let sources: UnsafePointer<Int32>
    /// The number of stored ties.
    let arcCount: Int
    /// `1 / weight` per stored tie, parallel to ``targets``; meaningful only when
    /// ``isWeighted``.
    let lengths: UnsafePointer<Double>
    /// Whether paths are measured by ``lengths`` rather than by hops.
    let isWeighted: Bool
}

extension CompactGraph {
    /// Calls `body` with a view that follows ties forwards (`incoming == false`)
    /// or backwards (`incoming == true`, the reversed graph); with `weighted`, tie
    /// lengths are `1.0 / weight`, computed once and exactly as a `distance = 1/w`
    /// attribute.
    func withAdjacency<R>(incoming: Bool, weighted: Bool, _ body: (AdjacencyView) -> R) -> R {
        // Lengths are computed once per call; an undirected graph's two
        // directions are the same arrays, so nothing else is copied.
        let forwardOffsets = incoming ? inOffsets : offsets
        let reverseOffsets = incoming ? offsets : inOffsets
        let forward = incoming ? inSources : targets
        let reverse = incoming ? targets : inSources
        let lengths = weighted ? (incoming ? inWeights : weights).map { 1.0 / $0 } : []
        return forwardOffsets.withUnsafeBufferPointer { fo in
            reverseOffsets.withUnsafeBufferPointer { ro in
                forward.withNonNullBase { f in
                    reverse.withNonNullBase { r in
                        lengths.withNonNullBase { l in
                            body(AdjacencyView(
                                nodeCount: nodeCount, offsets: fo.baseAddress!, targets: f,
                                reverseOffsets: ro.baseAddress!, sources: r,
                                arcCount: forward.count, lengths: l, isWeighted: weighted))
                        }
                    }
                }
            }
        }
    }
}

extension Array where Element: ExpressibleByIntegerLiteral {
    /// Calls `body` with the address of the elements, or of a dummy element when
    /// the array is empty (whose buffer has no address); never read in that case.
    fileprivate func withNonNullBase<R>(_ body: (UnsafePointer<Element>) -> R) -> R {
        if isEmpty {
            let dummy: [Element] = [0]
            return dummy.withUnsafeBufferPointer { body($0.baseAddress!) }
        }
        return withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}
