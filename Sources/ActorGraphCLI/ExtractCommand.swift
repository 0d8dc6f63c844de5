import ActorGraph
import ArgumentParser
import Foundation

/// `actorgraph extract DOCUMENT --dataset FILE [-o draft.json]`: proposes the actors
/// and interactions of a new article as a draft dataset for review.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Propose a new article's actors and interactions as a draft dataset to review.",
        discussion: """
            Reads an Arabic article and writes a draft dataset, valid as it stands and \
            separate from FILE (nothing is written into FILE): the dataset's actors the \
            article names (by id, copied without affiliations), new actors for the \
            people it introduces (draft-1, draft-2…, every spelling found as an alias), \
            and draft interactions where a contact word (اتصل/اتصال → call, التقى/ \
            اجتماع/لقاء/استقبل → meeting, زار/زيارة → visit, محادثات/مفاوضات → talks, \
            رسالة → message, إطلاع/إحاطة → briefing, قمة → summit) and two or more \
            actors stand in one sentence, each citing its paragraphs, status \
            "reported", with a note naming the cue. Review it, then merge what is \
            right into your dataset; see Guides/Arabic.md for the rules and their \
            measured recall and precision.

            The draft goes to -o FILE (written atomically) or, by default, standard \
            output; a summary for review goes to standard output with -o, to standard \
            error without.

            Exit status: 0 on success, 1 when the document or dataset cannot be read \
            or the output cannot be written, 2 on usage errors.
            """
    )

    @Argument(help: "The article: a UTF-8 text file.")
    var document: String

    @Option(name: .long, help: "The dataset (JSON) whose actors to recognise.")
    var dataset: String

    @Option(name: [.short, .customLong("output")], help: "The draft dataset to write (default: standard output).")
    var output: String = "-"

    @Option(name: .long, help: "Paragraph rule: lines (each non-blank line) or blocks (blank-line separated).")
    var paragraphs: MentionsCommand.Paragraphs = .lines

    func run() throws {
        do {
            try OutputFiles.checkDistinct(outputs: [output], from: [dataset, document])
        } catch {
            printError(error.description)
            throw ExitCode(2)
        }
        let (loaded, text) = try MentionsCommand.load(dataset: dataset, document: document, rule: paragraphs.rule)
        let draft = InteractionExtractor(dataset: loaded).extract(from: text)
        let json = Data(DatasetWriter.json(draft.dataset).utf8)
        let summary = Self.summary(draft)
        if output == "-" {
            FileHandle.standardOutput.write(json)
            FileHandle.standardError.write(Data((summary + "\n").utf8))
        } else {
            do {
                try OutputFiles.write(json, to: output)
            } catch {
                printError(error.description)
                throw ExitCode.failure
            }
            print(summary)
        }
    }

    /// What the draft holds, for review.
    static func summary(_ draft: InteractionExtractor.Draft) -> String {
        var lines = [
            "\(draft.document): \(draft.knownActors.count) known actors, \(draft.newActors.count) new, "
                + "\(draft.proposals.count) draft interactions"
        ]
        if !draft.knownActors.isEmpty {
            lines.append("Known actors: " + draft.knownActors.map(\.id).joined(separator: ", "))
        }
        if !draft.newActors.isEmpty {
            lines.append("New actors (review kind, name, country):")
            for actor in draft.newActors {
                let paragraphs = actor.paragraphs.map { "¶\($0)" }.joined(separator: ",")
                lines.append("  \(actor.actor.id)  \(actor.actor.kind.rawValue)  \(actor.spellings.joined(separator: " / "))  \(paragraphs)")
            }
        }
        if !draft.proposals.isEmpty {
            lines.append("Draft interactions (review participants, kind, date, initiator):")
            for proposal in draft.proposals {
                let paragraphs = proposal.paragraphs.map { "¶\($0)" }.joined(separator: ",")
                lines.append(
                    "  \(proposal.interaction.id)  \(proposal.interaction.kind.rawValue)  "
                        + "\(proposal.interaction.participants.joined(separator: " + "))  \(paragraphs)  cue: \(proposal.cue)")
            }
        }
        if !draft.ambiguousMentions.isEmpty {
            lines.append("Ambiguous mentions, not used as participants:")
            for mention in draft.ambiguousMentions {
                lines.append(
                    "  ¶\(mention.paragraph)  \(mention.text)  → \(mention.resolution.candidateIDs.joined(separator: " | "))")
            }
        }
        return lines.joined(separator: "\n")
    }
}
