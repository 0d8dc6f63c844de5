import Testing

@testable import ActorGraph

@Suite struct AttributeTextTests {
    @Test func listsWithoutSpecialCharactersAreJoinedPlainly() {
        #expect(AttributeText.join(["روسيا", "Russia"], separator: " | ") == "روسيا | Russia")
        #expect(AttributeText.join(["meeting", "call"], separator: ",") == "meeting,call")
    }

    @Test func separatorsAndBackslashesInElementsAreEscaped() {
        #expect(AttributeText.join(["a|b", "c\\d"], separator: " | ") == "a\\|b | c\\\\d")
        #expect(AttributeText.join(["x,y"], separator: ",") == "x\\,y")
    }

    @Test func trickyListsSplitBackExactly() {
        let lists: [[String]] = [
            [""], ["", ""], ["a "], [" a", "b "], ["|"], ["\\"], ["a\\", "b"], [" | "], ["x\\| y", "z"],
            TrickyStrings.names,
        ]
        for separator in [AttributeText.aliasSeparator, AttributeText.listSeparator] {
            for list in lists {
                let joined = AttributeText.join(list, separator: separator)
                #expect(AttributeText.split(joined, separator: separator) == list, "\(list) with \(separator.debugDescription)")
            }
        }
    }

    @Test func randomListsSplitBackExactly() {
        var rng = SeededRandom(seed: 7)
        for _ in 0..<300 {
            let list = (0..<Int.random(in: 1...4, using: &rng)).map { _ in
                TrickyStrings.random(using: &rng, xmlSafe: false)
            }
            for separator in [AttributeText.aliasSeparator, AttributeText.listSeparator] {
                #expect(AttributeText.split(AttributeText.join(list, separator: separator), separator: separator) == list)
            }
        }
    }

    @Test func numbersUseShortestRoundTripAndSchemaSpellings() {
        #expect(AttributeText.text(for: 2) == "2.0")
        #expect(AttributeText.text(for: 0.1) == "0.1")
        #expect(AttributeText.text(for: .nan) == "NaN")
        #expect(AttributeText.text(for: -.infinity) == "-INF")
        for value in [0.1, 1e-5, 2.5e20, 1.0 / 3, -7, 0] {
            #expect(AttributeText.double(from: AttributeText.text(for: value)) == value)
        }
        #expect(AttributeText.double(from: " 1.5\n") == 1.5)
        #expect(AttributeText.double(from: "INF") == .infinity)
        #expect(AttributeText.double(from: "0x10") == nil)
        #expect(AttributeText.double(from: "") == nil)
    }
}
