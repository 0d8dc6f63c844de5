import Foundation

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
        /// A sentence of it denies the contact (نفى، نفت): status `denied`.
        var denied = false
    }

    private static let joiningWords = NameCandidateHeuristic.normalizedSet([
        "حضر", "حضرت", "يحضر", "شارك", "شاركت", "يشارك", "تشارك", "انضم", "انضمت", "ينضم", "إضافة", "بالإضافة",
    ])

    private static let countryPlaceWords = NameCandidateHeuristic.normalizedSet(["في", "إلى", "من", "داخل", "قرب", "نحو"])
    private static let institutionPlaceWords = NameCandidateHeuristic.normalizedSet(["في", "داخل", "مقر", "قرب"])
    private static let complementizers = NameCandidateHeuristic.normalizedSet(["أن", "إن", "بأن", "أنه", "إنه", "أنها"])
    private static let denials = NameCandidateHeuristic.normalizedSet(["نفى", "نفت", "ينفي", "تنفي", "نفي"])
    private static let sentenceEnds: Set<Unicode.Scalar> = [".", "\u{061F}", "?", "!", "\u{061B}", ";"]

    /// One actor named in a sentence: a resolved mention or a new actor's candidate.
    private struct Named {
        var start: Int
        var firstWord: Int
        var lastWord: Int
        var participant: Participant
        var mention: Mention?
    }

    /// Proposes the actors and interactions of a document.
    ///
    /// - Parameter document: the article.
    /// - Returns: the draft; its ``Draft/dataset`` is what `actorgraph extract` writes.
    /// - Complexity: linear in the length of the document.
    public func extract(from document: TextDocument) -> Draft {
        let report = finder.mentions(in: document)
        var usedIDs = Set(dataset.actors.map(\.id)).union(dataset.interactions.map(\.id))
        let newActors = groupCandidates(report.candidates, avoiding: &usedIDs)
        var newActorOfCandidate: [Int: Int] = [:]  // candidate start offset → new actor index
        for (index, actor) in newActors.enumerated() {
            for candidate in actor.candidates { newActorOfCandidate[candidate.utf16Offsets.lowerBound] = index }
        }
        let mentionsByParagraph = Dictionary(grouping: report.mentions.filter { $0.enclosing == nil }, by: \.paragraph)
        let candidatesByParagraph = Dictionary(grouping: report.candidates, by: \.paragraph)
        let normalizer = finder.resolver.normalizer
        let tokenizer = WordTokenizer(normalizer: normalizer)
        var frames: [Frame] = []
        var open: Frame?
        for paragraph in document.paragraphs {
            let words = tokenizer.tokens(
                in: document.text, range: paragraph.range, base: (paragraph.scalarOffset, paragraph.utf16Offset))
            guard !words.isEmpty else { continue }
            // The word each UTF-16 offset of the paragraph starts in.
            var wordAt: [Int: Int] = [:]
            for (index, word) in words.enumerated() where wordAt[word.utf16Offsets.lowerBound] == nil {
                wordAt[word.utf16Offsets.lowerBound] = index
            }
            func wordIndex(containing offset: Int) -> Int? {
                if let index = wordAt[offset] { return index }
                return words.firstIndex { $0.utf16Offsets.contains(offset) }
            }
            var named: [Named] = []
            for mention in mentionsByParagraph[paragraph.number] ?? [] {
                guard let id = mention.actorID, let first = wordIndex(containing: mention.utf16Offsets.lowerBound),
                    let last = wordIndex(containing: mention.utf16Offsets.upperBound - 1)
                else { continue }
                named.append(Named(start: mention.utf16Offsets.lowerBound, firstWord: first, lastWord: last, participant: .known(id), mention: mention))
            }
            for candidate in candidatesByParagraph[paragraph.number] ?? [] {
                guard let index = newActorOfCandidate[candidate.utf16Offsets.lowerBound],
                    let first = wordIndex(containing: candidate.utf16Offsets.lowerBound),
                    let last = wordIndex(containing: candidate.utf16Offsets.upperBound - 1)
                else { continue }
                named.append(Named(start: candidate.utf16Offsets.lowerBound, firstWord: first, lastWord: last, participant: .new(index), mention: nil))
            }
            named.sort { $0.start < $1.start }
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
                let inSentence = named.filter { sentence.contains($0.firstWord) }
                let kind = cue?.1 ?? open?.kind ?? .meeting
                let speakers = speakerWords(in: sentence, words: words, before: cue?.0 ?? sentence.upperBound)
                var participants: [Participant] = []
                for (position, item) in inSentence.enumerated() {
                    if speakers.contains(item.firstWord) { continue }
                    if let mention = item.mention {
                        if isPlace(mention, at: item.firstWord, words: words, in: sentence, keepingCountries: kind == .visit) { continue }
                        if describesNext(item, next: inSentence.dropFirst(position + 1).first, words: words, text: document.text) {
                            continue
                        }
                    }
                    if !participants.contains(item.participant) { participants.append(item.participant) }
                }
                let denied = sentence.contains { Self.denials.contains(NameCandidateHeuristic.withoutConjunction(words[$0].normalized)) }
                // A definite contact noun (اللقاء، المحادثات) or a joining word
                // (حضر، شارك، انضم، إضافة إلى) continues the event before it.
                let refersBack =
                    joins || cue.map { cue in open.map { Self.sameEvent(cue.1, $0.kind) } == true && isDefinite(words[cue.0].normalized) } ?? false
                if var current = open, refersBack {
                    for participant in participants where !current.participants.contains(participant) {
                        current.participants.append(participant)
                    }
                    if current.paragraphs.last != paragraph.number { current.paragraphs.append(paragraph.number) }
                    current.denied = current.denied || denied
                    open = current
                    continue
                }
                guard let (cueIndex, cueKind) = cue else { continue }
                if let current = open { frames.append(current) }
                open = Frame(
                    kind: cueKind, cue: written(cueIndex), participants: participants, paragraphs: [paragraph.number],
                    denied: denied)
            }
        }
        if let current = open { frames.append(current) }

        let documentStem = Self.idStem(of: document.name)
        var proposals: [Proposal] = []
        var proposalIndex: [[String]: Int] = [:]
        var mergedParagraphs: [Set<Int>] = []
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
            let key = [frame.kind.rawValue, frame.denied ? "denied" : ""] + ids.sorted()
            if let existing = proposalIndex[key] {
                mergedParagraphs[existing].formUnion(frame.paragraphs)
                continue
            }
            let cited = frame.paragraphs.map(String.init).joined(separator: ", ")
            var number = proposals.count + 1
            while usedIDs.contains("draft-\(documentStem)-\(number)") { number += 1 }
            let id = "draft-\(documentStem)-\(number)"
            usedIDs.insert(id)
            let interaction = Interaction(
                id: id, kind: frame.kind, participants: ids,
                status: frame.denied ? .denied : .reported,
                sources: [SourceReference(document: document.name, paragraphs: frame.paragraphs)],
                notes: "draft by actorgraph extract: \"\(frame.cue)\" in paragraph\(frame.paragraphs.count == 1 ? "" : "s") \(cited)"
                    + (frame.denied ? ", in a sentence that denies it" : "")
                    + "; review the participants, kind, date and initiator")
            proposalIndex[key] = proposals.count
            proposals.append(Proposal(interaction: interaction, cue: frame.cue, paragraphs: frame.paragraphs))
            mergedParagraphs.append(Set(frame.paragraphs))
        }
        // The same parties and kind in several events: one interaction citing them all.
        for index in proposals.indices where mergedParagraphs[index].count > proposals[index].paragraphs.count {
            let merged = mergedParagraphs[index].sorted()
            proposals[index].paragraphs = merged
            proposals[index].interaction.sources[0].paragraphs = merged
        }
        let known = report.actorIDs.compactMap { id -> Actor? in
            guard var actor = dataset.actor(id: id) else { return nil }
            actor.affiliations = []
            actor.parent = nil
            return actor
        }
        return Draft(
            document: document.name, knownActors: known, newActors: newActors, proposals: proposals,
            ambiguousMentions: report.ambiguousMentions)
    }

    /// A document's name as part of an id: without its last extension, every run of
    /// characters other than letters, digits and `_` as one `-` ("my article.v2.txt"
    /// → "my-article-v2").
    static func idStem(of name: String) -> String {
        let base = (name as NSString).deletingPathExtension
        var stem = ""
        for character in base {
            if character.isLetter || character.isNumber || character == "_" {
                stem.append(character)
            } else if !stem.hasSuffix("-") {
                stem.append("-")
            }
        }
        let trimmed = stem.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return trimmed.isEmpty ? "document" : trimmed
    }

    /// The candidates grouped into new actors: candidates of two or more words by
    /// the variant keys of all their words (دميتري بيسكوف and ديمتري بيسكوف are one);
    /// a one-word candidate joins the one group whose last word it matches, and
    /// stands alone when none or several do (فاسيلييف after أنطون فاسيلييف and
    /// يوري فاسيلييف is neither).
    private func groupCandidates(_ candidates: [NameCandidate], avoiding usedIDs: inout Set<String>) -> [NewActor] {
        let tokenizer = WordTokenizer(normalizer: finder.resolver.normalizer)
        func key(_ word: WordToken) -> String {
            TransliterationVariants.isUsableKey(word.variantKey) ? word.variantKey : word.normalized
        }
        var groups: [NewActor] = []
        var groupOfName: [[String]: Int] = [:]
        var groupsOfLastWord: [String: Set<Int>] = [:]
        var spellingSets: [Set<String>] = []
        func add(_ candidate: NameCandidate, to index: Int) {
            let spelling = Self.spelling(of: candidate)
            if spellingSets[index].insert(spelling).inserted { groups[index].spellings.append(spelling) }
            if groups[index].paragraphs.last != candidate.paragraph { groups[index].paragraphs.append(candidate.paragraph) }
            groups[index].candidates.append(candidate)
        }
        func newGroup(_ candidate: NameCandidate) -> Int {
            let kind: ActorKind = candidate.cueKind == .latinCapitals ? .institution : .person
            let spelling = Self.spelling(of: candidate)
            let actor = Actor(id: "", kind: kind, name: spelling, aliases: [])
            groups.append(NewActor(actor: actor, spellings: [spelling], paragraphs: [candidate.paragraph], candidates: [candidate]))
            spellingSets.append([spelling])
            return groups.count - 1
        }
        var single: [(NameCandidate, String)] = []
        for candidate in candidates {
            let words = tokenizer.tokens(in: candidate.text)
            guard let last = words.last else { continue }
            if words.count == 1 {
                single.append((candidate, key(last)))
                continue
            }
            let name = words.map(key)
            if let index = groupOfName[name] {
                add(candidate, to: index)
            } else {
                let index = newGroup(candidate)
                groupOfName[name] = index
                groupsOfLastWord[key(last), default: []].insert(index)
            }
        }
        var groupOfSingle: [String: Int] = [:]
        for (candidate, lastKey) in single {
            if let owners = groupsOfLastWord[lastKey], owners.count == 1, let index = owners.first {
                add(candidate, to: index)
            } else if let index = groupOfSingle[lastKey] {
                add(candidate, to: index)
            } else {
                groupOfSingle[lastKey] = newGroup(candidate)
            }
        }
        // In order of first mention.
        groups.sort { $0.candidates[0].utf16Offsets.lowerBound < $1.candidates[0].utf16Offsets.lowerBound }
        var number = 0
        for index in groups.indices {
            repeat { number += 1 } while usedIDs.contains("draft-\(number)")
            groups[index].actor.id = "draft-\(number)"
            usedIDs.insert(groups[index].actor.id)
            groups[index].paragraphs = Set(groups[index].paragraphs).sorted()
            // The fullest spelling names it; every spelling is an alias.
            let spellings = groups[index].spellings
            groups[index].actor.name = spellings.max { ($0.split(separator: " ").count, $0.count) < ($1.split(separator: " ").count, $1.count) } ?? spellings[0]
            groups[index].actor.aliases = spellings
            let cue = groups[index].candidates[0]
            groups[index].actor.notes =
                "draft by actorgraph extract: named in paragraph\(groups[index].paragraphs.count == 1 ? "" : "s") "
                + groups[index].paragraphs.map(String.init).joined(separator: ", ")
                + " (\(cue.cueKind.rawValue)\(cue.cue.isEmpty ? "" : ": " + cue.cue)); review the kind, name and country"
        }
        return groups
    }

    /// A candidate's text as a name: every run of white space (a line break, a
    /// vertical tab) as one space, characters no export can carry left out.
    static func spelling(of candidate: NameCandidate) -> String {
        var kept = String.UnicodeScalarView()
        for scalar in candidate.text.unicodeScalars where DOTEscaping.isRepresentable(scalar) || scalar.properties.isWhitespace {
            kept.append(scalar.properties.isWhitespace ? " " : scalar)
        }
        return String(kept).split(separator: " ").joined(separator: " ")
    }

    /// The word ranges of the sentences of a paragraph.
    private func sentences(of words: [WordToken], text: String) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for index in words.indices.dropFirst() {
            if WordTokenizer.gap(between: words[index - 1], and: words[index], in: text).contains(where: { Self.sentenceEnds.contains($0) }) {
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
    private func isPlace(
        _ mention: Mention, at first: Int, words: [WordToken], in sentence: Range<Int>, keepingCountries: Bool
    ) -> Bool {
        guard let id = mention.actorID, let kind = dataset.actor(id: id)?.kind, kind != .person else { return false }
        if kind == .country && keepingCountries { return false }
        let prefix = mention.matches.first?.prefix ?? ""
        if kind == .country && (prefix.contains("ب") || prefix.contains("ل")) { return true }
        guard first > sentence.lowerBound else { return false }
        let before = words[first - 1].normalized
        return kind == .country ? Self.countryPlaceWords.contains(before) : Self.institutionPlaceWords.contains(before)
    }

    /// Whether an institution's or a country's mention describes the person named
    /// right after it ("مدير وكالة الاستخبارات المركزية وليام بيرنز", "المتحدث باسم
    /// الكرملين، دميتري بيسكوف"): the next name is a person's, in the next word, with
    /// only white space or a comma between.
    private func describesNext(_ item: Named, next: Named?, words: [WordToken], text: String) -> Bool {
        guard let mention = item.mention, let id = mention.actorID, dataset.actor(id: id)?.kind != .person, let next,
            next.firstWord == item.lastWord + 1
        else { return false }
        switch next.participant {
        case .known(let nextID): guard dataset.actor(id: nextID)?.kind == .person else { return false }
        case .new: break
        }
        let gap = WordTokenizer.gap(between: words[item.lastWord], and: words[next.firstWord], in: text)
        return WordTokenizer.isCommaGap(between: words[item.lastWord], and: words[next.firstWord], in: text)
            || gap.allSatisfy { $0.properties.isWhitespace || ArabicNormalizer.isInvisibleControl($0.value) }
    }

    /// The words of the speaker of a reporting verb ("وأوضح المتحدث … بيسكوف … أن
    /// اللقاء…"): from a reporting verb (``NameCandidateHeuristic/reportingVerbs``)
    /// before the contact word to the first أن، إن or بأن after it. The speaker
    /// reports the contact; it is not a party to it.
    private func speakerWords(in sentence: Range<Int>, words: [WordToken], before cue: Int) -> Set<Int> {
        guard
            let verb = sentence.first(where: {
                $0 < cue && NameCandidateHeuristic.reportingVerbs.contains(NameCandidateHeuristic.withoutConjunction(words[$0].normalized))
            }),
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
    /// (حضر، شارك، انضم) among its first three words, or إضافة إلى at its start,
    /// unless it is "إضافة إلى ذلك" ("moreover").
    private func joinsPreviousEvent(_ sentence: Range<Int>, words: [WordToken]) -> Bool {
        guard let position = sentence.prefix(3).first(where: { Self.joiningWords.contains(NameCandidateHeuristic.withoutConjunction(words[$0].normalized)) })
        else { return false }
        let word = NameCandidateHeuristic.withoutConjunction(words[position].normalized)
        guard Self.additionWords.contains(word) else { return true }
        let after = sentence.dropFirst(position - sentence.lowerBound + 1).prefix(2).map { words[$0].normalized }
        return !(after.count == 2 && Self.moreover.contains(after[1]))
    }

    private static let additionWords = NameCandidateHeuristic.normalizedSet(["إضافة", "بالإضافة"])
    private static let moreover = NameCandidateHeuristic.normalizedSet(["ذلك", "هذا", "هذه", "ما"])

    /// Whether a contact word carries the article, behind any prefix (اللقاء، بالمحادثات).
    private func isDefinite(_ word: String) -> Bool {
        let stems = [word] + AttachedPrefixes.strippings(of: word).filter { !$0.prefix.hasSuffix("ال") }.map(\.stem)
        return stems.contains { $0.hasPrefix("ال") && ContactCues.kind(of: String($0.dropFirst(2))) != nil }
    }
}
