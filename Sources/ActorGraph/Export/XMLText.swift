/// Escaping of strings for XML 1.0 text and attribute values, exact for every
/// string XML can carry.
///
/// XML 1.0 allows tab, line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD
/// and U+10000–U+10FFFF. Everything else (NUL, the other C0 controls, U+FFFE,
/// U+FFFF) cannot be written even as a character reference; ``escaped(_:inAttribute:location:)``
/// throws ``ExportError`` for those instead of dropping them.
enum XMLText {
    /// Whether XML 1.0 can carry the scalar.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// The text escaped for element content, or for a double-quoted attribute value.
    ///
    /// `&`, `<` and `>` are always escaped; a carriage return becomes `&#13;` so
    /// that line-end normalisation keeps it. In an attribute, `"` and tab, line feed
    /// and carriage return are escaped too, so that attribute-value normalisation
    /// keeps them.
    ///
    /// - Parameter location: names the node or attribute in the error.
    /// - Throws: ``ExportError`` (`.unrepresentableCharacter`) for a scalar XML 1.0 cannot carry.
    /// - Complexity: O(n) in the length of the text.
    static func escaped(_ text: String, inAttribute: Bool, location: @autoclosure () -> String) throws(ExportError)
        -> String
    {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\r": result += "&#13;"
            case "\"" where inAttribute: result += "&quot;"
            case "\n" where inAttribute: result += "&#10;"
            case "\t" where inAttribute: result += "&#9;"
            default:
                guard isAllowed(scalar) else {
                    let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
                    throw ExportError(
                        kind: .unrepresentableCharacter, location: location(),
                        message: "the character \(code) cannot be written in XML 1.0")
                }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
