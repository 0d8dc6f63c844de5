/// An ISO 3166-1 alpha-2 country code such as `US` or `RU`.
///
/// The initializer accepts exactly two ASCII upper-case letters; it does not check
/// that the pair is currently assigned, so that historical and user-assigned codes
/// (`XK` for Kosovo) remain usable.
public struct CountryCode: RawRepresentable, Sendable, Hashable, Codable, Comparable,
    CustomStringConvertible
{
    /// The two-letter code.
    public let rawValue: String

    /// Creates a code from two upper-case ASCII letters, or returns `nil`.
    ///
    /// - Parameter rawValue: the code, for example `"US"`.
    public init?(rawValue: String) {
        let scalars = rawValue.unicodeScalars
        guard scalars.count == 2,
            scalars.allSatisfy({ $0.value >= 65 && $0.value <= 90 })
        else { return nil }
        self.rawValue = rawValue
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let code = CountryCode(rawValue: text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "expected an ISO 3166-1 alpha-2 code (two upper-case letters), found \"\(text)\"")
        }
        self = code
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    public static func < (lhs: CountryCode, rhs: CountryCode) -> Bool { lhs.rawValue < rhs.rawValue }
}
