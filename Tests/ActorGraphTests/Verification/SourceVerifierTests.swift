import Foundation
import Testing

@testable import ActorGraph

/// A small dataset and documents written for these tests.
struct SourceVerifierTests {
    let actors = [
        Actor(id: "petrov", kind: .person, name: "Ivan Petrov", aliases: ["إيفان بتروف", "بتروف"]),
        Actor(id: "hansen", kind: .person, name: "Eva Hansen", aliases: ["إيفا هانسن", "هانسن"]),
        Actor(id: "norway", kind: .country, name: "Norway", aliases: ["النرويج", "أوسلو"]),
    ]

    let document = TextDocument(
        text: "لقاء في أوسلو\n\nالتقى إيفان بتروف وإيفا هانسن أمس.\nوقال بتروف إن اللقاء كان مفيدا.\nوأكدت بالنرويج مصادر الخبر.",
        name: "a.txt")

    private func verifier(_ interactions: [Interaction]) -> SourceVerifier {
        SourceVerifier(dataset: Dataset(actors: actors, interactions: interactions))
    }

    private func meeting(_ id: String, _ participants: [String], _ document: String, _ paragraphs: [Int]) -> Interaction {
        Interaction(
            id: id, kind: .meeting, participants: participants,
            sources: [SourceReference(document: document, paragraphs: paragraphs)])
    }

    @Test func passesWhenEveryParticipantIsNamedInTheCitedParagraphs() {
        let report = verifier([meeting("m1", ["petrov", "hansen"], "a.txt", [2])]).verify(documents: ["a.txt": document])
        #expect(report.issues.isEmpty)
        #expect(report.sourcesChecked == 1)
        #expect(report.participantChecks == 2)
    }

    @Test func prefixedNamesCountAcrossTheCitedParagraphs() {
        // Hansen carries و in paragraph 2; Norway carries بال in paragraph 4.
        let report = verifier([meeting("m1", ["hansen", "norway"], "a.txt", [2, 4])]).verify(documents: ["a.txt": document])
        #expect(report.passed)
    }

    @Test func reportsAParticipantNotNamedThere() {
        let report = verifier([meeting("m2", ["petrov", "hansen"], "a.txt", [3])]).verify(documents: ["a.txt": document])
        #expect(report.issues == [.participantNotMentioned(interaction: "m2", actor: "hansen", document: "a.txt", paragraphs: [3])])
        #expect(report.issues.first?.description.contains("hansen") == true)
    }

    @Test func reportsAMissingDocument() {
        let report = verifier([meeting("m3", ["petrov", "hansen"], "b.txt", [1])]).verify(documents: ["a.txt": document])
        #expect(report.issues == [.documentMissing(interaction: "m3", document: "b.txt")])
    }

    @Test func reportsAParagraphBeyondTheEnd() {
        let report = verifier([meeting("m4", ["petrov", "hansen"], "a.txt", [2, 9])]).verify(documents: ["a.txt": document])
        #expect(report.issues == [.paragraphOutOfRange(interaction: "m4", document: "a.txt", paragraph: 9, paragraphCount: 4)])
    }

    @Test func readsTheCitedDocumentsFromAFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-verify-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(document.text.utf8).write(to: folder.appendingPathComponent("a.txt"))
        let report = try verifier([meeting("m1", ["petrov", "hansen"], "a.txt", [2])]).verify(documentsIn: folder)
        #expect(report.passed)
    }

    @Test func anUnreadableDocumentIsAnErrorNamingTheFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-verify-\(UUID().uuidString)")
        // A folder where the document should be: it exists but cannot be read as a file.
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("a.txt"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        do throws(DocumentReadError) {
            _ = try verifier([meeting("m1", ["petrov", "hansen"], "a.txt", [2])]).verify(documentsIn: folder)
            Issue.record("expected an error")
        } catch {
            #expect(error.path == folder.appendingPathComponent("a.txt").path)
        }
    }

    @Test func aMissingFolderIsAnErrorNamingIt() {
        let folder = URL(fileURLWithPath: "/nonexistent-actorgraph-documents")
        #expect(throws: DocumentReadError.folderUnreadable(path: folder.path, reason: "no such folder")) {
            try verifier([]).verify(documentsIn: folder)
        }
    }

    @Test func ambiguousMentionsCountForNoOneAndAreListed() throws {
        // إيفان is Ivan Petrov's and Ivan Kuzmin's given name: ambiguous.
        let twoIvans = actors + [Actor(id: "kuzmin", kind: .person, name: "Ivan Kuzmin", aliases: ["إيفان كوزمين"])]
        let text = TextDocument(text: "عنوان\nوقال إيفان إن هانسن وافقت.\nوأكد بتروف أن إيفان وصل.", name: "b.txt")
        let interactions = [
            meeting("m1", ["petrov", "hansen"], "b.txt", [2]),
            meeting("m2", ["petrov", "hansen"], "b.txt", [2, 3]),
        ]
        let report = SourceVerifier(dataset: Dataset(actors: twoIvans, interactions: interactions))
            .verify(documents: ["b.txt": text])
        // m1: إيفان in ¶2 supports no one, so Petrov is not named there.
        #expect(report.issues == [.participantNotMentioned(interaction: "m1", actor: "petrov", document: "b.txt", paragraphs: [2])])
        #expect(report.ambiguousCitations.map(\.interaction) == ["m1", "m2", "m2"])
        let first = try #require(report.ambiguousCitations.first)
        #expect(first.mention.text == "إيفان")
        #expect(first.participants == ["petrov"])
        #expect(first.participantsNamedElsewhere.isEmpty)
        // m2 also cites ¶3, where بتروف names Petrov: the ambiguous mentions do not matter.
        #expect(report.ambiguousCitations.dropFirst().allSatisfy { $0.participantsNamedElsewhere == ["petrov"] })
        #expect(first.description.contains("counted for none of them"))
    }
}

