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

/// An ambiguous mention in a cited paragraph that could have named a participant
/// of the interaction citing it: it is counted for no one.
public struct AmbiguousCitation: Sendable, Hashable, CustomStringConvertible {
    /// The interaction whose source cites the paragraph.
    public var interaction: String
    /// The cited document.
    public var document: String
    /// The ambiguous mention (its paragraph, text, candidates and ``Mention/ambiguity``).
    public var mention: Mention
    /// The interaction's participants among the mention's candidates.
    public var participants: [String]
    /// Those of ``participants`` that another mention in the cited paragraphs names,
    /// so that the interaction does not depend on this one.
    public var participantsNamedElsewhere: [String]

    /// Creates a citation.
    ///
    /// - Parameters:
    ///   - interaction: the interaction's id.
    ///   - document: the cited document.
    ///   - mention: the ambiguous mention.
    ///   - participants: the participants it could name.
    ///   - participantsNamedElsewhere: those named by another mention of the cited paragraphs.
    public init(
        interaction: String, document: String, mention: Mention, participants: [String],
        participantsNamedElsewhere: [String]
    ) {
        self.interaction = interaction
        self.document = document
        self.mention = mention
        self.participants = participants
        self.participantsNamedElsewhere = participantsNamedElsewhere
    }

    /// One line for people: `interaction: document ¶p: «text» could name …, counted for none`.
    public var description: String {
        let candidates = mention.resolution.candidateIDs.joined(separator: " | ")
        let reason = mention.ambiguity.map { " (\($0.explanation))" } ?? ""
        return "\(interaction): \(document) ¶\(mention.paragraph): ambiguous \"\(mention.text)\" could name \(candidates)\(reason);"
            + " counted for none of them"
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
    /// Ambiguous mentions in cited paragraphs that could have named a participant,
    /// in dataset order; they support no one. Not issues in themselves: a
    /// participant they could name and that nothing else names is an issue.
    public var ambiguousCitations: [AmbiguousCitation]

    /// Creates a report.
    ///
    /// - Parameters:
    ///   - issues: the issues found.
    ///   - sourcesChecked: the number of source entries checked.
    ///   - participantChecks: the number of participant-source pairs checked.
    ///   - ambiguousCitations: the ambiguous mentions that could have named a participant.
    public init(
        issues: [VerificationIssue], sourcesChecked: Int, participantChecks: Int,
        ambiguousCitations: [AmbiguousCitation] = []
    ) {
        self.issues = issues
        self.sourcesChecked = sourcesChecked
        self.participantChecks = participantChecks
        self.ambiguousCitations = ambiguousCitations
    }

    /// Whether nothing is wrong.
    public var passed: Bool { issues.isEmpty }
}
