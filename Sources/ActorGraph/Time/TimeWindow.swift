/// A span of calendar days that a network is projected and scored on: a
/// calendar period (`2023`, `2023-04`) or any run of days (`2021-03-15…2022-03-14`).
///
/// A window is given by two partial dates, the first day of ``from`` through the
/// last day of ``to``, exactly as `--from`/`--to` give a window to
/// ``ProjectionOptions`` (``ProjectionOptions/restricted(to:)``), so a windowed
/// score equals the score of the same `--from`/`--to` selection. Which
/// interactions it holds depends on ``ProjectionOptions/windowMatch``: those
/// overlapping it (possibly in it) or those inside it (certainly in it).
public struct TimeWindow: Sendable, Hashable, CustomStringConvertible, Codable {
    /// The window starts on this date's first day.
    public let from: PartialDate
    /// The window ends on this date's last day.
    public let to: PartialDate

    /// Creates the window from the first day of `from` to the last day of `to`;
    /// returns `nil` when `to` ends before `from` begins.
    ///
    /// - Parameters:
    ///   - from: the first date.
    ///   - to: the last date (the same as `from` for one calendar period).
    public init?(from: PartialDate, to: PartialDate) {
        guard from.firstDay.dayNumber <= to.lastDay.dayNumber else { return nil }
        self.from = from
        self.to = to
    }

    /// One calendar period: a year, a month or a day.
    ///
    /// - Parameter period: the period.
    public init(_ period: PartialDate) {
        from = period
        to = period
    }

    /// The days from `first` through `last` (day numbers, `first ≤ last`).
    init(days interval: DayInterval) {
        from = PartialDate(dayNumber: interval.first)
        to = PartialDate(dayNumber: interval.last)
    }

    /// The days the window covers.
    public var interval: DayInterval {
        DayInterval(unchecked: from.firstDay.dayNumber, last: to.lastDay.dayNumber)
    }

    /// The window's name: the period (`2023`) when it is one, otherwise
    /// `from…to` (`2021-03-15…2022-03-14`).
    public var description: String { from == to ? from.description : "\(from)…\(to)" }

    /// The same window written as `actorgraph` arguments, `--from FROM --to TO`.
    public var arguments: [String] { ["--from", from.description, "--to", to.description] }
}
