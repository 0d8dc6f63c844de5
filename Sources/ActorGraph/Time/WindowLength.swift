/// A length of calendar time that windows are cut by: days, weeks, months or years.
///
/// Written as a number and a unit, `90d`, `2w`, `6m`, `1y`. Months and years are
/// calendar months and years: the k-th boundary after a start day is that day
/// plus k months, its day of the month clamped to the month's length (31 January
/// plus one month is 28 or 29 February, plus two months is 31 March), so
/// boundaries never drift (see ``advance(_:by:)``).
public struct WindowLength: Sendable, Hashable, CustomStringConvertible, Codable {
    /// The unit a length counts in.
    public enum Unit: String, Sendable, Hashable, CaseIterable, Codable {
        /// Calendar days (`d`).
        case day = "d"
        /// Weeks of seven days (`w`).
        case week = "w"
        /// Calendar months (`m`).
        case month = "m"
        /// Calendar years (`y`).
        case year = "y"
    }

    /// How many units, at least 1.
    public let count: Int
    /// The unit.
    public let unit: Unit

    /// Creates a length; returns `nil` unless `count` is 1–100,000.
    ///
    /// - Parameters:
    ///   - count: how many units.
    ///   - unit: the unit.
    public init?(count: Int, unit: Unit) {
        guard (1...100_000).contains(count) else { return nil }
        self.count = count
        self.unit = unit
    }

    /// Parses `NUMBER UNIT` without a space (`90d`, `2w`, `6m`, `1y`); returns
    /// `nil` for anything else.
    ///
    /// - Parameter text: the text.
    public init?(_ text: String) {
        guard let last = text.last, let unit = Unit(rawValue: String(last).lowercased()) else { return nil }
        let digits = text.dropLast()
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), digits.count <= 6,
            let count = Int(digits)
        else { return nil }
        self.init(count: count, unit: unit)
    }

    /// `90d`, `2w`, `6m`, `1y`.
    public var description: String { "\(count)\(unit.rawValue)" }

    /// The length in calendar months, or `nil` for days and weeks.
    public var months: Int? {
        switch unit {
        case .day, .week: nil
        case .month: count
        case .year: 12 * count
        }
    }

    /// The length in days, or `nil` for months and years.
    public var days: Int? {
        switch unit {
        case .day: count
        case .week: 7 * count
        case .month, .year: nil
        }
    }

    /// The day `times` lengths after `day` (a day number): days and weeks add
    /// days; months and years add calendar months to the date of `day`, clamping
    /// the day of the month to the month's length.
    ///
    /// - Parameters:
    ///   - day: the start, a day number.
    ///   - times: how many lengths to add (0 or more).
    /// - Complexity: O(1).
    public func advance(_ day: Int, by times: Int) -> Int {
        if let days { return day + days * times }
        return Self.adding(months: (months ?? 0) * times, to: day)
    }

    /// `day` plus `months` calendar months, the day of the month clamped to the
    /// target month's length (so 31 January plus one month is 28 or 29 February);
    /// past 9999-12-31 it gives the day after that.
    ///
    /// - Complexity: O(1).
    static func adding(months: Int, to day: Int) -> Int {
        let date = PartialDate(dayNumber: day)
        let monthIndex = date.year * 12 + (date.month ?? 1) - 1 + months
        guard monthIndex / 12 <= 9999 else { return PartialDate(uncheckedYear: 9999, month: 12, day: 31).dayNumber + 1 }
        let year = monthIndex / 12
        let month = monthIndex % 12 + 1
        let dayOfMonth = min(date.day ?? 1, PartialDate.daysIn(month: month, year: year))
        return PartialDate(uncheckedYear: year, month: month, day: dayOfMonth).dayNumber
    }
}
