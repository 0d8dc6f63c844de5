/// Gould–Fernandez brokerage scores of every node, as R's `sna::brokerage(g, cl)`
/// reports them: raw counts (`raw.nli`), their expected values under sna's null
/// model (`exp.nli`) and z-scores (`z.nli`), plus the whole-network values
/// (`raw.gli`, `exp.gli`, `z.gli`).
///
/// See ``CompactGraph/brokerage(groups:)`` for the definitions and conventions.
public struct BrokerageRoles: Sendable {
    /// One value of type `Value` for each role.
    public struct ByRole<Value: Sendable>: Sendable {
        /// The value for ``BrokerageRole/coordinator``.
        public var coordinator: Value
        /// The value for ``BrokerageRole/itinerant``.
        public var itinerant: Value
        /// The value for ``BrokerageRole/representative``.
        public var representative: Value
        /// The value for ``BrokerageRole/gatekeeper``.
        public var gatekeeper: Value
        /// The value for ``BrokerageRole/liaison``.
        public var liaison: Value
        /// The value for ``BrokerageRole/total``.
        public var total: Value

        /// Creates a value set from one value per role; each parameter sets the
        /// property of the same name.
        public init(
            coordinator: Value, itinerant: Value, representative: Value, gatekeeper: Value, liaison: Value,
            total: Value
        ) {
            self.coordinator = coordinator
            self.itinerant = itinerant
            self.representative = representative
            self.gatekeeper = gatekeeper
            self.liaison = liaison
            self.total = total
        }

        /// The value for `role`.
        ///
        /// - Parameter role: the role.
        public subscript(role: BrokerageRole) -> Value {
            switch role {
            case .coordinator: coordinator
            case .itinerant: itinerant
            case .representative: representative
            case .gatekeeper: gatekeeper
            case .liaison: liaison
            case .total: total
            }
        }

        func map<T>(_ transform: (Value) -> T) -> ByRole<T> {
            ByRole<T>(
                coordinator: transform(coordinator), itinerant: transform(itinerant),
                representative: transform(representative), gatekeeper: transform(gatekeeper),
                liaison: transform(liaison), total: transform(total))
        }
    }

    /// The whole network's brokerage (sna's `raw.gli`, `exp.gli`, `z.gli`).
    public struct Network: Sendable {
        /// The number of brokered two-paths in each role, summed over all nodes.
        public var raw: ByRole<Int>
        /// The expected number under the null model.
        public var expected: ByRole<Double>
        /// `(raw − expected) / sd`; `nil` where the standard deviation is 0.
        public var z: ByRole<Double?>
    }

    /// Each node's dense group index (0-based, groups numbered in order of first
    /// appearance in node order, as sna's `unique(cl)` does).
    public let groupOfNode: [Int]
    /// The number of nodes in each group, by dense group index.
    public let groupSizes: [Int]
    /// Per node, the number of brokered two-paths in each role (sna's `raw.nli`).
    public let raw: ByRole<[Int]>
    /// Per node, the expected count under the null model (sna's `exp.nli`); the
    /// same for all members of a group.
    public let expected: ByRole<[Double]>
    /// Per node, `(raw − expected) / sd` (sna's `z.nli`); `nil` where sna gives NaN
    /// (or ±infinity): the standard deviation is 0, e.g. coordinator in groups of
    /// at most two nodes, liaison when there are only two groups, every role when
    /// the density is 0 or 1.
    public let z: ByRole<[Double?]>
    /// The whole-network values, or `nil` when there are more than
    /// ``BrokerageRoles/networkLevelGroupLimit`` groups (sna's variance of the
    /// liaison count sums over all ordered triples of groups).
    public let network: Network?

    /// The most groups for which ``network`` is computed: O(G³) work.
    public static let networkLevelGroupLimit = 256
}
