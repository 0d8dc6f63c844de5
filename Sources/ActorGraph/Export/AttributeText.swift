/// How attribute values are spelled as text in GraphML and CSV: numbers, and lists
/// (an actor's aliases, a tie's interaction kinds) joined into one string.
///
/// Numbers use the shortest spelling that reads back to the same `Double` (`2.0`,
/// `0.1`, `1e-05`); NaN and the infinities are written as XML Schema spells them
/// (`NaN`, `INF`, `-INF`), which Python's `float` and igraph's reader accept.
///
/// A list is joined with a separator such as `" | "` or `","`. So that every list
/// splits back exactly, a backslash in an element is written `\\` and the
/// separator's non-space character (`|` or `,`) is written with a backslash before
/// it. An element without `\` and without that character is written as it is, so
/// splitting on the separator in another tool gives the elements in the usual case.
public enum AttributeText {
    /// The separator between an actor's aliases: `" | "`.
    public static let aliasSeparator = " | "
    /// The separator between the kinds, tracks and interaction ids of a tie: `","`.
    public static let listSeparator = ","

    /// The spelling of a number. O(1).
    ///
    /// - Parameter value: the number.
    public static func text(for value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value == .infinity { return "INF" }
        if value == -.infinity { return "-INF" }
        return "\(value)"
    }

    /// Parses a decimal number, `NaN`, `INF` or `-INF` (any case, also `inf`,
    /// `infinity`), with surrounding spaces ignored; `nil` for anything else
    /// (hexadecimal included). O(n).
    ///
    /// - Parameter text: the text to parse.
    public static func double(from text: String) -> Double? {
        let trimmed = text.trimmingSpaces()
        guard !trimmed.isEmpty, !trimmed.unicodeScalars.contains(where: { $0 == "x" || $0 == "X" }) else { return nil }
        return Double(trimmed)
    }

    /// Joins list elements, escaping as described above.
    ///
    /// - Parameters:
    ///   - elements: the elements, in order.
    ///   - separator: a non-space character with optional spaces around it.
    /// - Complexity: O(n) in the total length.
    public static func join(_ elements: [String], separator: String) -> String {
        let core = coreScalar(of: separator)
        return elements.map { element in
            var escaped = ""
            for scalar in element.unicodeScalars {
                if scalar == "\\" || scalar == core { escaped.unicodeScalars.append("\\") }
                escaped.unicodeScalars.append(scalar)
            }
            return escaped
        }.joined(separator: separator)
    }

    /// Splits what ``join(_:separator:)`` wrote back into its elements. The empty
    /// string is one empty element.
    ///
    /// - Parameters:
    ///   - text: the joined list.
    ///   - separator: the separator it was joined with.
    /// - Complexity: O(n) in the length of the text.
    public static func split(_ text: String, separator: String) -> [String] {
        let scalars = Array(separator.unicodeScalars)
        guard let coreIndex = scalars.firstIndex(where: { $0 != " " }) else { return [text] }
        let core = scalars[coreIndex]
        let before = coreIndex
        var elements: [String] = []
        var current: [Unicode.Scalar] = []
        var escapedCount = 0  // how many scalars at the end of `current` came from an escape
        var iterator = Array(text.unicodeScalars).makeIterator()
        var pendingSeparatorScalars = ArraySlice<Unicode.Scalar>()
        while let scalar = iterator.next() {
            if let expected = pendingSeparatorScalars.first {
                pendingSeparatorScalars = pendingSeparatorScalars.dropFirst()
                if scalar == expected { continue }
                pendingSeparatorScalars = []
            }
            if scalar == "\\" {
                if let next = iterator.next() {
                    current.append(next)
                    escapedCount = current.count
                } else {
                    current.append(scalar)
                }
                continue
            }
            if scalar == core {
                // Drop the separator's spaces written before the core character.
                var removable = 0
                while removable < before, current.count - removable > escapedCount,
                    current[current.count - removable - 1] == scalars[coreIndex - removable - 1]
                {
                    removable += 1
                }
                current.removeLast(removable)
                elements.append(String(String.UnicodeScalarView(current)))
                current.removeAll()
                escapedCount = 0
                pendingSeparatorScalars = scalars[(coreIndex + 1)...]
                continue
            }
            current.append(scalar)
        }
        elements.append(String(String.UnicodeScalarView(current)))
        return elements
    }

    private static func coreScalar(of separator: String) -> Unicode.Scalar? {
        separator.unicodeScalars.first { $0 != " " }
    }
}

extension String {
    fileprivate func trimmingSpaces() -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return self[start...end]
    }
}
