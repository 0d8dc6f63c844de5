import Testing

@testable import ActorGraph

@Suite struct DayIntervalTests {
    /// Day numbers are Python's `date.toordinal()` (values printed by Python 3).
    @Test(arguments: [
        ("0001-01-01", 1), ("1970-01-01", 719_163), ("2000-02-29", 730_179), ("2023-04-20", 738_630),
        ("2024-12-31", 739_251), ("9999-12-31", 3_652_059),
    ])
    func dayNumbersArePythonOrdinals(iso: String, ordinal: Int) throws {
        let date = try #require(PartialDate(iso: iso))
        #expect(date.dayNumber == ordinal)
        #expect(PartialDate(dayNumber: ordinal) == date)
    }

    @Test func everyDayOfFourCenturiesRoundTrips() throws {
        let start = try #require(PartialDate(iso: "1900-01-01")).dayNumber
        var previous: PartialDate?
        for day in start..<(start + 146_097) {
            let date = PartialDate(dayNumber: day)
            #expect(date.dayNumber == day)
            if let previous { #expect(previous < date) }
            previous = date
        }
    }

    @Test func partialDatesCoverTheirWholePeriod() throws {
        let year = try #require(PartialDate(iso: "2023")).interval
        #expect(year.dayCount == 365)
        #expect(year.description == "2023-01-01…2023-12-31")
        let leapFebruary = try #require(PartialDate(iso: "2024-02")).interval
        #expect(leapFebruary.dayCount == 29)
        #expect(try #require(PartialDate(iso: "2023-04-20")).interval.dayCount == 1)
    }

    @Test func anEndDateExtendsButNeverShortensTheInterval() throws {
        let extended = Interaction(
            id: "x", kind: .meeting, participants: ["a", "b"], date: PartialDate(iso: "2023-04-20"),
            endDate: PartialDate(iso: "2023-05"))
        #expect(extended.interval?.description == "2023-04-20…2023-05-31")
        let inside = Interaction(
            id: "y", kind: .meeting, participants: ["a", "b"], date: PartialDate(iso: "2023"),
            endDate: PartialDate(iso: "2023-03"))
        #expect(inside.interval?.description == "2023-01-01…2023-12-31")
        let undated = Interaction(id: "z", kind: .meeting, participants: ["a", "b"])
        #expect(undated.interval == nil)
    }

    @Test func orderAndContainment() throws {
        let year = try #require(PartialDate(iso: "2023")).interval
        let april = try #require(PartialDate(iso: "2023-04")).interval
        let day = try #require(PartialDate(iso: "2023-04-20")).interval
        let later = try #require(PartialDate(iso: "2024-01-01")).interval
        #expect(year.contains(april) && april.contains(day) && !day.contains(april))
        #expect(year.overlaps(day) && !year.overlaps(later))
        #expect(year.isCertainlyBefore(later) && !april.isCertainlyBefore(day) && !day.isCertainlyBefore(day))
        // Same day: possibly before each other; a year possibly before a day in it, and vice versa.
        #expect(day.isPossiblyBefore(day) && year.isPossiblyBefore(day) && day.isPossiblyBefore(year))
        #expect(!later.isPossiblyBefore(year))
        #expect(TimeOrder.certain.orders(year, before: later) && !TimeOrder.certain.orders(day, before: year))
    }

    @Test func possiblyAndCertainlyInAWindow() throws {
        let april = try #require(PartialDate(iso: "2023-04"))
        let yearLong = Interaction(id: "y", kind: .call, participants: ["a", "b"], date: PartialDate(iso: "2023"))
        let aprilDay = Interaction(id: "d", kind: .call, participants: ["a", "b"], date: PartialDate(iso: "2023-04-20"))
        #expect(yearLong.lies(from: april, to: april, match: .possibly))
        #expect(!yearLong.lies(from: april, to: april, match: .certainly))
        #expect(aprilDay.lies(from: april, to: april, match: .certainly))
        let year = try #require(PartialDate(iso: "2023"))
        #expect(yearLong.lies(from: year, to: year, match: .certainly))
        #expect(yearLong.lies(from: nil, to: nil, match: .certainly))
        let undated = Interaction(id: "u", kind: .call, participants: ["a", "b"])
        #expect(!undated.lies(from: year, to: nil, match: .possibly))
        #expect(undated.lies(from: nil, to: nil, match: .possibly))
    }
}
