import Testing

@testable import ActorGraph

@Suite struct WindowPlanTests {
    private func length(_ text: String) throws -> WindowLength { try #require(WindowLength(text)) }

    @Test func lengthsParseAndRefuse() throws {
        #expect(try length("90d") == WindowLength(count: 90, unit: .day))
        #expect(try length("1Y").description == "1y")
        for bad in ["", "y", "0d", "-1y", "1.5y", "1x", "1 y", "9999999d"] { #expect(WindowLength(bad) == nil, "\(bad)") }
    }

    @Test func monthsAreCalendarMonthsWithoutDrift() throws {
        let january31 = try #require(PartialDate(iso: "2023-01-31")).dayNumber
        let month = try length("1m")
        #expect(PartialDate(dayNumber: month.advance(january31, by: 1)).description == "2023-02-28")
        #expect(PartialDate(dayNumber: month.advance(january31, by: 2)).description == "2023-03-31")
        let leapDay = try #require(PartialDate(iso: "2024-02-29")).dayNumber
        #expect(PartialDate(dayNumber: try length("1y").advance(leapDay, by: 1)).description == "2025-02-28")
    }

    private func interactions(_ dates: [String]) -> [Interaction] {
        dates.enumerated().map { Interaction(id: "i\($0)", kind: .call, participants: ["a", "b"], date: PartialDate(iso: $1)) }
    }

    @Test func rollingYearsTileFromTheFirstDatedDay() throws {
        let plan = WindowPlan.rolling(length: try length("1y"), step: try length("1y"))
        let windows = plan.windows(over: interactions(["2021", "2023-06-01"]) + [Interaction(id: "u", kind: .call, participants: ["a", "b"])])
        #expect(windows.map(\.description) == [
            "2021-01-01…2021-12-31", "2022-01-01…2022-12-31", "2023-01-01…2023-12-31",
        ])
    }

    @Test func rollingWindowsOverlapWhenTheStepIsShorter() throws {
        let plan = WindowPlan.rolling(length: try length("1y"), step: try length("6m"))
        let windows = plan.windows(over: interactions(["2021-03-15", "2022-01-10"]))
        #expect(windows.map(\.description) == [
            "2021-03-15…2022-03-14", "2021-09-15…2022-09-14",
        ])
    }

    /// Windows that tile the time line leave no day out and never overlap, whatever
    /// day of the month they start on (31 January, 29 February).
    @Test(arguments: [("2021-01-31", "1m"), ("2020-02-29", "1y"), ("2021-03-31", "3m"), ("2021-01-30", "1m"), ("2021-05-17", "2w")])
    func tilingWindowsAreContiguous(start: String, length text: String) throws {
        let length = try length(text)
        let first = try #require(PartialDate(iso: start)).dayNumber
        let windows = WindowPlan.rolling(length: length, step: length).windows(first: first, last: first + 3_000)
        #expect(windows.count > 5)
        #expect(windows.first?.interval.first == first)
        for (earlier, later) in zip(windows, windows.dropFirst()) {
            #expect(earlier.interval.last + 1 == later.interval.first, "\(earlier) then \(later)")
        }
        // Months: every window after a clamp still starts on the original day when the month has it.
        if length.unit == .month, start.hasSuffix("-31") {
            #expect(windows.map(\.from.day).filter { $0 == 31 }.count >= 3)
        }
    }

    /// [31 January, 31 January + k months): the day before the 31st of each month,
    /// or before the month's last day when it has no 31st; no drift to the 27th.
    @Test func monthlyExpandingWindowsDoNotDrift() throws {
        let first = try #require(PartialDate(iso: "2021-01-31")).dayNumber
        let plan = WindowPlan.expanding(length: try length("1m"), step: try length("1m"))
        let windows = plan.windows(first: first, last: first + 120)
        #expect(windows.map(\.to.description) == ["2021-02-27", "2021-03-30", "2021-04-29", "2021-05-30", "2021-06-29"])
    }

    @Test func expandingWindowsGrowUntilTheLastDay() throws {
        let plan = WindowPlan.expanding(length: try length("1y"), step: try length("1y"))
        let windows = plan.windows(over: interactions(["2021", "2023-02"]))
        #expect(windows.map(\.description) == [
            "2021-01-01…2021-12-31", "2021-01-01…2022-12-31", "2021-01-01…2023-12-31",
        ])
    }

    @Test func periodsStayAsGivenAndNoDatesMeanNoWindows() throws {
        let years = try [2021, 2022].map { TimeWindow(try #require(PartialDate(year: $0))) }
        #expect(WindowPlan.periods(years).windows(over: []).map(\.description) == ["2021", "2022"])
        #expect(WindowPlan.rolling(length: try length("1y"), step: try length("1y")).windows(over: []).isEmpty)
        let y2021 = try #require(PartialDate(iso: "2021"))
        let y2022 = try #require(PartialDate(iso: "2022"))
        let march2022 = try #require(PartialDate(iso: "2022-03"))
        #expect(TimeWindow(from: y2021, to: march2022)?.interval.dayCount == 365 + 31 + 28 + 31)
        #expect(TimeWindow(from: y2022, to: y2021) == nil)
    }

    @Test func aWindowRestrictsTheProjectionLikeFromAndTo() throws {
        let start = try #require(PartialDate(iso: "2021-03-15"))
        let end = try #require(PartialDate(iso: "2022-03-14"))
        let window = try #require(TimeWindow(from: start, to: end))
        var options = ProjectionOptions(kinds: [.call], directed: true)
        options.windowMatch = .certainly
        let restricted = options.restricted(to: window)
        #expect(restricted.from == window.from && restricted.to == window.to)
        #expect(restricted.kinds == [.call] && restricted.directed && restricted.windowMatch == .certainly)
        #expect(window.arguments == ["--from", "2021-03-15", "--to", "2022-03-14"])
    }
}
