import Testing

@testable import ActorGraph

@Suite struct DOTEscapingTests {
    @Test func identifiersAreQuotedWithOnlyQuotesEscaped() throws {
        #expect(try DOTEscaping.identifier("node") == "\"node\"")
        #expect(try DOTEscaping.identifier("a\"b") == "\"a\\\"b\"")
        #expect(try DOTEscaping.identifier("a\\\\\"b") == "\"a\\\\\\\"b\"")
        #expect(try DOTEscaping.identifier("x\\ny") == "\"x\\ny\"")
        #expect(try DOTEscaping.identifier("line\nbreak") == "\"line\nbreak\"")
        #expect(try DOTEscaping.identifier("") == "\"\"")
    }

    @Test func identifiersWithAnOddBackslashRunBeforeAQuoteNewlineOrEndUseTheHTMLForm() throws {
        #expect(try DOTEscaping.identifier("a\\") == "<a\\>")
        #expect(try DOTEscaping.identifier("a\\\"b") == "<a\\\"b>")
        #expect(try DOTEscaping.identifier("a\\\nb") == "<a\\\nb>")
        #expect(try DOTEscaping.identifier("<b>\\") == "<<b>\\>")
    }

    @Test func aLoneNewlineBetweenDelimitersUsesTheHTMLForm() throws {
        #expect(try DOTEscaping.identifier("\n") == "<\n>")
        #expect(try DOTEscaping.identifier("\n\\T") == "<\n\\T>")
        #expect(try DOTEscaping.identifier("\n\n") == "\"\n\n\"")
        #expect(try DOTEscaping.identifier("\na") == "\"\na\"")
    }

    @Test func identifiersStartingWithPercentAreRefused() throws {
        #expect(throws: DOTEscapingError(text: "%1", problem: .leadingPercent)) { try DOTEscaping.identifier("%1") }
        #expect(try DOTEscaping.value("%1") == "\"%1\"")
    }

    @Test func identifiersThatNeitherFormCarriesAreRefused() {
        #expect(throws: DOTEscapingError(text: "a>\\", problem: .oddBackslashesWithUnbalancedBrackets)) {
            try DOTEscaping.identifier("a>\\")
        }
    }

    @Test func labelsEscapeBackslashQuoteNewlineAndAmpersand() throws {
        #expect(try DOTEscaping.label("\\N & \"q\"\nx\\") == "\"\\\\N &amp; \\\"q\\\"\\nx\\\\\"")
        #expect(try DOTEscaping.label("لافروف\u{200F}") == "\"لافروف\u{200F}\"")
    }

    @Test func nulAndOtherXMLForbiddenScalarsAreRefusedWithTheirPosition() {
        #expect(throws: DOTEscapingError(text: "ab\u{0}", problem: .unrepresentableScalar("\u{0}", offset: 2))) {
            try DOTEscaping.label("ab\u{0}")
        }
        let nonCharacter = String(Unicode.Scalar(0xFFFE)!)
        #expect(throws: DOTEscapingError(text: nonCharacter, problem: .unrepresentableScalar(Unicode.Scalar(0xFFFE)!, offset: 0))) {
            try DOTEscaping.identifier(nonCharacter)
        }
        #expect(DOTEscaping.isRepresentable("\r"))
        #expect(DOTEscaping.isRepresentable("\t"))
        #expect(!DOTEscaping.isRepresentable("\u{1B}"))
    }

    @Test func errorMessagesNameTheCharacter() {
        let error = DOTEscapingError(text: "a\u{0}", problem: .unrepresentableScalar("\u{0}", offset: 1))
        #expect(error.description.contains("U+0000 (NUL)"))
    }

    @Test func numbersAreWrittenWithAtMostThreeDecimals() {
        #expect(DOTNumber.format(1) == "1")
        #expect(DOTNumber.format(2.5) == "2.5")
        #expect(DOTNumber.format(1.23456) == "1.235")
        #expect(DOTNumber.format(-0.1) == "-0.1")
        #expect(DOTNumber.format(.nan) == "0")
    }
}
