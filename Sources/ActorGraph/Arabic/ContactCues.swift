/// The Arabic words that say two actors were in contact, and the interaction kind
/// each one proposes.
///
/// Verbs in the present tense also count with the future prefix س (سيجتمع، سيلتقي).
///
/// | Kind | Words (with attached و ف ب ل ك ال and a final pronoun ه ها هما هم allowed) |
/// |---|---|
/// | ``InteractionKind/call`` | اتصل، اتصلت، يتصل، اتصال، اتصالا، اتصالات، مكالمة، مكالمات، هاتفيا |
/// | ``InteractionKind/meeting`` | التقى، التقت، يلتقي، تلتقي، لقاء، لقاءات، اجتمع، اجتمعت، يجتمع، اجتماع، اجتماعات، استقبل، استقبلت، يستقبل، جلس (مع) |
/// | ``InteractionKind/visit`` | زار، زارت، يزور، تزور، زيارة، زيارات، سافر، سافرت، يسافر، رحلة |
/// | ``InteractionKind/talks`` | محادثات، مباحثات، مفاوضات، مشاورات، مناقشات، مناقشة، ناقش، ناقشا، بحث، بحثا |
/// | ``InteractionKind/message`` | رسالة، رسائل، رسالتين |
/// | ``InteractionKind/briefing`` | أطلع، أطلعوا، إطلاع، إحاطة |
/// | ``InteractionKind/summit`` | قمة |
///
/// ```swift
/// ContactCues.kind(of: "والتقى")   // .meeting
/// ContactCues.kind(of: "وزارة")    // nil
/// ```
public enum ContactCues {
    private static let table: [String: InteractionKind] = {
        let normalizer = ArabicNormalizer()
        var table: [String: InteractionKind] = [:]
        func add(_ kind: InteractionKind, _ words: [String]) {
            for word in words { table[normalizer.normalize(word)] = kind }
        }
        add(.call, ["اتصل", "اتصلت", "يتصل", "اتصال", "اتصالا", "اتصالات", "مكالمة", "مكالمات", "هاتفيا"])
        add(
            .meeting,
            [
                "التقى", "التقت", "يلتقي", "تلتقي", "لقاء", "لقاءات", "اجتمع", "اجتمعت", "يجتمع", "اجتماع", "اجتماعات",
                "استقبل", "استقبلت", "يستقبل", "جلس", "جلست", "يجلس",
            ])
        add(.visit, ["زار", "زارت", "يزور", "تزور", "زيارة", "زيارات", "سافر", "سافرت", "يسافر", "رحلة"])
        add(.talks, ["محادثات", "مباحثات", "مفاوضات", "مشاورات", "مناقشات", "مناقشة", "ناقش", "ناقشا", "بحث", "بحثا"])
        add(.message, ["رسالة", "رسائل", "رسالتين"])
        add(.briefing, ["أطلع", "أطلعوا", "إطلاع", "إحاطة"])
        add(.summit, ["قمة"])
        return table
    }()

    /// Final attached pronouns, normalised, longest first.
    private static let pronouns = ["هما", "هم", "ها", "ه"]

    /// The kind a written word proposes, or `nil` when it is no contact word.
    ///
    /// The word is normalised (``ArabicNormalizer``) and tried as written, then
    /// with each reading of its attached prefixes (``AttachedPrefixes``) and a
    /// future س before a present-tense verb, each also without the alef of the
    /// accusative (اجتماعا) or a final pronoun
    /// (لقائهما → لقاء: the hamza seat folds to ي, so لقاي + هما is tried as لقاء;
    /// زيارته → زيارة). A word written with a final teh marbuta ة keeps it, and the
    /// forms of وزارة (ministry: وزارته، بالوزارة، وزارات) are never read as و + زار.
    ///
    /// - Parameters:
    ///   - word: one word as written.
    ///   - normalizer: the normalisation to apply.
    /// - Complexity: O(n) in the length of the word.
    public static func kind(of word: String, normalizer: ArabicNormalizer = ArabicNormalizer()) -> InteractionKind? {
        let normalized = normalizer.normalize(word)
        // وزارة (ministry) with a pronoun or a prefix: وزارته، بوزارتها, not و + زار.
        if normalized.contains("وزارت") || normalized.hasSuffix("وزاره") || normalized.hasSuffix("وزارات") { return nil }
        let endsInTehMarbuta = word.unicodeScalars.last { !ArabicNormalizer.isInvisibleControl($0.value) } == "\u{0629}"
        var stems = [normalized] + AttachedPrefixes.strippings(of: normalized).map(\.stem)
        for stem in stems where stem.hasPrefix("سي") || stem.hasPrefix("ست") {
            stems.append(String(stem.dropFirst()))
        }
        for stem in stems {
            if let kind = table[stem] { return kind }
            // The accusative's written alef (tanween): اجتماعا، لقاء → لقاءا.
            if stem.hasSuffix("ا"), stem.count > 3, let kind = table[String(stem.dropLast())] { return kind }
            for pronoun in pronouns where stem.hasSuffix(pronoun) && stem.count > pronoun.count + 2 {
                if endsInTehMarbuta && pronoun == "ه" { continue }
                let base = String(stem.dropLast(pronoun.count))
                if let kind = table[base] { return kind }
                // A hamza on a seat before the pronoun: لقائهما → لقاي → لقاء.
                if base.hasSuffix("ي"), let kind = table[String(base.dropLast()) + "ء"] { return kind }
                // A teh marbuta written as teh before the pronoun: زيارته → زيارة.
                if base.hasSuffix("ت"), let kind = table[String(base.dropLast()) + "ه"] { return kind }
            }
        }
        return nil
    }
}
