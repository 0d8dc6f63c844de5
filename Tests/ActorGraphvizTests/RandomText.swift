/// A seeded generator (SplitMix64), so a failing case can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random names built from the pieces that break naive DOT writers.
enum RandomText {
    static let pieces: [String] = [
        "\"", "\\", "\\\\", "\\\"", "\n", "\t", "\r", "\r\n", "\\\n", "{", "}", "[", "]", "<", ">", "<>", "&", "&amp;",
        "&#65;", "&lt;", ";", ",", "=", ":", "#", "//", "/*", "*/", " ", "  ", "-", "--", "->", "'", "%", "+",
        "\\N", "\\G", "\\E", "\\T", "\\H", "\\L", "\\n", "\\l", "\\r", "\\x",
        "node", "NODE", "Edge", "graph", "Strict", "subGRAPH", "digraph", "DiGraph",
        "0", "1", "42", "3.14", "-7", "1e9",
        "لافروف", "سيرغي", "الولايات المتحدة", "بوتين", "\u{200F}", "\u{202B}", "\u{202C}", "\u{200E}", "\u{061C}",
        "👍", "🇺🇸", "👨‍👩‍👧", "🏳️‍🌈", "e\u{301}", "\u{301}", "a\u{0651}\u{064E}", "\u{FEFF}", "\u{A0}", "\u{85}",
        "\u{2028}", "\u{7F}", "Ω", "ß", "中文", "Привет",
        String(Unicode.Scalar(0xFDD0)!), String(Unicode.Scalar(0x10FFFF)!), String(Unicode.Scalar(0xFFFD)!),
    ]
    static let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_ .")

    /// A random string of DOT-representable characters; about one in fifty is very long.
    static func string(_ rng: inout SeededGenerator) -> String {
        let long = Int.random(in: 0..<50, using: &rng) == 0
        let count = long ? Int.random(in: 300...1500, using: &rng) : Int.random(in: 0...12, using: &rng)
        var text = ""
        for _ in 0..<count {
            if Bool.random(using: &rng) {
                text += pieces[Int.random(in: 0..<pieces.count, using: &rng)]
            } else {
                text.append(letters[Int.random(in: 0..<letters.count, using: &rng)])
            }
        }
        return text
    }

    /// A scalar DOT cannot carry.
    static func forbiddenScalar(_ rng: inout SeededGenerator) -> Unicode.Scalar {
        let values: [UInt32] = [0, 1, 2, 7, 8, 0x0B, 0x0C, 0x0E, 0x1B, 0x1F, 0xFFFE, 0xFFFF]
        return Unicode.Scalar(values[Int.random(in: 0..<values.count, using: &rng)])!
    }
}
