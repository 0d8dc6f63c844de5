/// A calendar date known to the precision a report gives: a year, a month or a day.
///
/// Reports say "in 2023", "in April" or "on 20 April"; a `PartialDate` keeps exactly
/// that much. It is written in ISO 8601 (`2023`, `2023-04`, `2023-04-20`).
///
/// Partial dates order by their first day, then by precision (`2023` before
/// `2023-01` before `2023-01-01`). ``firstDay`` and ``lastDay`` give the span a
/// date covers, which is what time-window filters compare.
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    /// How much of the date is known.
    public enum Precision: Int, Sendable, Hashable, Comparable, Codable {
        /// Only the year is known.
        case year = 0
        /// The year and month are known.
        case month = 1
        /// The full date is known.
        case day = 2

        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The year, 1–9999.
    public let year: Int
    /// 1–12, or `nil` for a year-precision date.
    public let month: Int?
    /// 1–31 (checked against the month), or `nil`.
    public let day: Int?

    /// How much of the date is known: a year, a month or a day.
    public var precision: Precision {
        day != nil ? .day : (month != nil ? .month : .year)
    }

    /// Creates a date; returns `nil` when a component is out of range (month 13,
    /// 30 February) or a day is given without a month.
    ///
    /// - Parameters:
    ///   - year: the year, 1–9999.
    ///   - month: the month, 1–12, or `nil`.
    ///   - day: the day of the month, or `nil`.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month {
            guard (1...12).contains(month) else { return nil }
            if let day {
                guard day >= 1, day <= PartialDate.daysIn(month: month, year: year) else { return nil }
            }
        } else if day != nil {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns `nil` for anything else.
    ///
    /// - Parameter text: the ISO 8601 text.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
            parts[0].count == 4,
            parts.dropFirst().allSatisfy({ $0.count == 2 }),
            parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } })
        else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count else { return nil }
        self.init(
            year: numbers[0], month: numbers.count > 1 ? numbers[1] : nil,
            day: numbers.count > 2 ? numbers[2] : nil)
    }

    /// The ISO 8601 spelling at this date's precision.
    public var description: String {
        var text = String(year).leftPadded(to: 4)
        if let month { text += "-" + String(month).leftPadded(to: 2) }
        if let day { text += "-" + String(day).leftPadded(to: 2) }
        return text
    }

    /// The first day this date covers (1 January for a year, the 1st for a month).
    public var firstDay: PartialDate {
        PartialDate(uncheckedYear: year, month: month ?? 1, day: day ?? 1)
    }

    /// The last day this date covers (31 December for a year, the month's last day).
    public var lastDay: PartialDate {
        let m = month ?? 12
        return PartialDate(uncheckedYear: year, month: m, day: day ?? PartialDate.daysIn(month: m, year: year))
    }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        let l = lhs.firstDay.dayKey
        let r = rhs.firstDay.dayKey
        return l != r ? l < r : lhs.precision < rhs.precision
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = PartialDate(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a date YYYY, YYYY-MM or YYYY-MM-DD, found \"\(text)\"")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    // MARK: - Internals

    init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// `yyyymmdd` as one integer, for comparisons; valid for full dates.
    var dayKey: Int { year * 10_000 + (month ?? 1) * 100 + (day ?? 1) }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
