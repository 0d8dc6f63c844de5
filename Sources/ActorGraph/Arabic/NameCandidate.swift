/// A span of a document that looks like a name but matches no alias: a candidate
/// for a new actor, for a person to review.
///
/// Found by a deliberately simple heuristic, so it has false positives and misses
/// names that no title introduces: one to three Arabic words after a title word
/// (الرئيس, وزير…) and its descriptors, or a run of one to four capitalised Latin
/// words that no alias matched (see `Guides/Arabic.md`).
public struct NameCandidate: Sendable, Hashable {
    /// The 1-based paragraph number.
    public var paragraph: Int
    /// The span in the document's text.
    public var range: Range<String.Index>
    /// ``range`` in Unicode scalars from the start of the text.
    public var scalarOffsets: Range<Int>
    /// ``range`` in UTF-16 code units from the start of the text.
    public var utf16Offsets: Range<Int>
    /// The span as written.
    public var text: String
    /// What made it look like a name: the title word as written (الرئيس, وزير…), or
    /// "Latin capitals".
    public var cue: String

    /// Creates a candidate.
    ///
    /// - Parameters:
    ///   - paragraph: the paragraph number.
    ///   - range: the span's range.
    ///   - scalarOffsets: the range in Unicode scalars.
    ///   - utf16Offsets: the range in UTF-16 code units.
    ///   - text: the span as written.
    ///   - cue: the title word or "Latin capitals".
    public init(
        paragraph: Int, range: Range<String.Index>, scalarOffsets: Range<Int>, utf16Offsets: Range<Int>,
        text: String, cue: String
    ) {
        self.paragraph = paragraph
        self.range = range
        self.scalarOffsets = scalarOffsets
        self.utf16Offsets = utf16Offsets
        self.text = text
        self.cue = cue
    }
}

/// The rule that picks unresolved name candidates out of a paragraph.
///
/// - **Arabic**: after a title word (الرئيس، رئيس، وزير، مستشار، السفير، المبعوث،
///   المتحدث، مدير، الجنرال، مساعد، نائب، زعيم، إدارة… with or without an attached
///   prefix), skip up to six descriptor words: words with the article ال, also behind
///   a prefix (الخارجية، الروسي، للسياسة), the connectors باسم، لدى، لشؤون, other title
///   words, and mentions of institutions or countries. If a person's mention comes
///   first, the title introduced a known name and nothing is reported. Otherwise the
///   next one to three Arabic-letter words form the candidate, as long as each has no
///   article, is no mention, title, connector or common function word (في، من، أن،
///   الذي، قال…), does not end in heh ه (most often an attached pronoun: دفاعه), and
///   only white space or hyphens separate them. A run directly followed by a mention
///   is dropped: it describes that name (خبير أوروبا تشارلز…).
/// - **Latin**: a run of one to four capitalised Latin words joined by white space
///   that no alias matched.
///
/// - Complexity: O(w) in the number of words of the paragraph.
struct NameCandidateHeuristic: Sendable {
    /// Title words, written naturally and normalised once.
    static let titles = normalizedSet([
        "الرئيس", "رئيس", "رئيسة", "رئاسة", "وزير", "وزيرة", "مستشار", "مستشارة", "السفير", "سفير", "سفيرة",
        "المبعوث", "مبعوث", "مبعوثة", "المتحدث", "متحدث", "متحدثة", "الناطق", "مدير", "مديرة", "الجنرال",
        "جنرال", "مساعد", "مساعدة", "نائب", "زعيم", "قائد", "الملك", "الأمير", "الشيخ", "السيناتور", "الصحافي",
        "الصحفي", "الدبلوماسي", "الخبير", "خبير", "إدارة", "حكومة",
    ])

    /// Words that join a title to what it governs ("the spokesman *for*…").
    static let connectors = normalizedSet(["باسم", "لدى", "لشؤون"])

    /// Frequent words that never start a name: particles, pronouns, and a few verbs
    /// and adjectives common after titles in news text.
    static let functionWords = normalizedSet([
        "في", "من", "إلى", "على", "عن", "مع", "أن", "إن", "أنه", "أنها", "أنهم", "الذي", "التي", "الذين", "قد", "لم",
        "لن", "لا", "ما", "كان", "كانت", "هو", "هي", "هم", "هذا", "هذه", "ذلك", "تلك", "كل", "جميع", "بعض", "غير",
        "بين", "حول", "خلال", "بعد", "قبل", "عند", "منذ", "حتى", "نفسه", "حينها", "أيضا", "مساء", "صباح", "يوم",
        "بشأن", "وفق", "وفقا", "حسب", "بحسب", "نقلا", "عبر", "أو", "أم", "ثم", "لكن", "إذا", "حيث", "كما", "به",
        "له", "لها", "بها", "فيه", "فيها", "منها", "منه", "عنه", "عليه", "ذات", "ذو", "خاص", "سابق", "قال",
        "أكد", "أعلن", "أوضح", "أضاف", "أشار", "أجرى", "أجرت", "التقى", "تحدث", "يعد", "يجري", "مباشرة", "مرة", "مرتين", "قبيل", "حاليا", "سابقا", "لاحقا", "فقط",
    ])

    private static func normalizedSet(_ words: [String]) -> Set<String> {
        let normalizer = ArabicNormalizer()
        return Set(words.map { normalizer.normalize($0) })
    }

    private static let maximumDescriptors = 6
    private static let maximumNameWords = 3
    private static let maximumLatinWords = 4

    /// The actor kinds, to tell a person's mention from an institution's.
    var kinds: [String: ActorKind]

    /// The candidates of one paragraph.
    ///
    /// - Parameters:
    ///   - words: the paragraph's words.
    ///   - mentionOf: for each word index covered by a mention, that mention's resolution.
    ///   - text: the document text.
    ///   - paragraph: the paragraph number.
    func candidates(
        in words: [WordToken], mentionOf: [Int: ActorResolution], text: String, paragraph: Int
    ) -> [NameCandidate] {
        var result: [NameCandidate] = []
        var reported: Set<Int> = []
        for index in words.indices where mentionOf[index] == nil {
            if isTitle(words[index].normalized) {
                if let run = nameRun(after: index, in: words, mentionOf: mentionOf, text: text), reported.insert(run.lowerBound).inserted {
                    result.append(candidate(run, in: words, text: text, paragraph: paragraph, cue: String(text[words[index].range])))
                }
            }
        }
        var index = 0
        while index < words.count {
            guard words[index].isCapitalizedLatin, mentionOf[index] == nil else {
                index += 1
                continue
            }
            var end = index + 1
            while end < words.count, end - index < Self.maximumLatinWords, words[end].isCapitalizedLatin,
                words[end].joinsPrevious, mentionOf[end] == nil
            {
                end += 1
            }
            if reported.insert(index).inserted {
                result.append(candidate(index..<end, in: words, text: text, paragraph: paragraph, cue: "Latin capitals"))
            }
            index = end
        }
        return result.sorted { $0.scalarOffsets.lowerBound < $1.scalarOffsets.lowerBound }
    }

    private func candidate(
        _ run: Range<Int>, in words: [WordToken], text: String, paragraph: Int, cue: String
    ) -> NameCandidate {
        let first = words[run.lowerBound]
        let last = words[run.upperBound - 1]
        let range = first.range.lowerBound..<last.range.upperBound
        return NameCandidate(
            paragraph: paragraph, range: range,
            scalarOffsets: first.scalarOffsets.lowerBound..<last.scalarOffsets.upperBound,
            utf16Offsets: first.utf16Offsets.lowerBound..<last.utf16Offsets.upperBound,
            text: String(Substring(text.unicodeScalars[range])), cue: cue)
    }

    /// The words of an unresolved name after the title at `title`, if any.
    private func nameRun(
        after title: Int, in words: [WordToken], mentionOf: [Int: ActorResolution], text: String
    ) -> Range<Int>? {
        var index = title + 1
        var skipped = 0
        while index < words.count, skipped < Self.maximumDescriptors {
            let word = words[index].normalized
            if let resolution = mentionOf[index] {
                // A person named right after the title: the name is known.
                if resolution.candidateIDs.contains(where: { kinds[$0] == .person }) { return nil }
            } else if !(hasArticle(word) || Self.connectors.contains(word) || isTitle(word)) {
                break
            }
            index += 1
            skipped += 1
        }
        var end = index
        while end < words.count, end - index < Self.maximumNameWords, isNameWord(at: end, in: words, mentionOf: mentionOf, text: text),
            end == index || words[end].joinsPrevious
        {
            end += 1
        }
        guard end > index else { return nil }
        // A word right before a known name describes it ("خبير أوروبا تشارلز…").
        if end < words.count, words[end].joinsPrevious, mentionOf[end] != nil { return nil }
        return index..<end
    }

    private func isNameWord(at index: Int, in words: [WordToken], mentionOf: [Int: ActorResolution], text: String) -> Bool {
        let word = words[index].normalized
        guard mentionOf[index] == nil, !hasArticle(word), !isTitle(word), !Self.connectors.contains(word) else {
            return false
        }
        // A final heh (not a teh marbuta) is most often an attached pronoun: دفاعه، لبلاده.
        guard text.unicodeScalars[words[index].range].last != "\u{0647}" else { return false }
        guard !word.unicodeScalars.contains(where: { $0.properties.numericType != nil }) else { return false }
        guard word.unicodeScalars.allSatisfy({ (0x0620...0x064A).contains($0.value) || (0x0671...0x06FF).contains($0.value) })
        else { return false }
        if Self.functionWords.contains(word) { return false }
        if let first = word.unicodeScalars.first, first == "\u{0648}" || first == "\u{0641}",
            Self.functionWords.contains(String(word.dropFirst()))
        {
            return false
        }
        return true
    }

    /// Whether the word carries the article, possibly behind a prefix (الروسي، للسياسة، بالبيت).
    private func hasArticle(_ word: String) -> Bool {
        word.hasPrefix("ال") || AttachedPrefixes.strippings(of: word).contains { $0.stem.hasPrefix("ال") }
    }

    private func isTitle(_ word: String) -> Bool {
        if Self.titles.contains(word) { return true }
        return AttachedPrefixes.strippings(of: word).contains { Self.titles.contains($0.stem) }
    }
}
