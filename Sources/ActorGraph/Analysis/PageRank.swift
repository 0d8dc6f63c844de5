extension CompactGraph {
    /// PageRank (Page, Brin, Motwani & Winograd 1999): the stationary distribution
    /// of a random surfer who follows a tie with probability `damping` and jumps to
    /// a uniformly chosen node otherwise, computed by the power iteration of
    /// networkx's `pagerank` (its SciPy version, `_pagerank_scipy`).
    ///
    /// Definition: with `W_uv = a_uv / Σ_x a_ux` (ties leaving u normalised by u's
    /// out-strength; `a_uv` the tie weight when `weighted`, else 1), `α = damping`,
    /// uniform personalisation `p_v = 1/n` and D the dangling nodes (out-strength 0:
    /// sinks and isolates),
    ///
    ///     x'_v = α (Σ_{u→v} x_u W_uv + (Σ_{d∈D} x_d) p_v) + (1 − α) p_v
    ///
    /// i.e. a dangling node's score is spread evenly over all nodes. An undirected
    /// tie counts in both directions. Start `x_v = 1/n`; no renormalisation inside
    /// the loop; stop when `Σ_v |x'_v − x_v| < n · tolerance` and return `x'`
    /// (networkx's rule, L1 norm; see ``ConvergenceCriteria``).
    ///
    /// Accuracy: the map is a contraction with factor `damping` in the L1 norm, so
    /// the result is within `damping/(1 − damping)` × the last change (5.7 × for
    /// 0.85) of the exact fixed point. The default tolerance 1e-13 gives results
    /// within about 1e-12 per node of a dense direct solve on the reference
    /// fixtures (80–110 iterations there). `tolerance: 1e-6, maxIterations: 100`
    /// (``ConvergenceCriteria/networkxPageRank``) reproduces networkx's
    /// `pagerank(G, alpha=damping)` defaults to rounding.
    ///
    /// Normalisation: the scores sum to 1 (up to the tolerance). Disconnected
    /// graphs need no special treatment (the uniform jump connects everything).
    /// The null graph gives `[]`.
    ///
    /// The kernel pulls over in-ties with flat buffers and allocates nothing per
    /// iteration; on an unweighted graph each iteration is one gather per tie.
    ///
    /// - Parameters:
    ///   - damping: the probability of following a tie (networkx's `alpha`).
    ///   - weighted: use tie weights; otherwise every tie counts 1.
    ///   - maxIterations: the most iterations to run (networkx's `max_iter`;
    ///     default 1000, networkx's 100).
    ///   - tolerance: per-node tolerance of the L1 stopping rule (networkx's `tol`;
    ///     default 1e-13, networkx's 1e-6).
    /// - Returns: one score per node, indexed like the graph's nodes.
    /// - Throws: ``ConvergenceError`` if the stopping rule is not met within
    ///   `maxIterations` iterations.
    /// - Complexity: O(k (V + E)) time for k iterations; O(V) extra memory
    ///   (O(V + E) when `weighted`, for the normalised in-tie weights).
    ///   k grows as log(1/tolerance)/log(1/damping).
    public func pageRank(
        damping: Double = 0.85, weighted: Bool = false,
        maxIterations: Int = ConvergenceCriteria.defaultMaxIterations,
        tolerance: Double = ConvergenceCriteria.defaultTolerance
    ) throws(ConvergenceError) -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }

        // 1 / out-strength (0 for dangling nodes), as networkx's `S`.
        var inverseOutStrength = [Double](repeating: 0, count: n)
        var dangling: [Int32] = []
        for u in 0..<n {
            var strength = 0.0
            if weighted {
                for e in Int(offsets[u])..<Int(offsets[u + 1]) { strength += weights[e] }
            } else {
                strength = Double(offsets[u + 1] - offsets[u])
            }
            if strength != 0 { inverseOutStrength[u] = 1.0 / strength } else { dangling.append(Int32(u)) }
        }
        // Weighted: W_uv on each in-tie, rounded as networkx's `Q @ A` rounds it.
        var transition: [Double] = []
        if weighted {
            transition = [Double](repeating: 0, count: inSources.count)
            for e in 0..<inSources.count { transition[e] = inverseOutStrength[Int(inSources[e])] * inWeights[e] }
        }

        let p = 1.0 / Double(n)
        let teleport = (1 - damping) * p
        let threshold = Double(n) * tolerance
        var current = [Double](repeating: p, count: n)
        var next = [Double](repeating: 0, count: n)
        // Unweighted: scaled[u] = x_u / outdegree(u), the same product networkx forms.
        var scaled = [Double](repeating: 0, count: weighted ? 0 : n)

        var lastChange: Double?
        for _ in 0..<max(maxIterations, 0) {
            let change = inOffsets.withUnsafeBufferPointer { offsets in
                inSources.withUnsafeBufferPointer { sources in
                    current.withUnsafeBufferPointer { x in
                        next.withUnsafeMutableBufferPointer { y in
                            var danglingSum = 0.0
                            for d in dangling { danglingSum += x[Int(d)] }
                            let danglingShare = danglingSum * p
                            if weighted {
                                transition.withUnsafeBufferPointer { w in
                                    for v in 0..<n {
                                        var sum = 0.0
                                        for e in Int(offsets[v])..<Int(offsets[v + 1]) {
                                            sum += x[Int(sources[e])] * w[e]
                                        }
                                        y[v] = damping * (sum + danglingShare) + teleport
                                    }
                                }
                            } else {
                                inverseOutStrength.withUnsafeBufferPointer { inverse in
                                    scaled.withUnsafeMutableBufferPointer { s in
                                        for u in 0..<n { s[u] = x[u] * inverse[u] }
                                        var start = Int(offsets[0])
                                        for v in 0..<n {
                                            let end = Int(offsets[v + 1])
                                            var sum = 0.0
                                            for e in start..<end { sum += s[Int(sources[e])] }
                                            start = end
                                            y[v] = damping * (sum + danglingShare) + teleport
                                        }
                                    }
                                }
                            }
                            return PowerIteration.l1Distance(UnsafeBufferPointer(y), x)
                        }
                    }
                }
            }
            if change < threshold { return next }
            lastChange = change
            swap(&current, &next)
        }
        throw ConvergenceError(
            algorithm: "PageRank", iterations: max(maxIterations, 0), tolerance: tolerance, lastChange: lastChange)
    }
}
