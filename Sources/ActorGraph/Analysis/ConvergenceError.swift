/// A power iteration (eigenvector, PageRank, Katz) that did not meet its stopping
/// rule within the allowed number of iterations.
///
/// The stopping rule of every iterative score here is networkx's: stop when the L1
/// change between two successive iterates, `Σ_v |x_new[v] − x[v]|`, is below
/// `n · tolerance` (n the number of nodes). A Katz iteration whose `alpha` is not
/// below `1/ρ(A)` diverges and ends here too, as in networkx
/// (`PowerIterationFailedConvergence`).
public struct ConvergenceError: Error, Sendable, CustomStringConvertible {
    /// The score that failed, for example `"PageRank"`.
    public var algorithm: String
    /// The number of iterations performed (the limit given).
    public var iterations: Int
    /// The per-node tolerance of the stopping rule.
    public var tolerance: Double

    /// Creates an error for a score that did not converge.
    ///
    /// - Parameters:
    ///   - algorithm: The score's name, for example `"PageRank"`.
    ///   - iterations: The number of iterations performed.
    ///   - tolerance: The per-node tolerance of the stopping rule.
    public init(algorithm: String, iterations: Int, tolerance: Double) {
        self.algorithm = algorithm
        self.iterations = iterations
        self.tolerance = tolerance
    }

    /// For example: `PageRank did not converge within 100 iterations (stopping rule:
    /// L1 change below n × 1e-06)`.
    public var description: String {
        "\(algorithm) did not converge within \(iterations) iteration\(iterations == 1 ? "" : "s") "
            + "(stopping rule: L1 change below n × \(tolerance))"
    }
}
