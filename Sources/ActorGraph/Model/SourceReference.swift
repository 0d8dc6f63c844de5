/// Where a fact comes from: a document and the paragraphs of it that state the fact.
///
/// Paragraphs are numbered from 1 over the document's non-blank lines, so the title
/// line of a news article is paragraph 1.
public struct SourceReference: Sendable, Hashable, Codable {
    /// The document's file name, for example `000_52c51a2663811391.txt`.
    public var document: String
    /// The paragraph numbers (1-based) that state the fact.
    public var paragraphs: [Int]

    /// Creates a reference to paragraphs of a document.
    ///
    /// - Parameters:
    ///   - document: The document's file name.
    ///   - paragraphs: The 1-based paragraph numbers.
    public init(document: String, paragraphs: [Int]) {
        self.document = document
        self.paragraphs = paragraphs
    }
}
