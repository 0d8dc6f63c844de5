/// A power iteration (eigenvector, PageRank, Katz) that did not meet its stopping
/// rule within the allowed number of iterations.
///
/// The stopping rule of every iterative score here is networkx's: stop when the L1
/// change between two successive iterates, `Σ_v |x_new[v] − x[v]|`, is below
/// `n · tolerance` (n the number of nodes); see ``ConvergenceCriteria``. A Katz
/// iteration whose `alpha` is not below `1/ρ(A)` diverges and ends here too, as in
/// networkx (`PowerIterationFailedConvergence`). The remedy is a larger
/// `maxIterations` or a looser `tolerance` (``lastChange`` shows how far off the
/// rule was), or for Katz a smaller `alpha`.
public struct ConvergenceError: Error, Sendable, CustomStringConvertible {
    /// The score that failed, for example `"PageRank"`.
    public var algorithm: String
    /// The number of iterations performed (the limit given).
    public var iterations: Int
    /// The per-node tolerance of the stopping rule.
    public var tolerance: Double
    /// The L1 change of the last iteration performed (`nil` when none was, or when
    /// not known); the rule asked for less than `n · tolerance`. Infinite or NaN
    /// when the iterates overflowed (a diverging Katz series).
    public var lastChange: Double?

    /// Creates an error for a score that did not converge.
    ///
    /// - Parameters:
    ///   - algorithm: The score's name, for example `"PageRank"`.
    ///   - iterations: The number of iterations performed.
    ///   - tolerance: The per-node tolerance of the stopping rule.
    ///   - lastChange: The L1 change of the last iteration, if known.
    /// - Complexity: O(1).
    public init(algorithm: String, iterations: Int, tolerance: Double, lastChange: Double? = nil) {
        self.algorithm = algorithm
        self.iterations = iterations
        self.tolerance = tolerance
        self.lastChange = lastChange
    }

    /// For example: `PageRank did not converge within 100 iterations (stopping rule:
    /// L1 change below n × 1e-06; last change 0.00012)`.
    public var description: String {
        "\(algorithm) did not converge within \(iterations) iteration\(iterations == 1 ? "" : "s") "
            + "(stopping rule: L1 change below n × \(tolerance)"
            + (lastChange.map { "; last change \($0)" } ?? "") + ")"
    }
}
