import Foundation

/// One pass over the raw bytes before XMLParser sees them. It refuses what
/// XMLParser (libxml2) would expand, fetch, take quadratic time over, or reject
/// with no more than an error number:
///
/// - a `<!DOCTYPE>` (a DTD), with or without entity declarations: on Linux
///   XMLParser gives no callback for an entity declaration and silently
///   substitutes declared entities (empty text for an external one), so the only
///   safe answer is to refuse the DTD before parsing;
/// - a reference to an entity other than XML's five (`&amp;` `&lt;` `&gt;`
///   `&quot;` `&apos;`); character references (`&#38;`) are fine;
/// - a tag, attribute value, comment or processing instruction longer than
///   ``maximumMarkupBytes`` (libxml2's `XML_MAX_TEXT_LENGTH` and
///   `XML_MAX_LOOKUP_LIMIT`, which XMLParser cannot lift: it offers no
///   `XML_PARSE_HUGE`);
/// - an element with more than ``maximumAttributes`` attributes (libxml2 2.9
///   checks duplicates pairwise: 100,000 attributes take half a minute);
/// - bytes that are not UTF-8 in a file that declares no other encoding
///   (XMLParser on Linux crashes on an element name that is not UTF-8).
///
/// Text between tags may be of any length. Anything the scan does not
/// understand (a quote that never closes, a `<` inside a tag) ends the scan
/// without a finding: XMLParser then reports it.
enum GraphMLPrescan {
    /// The longest tag, attribute value, comment or processing instruction read, in bytes.
    static let maximumMarkupBytes = 10_000_000
    /// The most attributes (namespace declarations included) one element may have.
    static let maximumAttributes = 256

    /// An entity a DTD declares.
    struct DeclaredEntity: Equatable {
        var name: String
        var isParameter: Bool
        /// The SYSTEM literal of an external entity.
        var systemID: String?
        var line: Int

        var reference: String { (isParameter ? "%" : "&") + name + ";" }
    }

    /// Throws the first finding, if any.
    static func check(_ data: Data, file: String?) throws(GraphMLError) {
        let error: GraphMLError?
        if let bigEndian = utf16ByteOrder(data) {
            // Structure is ASCII: map each UTF-16 code unit to its ASCII byte, or 0x80.
            var units: [UInt8] = []
            units.reserveCapacity(data.count / 2)
            data.withUnsafeBytes { raw in
                var index = 0
                while index + 1 < raw.count {
                    let high = bigEndian ? raw[index] : raw[index + 1]
                    let low = bigEndian ? raw[index + 1] : raw[index]
                    units.append(high == 0 && low < 0x80 ? low : 0x80)
                    index += 2
                }
            }
            error = units.withUnsafeBytes { Scanner(bytes: $0, file: file).check() }
        } else {
            error = data.withUnsafeBytes { bytes in
                let declared = declaredEncoding(bytes)
                if let declared, !utf8Names.contains(declared), !singleByteEncodings.contains(declared) {
                    return GraphMLError(
                        kind: .malformedXML, file: file, line: 1,
                        message: "the XML declaration names the encoding \"\(declared)\", which this reader does not read (UTF-8, UTF-16, US-ASCII, ISO-8859-1…16 and windows-1250…1258 are read)")
                }
                if declared.map(utf8Names.contains) ?? true, let bad = firstInvalidUTF8(bytes) {
                    let shown = bytes[bad..<min(bad + 4, bytes.count)].map { "0x" + String($0, radix: 16, uppercase: true) }
                    var line = 1
                    for byte in bytes[0..<bad] where byte == 0x0A { line += 1 }
                    return GraphMLError(
                        kind: .malformedXML, file: file, line: line,
                        message: "malformed XML: bytes that are not UTF-8 (\(shown.joined(separator: " "))); the file declares no other encoding")
                }
                return Scanner(bytes: bytes, file: file).check()
            }
        }
        if let error { throw error }
    }

    /// Encoding names read as UTF-8 (and checked to be UTF-8 before parsing:
    /// XMLParser on Linux crashes on an element name that is not UTF-8, as it
    /// force-unwraps the name).
    static let utf8Names: Set<String> = ["utf-8", "utf8", "us-ascii", "ascii"]

    /// Single-byte encodings libxml2 converts to UTF-8 itself: every byte is a
    /// character, so any input gives valid UTF-8 names. Any other declared name
    /// (misspelt or exotic) is refused: libxml2 then passes raw bytes on.
    static let singleByteEncodings: Set<String> = {
        var names: Set<String> = ["latin1", "latin-1", "iso-latin-1", "l1", "cp1252"]
        for part in 1...16 where part != 12 { names.insert("iso-8859-\(part)"); names.insert("iso8859-\(part)") }
        for code in 1250...1258 { names.insert("windows-\(code)") }
        return names
    }()

    /// The encoding the XML declaration names, lower-cased; `nil` without one.
    private static func declaredEncoding(_ bytes: UnsafeRawBufferPointer) -> String? {
        let head = String(decoding: bytes.prefix(200), as: UTF8.self)
        guard head.hasPrefix("<?xml") || head.hasPrefix("\u{FEFF}<?xml"), let end = head.range(of: "?>"),
            let encoding = head[..<end.lowerBound].range(of: "encoding")
        else { return nil }
        let rest = head[encoding.upperBound..<end.lowerBound].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
        return rest.prefix { $0 != "\"" && $0 != "'" && $0 != " " }.lowercased()
    }

    /// The offset of the first byte that does not begin a well-formed UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: UnsafeRawBufferPointer) -> Int? {
        let count = bytes.count
        var index = 0
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            let length: Int
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: (length, lower) = (3, 0xA0)
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: (length, upper) = (3, 0x9F)  // no surrogates
            case 0xF0: (length, lower) = (4, 0x90)
            case 0xF1...0xF3: length = 4
            case 0xF4: (length, upper) = (4, 0x8F)  // nothing above U+10FFFF
            default: return index
            }
            guard index + length <= count, (lower...upper).contains(bytes[index + 1]) else { return index }
            for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return index }
            index += length
        }
        return nil
    }

    /// `true` for big-endian UTF-16, `false` for little-endian, `nil` when not UTF-16.
    private static func utf16ByteOrder(_ data: Data) -> Bool? {
        let head = [UInt8](data.prefix(4))
        guard head.count >= 2 else { return nil }
        if head[0] == 0xFE, head[1] == 0xFF { return true }
        if head[0] == 0xFF, head[1] == 0xFE { return false }
        guard head.count == 4 else { return nil }
        if head == [0x00, 0x3C, 0x00, 0x3F] { return true }
        if head == [0x3C, 0x00, 0x3F, 0x00] { return false }
        return nil
    }

    private struct Scanner {
        let bytes: UnsafeRawBufferPointer
        let file: String?

        private func error(_ kind: GraphMLError.Kind, at position: Int, _ message: String) -> GraphMLError {
            GraphMLError(kind: kind, file: file, line: line(at: position), message: message)
        }

        private func line(at position: Int) -> Int {
            var count = 1
            for byte in bytes[0..<min(position, bytes.count)] where byte == 0x0A { count += 1 }
            return count
        }

        private func starts(_ text: StaticString, at position: Int, ignoringCase: Bool = false) -> Bool {
            let count = text.utf8CodeUnitCount
            guard position + count <= bytes.count else { return false }
            let pointer = text.utf8Start
            for offset in 0..<count {
                var byte = bytes[position + offset]
                if ignoringCase, byte >= 0x61, byte <= 0x7A { byte -= 0x20 }
                if byte != pointer[offset] { return false }
            }
            return true
        }

        /// The position of `text` at or after `position`.
        private func find(_ text: StaticString, from position: Int) -> Int? {
            let first = text.utf8Start[0]
            var index = position
            while index < bytes.count {
                if bytes[index] == first, starts(text, at: index) { return index }
                index += 1
            }
            return nil
        }

        private static func isNameByte(_ byte: UInt8) -> Bool {
            switch byte {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F, 0x3A, 0x2D, 0x2E: return true
            default: return byte >= 0x80
            }
        }

        private static func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
        }

        private func text(_ range: Range<Int>, limit: Int = 200) -> String {
            let clipped = range.lowerBound..<min(range.upperBound, range.lowerBound + limit)
            let text = String(decoding: bytes[clipped], as: UTF8.self)
            return clipped.count < range.count ? text + "…" : text
        }

        private func name(from position: Int) -> Range<Int> {
            var end = position
            while end < bytes.count, end - position < 1000, Self.isNameByte(bytes[end]) { end += 1 }
            return position..<end
        }

        private func skipSpace(from position: Int) -> Int {
            var index = position
            while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
            return index
        }

        /// A refused entity reference starting at the `&` at `position`, if it is one.
        private func entityReference(at position: Int) -> GraphMLError? {
            guard position + 1 < bytes.count, bytes[position + 1] != 0x23 else { return nil }  // &#…; is a character reference
            let range = name(from: position + 1)
            guard !range.isEmpty, range.upperBound < bytes.count, bytes[range.upperBound] == 0x3B else { return nil }
            let name = text(range)
            guard !["amp", "lt", "gt", "quot", "apos"].contains(name) else { return nil }
            return error(
                .dtdOrEntity, at: position,
                "the entity reference &\(name); is refused: only XML's predefined &amp; &lt; &gt; &quot; &apos; and character references such as &#38; are read; entities are never expanded or fetched"
            )
        }

        /// The markup scan, then anywhere in the text (the scan stops at the first
        /// malformed tag, where libxml2 reads on): a processing instruction without
        /// data, on which Foundation's XMLParser on Linux crashes. `<?name?>` is
        /// refused wherever it stands, in a comment too.
        func check() -> GraphMLError? {
            if let error = run() { return error }
            var index = 0
            while let open = find("<?", from: index) {
                let target = name(from: open + 2)
                let after = skipSpace(from: target.upperBound)
                if !target.isEmpty, starts("?>", at: after) { return instructionWithoutData(at: open, end: after) }
                index = open + 2
            }
            return nil
        }

        private func instructionWithoutData(at position: Int, end: Int) -> GraphMLError {
            // Foundation's XMLParser on Linux hands libxml2's missing data to strlen
            // and crashes (found by Fuzz/GraphML: "<?xm?>").
            error(
                .unsupported, at: position,
                "a processing instruction without data (\(text(position..<end + 2))): Foundation's XML parser cannot read one")
        }

        func run() -> GraphMLError? {
            let count = bytes.count
            var index = starts("\u{FEFF}", at: 0) ? 3 : 0
            while index < count {
                let byte = bytes[index]
                if byte == 0x26 {  // &
                    if let error = entityReference(at: index) { return error }
                    index += 1
                    continue
                }
                guard byte == 0x3C else {  // <
                    index += 1
                    continue
                }
                if starts("<!--", at: index) {
                    guard let end = find("-->", from: index + 4) else { return nil }
                    if end + 3 - index > GraphMLPrescan.maximumMarkupBytes {
                        return tooLong("a comment", bytes: end + 3 - index, at: index)
                    }
                    index = end + 3
                } else if starts("<![CDATA[", at: index) {
                    guard let end = find("]]>", from: index + 9) else { return nil }
                    index = end + 3
                } else if starts("<?", at: index) {
                    guard let end = find("?>", from: index + 2) else { return nil }
                    if end + 2 - index > GraphMLPrescan.maximumMarkupBytes {
                        return tooLong("a processing instruction", bytes: end + 2 - index, at: index)
                    }
                    let target = name(from: index + 2)
                    if !target.isEmpty, skipSpace(from: target.upperBound) >= end {
                        return instructionWithoutData(at: index, end: end)
                    }
                    index = end + 2
                } else if starts("<!DOCTYPE", at: index, ignoringCase: true) {
                    return documentType(at: index)
                } else if starts("<!", at: index) {
                    return nil  // not well-formed outside a DTD: XMLParser says so
                } else {
                    switch tag(at: index) {
                    case .end(let next): index = next
                    case .finding(let error): return error
                    case .malformed: return nil
                    }
                }
            }
            return nil
        }

        private func tooLong(_ what: String, bytes length: Int, at position: Int) -> GraphMLError {
            error(
                .limitExceeded, at: position,
                "\(what) longer than \(GraphMLPrescan.maximumMarkupBytes) bytes (\(length) bytes): XMLParser (libxml2) reads no tag, attribute value, comment or processing instruction longer than that"
            )
        }

        private enum TagScan {
            case end(Int)
            case finding(GraphMLError)
            case malformed
        }

        /// A start, end or empty-element tag from its `<` to its `>`.
        private func tag(at start: Int) -> TagScan {
            let count = bytes.count
            let element = name(from: bytes.count > start + 1 && bytes[start + 1] == 0x2F ? start + 2 : start + 1)
            var index = element.upperBound
            var attributes = 0
            var longest: (bytes: Int, equals: Int)?
            var lastEquals = index
            while index < count {
                let byte = bytes[index]
                if byte == 0x3E { break }  // >
                if byte == 0x3C { return .malformed }
                if byte == 0x3D { lastEquals = index }
                if byte == 0x22 || byte == 0x27 {
                    let valueStart = index + 1
                    var end = valueStart
                    while end < count, bytes[end] != byte {
                        if bytes[end] == 0x3C { return .malformed }
                        if bytes[end] == 0x26, let error = entityReference(at: end) { return .finding(error) }
                        end += 1
                    }
                    guard end < count else { return .malformed }
                    attributes += 1
                    if end - valueStart > (longest?.bytes ?? -1) { longest = (end - valueStart, lastEquals) }
                    index = end + 1
                    continue
                }
                index += 1
            }
            guard index < count else { return .malformed }
            let elementName = text(element)
            if attributes > GraphMLPrescan.maximumAttributes {
                return .finding(
                    error(
                        .limitExceeded, at: start,
                        "<\(elementName)> has \(attributes) attributes, more than the \(GraphMLPrescan.maximumAttributes) one element may have (GraphML elements have a few; XMLParser's time grows with the square of the count)"
                    ))
            }
            if let longest, longest.bytes > GraphMLPrescan.maximumMarkupBytes {
                var nameEnd = longest.equals
                while nameEnd > start, Self.isSpace(bytes[nameEnd - 1]) { nameEnd -= 1 }
                var nameStart = nameEnd
                while nameStart > start, Self.isNameByte(bytes[nameStart - 1]) { nameStart -= 1 }
                return .finding(
                    error(
                        .limitExceeded, at: start,
                        "attribute value longer than \(GraphMLPrescan.maximumMarkupBytes) bytes (\(text(nameStart..<nameEnd)) of <\(elementName)>: \(longest.bytes) bytes): XMLParser (libxml2) reads no attribute value or tag longer than that"
                    ))
            }
            if index + 1 - start > GraphMLPrescan.maximumMarkupBytes {
                return .finding(tooLong("the tag <\(elementName)>", bytes: index + 1 - start, at: start))
            }
            return .end(index + 1)
        }

        /// The refusal of the `<!DOCTYPE` at `start`, naming the entities its internal subset declares.
        private func documentType(at start: Int) -> GraphMLError {
            var entities: [DeclaredEntity] = []
            var entityCount = 0
            var index = start + 9
            var inSubset = false
            scan: while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x22, 0x27:
                    var end = index + 1
                    while end < bytes.count, bytes[end] != byte { end += 1 }
                    index = end + 1
                case 0x5B where !inSubset:  // [
                    inSubset = true
                    index += 1
                case 0x5D where inSubset:  // ]
                    inSubset = false
                    index += 1
                case 0x3E where !inSubset:  // >
                    break scan
                case 0x3C where inSubset && starts("<!--", at: index):
                    index = (find("-->", from: index + 4) ?? bytes.count) + 3
                case 0x3C where inSubset && starts("<!ENTITY", at: index):
                    entityCount += 1
                    var position = skipSpace(from: index + 8)
                    let isParameter = position < bytes.count && bytes[position] == 0x25  // %
                    if isParameter { position = skipSpace(from: position + 1) }
                    let nameRange = name(from: position)
                    position = skipSpace(from: nameRange.upperBound)
                    var systemID: String?
                    if starts("SYSTEM", at: position) || starts("PUBLIC", at: position) {
                        let isPublic = starts("PUBLIC", at: position)
                        position = skipSpace(from: position + 6)
                        var literals: [String] = []
                        while literals.count < (isPublic ? 2 : 1), position < bytes.count,
                            bytes[position] == 0x22 || bytes[position] == 0x27
                        {
                            let quote = bytes[position]
                            var end = position + 1
                            while end < bytes.count, bytes[end] != quote { end += 1 }
                            literals.append(text(position + 1..<min(end, bytes.count)))
                            position = skipSpace(from: end + 1)
                        }
                        systemID = literals.last ?? ""
                    }
                    if entities.count < 3 || (systemID != nil && !entities.contains { $0.systemID != nil }) {
                        entities.append(
                            DeclaredEntity(
                                name: text(nameRange), isParameter: isParameter, systemID: systemID, line: line(at: index)))
                    }
                    index = max(position, index + 8)
                default:
                    index += 1
                }
            }
            let refusal = "entities are refused, never expanded or fetched; remove the <!DOCTYPE …> declaration"
            guard let first = entities.first else {
                return error(
                    .dtdOrEntity, at: start,
                    "a <!DOCTYPE> (a DTD) is refused: GraphML is defined by an XML Schema, and a DTD may declare entities and default attributes, which this reader never expands, fetches or applies; remove the <!DOCTYPE …> declaration"
                )
            }
            func describe(_ entity: DeclaredEntity) -> String {
                guard let systemID = entity.systemID else { return entity.reference }
                return "\(entity.reference) (external: SYSTEM \"\(systemID)\")"
            }
            let message: String
            if entityCount == 1 {
                message = "the DTD declares the entity \(describe(first)); \(refusal)"
            } else {
                let shown = entities.prefix(3).map(\.reference).joined(separator: ", ")
                let external = entities.first { $0.systemID != nil }.map { ", among them \(describe($0))" } ?? ""
                message = "the DTD declares \(entityCount) entities (\(shown)\(entityCount > 3 ? ", …" : "")\(external)); \(refusal)"
            }
            return GraphMLError(kind: .dtdOrEntity, file: file, line: first.line, message: message)
        }
    }
}
