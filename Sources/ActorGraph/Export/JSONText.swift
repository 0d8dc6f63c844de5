/// JSON text shared by the exporters (dataset JSON, score tables).
///
/// Why a hand-written writer and not `JSONEncoder`: dataset JSON keeps its keys
/// in the order the schema and the guides document them (ids first) and
/// round-trips byte for byte through ``DatasetWriter``; score tables write `null`
/// for an undefined score where `JSONEncoder` throws on NaN, and stream large
/// tables without building an `Encodable` tree. The one `JSONEncoder` output,
/// `actorgraph mentions --format json` (sorted keys, `.withoutEscapingSlashes`),
/// escapes strings exactly as ``quote(_:)`` does; `JSONTextTests` checks that.
enum JSONText {
    /// A JSON string literal for any Swift string: `"` and `\` escaped, control
    /// characters as `\n`, `\t`, `\b`, `\f`, `\r` or `\u00XX`, everything else
    /// as it is (UTF-8, not `\u` escapes).
    ///
    /// - Complexity: O(n) in the length of the text.
    static func quote(_ text: String) -> String {
        var out = ""
        write(text, to: &out)
        return out
    }

    /// Appends the JSON string literal for `text` to `out`.
    static func write(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    /// A JSON number with the shortest text that reads back exactly (whole
    /// numbers without a fraction), or `null` for `nil`, NaN and infinities.
    static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
