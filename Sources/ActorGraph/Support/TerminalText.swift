/// Display width in a terminal, counting East Asian wide characters as two
/// columns and combining marks and format characters as none.
enum TerminalText {
    static func width(_ text: String) -> Int {
        var total = 0
        for scalar in text.unicodeScalars {
            let props = scalar.properties
            switch props.generalCategory {
            case .nonspacingMark, .enclosingMark, .format, .control: continue
            default: break
            }
            let v = scalar.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1FAFF).contains(v) || (0x20000...0x3FFFD).contains(v)
            total += wide ? 2 : 1
        }
        return total
    }

    /// The text with every control character (C0, DEL, C1), line or paragraph
    /// separator and explicit bidirectional embedding, override or isolate
    /// (U+202A–U+202E, U+2066–U+2069) shown as an escape (`\u{1B}`, `\n`,
    /// `\u{202E}`), so that printing a name read from a file cannot move the
    /// cursor, change colours, break a table row or reorder the rest of the line.
    /// Arabic text needs none of these: the terminal's own bidirectional
    /// algorithm orders it.
    ///
    /// - Complexity: O(n) in the length of the text.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case _ where isControl(scalar): out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The widest a table cell is drawn, in columns; longer text ends in `…`
    /// (CSV and JSON carry the whole text).
    static let maximumCellWidth = 60

    /// A table cell: ``visible(_:)``, cut to ``maximumCellWidth`` columns.
    ///
    /// - Complexity: O(min(n, width)) once the text is long.
    static func cell(_ text: String) -> String {
        var out = ""
        var width = 0
        for character in text {
            let piece = visible(String(character))
            let pieceWidth = self.width(piece)
            if width + pieceWidth > maximumCellWidth - 1 {
                return out + "…"
            }
            out += piece
            width += pieceWidth
        }
        return out
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029 || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v)
    }
}
