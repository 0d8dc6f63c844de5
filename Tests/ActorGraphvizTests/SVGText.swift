/// Just enough SVG reading for the tests: the text lines of each node, by title.
/// It works on UTF-8 bytes, so combining marks next to markup cannot hide it.
enum SVGText {
    /// The first index at or after `from` where `pattern` starts, or `nil`.
    static func find(_ pattern: String, in bytes: [UInt8], from: Int, to limit: Int? = nil) -> Int? {
        let needle = Array(pattern.utf8)
        let end = (limit ?? bytes.count) - needle.count
        guard from <= end else { return nil }
        var i = from
        while i <= end {
            if bytes[i] == needle[0], Array(bytes[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }

    static func text(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        unescape(Substring(String(decoding: bytes[range], as: UTF8.self)))
    }

    /// The unescaped contents of the `<text>` elements in `bytes[from..<to]`.
    static func texts(_ bytes: [UInt8], from: Int, to limit: Int) -> [String] {
        var lines: [String] = []
        var cursor = from
        while let open = find("<text", in: bytes, from: cursor, to: limit),
            let close = find(">", in: bytes, from: open, to: limit),
            let endText = find("</text>", in: bytes, from: close + 1, to: limit)
        {
            lines.append(text(bytes, (close + 1)..<endText))
            cursor = endText + 7
        }
        return lines
    }

    /// Node title → the contents of its `<text>` elements, XML-unescaped, in order.
    static func nodeLines(_ svg: String) -> [String: [String]] {
        let bytes = Array(svg.utf8)
        var result: [String: [String]] = [:]
        var cursor = 0
        while let start = find("class=\"node\">", in: bytes, from: cursor) {
            let end = find("</g>", in: bytes, from: start) ?? bytes.count
            cursor = end
            guard let titleStart = find("<title>", in: bytes, from: start, to: end),
                let titleEnd = find("</title>", in: bytes, from: titleStart, to: end)
            else { continue }
            result[text(bytes, (titleStart + 7)..<titleEnd)] = texts(bytes, from: titleEnd, to: end)
        }
        return result
    }

    /// Every `<text>` element's content, unescaped, in document order.
    static func allTexts(_ svg: String) -> [String] {
        let bytes = Array(svg.utf8)
        return texts(bytes, from: 0, to: bytes.count)
    }

    /// XML character and entity references to characters. Graphviz writes the
    /// second and later spaces of a run as `&#160;` so that they stay visible; that
    /// reference is read back as the space it displays.
    static func unescape(_ text: Substring) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == "&", let semicolon = scalars[index...].firstIndex(of: ";") else {
                out.append(scalar)
                index += 1
                continue
            }
            let name = String(String.UnicodeScalarView(scalars[(index + 1)..<semicolon]))
            switch name {
            case "amp": out.append("&")
            case "lt": out.append("<")
            case "gt": out.append(">")
            case "quot": out.append("\"")
            case "apos": out.append("'")
            case "#160": out.append(" ")
            default:
                if name.hasPrefix("#x"), let value = UInt32(name.dropFirst(2), radix: 16), let s = Unicode.Scalar(value) {
                    out.append(s)
                } else if name.hasPrefix("#"), let value = UInt32(name.dropFirst()), let s = Unicode.Scalar(value) {
                    out.append(s)
                } else {
                    out.append(contentsOf: ("&" + name + ";").unicodeScalars)
                }
            }
            index = semicolon + 1
        }
        return String(out)
    }
}
