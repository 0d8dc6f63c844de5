import Foundation

/// Checks that a dataset's sources say what the dataset claims: for every
/// interaction and every source entry it cites, each participant must be named (by
/// any alias, with or without an attached prefix, or as a transliteration variant)
/// somewhere in the cited paragraphs of that document.
///
/// Names are found with ``MentionFinder``, the same mentions `actorgraph mentions`
/// lists: a name nested in a longer name counts ("بايدن" inside "إدارة الرئيس جو
/// بايدن" names Biden), and so do partial names the document settles (a surname
/// alone, a given name after the full name). Only mentions resolved to one actor
/// count; an ambiguous name supports no one, and the report lists each ambiguous
/// mention in a cited paragraph that could have named a participant
/// (``VerificationReport/ambiguousCitations``).
///
/// It also reports a cited document missing from the folder and a paragraph number
/// outside the document (``VerificationIssue``). A document that exists but cannot
/// be read is an error, not an issue: ``verify(documentsIn:rule:)`` throws
/// ``DocumentReadError`` naming the file.
///
/// ```swift
/// let report = try SourceVerifier(dataset: dataset).verify(documentsIn: URL(fileURLWithPath: "seeds/docs"))
/// for issue in report.issues { print(issue) }
/// ```
public struct SourceVerifier: Sendable {
    /// The dataset checked.
    public let dataset: Dataset
    private let finder: MentionFinder

    /// Creates a verifier.
    ///
    /// - Parameters:
    ///   - dataset: the dataset to check.
    ///   - normalizer: the normalisation of aliases and text.
    /// - Complexity: O(L) in the total length of the aliases.
    public init(dataset: Dataset, normalizer: ArabicNormalizer = ArabicNormalizer()) {
        self.dataset = dataset
        var finder = MentionFinder(dataset: dataset, normalizer: normalizer)
        finder.findsCandidates = false
        self.finder = finder
    }

    /// The file names of every document the dataset cites, sorted.
    ///
    /// - Complexity: O(s log s) in the number of source entries.
    public var citedDocuments: [String] {
        Set(dataset.interactions.flatMap { $0.sources.map(\.document) }).sorted()
    }

    /// Checks the dataset against documents already loaded.
    ///
    /// - Parameter documents: the documents by file name; a cited name absent from the
    ///   dictionary is reported as ``VerificationIssue/documentMissing(interaction:document:)``.
    /// - Returns: every issue and what was checked.
    /// - Complexity: O(D + S · p) for D the total length of the documents, S source
    ///   entries and p participants per interaction.
    public func verify(documents: [String: TextDocument]) -> VerificationReport {
        var named: [String: [Int: Set<String>]] = [:]
        var ambiguousByParagraph: [String: [Int: [Mention]]] = [:]
        for name in citedDocuments {
            guard let document = documents[name] else { continue }
            var byParagraph: [Int: Set<String>] = [:]
            for mention in finder.mentions(in: document).mentions {
                if let id = mention.actorID {
                    byParagraph[mention.paragraph, default: []].insert(id)
                } else if !mention.resolution.candidateIDs.isEmpty {
                    ambiguousByParagraph[name, default: [:]][mention.paragraph, default: []].append(mention)
                }
            }
            named[name] = byParagraph
        }
        var issues: [VerificationIssue] = []
        var ambiguousCitations: [AmbiguousCitation] = []
        var sources = 0
        var checks = 0
        for interaction in dataset.interactions {
            for source in interaction.sources {
                sources += 1
                guard let document = documents[source.document], let byParagraph = named[source.document] else {
                    issues.append(.documentMissing(interaction: interaction.id, document: source.document))
                    continue
                }
                let count = document.paragraphs.count
                for paragraph in source.paragraphs where !(1...max(count, 1)).contains(paragraph) || count == 0 {
                    issues.append(
                        .paragraphOutOfRange(
                            interaction: interaction.id, document: source.document, paragraph: paragraph, paragraphCount: count))
                }
                let present = source.paragraphs.reduce(into: Set<String>()) { $0.formUnion(byParagraph[$1] ?? []) }
                for participant in interaction.participants {
                    checks += 1
                    if !present.contains(participant) {
                        issues.append(
                            .participantNotMentioned(
                                interaction: interaction.id, actor: participant, document: source.document,
                                paragraphs: source.paragraphs))
                    }
                }
                for paragraph in Set(source.paragraphs).sorted() {
                    for mention in ambiguousByParagraph[source.document]?[paragraph] ?? [] {
                        let could = mention.resolution.candidateIDs.filter { interaction.participants.contains($0) }
                        guard !could.isEmpty else { continue }
                        ambiguousCitations.append(
                            AmbiguousCitation(
                                interaction: interaction.id, document: source.document, mention: mention,
                                participants: could, participantsNamedElsewhere: could.filter { present.contains($0) }))
                    }
                }
            }
        }
        return VerificationReport(
            issues: issues, sourcesChecked: sources, participantChecks: checks, ambiguousCitations: ambiguousCitations)
    }

    /// Reads the cited documents from a folder and checks the dataset against them.
    ///
    /// - Parameters:
    ///   - folder: the folder holding the documents, named as the sources cite them.
    ///   - rule: how the documents' lines group into paragraphs.
    /// - Returns: every issue and what was checked.
    /// - Throws: ``DocumentReadError/folderUnreadable(path:reason:)`` when the folder
    ///   does not exist or is not a folder; ``DocumentReadError/unreadable(path:reason:)``
    ///   or ``DocumentReadError/notUTF8(path:byteOffset:)`` for a cited document that
    ///   exists but cannot be read.
    /// - Complexity: as ``verify(documents:)`` plus reading the files.
    public func verify(
        documentsIn folder: URL, rule: TextDocument.ParagraphRule = .lines
    ) throws(DocumentReadError) -> VerificationReport {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) else {
            throw .folderUnreadable(path: folder.path, reason: "no such folder")
        }
        guard isFolder.boolValue else {
            throw .folderUnreadable(path: folder.path, reason: "not a folder")
        }
        var documents: [String: TextDocument] = [:]
        for name in citedDocuments {
            let url = folder.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            documents[name] = try TextDocument.load(contentsOf: url, rule: rule)
        }
        return verify(documents: documents)
    }
}
