import ActorGraph
import ArgumentParser
import Foundation

/// `actorgraph verify DATASET --documents DIR`: checks that every interaction's
/// participants are named in the paragraphs it cites.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that each interaction's participants are named in its cited paragraphs.",
        discussion: """
            For every interaction and every source it cites, each participant must be \
            named by one of its aliases (prefixes and transliteration variants allowed) \
            in the cited paragraphs of that document. Names are found as 'actorgraph \
            mentions' finds them: nested names and the partial names the document \
            settles count; an ambiguous mention counts for no actor, and each one that \
            could have named a participant is printed as a note. Also reported: a \
            cited document missing from DIR and a paragraph number beyond the \
            document's end. Each problem is printed on one line.

            Exit status: 0 when nothing is wrong, 1 when a problem is found or the \
            dataset or a document cannot be read or is invalid, 2 on usage errors.
            """
    )

    @Argument(help: "The dataset (JSON).")
    var dataset: String

    @Option(name: .long, help: "The folder holding the cited documents.")
    var documents: String

    @Option(name: .long, help: "Paragraph rule: lines (each non-blank line) or blocks (blank-line separated).")
    var paragraphs: MentionsCommand.Paragraphs = .lines

    func run() throws {
        let report: VerificationReport
        do {
            let loaded = try readDataset(at: dataset)
            report = try SourceVerifier(dataset: loaded)
                .verify(documentsIn: URL(fileURLWithPath: documents, isDirectory: true), rule: paragraphs.rule)
        } catch {
            MentionsCommand.report(error)
            throw ExitCode.failure
        }
        for issue in report.issues { print(issue) }
        // The ambiguous mentions that matter: a participant they could name is named nowhere else.
        let telling = report.ambiguousCitations.filter { citation in
            citation.participants.contains { !citation.participantsNamedElsewhere.contains($0) }
        }
        for citation in telling { print("note: \(citation)") }
        let notes =
            telling.isEmpty
            ? ""
            : "; \(telling.count) ambiguous mention\(telling.count == 1 ? "" : "s") could have named a participant named nowhere else (counted for no actor)"
        if report.passed {
            print(
                "ok: \(report.participantChecks) participant checks in \(report.sourcesChecked) source entries, no problems"
                    + notes)
        } else {
            let count = report.issues.count
            print("\(count) problem\(count == 1 ? "" : "s") in \(report.sourcesChecked) source entries" + notes)
            throw ExitCode.failure
        }
    }
}
