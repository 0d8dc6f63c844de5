/// Which time windows a dataset is cut into: rolling, expanding, or a list of
/// calendar periods.
///
/// - ``rolling(length:step:)``: windows `[t, t + length)` for `t` = the first
///   day of the earliest dated interaction, then every `step` after it, while
///   `t` is not after the last day of the latest dated interaction (`--window
///   1y --step 6m`). With `step == length` the windows tile the time line.
/// - ``expanding(length:step:)``: windows that all start on that first day and
///   end `length`, `length + step`, `length + 2·step`, … later, until one
///   reaches the last day (`--expanding`).
/// - ``periods(_:)``: the given windows as they are (`--windows 2021,2022,2023,2025`).
///
/// Windows are half-open in the definition and closed in day numbers: `[t, t + w)`
/// is the days `t … t + w − 1`.
public enum WindowPlan: Sendable, Hashable {
    /// Windows of one length, each `step` after the previous.
    case rolling(length: WindowLength, step: WindowLength)
    /// Windows from the first dated day, growing by `step` from `length`.
    case expanding(length: WindowLength, step: WindowLength)
    /// These windows.
    case periods([TimeWindow])

    /// The windows of this plan over the interactions' dates: for rolling and
    /// expanding plans from the first day of the earliest dated interaction to the
    /// last day of the latest (empty when no interaction is dated); a list of
    /// periods as given.
    ///
    /// - Parameters:
    ///   - interactions: the interactions whose dates span the time line
    ///     (typically a dataset's, after the kind/track/status filters).
    ///   - limit: the most windows to make (default 10,000); a plan that would
    ///     make more stops there.
    /// - Complexity: O(I + W) for I interactions and W windows.
    public func windows(over interactions: some Sequence<Interaction>, limit: Int = 10_000) -> [TimeWindow] {
        if case .periods(let list) = self { return Array(list.prefix(limit)) }
        var first = Int.max
        var last = Int.min
        for interaction in interactions {
            guard let interval = interaction.interval else { continue }
            first = min(first, interval.first)
            last = max(last, interval.last)
        }
        guard first <= last else { return [] }
        return windows(first: first, last: last, limit: limit)
    }

    /// The windows of a rolling or expanding plan over the days `first…last`;
    /// a list of periods as given.
    ///
    /// - Parameters:
    ///   - first: the first day of the time line (a day number).
    ///   - last: the last day of the time line (a day number).
    ///   - limit: the most windows to make.
    public func windows(first: Int, last: Int, limit: Int = 10_000) -> [TimeWindow] {
        var result: [TimeWindow] = []
        switch self {
        case .periods(let list):
            return Array(list.prefix(limit))
        case .rolling(let length, let step):
            var k = 0
            while result.count < limit {
                let start = step.advance(first, by: k)
                guard start <= last else { break }
                let end = Self.rollingEnd(first, length: length, step: step, steps: k, start: start) - 1
                result.append(TimeWindow(days: DayInterval(unchecked: start, last: max(start, end))))
                k += 1
            }
        case .expanding(let length, let step):
            var k = 0
            while result.count < limit {
                let end = Self.expandingEnd(first, length: length, step: step, steps: k) - 1
                result.append(TimeWindow(days: DayInterval(unchecked: first, last: max(first, end))))
                if end >= last { break }
                k += 1
            }
        }
        return result
    }

    /// The day after rolling window k ends, `first + k·step + length`. When both
    /// are calendar months (or years) the months are added to `first` at once: a
    /// start day late in a month is clamped once, so windows that tile stay
    /// contiguous (from 31 January by one month: 31 January…28 February, 1 March…30
    /// March, 31 March…30 April) and never drift. Otherwise the length is added to
    /// the window's own start (itself computed from `first`).
    static func rollingEnd(_ first: Int, length: WindowLength, step: WindowLength, steps k: Int, start: Int) -> Int {
        if let lengthMonths = length.months, let stepMonths = step.months {
            return WindowLength.adding(months: k * stepMonths + lengthMonths, to: first)
        }
        return length.advance(start, by: 1)
    }

    /// The day after expanding window k ends, `first + length + k·step`, months
    /// added at once when both are calendar months (as ``rollingEnd``).
    static func expandingEnd(_ first: Int, length: WindowLength, step: WindowLength, steps k: Int) -> Int {
        if let lengthMonths = length.months, let stepMonths = step.months {
            return WindowLength.adding(months: lengthMonths + k * stepMonths, to: first)
        }
        // One unit is days or weeks: the base `first + length` is clamped at most once.
        return step.advance(length.advance(first, by: 1), by: k)
    }
}
