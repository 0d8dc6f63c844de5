/// One way an interaction's sources fail to support it.
public enum VerificationIssue: Sendable, Hashable, CustomStringConvertible {
    /// A participant is named by none of its aliases in the cited paragraphs.
    case participantNotMentioned(interaction: String, actor: String, document: String, paragraphs: [Int])
    /// A cited document is not in the folder of documents.
    case documentMissing(interaction: String, document: String)
    /// A cited paragraph number is below 1 or beyond the document's last paragraph.
    case paragraphOutOfRange(interaction: String, document: String, paragraph: Int, paragraphCount: Int)

    /// The interaction concerned.
    public var interaction: String {
        switch self {
        case .participantNotMentioned(let id, _, _, _), .documentMissing(let id, _), .paragraphOutOfRange(let id, _, _, _): id
        }
    }

    /// The cited document concerned.
    public var document: String {
        switch self {
        case .participantNotMentioned(_, _, let document, _), .documentMissing(_, let document),
            .paragraphOutOfRange(_, let document, _, _):
            document
        }
    }

    /// One line for people: `interaction: document ¶…: what is wrong`.
    public var description: String {
        switch self {
        case .participantNotMentioned(let interaction, let actor, let document, let paragraphs):
            let cited = paragraphs.map(String.init).joined(separator: ",")
            return "\(interaction): \(document) ¶\(cited): participant \"\(actor)\" is not mentioned in the cited paragraphs"
        case .documentMissing(let interaction, let document):
            return "\(interaction): \(document): the cited document is not in the documents folder"
        case .paragraphOutOfRange(let interaction, let document, let paragraph, let count):
            return "\(interaction): \(document) ¶\(paragraph): no such paragraph (the document has \(count))"
        }
    }
}

/// The outcome of ``SourceVerifier``: every issue, plus what was checked.
public struct VerificationReport: Sendable, Hashable {
    /// The issues, in dataset order (interaction, then source, then participant).
    public var issues: [VerificationIssue]
    /// How many source entries were checked.
    public var sourcesChecked: Int
    /// How many (participant, source) pairs were checked.
    public var participantChecks: Int

    /// Creates a report.
    ///
    /// - Parameters:
    ///   - issues: the issues found.
    ///   - sourcesChecked: the number of source entries checked.
    ///   - participantChecks: the number of participant-source pairs checked.
    public init(issues: [VerificationIssue], sourcesChecked: Int, participantChecks: Int) {
        self.issues = issues
        self.sourcesChecked = sourcesChecked
        self.participantChecks = participantChecks
    }

    /// Whether nothing is wrong.
    public var passed: Bool { issues.isEmpty }
}
