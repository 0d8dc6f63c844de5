import Foundation
import Testing

@testable import ActorGraph

struct TextDocumentTests {
    @Test func eachNonBlankLineIsAParagraphFromOne() {
        let document = TextDocument(text: "عنوان\n\nسطر أول\n   \n\u{200F}\nسطر ثان")
        #expect(document.paragraphs.map(\.number) == [1, 2, 3])
        #expect(document.paragraphs.map { String(document.text(of: $0)) } == ["عنوان", "سطر أول", "سطر ثان"])
    }

    @Test func lineBreaksOfEveryKind() {
        let document = TextDocument(text: "أ\r\nب\rج\u{2028}د\u{2029}ه\u{85}و\n")
        #expect(document.paragraphs.map { String(document.text(of: $0)) } == ["أ", "ب", "ج", "د", "ه", "و"])
    }

    @Test func blocksRuleGroupsLinesBetweenBlankLines() {
        let document = TextDocument(text: "عنوان\n\nسطر أول\nتتمة\n\n\nسطر آخر", rule: .blocks)
        #expect(document.paragraphs.map { String(document.text(of: $0)) } == ["عنوان", "سطر أول\nتتمة", "سطر آخر"])
    }

    @Test func paragraphOffsetsCountScalarsAndUTF16() {
        let document = TextDocument(text: "😀 أ\n\nب")
        let second = document.paragraphs[1]
        #expect(second.scalarOffset == 5)
        #expect(second.utf16Offset == 6)
        #expect(document.paragraph(3) == nil)
        #expect(document.paragraph(0) == nil)
    }

    @Test func loadingNamesTheFileThatIsNotUTF8() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-not-utf8-\(UUID().uuidString).txt")
        try Data([0x61, 0x62, 0xFF, 0x63]).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: DocumentReadError.notUTF8(path: url.path, byteOffset: 2)) {
            try TextDocument.load(contentsOf: url)
        }
    }

    @Test func loadingNamesTheFileThatCannotBeRead() {
        let path = "/nonexistent-actorgraph/missing.txt"
        do throws(DocumentReadError) {
            _ = try TextDocument.load(contentsOf: URL(fileURLWithPath: path))
            Issue.record("expected an error")
        } catch {
            #expect(error.path == path)
            #expect(error.description.hasPrefix(path))
        }
    }
}
