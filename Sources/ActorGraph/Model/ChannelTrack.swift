/// The diplomatic track a contact went through.
public enum ChannelTrack: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Track 1: serving officials acting for their governments.
    case official
    /// Track 1.5: officials and non-officials together, or semi-official envoys.
    case track1_5 = "track1.5"
    /// Track 2: unofficial: former officials, scholars, think tanks.
    case track2

    public static func < (lhs: ChannelTrack, rhs: ChannelTrack) -> Bool {
        // The spellings sort in track order: official < track1.5 < track2.
        lhs.rawValue < rhs.rawValue
    }
}

/// How openly a contact took place.
public enum Disclosure: String, Sendable, Hashable, Codable, CaseIterable {
    /// Kept secret; known through leaks or later reporting.
    case secret
    /// Not announced beforehand, but not denied either.
    case unannounced
    /// Announced or publicly acknowledged.
    case `public`
}

/// How well established a contact is.
public enum InteractionStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// A party to it confirmed it.
    case confirmed
    /// Reported by media or sources, unconfirmed.
    case reported
    /// A party denied it.
    case denied
    /// Announced or expected to happen.
    case planned
}
