/// Why an HTML report could not be made.
public enum ReportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// An asset file could not be read.
    case assetUnreadable(path: String, reason: String)
    /// The page skeleton lacks a placeholder, or has it more than once.
    case placeholder(String, count: Int)
    /// The score labels or order given with the scores do not have one entry per
    /// node (the order: each node once).
    case scoresMismatch(nodes: Int, labels: Int, order: Int)

    public var description: String {
        switch self {
        case .assetUnreadable(let path, let reason): "\(path): cannot read the report asset (\(reason))"
        case .placeholder(let name, let count):
            "the report skeleton must hold \(name) exactly once (found \(count) times)"
        case .scoresMismatch(let nodes, let labels, let order):
            "the report's scores have \(nodes) nodes but \(labels) labels and an order of \(order) (each node once)"
        }
    }
}
