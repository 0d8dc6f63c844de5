import Testing

@testable import ActorGraph

@Suite struct FixtureLoadingTests {
    /// The parameterised tests choose their fixtures from these headers; an
    /// unreadable header fails here (and the fixture then runs, and fails, in
    /// every list, see `FixtureHeader.includes`).
    @Test(arguments: ReferenceFixture.names)
    func everyFixtureHeaderReadsAndAgreesWithTheFixture(name: String) throws {
        let header = try FixtureHeader.read(name).get()
        let fixture = try ReferenceFixture(name)
        #expect(header.directed == fixture.directed)
        #expect(header.weighted == fixture.isWeighted)
        #expect(header.grouped == (fixture.group != nil))
        #expect(ReferenceSection.directed.contains(name) == fixture.directed)
        #expect(ReferenceSection.weightedNames.contains(name) == fixture.isWeighted)
        #expect(ReferenceSection.grouped.contains(name) == (fixture.group != nil))
    }

    @Test func argumentListsAreNotEmpty() {
        // Every kind of fixture exists, so no parameterised test runs on nothing.
        #expect(!ReferenceSection.directed.isEmpty)
        #expect(!ReferenceSection.weightedNames.isEmpty)
        #expect(!ReferenceSection.grouped.isEmpty)
        #expect(ReferenceSection.all.count > ReferenceFixture.names.count)
    }

    @Test(arguments: ReferenceFixture.names)
    func everyFixtureLoadsWithItsNodeTable(name: String) throws {
        let fixture = try ReferenceFixture(name)
        let degrees = try #require(try fixture.scores("degree"))
        #expect(degrees.count == fixture.graph.nodeCount)
        #expect(degrees.allSatisfy { $0 != nil })
        // The degree in the reference equals the number of distinct neighbours here.
        for node in 0..<fixture.graph.nodeCount {
            let distinct = fixture.directed
                ? fixture.graph.outDegree(of: node) + fixture.graph.inDegree(of: node)
                : fixture.graph.outDegree(of: node)
            #expect(Double(distinct) == degrees[node], "degree of \(fixture.graph.ids[node])")
        }
    }
}
