// Fuzz target `arabic`: ArabicNormalizer, ActorResolver, MentionFinder and
// InteractionExtractor on
// arbitrary UTF-8 text (invalid bytes become U+FFFD) over a small fixed dataset
// (actors of seeds/backchannel.json, two of them sharing an alias so that
// ambiguity is exercised).
//
// Checks: normalising is idempotent (compared as Swift strings, i.e. up to
// canonical equivalence) for the standard and CAMeL rule sets; resolving never
// crashes; every mention lies inside its paragraph, its text is the text of its
// range and its scalar and UTF-16 offsets agree with its range; the report's
// paragraph count is the document's, under both paragraph rules; the extractor's
// draft is a valid dataset whose interactions cite paragraphs of the document.
import ActorGraph
import Foundation

let actors: [Actor] = [
    Actor(id: "russia", kind: .country, name: "Russia", aliases: ["روسيا", "موسكو"]),
    Actor(id: "usa", kind: .country, name: "United States", aliases: ["الولايات المتحدة", "واشنطن"]),
    Actor(id: "white-house", kind: .institution, name: "White House", aliases: ["البيت الأبيض"]),
    Actor(id: "us-administration", kind: .institution, name: "US Administration",
          aliases: ["الإدارة الأميركية", "إدارة بايدن", "إدارة الرئيس جو بايدن"]),
    Actor(id: "cia", kind: .institution, name: "Central Intelligence Agency",
          aliases: ["وكالة الاستخبارات المركزية الأميركية", "CIA"]),
    Actor(id: "lavrov", kind: .person, name: "Sergei Lavrov", aliases: ["سيرغي لافروف", "لافروف"]),
    Actor(id: "biden", kind: .person, name: "Joe Biden", aliases: ["جو بايدن", "بايدن"]),
    Actor(id: "putin", kind: .person, name: "Vladimir Putin", aliases: ["فلاديمير بوتين", "بوتين"]),
    Actor(id: "ushakov", kind: .person, name: "Yuri Ushakov", aliases: ["يوري أوشاكوف", "أوشاكوف", "يوشاكوف"]),
    Actor(id: "shoigu", kind: .person, name: "Sergei Shoigu", aliases: ["سيرغي شويغو", "شويغو"]),
    Actor(id: "graham", kind: .person, name: "Thomas Graham", aliases: ["توماس غراهام", "توماس جراهام"]),
    // Shares "سيرغي" with lavrov and shoigu, and one alias with nobody: ambiguity and prefixes.
    Actor(id: "sergei", kind: .person, name: "Sergei", aliases: ["سيرغي", "ال سيرغي"]),
]
let dataset = Dataset(actors: actors, interactions: [])
let standard = ArabicNormalizer()
let camel = ArabicNormalizer(rules: .camelEquivalent)
let finder = MentionFinder(dataset: dataset)
let camelFinder = MentionFinder(dataset: dataset, normalizer: camel)
let extractor = InteractionExtractor(dataset: dataset)

func checkReport(_ report: MentionReport, document: TextDocument) {
    precondition(report.paragraphCount == document.paragraphs.count, "paragraph count differs")
    let text = document.text
    let scalars = text.unicodeScalars
    for mention in report.mentions {
        guard let paragraph = document.paragraph(mention.paragraph) else {
            preconditionFailure("mention in paragraph \(mention.paragraph) of \(document.paragraphs.count)")
        }
        precondition(paragraph.range.lowerBound <= mention.range.lowerBound
                     && mention.range.upperBound <= paragraph.range.upperBound, "mention outside its paragraph")
        precondition(String(Substring(scalars[mention.range])) == mention.text, "mention text differs from its range")
        let start = scalars.distance(from: scalars.startIndex, to: mention.range.lowerBound)
        let end = scalars.distance(from: scalars.startIndex, to: mention.range.upperBound)
        precondition(mention.scalarOffsets == start..<end, "scalar offsets \(mention.scalarOffsets) for \(start)..<\(end)")
        let utf16Start = text.utf16.distance(from: text.utf16.startIndex, to: mention.range.lowerBound)
        let utf16End = text.utf16.distance(from: text.utf16.startIndex, to: mention.range.upperBound)
        precondition(mention.utf16Offsets == utf16Start..<utf16End, "UTF-16 offsets differ from the range")
        precondition(mention.wordCount >= 1, "mention of \(mention.wordCount) words")
        for id in mention.resolution.candidateIDs {
            precondition(dataset.actor(id: id) != nil, "mention of unknown actor \(id)")
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArabic(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let buffer = UnsafeBufferPointer(start: bytes, count: bytes == nil ? 0 : size)
    let text = String(decoding: buffer, as: UTF8.self)

    for normalizer in [standard, camel] {
        let once = normalizer.normalize(text)
        let twice = normalizer.normalize(once)
        precondition(once == twice, "normalize is not idempotent: \(text.debugDescription) → \(once.debugDescription) → \(twice.debugDescription)")
    }
    _ = finder.resolver.resolve(text)
    for rule in TextDocument.ParagraphRule.allCases {
        let document = TextDocument(text: text, name: "fuzz.txt", rule: rule)
        checkReport(finder.mentions(in: document), document: document)
    }
    let document = TextDocument(text: text, name: "fuzz.txt")
    checkReport(camelFinder.mentions(in: document), document: document)
    let draft = extractor.extract(from: document)
    do {
        _ = try DatasetLoader.load(json: DatasetWriter.json(draft.dataset))
    } catch {
        preconditionFailure("the draft is not a valid dataset: \(error)")
    }
    for proposal in draft.proposals {
        precondition(proposal.paragraphs.allSatisfy { document.paragraph($0) != nil }, "a proposal cites a paragraph outside the document")
    }
    return 0
}
