/// A node has no group label, so its brokerage role cannot be decided.
public struct MissingGroupLabelError: Error, Sendable, CustomStringConvertible {
    /// The node's index in the graph.
    public var node: Int
    /// The node's id.
    public var nodeID: String

    /// Creates an error for a node without a group label.
    ///
    /// - Parameters:
    ///   - node: The node's index in the graph.
    ///   - nodeID: The node's id.
    public init(node: Int, nodeID: String) {
        self.node = node
        self.nodeID = nodeID
    }

    public var description: String {
        "node \"\(nodeID)\" has no group label; every node needs one for brokerage (drop the node or give it a group)"
    }
}
