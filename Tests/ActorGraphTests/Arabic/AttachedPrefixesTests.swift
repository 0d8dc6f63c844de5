import Testing

@testable import ActorGraph

struct AttachedPrefixesTests {
    private func stems(_ word: String) -> [String: String] {
        var result: [String: String] = [:]
        for reading in AttachedPrefixes.strippings(of: word) { result[reading.stem] = reading.prefix }
        return result
    }

    @Test func singleLetterPrefixes() {
        #expect(stems("وسمير")["سمير"] == "و")
        #expect(stems("فسمير")["سمير"] == "ف")
        #expect(stems("بسمير")["سمير"] == "ب")
        #expect(stems("لسمير")["سمير"] == "ل")
        #expect(stems("كسمير")["سمير"] == "ك")
    }

    @Test func conjunctionThenPreposition() {
        #expect(stems("وبسمير")["سمير"] == "وب")
        #expect(stems("ولسمير")["سمير"] == "ول")
        #expect(stems("فبسمير")["سمير"] == "فب")
    }

    @Test func articleCombinations() {
        let readings = stems("والمتحف")
        #expect(readings["المتحف"] == "و")
        #expect(readings["متحف"] == "وال")
        #expect(stems("بالمتحف")["المتحف"] == "ب")
        #expect(stems("فالمتحف")["متحف"] == "فال")
        #expect(stems("وبالمتحف")["المتحف"] == "وب")
    }

    @Test func lamLamRestoresTheArticle() {
        let readings = AttachedPrefixes.strippings(of: "للمتحف")
        let restored = readings.first { $0.stem == "المتحف" }
        #expect(restored?.prefix == "ل")
        #expect(restored?.lettersSkipped == 1)
        #expect(readings.contains { $0.stem == "متحف" && $0.prefix == "لل" })
        #expect(stems("وللمتحف")["المتحف"] == "ول")
    }

    @Test func stemsKeepAtLeastTwoLetters() {
        #expect(AttachedPrefixes.strippings(of: "وب").isEmpty)
        #expect(stems("وبه")["به"] == "و")
        #expect(stems("وبه")["ه"] == nil)
    }

    @Test func wordWithoutPrefixLetterHasNoReadings() {
        #expect(AttachedPrefixes.strippings(of: "سمير").isEmpty)
    }
}
