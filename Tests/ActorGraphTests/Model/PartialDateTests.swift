import Testing

@testable import ActorGraph

@Suite struct PartialDateTests {
    @Test func parsesYearMonthAndDayPrecision() throws {
        let year = try #require(PartialDate(iso: "2023"))
        let month = try #require(PartialDate(iso: "2023-04"))
        let day = try #require(PartialDate(iso: "2023-04-20"))
        #expect(year.precision == .year)
        #expect(month.precision == .month)
        #expect(day.precision == .day)
        #expect([year.description, month.description, day.description] == ["2023", "2023-04", "2023-04-20"])
    }

    @Test(arguments: ["", "23", "2023-4", "2023-13", "2023-02-29", "2024-02-30", "2023-04-20T10:00", "2023/04", "２０２３", "-2023", "2023-00", "2023-04-00"])
    func rejectsMalformedOrImpossibleDates(text: String) {
        #expect(PartialDate(iso: text) == nil)
    }

    @Test func acceptsLeapDay() {
        #expect(PartialDate(iso: "2024-02-29") != nil)
        #expect(PartialDate(iso: "2000-02-29") != nil)
        #expect(PartialDate(iso: "1900-02-29") == nil)
    }

    @Test func spanCoversTheWholePeriod() throws {
        let month = try #require(PartialDate(iso: "2024-02"))
        #expect(month.firstDay.description == "2024-02-01")
        #expect(month.lastDay.description == "2024-02-29")
        let year = try #require(PartialDate(iso: "2022"))
        #expect(year.firstDay.description == "2022-01-01")
        #expect(year.lastDay.description == "2022-12-31")
    }

    @Test func ordersByFirstDayThenPrecision() throws {
        let dates = try ["2023-04-20", "2023", "2023-04", "2022-12-31", "2023-01"].map { try #require(PartialDate(iso: $0)) }
        #expect(dates.sorted().map(\.description) == ["2022-12-31", "2023", "2023-01", "2023-04", "2023-04-20"])
    }

    @Test func interactionWindowUsesTheDateSpan() throws {
        let april = Interaction(id: "a", kind: .meeting, participants: ["x", "y"], date: PartialDate(iso: "2023-04"))
        #expect(april.falls(from: PartialDate(iso: "2023-04-30"), to: nil))
        #expect(!april.falls(from: PartialDate(iso: "2023-05"), to: nil))
        #expect(april.falls(from: nil, to: PartialDate(iso: "2023-04-01")))
        #expect(!april.falls(from: nil, to: PartialDate(iso: "2023-03-31")))
        let undated = Interaction(id: "b", kind: .call, participants: ["x", "y"])
        #expect(undated.falls(from: nil, to: nil))
        #expect(!undated.falls(from: PartialDate(iso: "2000"), to: nil))
        let span = Interaction(
            id: "c", kind: .talks, participants: ["x", "y"], date: PartialDate(iso: "2022-11-30"),
            endDate: PartialDate(iso: "2022-12-02"))
        #expect(span.falls(from: PartialDate(iso: "2022-12"), to: PartialDate(iso: "2022-12")))
    }
}
