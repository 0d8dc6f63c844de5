import Foundation

/// A source document split into numbered paragraphs, the unit that
/// ``SourceReference/paragraphs`` cites.
///
/// Two paragraph rules are supported (``ParagraphRule``):
///
/// - ``ParagraphRule/lines`` (the dataset convention, the default): every non-blank
///   line is one paragraph, numbered from 1 in file order, so a headline is
///   paragraph 1. Blank lines are skipped and number nothing.
/// - ``ParagraphRule/blocks``: a paragraph is a maximal run of consecutive non-blank
///   lines; one or more blank lines separate paragraphs. The line breaks inside a
///   paragraph count as white space, so a name may continue across them.
///
/// Under both rules a line ends at LF, CR, CR LF, NEL (U+0085), LINE SEPARATOR
/// (U+2028) or PARAGRAPH SEPARATOR (U+2029); a line is blank when it holds only
/// white space (any Unicode white space, no-break spaces included) and invisible
/// controls (bidirectional marks, zero-width characters, a byte-order mark). A
/// paragraph's range is its text without the final line break.
public struct TextDocument: Sendable, Hashable {
    /// How lines group into paragraphs; see ``TextDocument``.
    public enum ParagraphRule: String, Sendable, Hashable, CaseIterable {
        /// Each non-blank line is a paragraph (the dataset convention).
        case lines
        /// Blank lines separate paragraphs of one or more lines.
        case blocks
    }

    /// One paragraph: its number and where it stands in ``TextDocument/text``.
    public struct Paragraph: Sendable, Hashable {
        /// The 1-based paragraph number.
        public var number: Int
        /// The paragraph's text range.
        public var range: Range<String.Index>
        /// The offset of its first Unicode scalar from the start of the text.
        public var scalarOffset: Int
        /// The offset of its first UTF-16 code unit from the start of the text.
        public var utf16Offset: Int
    }

    /// A name for messages: usually the file name.
    public var name: String
    /// The whole text.
    public let text: String
    /// The paragraphs in order; `paragraphs[k - 1].number == k`.
    public let paragraphs: [Paragraph]

    /// Splits a text into paragraphs.
    ///
    /// - Parameters:
    ///   - text: the document's text.
    ///   - name: a name for messages, usually the file name.
    ///   - rule: how lines group into paragraphs.
    /// - Complexity: O(n) in the length of the text.
    public init(text: String, name: String = "", rule: ParagraphRule = .lines) {
        self.name = name
        self.text = text
        self.paragraphs = Self.split(text, rule: rule)
    }

    /// Reads a UTF-8 document from a file.
    ///
    /// - Parameters:
    ///   - url: the file.
    ///   - rule: how lines group into paragraphs.
    /// - Returns: the document, named by the file's last path component.
    /// - Throws: ``DocumentReadError/unreadable(path:reason:)`` when the file cannot be
    ///   read (with ``FileReadError/contents(of:)``'s plain reason),
    ///   ``DocumentReadError/notUTF8(path:byteOffset:)`` when it is not UTF-8.
    /// - Complexity: O(n) in the size of the file.
    public static func load(contentsOf url: URL, rule: ParagraphRule = .lines) throws(DocumentReadError) -> TextDocument {
        let data: Data
        do {
            data = try FileReadError.contents(of: url)
        } catch {
            throw .unreadable(path: error.path, reason: error.reason)
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw .notUTF8(path: url.path, byteOffset: Self.firstInvalidUTF8Offset(in: data))
        }
        return TextDocument(text: text, name: url.lastPathComponent, rule: rule)
    }

    /// The paragraph with this number, or `nil` when there is none.
    ///
    /// - Parameter number: a 1-based paragraph number.
    /// - Complexity: O(1).
    public func paragraph(_ number: Int) -> Paragraph? {
        paragraphs.indices.contains(number - 1) ? paragraphs[number - 1] : nil
    }

    /// The text of a paragraph.
    ///
    /// - Parameter paragraph: one of ``paragraphs``.
    /// - Complexity: O(1).
    public func text(of paragraph: Paragraph) -> Substring {
        text[paragraph.range]
    }

    // MARK: - Splitting

    private struct Line {
        var range: Range<String.Index>
        var scalarOffset: Int
        var utf16Offset: Int
        var isBlank: Bool
    }

    private static func split(_ text: String, rule: ParagraphRule) -> [Paragraph] {
        let lines = self.lines(of: text)
        var paragraphs: [Paragraph] = []
        switch rule {
        case .lines:
            for line in lines where !line.isBlank {
                paragraphs.append(
                    Paragraph(
                        number: paragraphs.count + 1, range: line.range, scalarOffset: line.scalarOffset,
                        utf16Offset: line.utf16Offset))
            }
        case .blocks:
            var open: Paragraph?
            for line in lines {
                if line.isBlank {
                    if let block = open { paragraphs.append(block) }
                    open = nil
                } else if var block = open {
                    block.range = block.range.lowerBound..<line.range.upperBound
                    open = block
                } else {
                    open = Paragraph(
                        number: paragraphs.count + 1, range: line.range, scalarOffset: line.scalarOffset,
                        utf16Offset: line.utf16Offset)
                }
            }
            if let block = open { paragraphs.append(block) }
        }
        return paragraphs
    }

    private static func lines(of text: String) -> [Line] {
        let scalars = text.unicodeScalars
        var lines: [Line] = []
        var lineStart = scalars.startIndex
        var lineScalarOffset = 0
        var lineUTF16Offset = 0
        var blank = true
        var index = scalars.startIndex
        var scalarOffset = 0
        var utf16Offset = 0
        while index < scalars.endIndex {
            let scalar = scalars[index]
            var next = scalars.index(after: index)
            var consumed = 1
            var consumedUTF16 = scalar.utf16.count
            let isBreak: Bool
            switch scalar.value {
            case 0x0D:
                isBreak = true
                if next < scalars.endIndex, scalars[next].value == 0x0A {
                    next = scalars.index(after: next)
                    consumed += 1
                    consumedUTF16 += 1
                }
            case 0x0A, 0x85, 0x2028, 0x2029:
                isBreak = true
            default:
                isBreak = false
            }
            if isBreak {
                lines.append(Line(range: lineStart..<index, scalarOffset: lineScalarOffset, utf16Offset: lineUTF16Offset, isBlank: blank))
                lineStart = next
                lineScalarOffset = scalarOffset + consumed
                lineUTF16Offset = utf16Offset + consumedUTF16
                blank = true
            } else if blank, !scalar.properties.isWhitespace, !ArabicNormalizer.isInvisibleControl(scalar.value) {
                blank = false
            }
            index = next
            scalarOffset += consumed
            utf16Offset += consumedUTF16
        }
        lines.append(
            Line(range: lineStart..<scalars.endIndex, scalarOffset: lineScalarOffset, utf16Offset: lineUTF16Offset, isBlank: blank))
        return lines
    }

    private static func firstInvalidUTF8Offset(in data: Data) -> Int {
        var iterator = data.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error: return offset
            case .emptyInput: return offset
            }
        }
    }
}
