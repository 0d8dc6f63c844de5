/// The value of a Graphviz attribute, as the caller means it.
///
/// ```swift
/// style.nodeOverrides["putin"] = ["penwidth": "3", "label": .label("Putin \"V.V.\"")]
/// ```
///
/// A string literal is a ``string(_:)``: Graphviz receives exactly that string
/// (`agget` returns it), so `"filled,rounded"`, `"#0072B2"` or `"LR"` pass through
/// as they are, backslash escapes included. Use ``label(_:)`` for text that must be
/// *displayed* exactly as given, and ``html(_:)`` for a Graphviz HTML-like label,
/// which is written between `<` and `>` without any change.
public enum DOTAttributeValue: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByFloatLiteral,
    ExpressibleByIntegerLiteral, CustomStringConvertible
{
    /// A raw attribute value that Graphviz reads back unchanged (escapes such as
    /// `\n` inside it keep their Graphviz meaning).
    case string(String)
    /// Text that Graphviz displays exactly, newlines as line breaks.
    case label(String)
    /// An HTML-like label, written as `<` + text + `>`; the caller keeps it well formed.
    case html(String)

    /// Creates a ``string(_:)`` value from a string literal.
    public init(stringLiteral value: String) { self = .string(value) }

    /// Creates a ``string(_:)`` value from a number literal, written as ``number(_:)`` writes it.
    public init(floatLiteral value: Double) { self = .string(DOTNumber.format(value)) }

    /// Creates a ``string(_:)`` value from an integer literal.
    public init(integerLiteral value: Int) { self = .string(String(value)) }

    /// A number written the way the DOT writer writes numbers (at most three decimals).
    ///
    /// - Parameter value: the number.
    public static func number(_ value: Double) -> DOTAttributeValue { .string(DOTNumber.format(value)) }

    /// The DOT token for this value.
    ///
    /// - Throws: ``DOTEscapingError`` when a ``string(_:)`` or ``label(_:)`` holds
    ///   text DOT cannot carry exactly.
    /// - Complexity: O(n) in the length of the text.
    public func token() throws(DOTEscapingError) -> String {
        switch self {
        case .string(let text): try DOTEscaping.value(text)
        case .label(let text): try DOTEscaping.label(text)
        case .html(let text): "<" + text + ">"
        }
    }

    public var description: String {
        switch self {
        case .string(let text): text
        case .label(let text): text
        case .html(let text): "<" + text + ">"
        }
    }
}

/// Deterministic number formatting for DOT.
enum DOTNumber {
    /// `value` rounded to three decimals, without exponent or trailing zeros
    /// (`1.5`, `2`, `0.125`); non-finite values become `0`.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let thousandths = (value * 1000).rounded()
        guard abs(thousandths) < 1e15 else { return "0" }
        let whole = Int(thousandths)
        let sign = whole < 0 ? "-" : ""
        let magnitude = abs(whole)
        var text = sign + String(magnitude / 1000)
        var fraction = magnitude % 1000
        if fraction != 0 {
            var digits = String(fraction)
            while digits.count < 3 { digits = "0" + digits }
            while digits.hasSuffix("0") {
                digits.removeLast()
                fraction /= 10
            }
            text += "." + digits
        }
        return text
    }
}
