/// A closed span of calendar days, `first…last`, counted as day numbers.
///
/// Day numbers are proleptic Gregorian ordinals: 0001-01-01 is day 1 (the same
/// numbering as Python's `date.toordinal()`), so day arithmetic is integer
/// arithmetic. A day `d` stands for the continuous time `[d, d + 1)`: an
/// interval covers `[first, last + 1)`.
///
/// Every dated interaction covers such an interval (``Interaction/interval``):
/// a report's "2023" is the whole year, not 1 January. Windows and time order
/// compare intervals:
///
/// - ``contains(_:)``: the other interval lies inside this one (an interaction
///   lies **certainly** in a window);
/// - ``overlaps(_:)``: the two share a day (it lies **possibly** in it);
/// - ``isCertainlyBefore(_:)``: this interval ends before the other begins;
/// - ``isPossiblyBefore(_:)``: this interval begins before the other ends, so
///   some instant of this one precedes some instant of the other.
public struct DayInterval: Sendable, Hashable, CustomStringConvertible {
    /// The first day covered (a day number).
    public let first: Int
    /// The last day covered, inclusive (a day number, at least ``first``).
    public let last: Int

    /// Creates the interval `first…last`; returns `nil` when `last < first`.
    ///
    /// - Parameters:
    ///   - first: the first day number.
    ///   - last: the last day number, inclusive.
    public init?(first: Int, last: Int) {
        guard first <= last else { return nil }
        self.first = first
        self.last = last
    }

    /// The days a partial date covers: a whole year, a whole month or one day.
    ///
    /// - Parameter date: the date.
    public init(_ date: PartialDate) {
        first = date.firstDay.dayNumber
        last = date.lastDay.dayNumber
    }

    init(unchecked first: Int, last: Int) {
        self.first = first
        self.last = last
    }

    /// The number of days covered.
    public var dayCount: Int { last - first + 1 }

    /// Whether `other` lies entirely inside this interval.
    public func contains(_ other: DayInterval) -> Bool { first <= other.first && other.last <= last }

    /// Whether the two intervals share at least one day.
    public func overlaps(_ other: DayInterval) -> Bool { first <= other.last && other.first <= last }

    /// Whether this interval ends before `other` begins (`last < other.first`):
    /// whatever happened in this one happened before anything in `other`.
    public func isCertainlyBefore(_ other: DayInterval) -> Bool { last < other.first }

    /// Whether this interval begins before `other` ends (`first ≤ other.last` in
    /// day numbers, that is `first < other.last + 1` in continuous time): some
    /// instant of this one can precede some instant of `other`.
    public func isPossiblyBefore(_ other: DayInterval) -> Bool { first <= other.last }

    /// The shortest name of the interval: `2023` for a whole calendar year,
    /// `2023-04` for a whole month, otherwise as ``description``.
    public var periodDescription: String {
        let start = PartialDate(dayNumber: first)
        let end = PartialDate(dayNumber: last)
        if start.month == 1, start.day == 1, end.year == start.year, end.month == 12, end.day == 31 {
            return String(start.description.prefix(4))
        }
        if start.day == 1, end.year == start.year, end.month == start.month,
            let month = start.month, end.day == PartialDate.daysIn(month: month, year: start.year)
        {
            return String(start.description.prefix(7))
        }
        return description
    }

    /// `first…last` as ISO dates (one date when the interval is a single day).
    public var description: String {
        let start = PartialDate(dayNumber: first).description
        return first == last ? start : start + "…" + PartialDate(dayNumber: last).description
    }
}

extension PartialDate {
    /// The day number (see ``DayInterval``) of this date's first day.
    ///
    /// - Complexity: O(1).
    public var dayNumber: Int {
        // Days from civil (H. Hinnant), shifted so that 0001-01-01 is day 1.
        let m = month ?? 1
        let d = day ?? 1
        let y = m <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468 + 719_163
    }

    /// The day-precision date of a day number; numbers outside years 1–9999 are
    /// clamped to that range.
    ///
    /// - Parameter dayNumber: a day number (0001-01-01 is 1).
    /// - Complexity: O(1).
    public init(dayNumber: Int) {
        let z = min(max(dayNumber, 1), 3_652_059) - 719_163 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0)
        self.init(uncheckedYear: y, month: m, day: d)
    }

    /// The days this date covers.
    public var interval: DayInterval { DayInterval(self) }
}

extension Interaction {
    /// The days the interaction covers: from the first day of ``date`` to the
    /// later of the last days of ``date`` and ``endDate``; `nil` when undated.
    ///
    /// - Complexity: O(1).
    public var interval: DayInterval? {
        guard let date else { return nil }
        let start = DayInterval(date)
        guard let endDate else { return start }
        return DayInterval(unchecked: start.first, last: max(start.last, endDate.lastDay.dayNumber))
    }
}
