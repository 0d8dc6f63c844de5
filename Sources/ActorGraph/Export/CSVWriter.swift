/// Writes CSV by RFC 4180: fields separated by commas, records ended by CR LF; a
/// field holding a comma, a double quote, a carriage return or a line feed is
/// enclosed in double quotes with inner quotes doubled.
///
/// What it writes, ``CSVTable`` reads back field for field.
struct CSVWriter {
    private(set) var text = ""

    /// One field, quoted when it must be.
    ///
    /// - Complexity: O(n) in the length of the field.
    static func field(_ value: String) -> String {
        let needsQuotes = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return value }
        return "\"" + value.replacingAll("\"", with: "\"\"") + "\""
    }

    /// Appends a record. A record of one empty field is written `""`, so that it is
    /// not read as a blank line.
    mutating func append(_ fields: [String]) {
        if fields.count == 1, fields[0].isEmpty {
            text += "\"\"\r\n"
            return
        }
        text += fields.map(Self.field).joined(separator: ",") + "\r\n"
    }
}

extension String {
    /// Replaces every occurrence of a single-scalar string, scalar by scalar (so a
    /// quote followed by a combining mark is still found).
    fileprivate func replacingAll(_ target: Unicode.Scalar, with replacement: String) -> String {
        var result = ""
        for scalar in unicodeScalars {
            if scalar == target { result += replacement } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}
