import Foundation
import Testing

@testable import ActorGraph

/// JSON is written one way: JSONText's strings are what JSONEncoder (as
/// `actorgraph mentions --format json` configures it) writes, and what
/// JSONSerialization reads back.
@Suite struct JSONTextTests {
    static let samples = [
        "", "plain", "quote \" and backslash \\", "slash / here", "tab\tnew\nline\r", "\u{0}\u{1}\u{1F}\u{7F}",
        "سيرغي لافروف", "emoji 🇷🇺 👩‍👩‍👧", "\u{200F}rtl mark", "\u{2028}\u{2029}", "e\u{301}",
    ]

    @Test(arguments: samples)
    func stringsAreEscapedAsJSONEncoderEscapesThem(text: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let encoded = String(decoding: try encoder.encode([text]), as: UTF8.self)
        #expect(encoded == "[" + JSONText.quote(text) + "]")
        let back = try JSONSerialization.jsonObject(with: Data(("[" + JSONText.quote(text) + "]").utf8)) as? [String]
        #expect(back == [text])
    }
}
