/// The five brokerage roles of Gould & Fernandez (1989), and their total.
///
/// Node j brokers the two-path `i → j → k` when there is no tie `i → k`; its role
/// depends on the groups of i (source), j (broker) and k (target):
///
/// | role | groups | sna column |
/// |---|---|---|
/// | ``coordinator`` | g(i) = g(j) = g(k) | `w_I` |
/// | ``itinerant`` | g(i) = g(k) ≠ g(j) | `w_O` |
/// | ``representative`` | g(i) = g(j) ≠ g(k) | `b_IO` |
/// | ``gatekeeper`` | g(i) ≠ g(j) = g(k) | `b_OI` |
/// | ``liaison`` | all three different | `b_O` |
/// | ``total`` | any of the above | `t` |
public enum BrokerageRole: String, CaseIterable, Sendable {
    /// Brokering within one's own group (`w_I`).
    case coordinator
    /// Brokering between two members of one other group (`w_O`).
    case itinerant
    /// Passing from one's own group to another (`b_IO`).
    case representative
    /// Passing from another group into one's own (`b_OI`).
    case gatekeeper
    /// Brokering between two other, different groups (`b_O`).
    case liaison
    /// All five roles together (`t`).
    case total
}
