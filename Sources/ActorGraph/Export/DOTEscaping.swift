/// Exact quoting of text for Graphviz DOT: identifiers that read back as the very
/// same string, and labels that display as the very same string.
///
/// Graphviz reads a quoted string in two layers, and each needs its own rule:
///
/// 1. **The parser** (libcgraph's scanner) turns `\"` into `"`, drops a backslash
///    that ends a line (line continuation), keeps `\\` as *two* backslashes, and
///    passes every other character through unchanged. This is all an identifier
///    goes through: `agnameof` returns the text after this layer.
/// 2. **The label layer** (for `label`, `xlabel` and the like) then replaces
///    `\N`, `\G`, `\E`, `\T`, `\H`, `\L` by object names, turns HTML entities
///    such as `&amp;` and `&#65;` into characters, and finally treats `\n`, `\l`,
///    `\r` as line breaks and any other `\c` as `c`.
///
/// So an identifier is written with each `"` as `\"` and everything else
/// verbatim. That cannot express a run of an odd number of backslashes directly
/// before a `"`, a newline or the end of the text (`a\` or `a\"b`), nor (a quirk
/// of libcgraph 2.42's scanner) a single newline standing between the quotes,
/// a `"` or a `\` on both sides (`"\n"`, `"\n\\x"`); such an identifier is
/// written as an HTML string `<…>` instead, which the parser takes verbatim, if
/// its `<` and `>` are balanced. When neither form can carry it,
/// ``identifier(_:)`` throws rather than changing it. It also throws for an
/// identifier that starts with `%`: libcgraph keeps such names for anonymous
/// objects and `agnameof` gives back `%` and a number instead.
///
/// A label is written with `\` as `\\`, `"` as `\"`, a newline as `\n` and `&` as
/// `&amp;`; every other character is verbatim. After both layers, that gives back
/// the original text, with each newline a line break.
///
/// Neither can carry a character that the SVG (XML 1.0) output cannot hold:
/// U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+FFFE and U+FFFF. Graphviz
/// would write them raw into the SVG, which is then not well-formed XML; they are
/// rejected with ``DOTEscapingError``. Tab, newline and carriage return are fine
/// (Graphviz writes a carriage return as `&#13;`).
///
/// The rules are proved by property tests that feed thousands of random strings
/// through libcgraph's `agmemread` and through a full SVG render.
public enum DOTEscaping {
    /// Whether a scalar can be carried by DOT and by the SVG that Graphviz renders.
    ///
    /// - Parameter scalar: the scalar to check.
    /// - Complexity: O(1).
    public static func isRepresentable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x00...0x1F: false
        case 0xFFFE, 0xFFFF: false
        default: true
        }
    }

    /// The DOT token for an identifier (node, graph, cluster or attribute name)
    /// that `agnameof` reads back as exactly `text`.
    ///
    /// Normally a double-quoted string; an HTML string `<…>` when the text has an odd
    /// run of backslashes before a `"`, a newline or its end.
    ///
    /// - Parameter text: Any string.
    /// - Returns: The token, quotes or angle brackets included.
    /// - Throws: ``DOTEscapingError`` when `text` holds a scalar that
    ///   ``isRepresentable(_:)`` rejects, starts with `%` (libcgraph keeps such
    ///   names for its anonymous objects and reads them back as `%` plus a number),
    ///   or needs the HTML form but its `<` and `>` are not balanced.
    /// - Complexity: O(n) in the length of `text`.
    public static func identifier(_ text: String) throws(DOTEscapingError) -> String {
        if text.unicodeScalars.first == "%" {
            throw DOTEscapingError(text: text, problem: .leadingPercent)
        }
        return try value(text)
    }

    /// The DOT token for an attribute value that `agget` reads back as exactly
    /// `text` (the parser layer only; see ``label(_:)`` for displayed text).
    ///
    /// - Parameter text: Any string.
    /// - Throws: ``DOTEscapingError`` under the same conditions as ``identifier(_:)``,
    ///   except that a leading `%` is fine in a value.
    /// - Complexity: O(n) in the length of `text`.
    public static func value(_ text: String) throws(DOTEscapingError) -> String {
        try checkScalars(text)
        if let quoted = quotedVerbatim(text) { return quoted }
        if htmlBracketsBalance(text) { return "<" + text + ">" }
        throw DOTEscapingError(text: text, problem: .oddBackslashesWithUnbalancedBrackets)
    }

    /// The DOT token (a double-quoted string) for a label that Graphviz displays as
    /// exactly `text`, each newline starting a new centred line.
    ///
    /// - Parameter text: Any string.
    /// - Throws: ``DOTEscapingError`` when `text` holds a scalar that
    ///   ``isRepresentable(_:)`` rejects.
    /// - Complexity: O(n) in the length of `text`.
    public static func label(_ text: String) throws(DOTEscapingError) -> String {
        try checkScalars(text)
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "&": out += "&amp;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
        return out
    }

    /// Throws for the first scalar that DOT or SVG cannot carry.
    static func checkScalars(_ text: String) throws(DOTEscapingError) {
        for (offset, scalar) in text.unicodeScalars.enumerated() where !isRepresentable(scalar) {
            throw DOTEscapingError(text: text, problem: .unrepresentableScalar(scalar, offset: offset))
        }
    }

    /// `"text"` with each `"` escaped, or `nil` when the parser would not give
    /// `text` back: when an odd run of backslashes precedes a `"`, a newline or the
    /// end (the parser would eat one of them), or when a newline stands alone
    /// between the opening quote, a `"` or a `\` and a `"`, a `\` or the end
    /// (libcgraph 2.42's scanner matches such a lone newline with its line-counting
    /// rule and drops it).
    static func quotedVerbatim(_ text: String) -> String? {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        var backslashRun = 0
        // The run of characters since the last `"` or `\`: nil when empty, true when it is one newline.
        var runIsLoneNewline: Bool? = nil
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "\"":
                if runIsLoneNewline == true { return nil }
                runIsLoneNewline = nil
                if scalar == "\\" {
                    backslashRun += 1
                    out += "\\"
                    continue
                }
                guard backslashRun.isMultiple(of: 2) else { return nil }
                out += "\\\""
            case "\n":
                guard backslashRun.isMultiple(of: 2) else { return nil }
                runIsLoneNewline = runIsLoneNewline == nil
                out += "\n"
            default:
                runIsLoneNewline = false
                out.unicodeScalars.append(scalar)
            }
            backslashRun = 0
        }
        guard backslashRun.isMultiple(of: 2), runIsLoneNewline != true else { return nil }
        out += "\""
        return out
    }

    /// Whether `<text>` scans as one HTML string: no prefix closes more `>` than it
    /// opened `<`, and the counts are equal at the end.
    static func htmlBracketsBalance(_ text: String) -> Bool {
        var depth = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "<") {
                depth += 1
            } else if byte == UInt8(ascii: ">") {
                depth -= 1
                if depth < 0 { return false }
            }
        }
        return depth == 0
    }
}

/// Text that DOT cannot carry exactly.
public struct DOTEscapingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong with the text.
    public enum Problem: Hashable, Sendable {
        /// A scalar that DOT or the SVG output cannot hold, at this scalar offset.
        case unrepresentableScalar(Unicode.Scalar, offset: Int)
        /// An identifier with an odd run of backslashes before a `"`, a newline or
        /// its end (impossible as a quoted string) whose `<` and `>` do not balance
        /// (impossible as an HTML string).
        case oddBackslashesWithUnbalancedBrackets
        /// An identifier starting with `%`: libcgraph reserves that prefix for the
        /// names of anonymous objects and reads such a name back as `%` plus a number.
        case leadingPercent
    }

    /// The text as given.
    public var text: String
    /// Why the text cannot be written.
    public var problem: Problem

    public var description: String {
        switch problem {
        case .unrepresentableScalar(let scalar, let offset):
            "character \(DOTEscapingError.name(of: scalar)) at position \(offset) cannot be written to DOT/SVG"
        case .oddBackslashesWithUnbalancedBrackets:
            "an identifier whose backslash (\\) stands before a quote, a newline or its end, and whose < and > "
                + "do not balance, cannot be written to DOT"
        case .leadingPercent:
            "an identifier cannot start with % (Graphviz reserves it for anonymous objects and would read "
                + "back a different name)"
        }
    }

    /// `U+0000 (NUL)`-style name of a scalar for messages.
    static func name(of scalar: Unicode.Scalar) -> String {
        var hex = String(scalar.value, radix: 16, uppercase: true)
        while hex.count < 4 { hex = "0" + hex }
        let controlNames = [
            "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR", "SO", "SI",
            "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US",
        ]
        if scalar.value < 0x20 { return "U+\(hex) (\(controlNames[Int(scalar.value)]))" }
        if scalar.value >= 0xFFFE { return "U+\(hex) (noncharacter)" }
        return "U+\(hex)"
    }
}
