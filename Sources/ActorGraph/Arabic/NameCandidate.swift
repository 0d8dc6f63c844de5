/// A span of a document that looks like a name but matches no alias: a candidate
/// for a new actor, for a person to review.
///
/// Found by ``NameCandidateHeuristic``, a deliberately simple rule with false
/// positives and misses (see `Guides/Arabic.md`): words after a reporting or
/// meeting verb, after a title, before a comma and a title (apposition), or a run
/// of capitalised Latin words, that no alias matched.
public struct NameCandidate: Sendable, Hashable {
    /// What made a span look like a name.
    public enum CueKind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A reporting or meeting verb before it (قال، التقى…).
        case verb
        /// A title word before it (وزير، المتحدث باسم…), with its descriptors.
        case title
        /// A comma and a title word after it ("X، المتحدث باسم…").
        case apposition
        /// Capitalised Latin words.
        case latinCapitals = "latin-capitals"
    }

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
    /// The cue word as written (the verb or the title word); empty for Latin capitals.
    public var cue: String
    /// What kind of cue it was.
    public var cueKind: CueKind
    /// The span with up to four words on either side, as written, within the paragraph.
    public var context: String

    /// Creates a candidate.
    ///
    /// - Parameters:
    ///   - paragraph: the paragraph number.
    ///   - range: the span's range.
    ///   - scalarOffsets: the range in Unicode scalars.
    ///   - utf16Offsets: the range in UTF-16 code units.
    ///   - text: the span as written.
    ///   - cue: the cue word, or "" for Latin capitals.
    ///   - cueKind: the kind of cue.
    ///   - context: the words around the span.
    public init(
        paragraph: Int, range: Range<String.Index>, scalarOffsets: Range<Int>, utf16Offsets: Range<Int>,
        text: String, cue: String, cueKind: CueKind, context: String
    ) {
        self.paragraph = paragraph
        self.range = range
        self.scalarOffsets = scalarOffsets
        self.utf16Offsets = utf16Offsets
        self.text = text
        self.cue = cue
        self.cueKind = cueKind
        self.context = context
    }
}

/// The rule that picks unresolved name candidates out of a paragraph.
///
/// A **name word** is a word of Arabic letters that no mention covers, without the
/// article ال (also behind a prefix), that is no title, connector, cue verb or
/// frequent non-name word (particles, pronouns, adverbs, and nouns that often stand
/// where a name could: مسؤول، مصدر، تقرير…), no contact word (``ContactCues``: لقاء،
/// محادثات…), that does not end in heh ه (most
/// often an attached pronoun: دفاعه) or in teh marbuta ة (a feminine noun: فرصة،
/// زيارة), nor, from four letters, in another attached pronoun (ها، هم، هما، هن،
/// كم: عنها، لديهم). A **name run** is one to three name words separated only by white space
/// or hyphens. Cues:
///
/// - **Verb**: a reporting or meeting verb — قال، صرح، أكد، أعلن، أضاف، نقل،
///   التقى، اجتمع، اتصل، بحث، استقبل, and أوضح، أشار، ذكر، كشف، شدد، أفاد، رجح،
///   توقع، زار, in the masculine and feminine past and with an attached و or ف
///   (``reportingVerbs`` and ``cueVerbs``) — followed by a name run
///   (after مع or إلى for meeting verbs: "التقى مع…"; and after a مع up to eight
///   words after a meeting verb: "التقى أنطون فاسيلييف مع يوري فاسيلييف").
/// - **Title**: a title word (الرئيس، رئيس، وزير، مستشار، مبعوث، المتحدث، مدير،
///   الجنرال، مساعد، نائب، إدارة…, also behind a prefix), then up to six
///   descriptors — words with the article (الخارجية، الروسي، للسياسة), the connectors
///   باسم، لدى، لشؤون and the nouns a title governs (مجلس، حزب، جهاز، وزراء، هيئة،
///   مكتب، عام، حركة، لجنة، دائرة، شؤون), other titles, mentions of institutions or
///   countries — then a
///   name run. If a person's mention comes first, the title introduced a known name
///   and nothing is reported.
/// - **Apposition**: a name run of one or two words directly before a comma (، or ,)
///   that a title word follows ("سيرغي ريابكوف، نائب وزير الخارجية"), or of exactly
///   two words before a comma and الذي، التي، وهو، وهي ("برادلي بومان، وهو ضابط…";
///   one word there is too often a noun).
/// - **Latin**: a run of one to four capitalised Latin words joined by white space
///   that no alias matched.
///
/// A run directly followed by a mention is dropped: it describes that name
/// (خبير أوروبا تشارلز…).
///
/// - Complexity: O(w) in the number of words of the paragraph.
struct NameCandidateHeuristic: Sendable {
    /// Title words, written naturally and normalised once.
    static let titles = normalizedSet([
        "الرئيس", "رئيس", "رئيسة", "رئاسة", "وزير", "وزيرة", "مستشار", "مستشارة", "السفير", "سفير", "سفيرة",
        "المبعوث", "مبعوث", "مبعوثة", "المتحدث", "متحدث", "متحدثة", "الناطق", "ناطق", "مدير", "مديرة", "الجنرال",
        "جنرال", "مساعد", "مساعدة", "نائب", "زعيم", "قائد", "الملك", "الأمير", "الشيخ", "السيناتور", "الصحافي",
        "الصحفي", "الدبلوماسي", "الخبير", "خبير", "إدارة", "حكومة", "مندوب", "ممثل",
    ])

    /// Words that join a title to what it governs ("the spokesman *for*…"), and
    /// the nouns a title governs before its name (رئيس مجلس النواب، مدير عام،
    /// رئيس وزراء): skipped like descriptors.
    static let connectors = normalizedSet([
        "باسم", "لدى", "لشؤون", "مجلس", "حزب", "جهاز", "وزراء", "هيئة", "مكتب", "عام", "حركة", "لجنة", "دائرة", "شؤون",
    ])

    /// The reporting verbs, whose subject is the speaker (masculine and feminine past).
    static let reportingVerbs = normalizedSet([
        "قال", "قالت", "صرح", "صرحت", "أكد", "أكدت", "أعلن", "أعلنت", "أضاف", "أضافت", "أوضح", "أوضحت", "أشار",
        "أشارت", "ذكر", "ذكرت", "كشف", "كشفت", "نقل", "نقلت", "أفاد", "أفادت", "رجح", "رجحت", "توقع", "توقعت",
        "شدد", "شددت",
    ])

    /// The reporting and meeting verbs that a new person's name may follow, in the
    /// masculine and feminine past.
    static let cueVerbs = reportingVerbs.union(
        normalizedSet([
            "التقى", "التقت", "اجتمع", "اجتمعت", "اتصل", "اتصلت", "بحث", "بحثت", "استقبل", "استقبلت", "زار", "زارت",
        ]))

    /// The cue verbs whose object may come after مع or إلى.
    static let meetingVerbs = normalizedSet([
        "التقى", "التقت", "اجتمع", "اجتمعت", "اتصل", "اتصلت", "بحث", "بحثت",
    ])

    /// The prepositions a meeting verb may take before the name.
    static let meetingPrepositions = normalizedSet(["مع", "إلى"])

    /// مع ("with"), which names the second party of a meeting verb.
    static let with = ArabicNormalizer().normalize("مع")

    /// How many words after a meeting verb its مع may stand.
    static let meetingReach = 8

    /// Frequent words that never start a name: particles, pronouns, adverbs, verbs,
    /// and nouns that often stand where a name could in news text.
    static let functionWords = normalizedSet([
        "في", "من", "إلى", "على", "عن", "مع", "أن", "إن", "أنه", "أنها", "أنهم", "الذي", "التي", "الذين", "قد", "لم",
        "لن", "لا", "ما", "كان", "كانت", "هو", "هي", "هم", "هذا", "هذه", "ذلك", "تلك", "كل", "جميع", "بعض", "غير",
        "بين", "حول", "خلال", "بعد", "قبل", "عند", "منذ", "حتى", "نفسه", "حينها", "أيضا", "مساء", "صباح", "يوم",
        "بشأن", "وفق", "وفقا", "حسب", "بحسب", "نقلا", "عبر", "أو", "أم", "ثم", "لكن", "إذا", "حيث", "كما", "به",
        "له", "لها", "بها", "فيه", "فيها", "منها", "منه", "عنه", "عليه", "ذات", "ذو", "خاص", "سابق", "أجرى",
        "أجرت", "تحدث", "يعد", "يجري", "مباشرة", "مرة", "مرتين", "قبيل", "حاليا", "سابقا", "لاحقا", "فقط", "أمس",
        "اليوم", "هاتفيا", "رسميا", "مؤخرا", "شخصيا", "علنا", "سرا", "مسؤول", "مسؤولون", "مسؤولين", "مصدر", "مصادر",
        "تقرير", "تقارير", "بيان", "دبلوماسيون", "دبلوماسيين", "خبراء", "محللون", "محللين", "مراقبون", "مراقبين",
        "شهود", "مقربون", "نظير", "إنه", "إنها", "بأن", "لأن", "كي", "لكي", "عدة", "عدد", "أحد", "إحدى", "أي",
        "أعضاء", "عضو", "مصدران", "مسؤولان", "اثنان", "اثنين", "وفد", "وفود", "نواب", "قادة", "زعماء", "لقاء",
        "اجتماع", "اتفاق", "حوار", "مفاوضات", "محادثات", "سبل", "تعزيز", "دعم", "انسحاب", "قائلا", "مجددا",
        "وفدا", "مطار", "تاريخي", "ولي", "أمام", "ضد", "نحو", "لدى", "دون", "ضمن", "إثر", "عقب", "جراء", "بسبب",
        "رغم", "أكثر", "أقل", "مثل", "هناك", "هنا", "الآن", "لذلك", "إذ", "إلا", "بل", "قبل", "بعدما", "عندما",
    ])

    /// Attached pronouns at the end of a word (normalised), other than a lone ه.
    static let pronounSuffixes = ["ها", "هم", "هما", "هن", "كم"]

    /// Words that open a description after a comma, like a title: "X، الذي كان…".
    static let describingWords = normalizedSet(["الذي", "التي", "وهو", "وهي"])

    static func normalizedSet(_ words: [String]) -> Set<String> {
        let normalizer = ArabicNormalizer()
        return Set(words.map { normalizer.normalize($0) })
    }

    private static let maximumDescriptors = 6
    private static let maximumNameWords = 3
    private static let maximumAppositionWords = 2
    private static let maximumLatinWords = 4
    private static let contextWords = 4

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
        func report(_ run: Range<Int>, cue: Int?, kind: NameCandidate.CueKind) {
            guard reported.insert(run.lowerBound).inserted else { return }
            let cueText = cue.map { String(text[words[$0].range]) } ?? ""
            result.append(candidate(run, in: words, text: text, paragraph: paragraph, cue: cueText, kind: kind))
        }
        var meetingVerb: Int?
        for index in words.indices where mentionOf[index] == nil {
            let word = words[index].normalized
            // The second party of a meeting verb: "التقى أنطون فاسيلييف مع يوري فاسيلييف".
            if let verb = meetingVerb, index - verb <= Self.meetingReach, word == Self.with,
                let run = nameRun(at: index + 1, in: words, mentionOf: mentionOf, text: text)
            {
                report(run, cue: verb, kind: .verb)
            }
            if isTitle(word) {
                if let run = nameRun(afterTitle: index, in: words, mentionOf: mentionOf, text: text) {
                    report(run, cue: index, kind: .title)
                }
            } else if let verb = cueVerb(word) {
                if Self.meetingVerbs.contains(verb) { meetingVerb = index }
                var start = index + 1
                if Self.meetingVerbs.contains(verb), start < words.count, mentionOf[start] == nil,
                    Self.meetingPrepositions.contains(words[start].normalized)
                {
                    start += 1
                }
                if let run = nameRun(at: start, in: words, mentionOf: mentionOf, text: text) {
                    report(run, cue: index, kind: .verb)
                }
            }
            if index > 0, !words[index].joinsPrevious, isTitle(word) || Self.describingWords.contains(word),
                let run = appositionRun(before: index, in: words, mentionOf: mentionOf, text: text),
                isTitle(word) || run.count == Self.maximumAppositionWords
            {
                report(run, cue: index, kind: .apposition)
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
            report(index..<end, cue: nil, kind: .latinCapitals)
            index = end
        }
        return result.sorted { $0.scalarOffsets.lowerBound < $1.scalarOffsets.lowerBound }
    }

    private func candidate(
        _ run: Range<Int>, in words: [WordToken], text: String, paragraph: Int, cue: String, kind: NameCandidate.CueKind
    ) -> NameCandidate {
        let first = words[run.lowerBound]
        let last = words[run.upperBound - 1]
        let range = first.range.lowerBound..<last.range.upperBound
        let before = words[max(0, run.lowerBound - Self.contextWords)]
        let after = words[min(words.count, run.upperBound + Self.contextWords) - 1]
        return NameCandidate(
            paragraph: paragraph, range: range,
            scalarOffsets: first.scalarOffsets.lowerBound..<last.scalarOffsets.upperBound,
            utf16Offsets: first.utf16Offsets.lowerBound..<last.utf16Offsets.upperBound,
            text: String(Substring(text.unicodeScalars[range])), cue: cue, cueKind: kind,
            context: String(Substring(text.unicodeScalars[before.range.lowerBound..<after.range.upperBound])))
    }

    /// The words of an unresolved name after the title at `title`, if any.
    private func nameRun(
        afterTitle title: Int, in words: [WordToken], mentionOf: [Int: ActorResolution], text: String
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
        return nameRun(at: index, in: words, mentionOf: mentionOf, text: text)
    }

    /// The name run starting at `start`, if the word there is a name word.
    private func nameRun(
        at start: Int, in words: [WordToken], mentionOf: [Int: ActorResolution], text: String
    ) -> Range<Int>? {
        var end = start
        while end < words.count, end - start < Self.maximumNameWords, isNameWord(at: end, in: words, mentionOf: mentionOf, text: text),
            end == start || words[end].joinsPrevious
        {
            end += 1
        }
        guard end > start else { return nil }
        // A word right before a known name describes it ("خبير أوروبا تشارلز…").
        if end < words.count, words[end].joinsPrevious, mentionOf[end] != nil { return nil }
        return start..<end
    }

    /// The one or two name words right before the comma that precedes the title at `title`.
    private func appositionRun(
        before title: Int, in words: [WordToken], mentionOf: [Int: ActorResolution], text: String
    ) -> Range<Int>? {
        // Only a comma (Arabic or Latin) and white space between the run and the title.
        guard WordTokenizer.isCommaGap(between: words[title - 1], and: words[title], in: text) else { return nil }
        var start = title
        while start > 0, title - start < Self.maximumAppositionWords,
            isNameWord(at: start - 1, in: words, mentionOf: mentionOf, text: text),
            start == title || words[start].joinsPrevious
        {
            start -= 1
        }
        return start < title ? start..<title : nil
    }

    private func isNameWord(at index: Int, in words: [WordToken], mentionOf: [Int: ActorResolution], text: String) -> Bool {
        mentionOf[index] == nil && looksLikeNameWord(words[index], text: text)
    }

    /// Whether a word could be part of a name: Arabic letters, no article, no title,
    /// connector, cue verb or frequent non-name word, and no final ه or ة.
    func looksLikeNameWord(_ token: WordToken, text: String) -> Bool {
        let word = token.normalized
        guard !hasArticle(word), !isTitle(word), !Self.connectors.contains(word), cueVerb(word) == nil else {
            return false
        }
        // A final heh is most often an attached pronoun (دفاعه، لبلاده); a final teh
        // marbuta makes a feminine noun (فرصة، زيارة).
        guard let last = text.unicodeScalars[token.range].last(where: { !ArabicNormalizer.isInvisibleControl($0.value) }),
            last != "\u{0647}", last != "\u{0629}"
        else { return false }
        // Other attached pronouns: عنها، لديهم، بينهما.
        if word.unicodeScalars.count >= 4, Self.pronounSuffixes.contains(where: { word.hasSuffix($0) }) { return false }
        guard !word.unicodeScalars.contains(where: { $0.properties.numericType != nil }) else { return false }
        guard word.unicodeScalars.allSatisfy({ (0x0620...0x064A).contains($0.value) || (0x0671...0x06FF).contains($0.value) })
        else { return false }
        if Self.functionWords.contains(word) || Self.functionWords.contains(Self.withoutConjunction(word)) { return false }
        if ContactCues.kind(of: String(text.unicodeScalars[token.range])) != nil { return false }
        return true
    }

    /// Whether the word at `position` is introduced like a name: right after a cue
    /// verb, or after a title word and its descriptors (words with the article,
    /// connectors), as ``candidates(in:mentionOf:text:paragraph:)`` reads them.
    func isIntroducedAsName(at position: Int, in words: [WordToken]) -> Bool {
        var index = position - 1
        guard index >= 0 else { return false }
        if cueVerb(words[index].normalized) != nil { return true }
        var skipped = 0
        while index >= 0, skipped <= Self.maximumDescriptors {
            let word = words[index].normalized
            if isTitle(word) { return true }
            guard hasArticle(word) || Self.connectors.contains(word) else { return false }
            index -= 1
            skipped += 1
        }
        return false
    }

    /// The cue verb a word is, with an attached و or ف taken off, or `nil`.
    private func cueVerb(_ word: String) -> String? {
        if Self.cueVerbs.contains(word) { return word }
        let rest = Self.withoutConjunction(word)
        return Self.cueVerbs.contains(rest) ? rest : nil
    }

    /// A normalised word without an attached و or ف, when at least three letters
    /// remain (وقال → قال; وفد stays وفد).
    static func withoutConjunction(_ word: String) -> String {
        guard let first = word.unicodeScalars.first, first == "\u{0648}" || first == "\u{0641}", word.unicodeScalars.count > 3
        else { return word }
        return String(word.unicodeScalars.dropFirst())
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
