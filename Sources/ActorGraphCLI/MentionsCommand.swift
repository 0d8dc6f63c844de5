import ActorGraph
import ArgumentParser
import Foundation

/// `actorgraph mentions DOCUMENT --dataset FILE [--format table|json]`: the actors a
/// document names, per actor and paragraph, and the name-like spans no alias matched.
struct MentionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mentions",
        abstract: "List the actors a document mentions, per paragraph, and unresolved names.",
        discussion: """
            Names are matched through the dataset's aliases after Arabic normalisation, \
            with attached prefixes (و ف ب ل ك ال) and transliteration variants; see \
            Guides/Arabic.md. Paragraphs are the document's non-blank lines, numbered \
            from 1 (--paragraphs blocks: blank-line separated blocks).

            A surname alone resolves when one actor carries it; a surname several \
            actors share goes to the one named in full nearest before it; a given name \
            alone resolves only when one actor carries it and was named in full \
            before. Otherwise the mention is ambiguous and listed with its candidates \
            and the reason. Names of other actors inside a longer name (بايدن in \
            إدارة بايدن) are listed as nested mentions. Unresolved names after \
            reporting and meeting verbs, titles and in apposition are listed as \
            candidates with the words around them.

            --format json prints one object: document, paragraphCount, actors (id, name, \
            kind, mentionCount, paragraphs [{paragraph, count}], spellings), mentions \
            (paragraph, text, actor or null, candidates, kind (spelling: exact, \
            prefixed, variant, prefixedVariant), part (alias, surname, \
            surname-after-full, given-name-after-full, given-name), confidence, alias, \
            prefix, ambiguity (null or same-name, shared-surname, shared-given-name, \
            given-name-without-full-name), antecedent and enclosing (null or \
            {paragraph, text, utf16, scalars}), utf16 and scalars offsets {start, end}), \
            ambiguous count and candidates (paragraph, text, cue, cueKind (verb, title, \
            apposition, latin-capitals), context, offsets).

            Exit status: 0 on success, 1 when the document or dataset cannot be read or \
            the dataset is invalid, 2 on usage errors.
            """
    )

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table
        case json
    }

    /// The paragraph rules, as spelled on the command line.
    enum Paragraphs: String, ExpressibleByArgument, CaseIterable {
        case lines
        case blocks

        var rule: TextDocument.ParagraphRule {
            switch self {
            case .lines: .lines
            case .blocks: .blocks
            }
        }
    }

    @Argument(help: "The document: a UTF-8 text file.")
    var document: String

    @Option(name: .long, help: "The dataset (JSON) whose actors to look for.")
    var dataset: String

    @Option(name: .long, help: "Output format: table or json.")
    var format: Format = .table

    @Option(name: .long, help: "Paragraph rule: lines (each non-blank line) or blocks (blank-line separated).")
    var paragraphs: Paragraphs = .lines

    func run() throws {
        let (loaded, text) = try Self.load(dataset: dataset, document: document, rule: paragraphs.rule)
        let report = MentionFinder(dataset: loaded).mentions(in: text)
        switch format {
        case .table: print(Self.table(report, dataset: loaded))
        case .json: print(try Self.json(report, dataset: loaded))
        }
    }

    /// Reads a dataset and a document; a failure is printed and exits 1.
    static func load(dataset: String, document: String, rule: TextDocument.ParagraphRule) throws -> (Dataset, TextDocument) {
        do {
            return (
                try readDataset(at: dataset),
                try TextDocument.load(contentsOf: URL(fileURLWithPath: document), rule: rule)
            )
        } catch {
            report(error)
            throw ExitCode.failure
        }
    }

    /// Prints a failure to standard error, in the words of the error itself.
    static func report(_ error: any Error) {
        let message: String
        switch error {
        case let error as DatasetError: message = error.description
        case let error as FileReadError: message = error.description
        case let error as DocumentReadError: message = error.description
        default: message = String(describing: error)
        }
        FileHandle.standardError.write(Data(("actorgraph: " + message + "\n").utf8))
    }

    // MARK: - Table

    static func table(_ report: MentionReport, dataset: Dataset) -> String {
        var lines = ["\(report.document): \(report.paragraphCount) paragraphs, \(report.mentions.count) mentions"]
        lines.append("")
        var rows = [["ACTOR", "KIND", "MENTIONS", "PARAGRAPHS", "SPELLINGS"]]
        for summary in summaries(report, dataset: dataset) {
            rows.append([
                summary.id, summary.kind, String(summary.mentionCount),
                summary.paragraphs.map { $0.count > 1 ? "\($0.paragraph)×\($0.count)" : "\($0.paragraph)" }
                    .joined(separator: ","),
                summary.spellings.joined(separator: " / "),
            ])
        }
        lines += align(rows)
        let partial = report.mentions.filter { $0.actorID != nil && $0.part.isPartial }
        if !partial.isEmpty {
            lines.append("")
            lines.append("Partial names:")
            lines += align(
                partial.map { mention in
                    [
                        "¶\(mention.paragraph)", mention.text, "→ " + (mention.actorID ?? ""), mention.part.rawValue,
                        mention.antecedent.map { "after «\($0.text)» ¶\($0.paragraph)" } ?? "",
                    ]
                }
            ).map { "  " + $0 }
        }
        let nested = report.mentions.filter { $0.enclosing != nil }
        if !nested.isEmpty {
            lines.append("")
            lines.append("Nested names (inside a longer name):")
            lines += align(
                nested.map { mention in
                    [
                        "¶\(mention.paragraph)", mention.text,
                        "→ " + mention.resolution.candidateIDs.joined(separator: " | "),
                        "in «\(mention.enclosing?.text ?? "")»",
                    ]
                }
            ).map { "  " + $0 }
        }
        let ambiguous = report.ambiguousMentions
        lines.append("")
        if ambiguous.isEmpty {
            lines.append("Ambiguous mentions: none")
        } else {
            lines.append("Ambiguous mentions (counted for no actor):")
            lines += align(
                ambiguous.map { mention in
                    [
                        "¶\(mention.paragraph)", mention.text, "→ " + mention.resolution.candidateIDs.joined(separator: " | "),
                        mention.ambiguity?.explanation ?? "",
                    ]
                }
            ).map { "  " + $0 }
        }
        lines.append("")
        if report.candidates.isEmpty {
            lines.append("Unresolved name candidates: none")
        } else {
            lines.append("Unresolved name candidates:")
            lines += align(
                [["PARAGRAPH", "TEXT", "CUE", "CONTEXT"]]
                    + report.candidates.map {
                        ["¶\($0.paragraph)", $0.text, $0.cue.isEmpty ? $0.cueKind.rawValue : "\($0.cueKind.rawValue): \($0.cue)", $0.context]
                    }
            ).map { "  " + $0 }
        }
        return lines.joined(separator: "\n")
    }

    private static func align(_ rows: [[String]]) -> [String] {
        guard let columns = rows.first?.count else { return [] }
        let widths = (0..<columns).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            let line = row.enumerated().map { column, cell in
                column == columns - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  ")
            return String(line.reversed().drop { $0 == " " }.reversed())
        }
    }

    // MARK: - Per-actor summary

    struct ParagraphCount: Encodable {
        var paragraph: Int
        var count: Int
    }

    struct ActorSummary: Encodable {
        var id: String
        var name: String
        var kind: String
        var mentionCount: Int
        var paragraphs: [ParagraphCount]
        var spellings: [String]
    }

    static func summaries(_ report: MentionReport, dataset: Dataset) -> [ActorSummary] {
        report.actorIDs.map { id in
            let mentions = report.mentions(of: id)
            var counts: [(paragraph: Int, count: Int)] = []
            for mention in mentions {
                if let last = counts.last, last.paragraph == mention.paragraph {
                    counts[counts.count - 1].count += 1
                } else {
                    counts.append((mention.paragraph, 1))
                }
            }
            var seen: Set<String> = []
            let spellings = mentions.map(\.text).filter { seen.insert($0).inserted }
            let actor = dataset.actor(id: id)
            return ActorSummary(
                id: id, name: actor?.name ?? id, kind: actor?.kind.rawValue ?? "?", mentionCount: mentions.count,
                paragraphs: counts.map { ParagraphCount(paragraph: $0.paragraph, count: $0.count) }, spellings: spellings)
        }
    }

    // MARK: - JSON

    struct Offsets: Encodable {
        var start: Int
        var end: Int
    }

    struct SpanRecord: Encodable {
        var paragraph: Int
        var text: String
        var utf16: Offsets
        var scalars: Offsets

        init(_ span: MentionSpan) {
            paragraph = span.paragraph
            text = span.text
            utf16 = Offsets(start: span.utf16Offsets.lowerBound, end: span.utf16Offsets.upperBound)
            scalars = Offsets(start: span.scalarOffsets.lowerBound, end: span.scalarOffsets.upperBound)
        }
    }

    struct MentionRecord: Encodable {
        var paragraph: Int
        var text: String
        var actor: String?
        var candidates: [String]
        var kind: String
        var part: String
        var confidence: Double
        var alias: String?
        var prefix: String
        var ambiguity: String?
        var antecedent: SpanRecord?
        var enclosing: SpanRecord?
        var utf16: Offsets
        var scalars: Offsets

        // Keys with null values are written, so every record has the same keys.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(paragraph, forKey: .paragraph)
            try container.encode(text, forKey: .text)
            try container.encode(actor, forKey: .actor)
            try container.encode(candidates, forKey: .candidates)
            try container.encode(kind, forKey: .kind)
            try container.encode(part, forKey: .part)
            try container.encode(confidence, forKey: .confidence)
            try container.encode(alias, forKey: .alias)
            try container.encode(prefix, forKey: .prefix)
            try container.encode(ambiguity, forKey: .ambiguity)
            try container.encode(antecedent, forKey: .antecedent)
            try container.encode(enclosing, forKey: .enclosing)
            try container.encode(utf16, forKey: .utf16)
            try container.encode(scalars, forKey: .scalars)
        }

        enum CodingKeys: String, CodingKey {
            case paragraph, text, actor, candidates, kind, part, confidence, alias, prefix, ambiguity, antecedent,
                enclosing, utf16, scalars
        }
    }

    struct CandidateRecord: Encodable {
        var paragraph: Int
        var text: String
        var cue: String
        var cueKind: String
        var context: String
        var utf16: Offsets
        var scalars: Offsets
    }

    struct Output: Encodable {
        var document: String
        var paragraphCount: Int
        var actors: [ActorSummary]
        var mentions: [MentionRecord]
        var ambiguous: Int
        var candidates: [CandidateRecord]
    }

    static func json(_ report: MentionReport, dataset: Dataset) throws -> String {
        let output = Output(
            document: report.document, paragraphCount: report.paragraphCount,
            actors: summaries(report, dataset: dataset),
            mentions: report.mentions.map { mention in
                let best = mention.matches.first
                return MentionRecord(
                    paragraph: mention.paragraph, text: mention.text, actor: mention.actorID,
                    candidates: mention.resolution.candidateIDs, kind: best?.kind.rawValue ?? "none",
                    part: mention.part.rawValue, confidence: (mention.confidence * 1e6).rounded() / 1e6,
                    alias: mention.actorID == nil ? nil : best?.alias, prefix: best?.prefix ?? "",
                    ambiguity: mention.ambiguity?.rawValue, antecedent: mention.antecedent.map(SpanRecord.init),
                    enclosing: mention.enclosing.map(SpanRecord.init),
                    utf16: Offsets(start: mention.utf16Offsets.lowerBound, end: mention.utf16Offsets.upperBound),
                    scalars: Offsets(start: mention.scalarOffsets.lowerBound, end: mention.scalarOffsets.upperBound))
            },
            ambiguous: report.ambiguousMentions.count,
            candidates: report.candidates.map {
                CandidateRecord(
                    paragraph: $0.paragraph, text: $0.text, cue: $0.cue, cueKind: $0.cueKind.rawValue, context: $0.context,
                    utf16: Offsets(start: $0.utf16Offsets.lowerBound, end: $0.utf16Offsets.upperBound),
                    scalars: Offsets(start: $0.scalarOffsets.lowerBound, end: $0.scalarOffsets.upperBound))
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(output), as: UTF8.self)
    }
}
