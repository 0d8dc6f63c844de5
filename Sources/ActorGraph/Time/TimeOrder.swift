/// How sure "before" must be when interactions are ordered in time.
///
/// Interactions are reported to a year, a month or a day, so two of them can
/// often be ordered only possibly. With intervals `[f₁, l₁]` and `[f₂, l₂]` in
/// day numbers (see ``DayInterval``):
///
/// - ``certain``: e₁ comes before e₂ when `l₁ < f₂`: e₁'s days are all over
///   before e₂'s begin. A **time-respecting path** e₁, e₂, …, e_k is one in
///   which each interaction comes certainly before the next.
/// - ``possible``: e₁ comes before e₂ when `f₁ ≤ l₂`: e₁ begins before e₂
///   ends. A time-respecting path is one for which instants `t₁ ≤ t₂ ≤ … ≤ t_k`
///   can be chosen inside the intervals, which holds exactly when `f_i ≤ l_j`
///   for every `i ≤ j` (a single time line on which the whole path is in
///   order). For two interactions this is the pairwise rule; for longer paths
///   it is deliberately stricter than asking each consecutive pair only (e₁ on
///   1 June, e₂ in "2023", e₃ on 1 March is ordered pair by pair but on no time
///   line).
public enum TimeOrder: String, Sendable, Hashable, CaseIterable, Codable {
    /// Before means certainly before (the default).
    case certain
    /// Before means possibly before, on one consistent time line.
    case possible

    /// Whether `first` comes before `second` in this order.
    ///
    /// - Parameters:
    ///   - first: the earlier interaction's days.
    ///   - second: the later interaction's days.
    public func orders(_ first: DayInterval, before second: DayInterval) -> Bool {
        switch self {
        case .certain: first.isCertainlyBefore(second)
        case .possible: first.isPossiblyBefore(second)
        }
    }
}
