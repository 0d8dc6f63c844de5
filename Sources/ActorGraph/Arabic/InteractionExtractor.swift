/// Proposes, for a new Arabic article, the actors it names and the interactions its
/// sentences report, as a draft dataset for a person to review.
///
/// Nothing is decided for the user: the draft is a separate dataset, valid as it
/// stands, that lists
///
/// - the dataset's actors the article names (resolved mentions, ``MentionFinder``),
///   copied by id without their affiliations, so the draft stands alone;
/// - **new actors**, one per person the article introduces (``NameCandidate``s
///   grouped by the variant key of their last word, so دميتري بيسكوف، ديمتري بيسكوف
///   and بيسكوف make one draft actor with three spellings), with ids `draft-1`,
///   `draft-2`…, kind `person` (`institution` for capitalised Latin names), the
///   fullest spelling as name and every spelling as an alias;
/// - **draft interactions**: a sentence (split at . ؟ ? ! ؛ ;) with a contact word
///   (``ContactCues``) opens an event of that word's kind among the actors it
///   names. Until a paragraph passes without it, the event is continued, not
///   replaced, by a sentence whose contact word of the same kind (a meeting and
///   talks count as one) has the article (التقى … اللقاء: the meeting already
///   told) or that joins people to it (حضر، شارك،
///   انضم among its first words, إضافة إلى): their actors join the event and their
///   paragraphs are cited. Every event with two or more participants is a draft
///   interaction with its paragraphs as the source, status `reported`, and a note
///   naming the cue; the same actors and kind twice make one interaction citing
///   both. The initiator and the date are left for the reviewer.
///
/// Which mentions are participants: resolved mentions and candidates, except
///
/// - nested names (the longer name is the participant) and ambiguous mentions;
/// - places: a country after في، إلى، من، داخل، قرب، نحو or with ب or ل attached
///   (بموسكو), an institution after في، داخل، مقر، قرب — but for a visit the
///   country visited is a party;
/// - an institution or country right before a person's name, which describes the
///   person (مدير وكالة الاستخبارات المركزية وليام بيرنز);
/// - the speaker of a reporting verb before the contact word, up to أن or إن
///   ("وأوضح المتحدث باسم الكرملين، دميتري بيسكوف، أن اللقاء…");
/// - when two or more people remain, every institution and country; when two or
///   more institutions remain, every country: the most specific level named is
///   taken as the parties, the rest as context.
///
/// ```swift
/// let draft = InteractionExtractor(dataset: dataset).extract(from: document)
/// try DatasetWriter.write(draft.dataset, to: URL(fileURLWithPath: "draft.json"))
/// ```
///
/// - Complexity: linear in the length of the document, as ``MentionFinder``.
public struct InteractionExtractor: Sendable {
    /// A person or organisation the article introduces that the dataset lacks.
    public struct NewActor: Sendable, Hashable {
        /// The draft actor (id `draft-K`).
        public var actor: Actor
        /// The spellings found, in order of first appearance.
        public var spellings: [String]
        /// The paragraphs it is named in, ascending.
        public var paragraphs: [Int]
        /// The candidates it was built from.
        public var candidates: [NameCandidate]
    }

    /// One draft interaction and the evidence for it.
    public struct Proposal: Sendable, Hashable {
        /// The draft interaction.
        public var interaction: Interaction
        /// The contact word as written in its first sentence.
        public var cue: String
        /// The paragraphs of the sentences that report it, ascending.
        public var paragraphs: [Int]
    }

    /// What ``extract(from:)`` proposes for one document.
    public struct Draft: Sendable, Hashable {
        /// The document's name.
        public var document: String
        /// The dataset's actors the document names (resolved), in order of first mention.
        public var knownActors: [Actor]
        /// The new actors, in order of first mention.
        public var newActors: [NewActor]
        /// The draft interactions, in order of first sentence.
        public var proposals: [Proposal]
        /// Ambiguous mentions met, which were not used as participants.
        public var ambiguousMentions: [Mention]

        /// The draft as a dataset: known actors (without affiliations), new actors,
        /// draft interactions. It passes ``DatasetValidator``.
        public var dataset: Dataset {
            Dataset(actors: knownActors + newActors.map(\.actor), interactions: proposals.map(\.interaction))
        }
    }

    private let dataset: Dataset
    private let finder: MentionFinder

    /// Creates an extractor for a dataset's actors.
    ///
    /// - Parameters:
    ///   - dataset: the actors to recognise; its interactions are not used.
    ///   - normalizer: the normalisation of aliases and text.
    /// - Complexity: O(L) in the total length of the aliases.
    public init(dataset: Dataset, normalizer: ArabicNormalizer = ArabicNormalizer()) {
        self.dataset = dataset
        self.finder = MentionFinder(dataset: dataset, normalizer: normalizer)
    }

    /// One participant found in a sentence.
    private enum Participant: Hashable {
        case known(String)
        case new(Int)
    }

    /// An event being read: opened by a contact word, continued by the sentences
    /// that refer back to it.
    private struct Frame {
        var kind: InteractionKind
        var cue: String
        var participants: [Participant]
        var paragraphs: [Int]
    }

    private static let joiningWords = NameCandidateHeuristic.normalizedSet([
        "حضر", "حضرت", "يحضر", "شارك", "شاركت", "يشارك", "تشارك", "انضم", "انضمت", "ينضم", "إضافة", "بالإضافة",
    ])

    private static let countryPlaceWords = NameCandidateHeuristic.normalizedSet(["في", "إلى", "من", "داخل", "قرب", "نحو"])
    private static let institutionPlaceWords = NameCandidateHeuristic.normalizedSet(["في", "داخل", "مقر", "قرب"])
    private static let reportingVerbs = NameCandidateHeuristic.normalizedSet([
        "قال", "قالت", "صرح", "صرحت", "أكد", "أكدت", "أعلن", "أعلنت", "أضاف", "أضافت", "أوضح", "أوضحت", "أشار",
        "أشارت", "ذكر", "ذكرت", "كشف", "كشفت", "نقل", "نقلت", "أفاد", "أفادت", "رجح", "رجحت", "توقع", "توقعت",
    ])
    private static let complementizers = NameCandidateHeuristic.normalizedSet(["أن", "إن", "بأن", "أنه", "إنه", "أنها"])
    private static let sentenceEnds: Set<Unicode.Scalar> = [".", "\u{061F}", "?", "!", "\u{061B}", ";"]

    /// Proposes the actors and interactions of a document.
    ///
    /// - Parameter document: the article.
    /// - Returns: the draft; its ``Draft/dataset`` is what `actorgraph extract` writes.
    public func extract(from document: TextDocument) -> Draft {
        let report = finder.mentions(in: document)
        let newActors = groupCandidates(report.candidates)
        var newActorOfCandidate: [Int: Int] = [:]  // candidate start offset → new actor index
        for (index, actor) in newActors.enumerated() {
            for candidate in actor.candidates { newActorOfCandidate[candidate.utf16Offsets.lowerBound] = index }
        }
        let normalizer = finder.resolver.normalizer
        let tokenizer = WordTokenizer(normalizer: normalizer)
        let documentStem = document.name.split(separator: ".").first.map(String.init) ?? "document"
        var frames: [Frame] = []
        var open: Frame?
        for paragraph in document.paragraphs {
            let words = tokenizer.tokens(
                in: document.text, range: paragraph.range, base: (paragraph.scalarOffset, paragraph.utf16Offset))
            for sentence in sentences(of: words, text: document.text) {
                let written = { (index: Int) in String(Substring(document.text.unicodeScalars[words[index].range])) }
                let cue = sentence.lazy.compactMap { index in
                    ContactCues.kind(of: written(index), normalizer: normalizer).map { (index, $0) }
                }.first
                let joins = joinsPreviousEvent(sentence, words: words)
                if let current = open, paragraph.number - (current.paragraphs.last ?? paragraph.number) > 1 {
                    frames.append(current)
                    open = nil
                }
                guard cue != nil || (joins && open != nil) else { continue }
                // Everything named in the sentence, in text order.
                let bounds = words[sentence.lowerBound].utf16Offsets.lowerBound..<words[sentence.upperBound - 1].utf16Offsets.upperBound
                var named: [(start: Int, word: Int, participant: Participant, mention: Mention?)] = []
                for mention in report.mentions where mention.paragraph == paragraph.number && mention.enclosing == nil {
                    guard bounds.contains(mention.utf16Offsets.lowerBound), let id = mention.actorID,
                        let word = sentence.first(where: { words[$0].utf16Offsets.contains(mention.utf16Offsets.lowerBound) })
                    else { continue }
                    named.append((mention.utf16Offsets.lowerBound, word, .known(id), mention))
                }
                for candidate in report.candidates where candidate.paragraph == paragraph.number {
                    guard bounds.contains(candidate.utf16Offsets.lowerBound),
                        let index = newActorOfCandidate[candidate.utf16Offsets.lowerBound],
                        let word = sentence.first(where: { words[$0].utf16Offsets.contains(candidate.utf16Offsets.lowerBound) })
                    else { continue }
                    named.append((candidate.utf16Offsets.lowerBound, word, .new(index), nil))
                }
                named.sort { $0.start < $1.start }
                let kind = cue?.1 ?? open?.kind ?? .meeting
                let speakers = speakerWords(in: sentence, words: words, before: cue?.0 ?? sentence.upperBound)
                var participants: [Participant] = []
                for (position, item) in named.enumerated() {
                    if speakers.contains(item.word) { continue }
                    if let mention = item.mention {
                        if isPlace(mention, words: words, in: sentence, keepingCountries: kind == .visit) { continue }
                        if describesNext(mention, at: position, in: named, words: words, text: document.text) { continue }
                    }
                    if !participants.contains(item.participant) { participants.append(item.participant) }
                }
                // A definite contact noun (اللقاء، المحادثات) or a joining word
                // (حضر، شارك، انضم، إضافة إلى) continues the event before it.
                let refersBack =
                    joins || cue.map { cue in open.map { Self.sameEvent(cue.1, $0.kind) } == true && isDefinite(words[cue.0].normalized) } ?? false
                if var current = open, refersBack {
                    for participant in participants where !current.participants.contains(participant) {
                        current.participants.append(participant)
                    }
                    if current.paragraphs.last != paragraph.number { current.paragraphs.append(paragraph.number) }
                    open = current
                    continue
                }
                guard let (cueIndex, cueKind) = cue else { continue }
                if let current = open { frames.append(current) }
                open = Frame(kind: cueKind, cue: written(cueIndex), participants: participants, paragraphs: [paragraph.number])
            }
        }
        if let current = open { frames.append(current) }

        var proposals: [Proposal] = []
        var proposalIndex: [[String]: Int] = [:]
        for frame in frames {
            // The most specific level present: with two or more people, the
            // institutions and countries around them are context; with two or
            // more institutions, the countries are.
            var participants = frame.participants
            let kinds = participants.map { participant -> ActorKind? in
                switch participant {
                case .known(let id): dataset.actor(id: id)?.kind
                case .new(let index): newActors[index].actor.kind
                }
            }
            if kinds.filter({ $0 == .person }).count >= 2 {
                participants = zip(participants, kinds).filter { $0.1 == .person }.map(\.0)
            } else if kinds.filter({ $0 == .institution }).count >= 2 {
                participants = zip(participants, kinds).filter { $0.1 != .country }.map(\.0)
            }
            guard participants.count >= 2 else { continue }
            let ids = participants.map { participant -> String in
                switch participant {
                case .known(let id): id
                case .new(let index): newActors[index].actor.id
                }
            }
            let key = [frame.kind.rawValue] + ids.sorted()
            if let existing = proposalIndex[key] {
                let merged = Set(proposals[existing].paragraphs).union(frame.paragraphs).sorted()
                proposals[existing].paragraphs = merged
                proposals[existing].interaction.sources[0].paragraphs = merged
                continue
            }
            let cited = frame.paragraphs.map(String.init).joined(separator: ", ")
            let interaction = Interaction(
                id: "draft-\(documentStem)-\(proposals.count + 1)", kind: frame.kind, participants: ids,
                status: .reported,
                sources: [SourceReference(document: document.name, paragraphs: frame.paragraphs)],
                notes: "draft by actorgraph extract: \"\(frame.cue)\" in paragraph\(frame.paragraphs.count == 1 ? "" : "s") \(cited); review the participants, kind, date and initiator")
            proposalIndex[key] = proposals.count
            proposals.append(Proposal(interaction: interaction, cue: frame.cue, paragraphs: frame.paragraphs))
        }
        var seen: Set<String> = []
        let known = report.mentions.compactMap(\.actorID).filter { seen.insert($0).inserted }.compactMap { id -> Actor? in
            guard var actor = dataset.actor(id: id) else { return nil }
            actor.affiliations = []
            actor.parent = nil
            return actor
        }
        return Draft(
            document: document.name, knownActors: known, newActors: newActors, proposals: proposals,
            ambiguousMentions: report.ambiguousMentions)
    }

    /// The candidates grouped into new actors by the variant key of their last word.
    private func groupCandidates(_ candidates: [NameCandidate]) -> [NewActor] {
        let tokenizer = WordTokenizer(normalizer: finder.resolver.normalizer)
        var groups: [NewActor] = []
        var groupOfKey: [String: Int] = [:]
        for candidate in candidates {
            guard let last = tokenizer.tokens(in: candidate.text).last else { continue }
            let key = TransliterationVariants.isUsableKey(last.variantKey) ? last.variantKey : last.normalized
            if let index = groupOfKey[key] {
                if !groups[index].spellings.contains(candidate.text) { groups[index].spellings.append(candidate.text) }
                if !groups[index].paragraphs.contains(candidate.paragraph) { groups[index].paragraphs.append(candidate.paragraph) }
                groups[index].candidates.append(candidate)
                continue
            }
            groupOfKey[key] = groups.count
            let kind: ActorKind = candidate.cueKind == .latinCapitals ? .institution : .person
            let actor = Actor(id: "draft-\(groups.count + 1)", kind: kind, name: candidate.text, aliases: [])
            groups.append(NewActor(actor: actor, spellings: [candidate.text], paragraphs: [candidate.paragraph], candidates: [candidate]))
        }
        for index in groups.indices {
            // The fullest spelling names it; every spelling is an alias.
            let spellings = groups[index].spellings
            groups[index].actor.name = spellings.max { ($0.split(separator: " ").count, $0.count) < ($1.split(separator: " ").count, $1.count) } ?? spellings[0]
            groups[index].actor.aliases = spellings
            groups[index].actor.notes =
                "draft by actorgraph extract: named in paragraph\(groups[index].paragraphs.count == 1 ? "" : "s") "
                + groups[index].paragraphs.map(String.init).joined(separator: ", ")
                + " (cue: \(groups[index].candidates.map { $0.cue }.first ?? "")); review the kind, name and country"
        }
        return groups
    }

    /// The word ranges of the sentences of a paragraph.
    private func sentences(of words: [WordToken], text: String) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for index in words.indices.dropFirst() {
            let gap = text.unicodeScalars[words[index - 1].range.upperBound..<words[index].range.lowerBound]
            if gap.contains(where: { Self.sentenceEnds.contains($0) }) {
                result.append(start..<index)
                start = index
            }
        }
        if start < words.count { result.append(start..<words.count) }
        return result
    }

    /// Whether a country's or an institution's mention names a place rather than a
    /// party: a country after في، إلى، من، داخل، قرب، نحو or with ب or ل attached
    /// (kept for a visit: the place visited is the other party); an institution
    /// after في، داخل، مقر، قرب.
    private func isPlace(_ mention: Mention, words: [WordToken], in sentence: Range<Int>, keepingCountries: Bool) -> Bool {
        guard let id = mention.actorID, let kind = dataset.actor(id: id)?.kind, kind != .person else { return false }
        if kind == .country && keepingCountries { return false }
        let prefix = mention.matches.first?.prefix ?? ""
        if kind == .country && (prefix.contains("ب") || prefix.contains("ل")) { return true }
        guard let first = sentence.first(where: { words[$0].utf16Offsets.contains(mention.utf16Offsets.lowerBound) }),
            first > sentence.lowerBound
        else { return false }
        let before = words[first - 1].normalized
        return kind == .country ? Self.countryPlaceWords.contains(before) : Self.institutionPlaceWords.contains(before)
    }

    /// Whether an institution's or a country's mention describes the person named
    /// right after it ("مدير وكالة الاستخبارات المركزية وليام بيرنز", "المتحدث باسم
    /// الكرملين، دميتري بيسكوف"): only white space or a comma between them.
    private func describesNext(
        _ mention: Mention, at position: Int, in named: [(start: Int, word: Int, participant: Participant, mention: Mention?)],
        words: [WordToken], text: String
    ) -> Bool {
        guard let id = mention.actorID, dataset.actor(id: id)?.kind != .person, position + 1 < named.count else { return false }
        let next = named[position + 1]
        let isPerson: Bool
        switch next.participant {
        case .known(let nextID): isPerson = dataset.actor(id: nextID)?.kind == .person
        case .new: isPerson = true
        }
        guard isPerson, next.start >= mention.utf16Offsets.upperBound else { return false }
        let gap = text.utf16.index(text.startIndex, offsetBy: mention.utf16Offsets.upperBound)..<text.utf16.index(text.startIndex, offsetBy: next.start)
        return text[gap].unicodeScalars.allSatisfy { $0 == "\u{060C}" || $0 == "," || $0.properties.isWhitespace }
    }

    /// The words of the speaker of a reporting verb ("وأوضح المتحدث … بيسكوف … أن
    /// اللقاء…"): from a reporting verb before the contact word to the first أن، إن
    /// or بأن after it. The speaker reports the contact; it is not a party to it.
    private func speakerWords(in sentence: Range<Int>, words: [WordToken], before cue: Int) -> Set<Int> {
        guard let verb = sentence.first(where: { $0 < cue && Self.reportingVerbs.contains(stripConjunction(words[$0].normalized)) }),
            let complement = (verb + 1..<cue).first(where: { Self.complementizers.contains(words[$0].normalized) })
        else { return [] }
        return Set(verb + 1..<complement)
    }

    /// Whether a definite contact noun of one kind can name an event opened with
    /// another: the same kind, or a meeting and talks (اللقاء after محادثات).
    static func sameEvent(_ cue: InteractionKind, _ event: InteractionKind) -> Bool {
        cue == event || Set([cue, event]) == [.meeting, .talks]
    }

    /// Whether a sentence joins people to the event before it: a joining word
    /// (حضر، شارك، انضم) among its first three words, or إضافة إلى at its start.
    private func joinsPreviousEvent(_ sentence: Range<Int>, words: [WordToken]) -> Bool {
        sentence.prefix(3).contains { Self.joiningWords.contains(stripConjunction(words[$0].normalized)) }
    }

    /// Whether a contact word carries the article, behind any prefix (اللقاء، بالمحادثات).
    private func isDefinite(_ word: String) -> Bool {
        let stems = [word] + AttachedPrefixes.strippings(of: word).filter { !$0.prefix.hasSuffix("ال") }.map(\.stem)
        return stems.contains { $0.hasPrefix("ال") && ContactCues.kind(of: String($0.dropFirst(2))) != nil }
    }

    private func stripConjunction(_ word: String) -> String {
        if let first = word.unicodeScalars.first, first == "\u{0648}" || first == "\u{0641}", word.unicodeScalars.count > 3 {
            return String(word.dropFirst())
        }
        return word
    }
}
