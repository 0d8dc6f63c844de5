/// The entity ids ActorGraph gives the FollowTheMoney entities it writes, and how
/// it reads them back.
///
/// FtM ids are letters, digits, `.` and `-`, begin and end with a letter or digit,
/// and are at most 200 characters long. An ActorGraph id is written after a prefix
/// that says what it was (`ag-actor-`, `ag-event-`, `ag-aff-`, `ag-doc-`,
/// `ag-src-`) with every byte other than an ASCII letter, digit or inner `-` written
/// as `.` and two upper-case hex digits of its UTF-8 (`ali_2` → `ali.5F2`,
/// `وزير` → `.D9.88.D8.B2…`), so that the id reads back exactly. An id whose
/// encoding would pass 200 characters is written as the prefix, `.h` and the first
/// 40 hex digits of its SHA-256 instead: such an id does not read back (an event
/// keeps it in `recordId`).
public enum FtMIdentifier {
    /// FtM's longest entity id.
    public static let maximumLength = 200

    /// The prefix of a person's or an institution's entity.
    public static let actorPrefix = "ag-actor-"
    /// The prefix of an interaction's `Event`.
    public static let eventPrefix = "ag-event-"
    /// The prefix of an affiliation's `Membership` or `Employment`.
    public static let affiliationPrefix = "ag-aff-"
    /// The prefix of a source document's `Document`.
    public static let documentPrefix = "ag-doc-"
    /// The prefix of a `Documentation` tying an event to the paragraphs of a document.
    public static let citationPrefix = "ag-src-"

    /// The entity id for `text` after `prefix`.
    ///
    /// - Parameters:
    ///   - prefix: one of the prefixes above, or several joined.
    ///   - text: the ActorGraph id or name (not empty).
    /// - Complexity: O(length of `text`).
    public static func id(_ prefix: String, _ text: String) -> String {
        let encoded = encode(text)
        if prefix.utf8.count + encoded.utf8.count <= maximumLength { return prefix + encoded }
        let digest = SHA256.digest(Array(text.utf8)).prefix(20)
        return prefix + ".h" + digest.map { hexDigits($0) }.joined()
    }

    /// The entity id for the `number`-th item belonging to `text` (an actor's
    /// second affiliation, an interaction's first source): the prefix, `text`
    /// encoded, `-` and the number; hashed as a whole when too long.
    ///
    /// - Parameters:
    ///   - prefix: one of the prefixes above.
    ///   - text: the owner's ActorGraph id.
    ///   - number: the item's 1-based position.
    public static func id(_ prefix: String, _ text: String, number: Int) -> String {
        let full = prefix + encode(text) + "-" + String(number)
        if full.utf8.count <= maximumLength { return full }
        let digest = SHA256.digest(Array((text + "\u{0}" + String(number)).utf8)).prefix(20)
        return prefix + ".h" + digest.map { hexDigits($0) }.joined()
    }

    /// The ActorGraph id an entity id written by ``id(_:_:)`` with `prefix` holds,
    /// or `nil` when it does not start with `prefix`, was hashed, or is not a valid
    /// encoding.
    ///
    /// - Parameters:
    ///   - prefix: the prefix it should start with.
    ///   - entityID: the FtM entity id.
    public static func decode(_ prefix: String, _ entityID: String) -> String? {
        guard entityID.hasPrefix(prefix) else { return nil }
        let body = Array(entityID.utf8.dropFirst(prefix.utf8.count))
        guard !body.isEmpty else { return nil }
        var bytes: [UInt8] = []
        var index = 0
        while index < body.count {
            let byte = body[index]
            if byte == UInt8(ascii: ".") {
                guard index + 2 < body.count, let high = hexValue(body[index + 1]), let low = hexValue(body[index + 2])
                else { return nil }
                bytes.append(high << 4 | low)
                index += 3
            } else if isKept(byte) {
                bytes.append(byte)
                index += 1
            } else {
                return nil
            }
        }
        guard let text = String(validating: bytes, as: UTF8.self), encode(text) == String(decoding: body, as: UTF8.self)
        else { return nil }
        return text
    }

    /// Whether `text` is a valid FtM entity id.
    ///
    /// - Parameter text: a candidate id.
    public static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, let last = bytes.last, bytes.count <= maximumLength,
            isAlphanumeric(first), isAlphanumeric(last)
        else { return false }
        return bytes.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }
    }

    // MARK: - Encoding

    static func encode(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out = ""
        for (index, byte) in bytes.enumerated() {
            if isKept(byte), !(byte == UInt8(ascii: "-") && index == bytes.count - 1) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "." + hexDigits(byte)
            }
        }
        return out
    }

    private static func isKept(_ byte: UInt8) -> Bool { isAlphanumeric(byte) || byte == UInt8(ascii: "-") }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    private static func hexDigits(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        default: nil
        }
    }
}
