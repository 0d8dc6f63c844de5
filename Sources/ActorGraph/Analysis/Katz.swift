extension CompactGraph {
    /// Katz centrality (Katz 1953): a node's score counts all walks that end at it,
    /// a walk of length k damped by `alpha^k`, plus a constant `beta` for every
    /// node; computed by the fixed-point iteration of networkx's `katz_centrality`
    /// with `normalized=True`.
    ///
    /// Definition: `x_v = alpha Σ_{u→v} a_uv x_u + beta`, i.e.
    /// `x = beta (I − alpha Aᵀ)⁻¹ 1`, `a_uv` the tie weight when `weighted` (else 1).
    /// As for eigenvector centrality a directed graph's node gains from its
    /// **predecessors** (in-ties); an undirected tie counts both ways.
    ///
    /// Iteration (networkx's, step for step): start from `x = 0`; set
    /// `x'_v = alpha · (Σ_{u→v} a_uv x_u) + beta`, summed over in-neighbours in node
    /// order; stop when `Σ_v |x'_v − x_v| < n · tolerance` (on the unnormalised
    /// vectors), then return `x'` scaled to Euclidean norm 1 (multiplied by
    /// `1/‖x'‖`, or left as is if the norm is 0). See ``ConvergenceCriteria``.
    ///
    /// Accuracy: the error shrinks by about `alpha · ρ(A)` per iteration. The
    /// default tolerance 1e-13 gives results within about 1e-14 per node of a dense
    /// solve of `(I − alpha Aᵀ) x = beta 1` on the reference fixtures.
    /// `tolerance: 1e-6` (``ConvergenceCriteria/networkxKatz``, with networkx's
    /// default limit 1000) reproduces networkx's `katz_centrality` to rounding. The
    /// rule is absolute on the unnormalised iterates (entries ≥ `beta`): for a
    /// `beta` far from 1 scale `tolerance` by `|beta|`.
    ///
    /// The series converges only when `alpha < 1/ρ(A)`, ρ the spectral radius (the
    /// largest eigenvalue); otherwise the iterates grow without bound (to infinity
    /// and NaN) and the call throws after `maxIterations`, as networkx raises
    /// `PowerIterationFailedConvergence`. Disconnected graphs are fine: every node
    /// gets at least `beta` before normalisation, so isolates have the smallest
    /// positive score. The null graph gives `[]`.
    ///
    /// - Parameters:
    ///   - alpha: the attenuation factor per step of a walk.
    ///   - beta: the score every node receives on its own.
    ///   - weighted: use tie weights as `a_uv`; otherwise every tie counts 1.
    ///   - maxIterations: the most iterations to run (networkx's `max_iter`;
    ///     default 1000, as networkx's).
    ///   - tolerance: per-node tolerance of the L1 stopping rule (networkx's `tol`;
    ///     default 1e-13, networkx's 1e-6).
    /// - Returns: one score per node, indexed like the graph's nodes, with
    ///   Euclidean norm 1.
    /// - Throws: ``ConvergenceError`` if the stopping rule is not met within
    ///   `maxIterations` iterations (in particular when `alpha ≥ 1/ρ(A)`).
    /// - Complexity: O(k (V + E)) time for k iterations, O(V) extra memory;
    ///   k grows as log(1/tolerance)/log(1/(alpha ρ(A))).
    public func katzCentrality(
        alpha: Double = 0.1, beta: Double = 1, weighted: Bool = false,
        maxIterations: Int = ConvergenceCriteria.defaultMaxIterations,
        tolerance: Double = ConvergenceCriteria.defaultTolerance
    ) throws(ConvergenceError) -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        var current = [Double](repeating: 0, count: n)
        var next = [Double](repeating: 0, count: n)
        let threshold = Double(n) * tolerance
        var lastChange: Double?
        for _ in 0..<max(maxIterations, 0) {
            let change = inOffsets.withUnsafeBufferPointer { offsets in
                inSources.withUnsafeBufferPointer { sources in
                    inWeights.withUnsafeBufferPointer { weights in
                        current.withUnsafeBufferPointer { x in
                            next.withUnsafeMutableBufferPointer { y in
                                for v in 0..<n {
                                    var sum = 0.0
                                    let end = Int(offsets[v + 1])
                                    if weighted {
                                        for e in Int(offsets[v])..<end { sum += x[Int(sources[e])] * weights[e] }
                                    } else {
                                        for e in Int(offsets[v])..<end { sum += x[Int(sources[e])] }
                                    }
                                    y[v] = alpha * sum + beta
                                }
                                return PowerIteration.l1Distance(UnsafeBufferPointer(y), x)
                            }
                        }
                    }
                }
            }
            if change < threshold {
                let norm = next.withUnsafeBufferPointer { PowerIteration.euclideanNorm($0) }
                let scale = norm == 0 ? 1 : 1 / norm
                for v in 0..<n { next[v] *= scale }
                return next
            }
            lastChange = change
            swap(&current, &next)
        }
        throw ConvergenceError(
            algorithm: "Katz centrality", iterations: max(maxIterations, 0), tolerance: tolerance,
            lastChange: lastChange)
    }
}
