import Foundation
import Testing

/// `mentions`, `verify` and `extract` as a user runs them, on an article and a
/// dataset written for these tests.
@Suite struct ArabicRunTests {
    static let dataset = """
        {"actors": [
          {"id": "lavrov", "kind": "person", "name": "Sergei Lavrov", "aliases": ["سيرغي لافروف"]},
          {"id": "shoigu", "kind": "person", "name": "Sergei Shoigu", "aliases": ["سيرغي شويغو"]},
          {"id": "graham", "kind": "person", "name": "Thomas Graham", "aliases": ["توماس غراهام"]},
          {"id": "kupchan", "kind": "person", "name": "Charles Kupchan", "aliases": ["تشارلز كوبشان"]},
          {"id": "biden", "kind": "person", "name": "Joe Biden", "aliases": ["جو بايدن"]},
          {"id": "us-admin", "kind": "institution", "name": "US Administration", "aliases": ["إدارة الرئيس جو بايدن"]}
        ],
        "interactions": [
          {"id": "graham-kupchan", "kind": "meeting", "participants": ["graham", "kupchan"],
           "sources": [{"document": "article.txt", "paragraphs": [2]}]},
          {"id": "lavrov-admin", "kind": "talks", "participants": ["lavrov", "us-admin"],
           "sources": [{"document": "article.txt", "paragraphs": [3]}]},
          {"id": "biden-graham", "kind": "briefing", "participants": ["biden", "graham"],
           "sources": [{"document": "article.txt", "paragraphs": [3, 2]}]}
        ]}
        """

    static let article = """
        عنوان: لقاءات في جنيف
        التقى جراهام وكوبشان في جنيف أمس.
        وقال سيرغي إن رسالته إلى إدارة الرئيس جو بايدن وصلت.
        وأكد أنطون فاسيلييف أن الجولة المقبلة في أوسلو.
        """

    static func folder() throws -> URL {
        let folder = try BuiltProgram.temporaryFolder()
        try Data(dataset.utf8).write(to: folder.appendingPathComponent("d.json"))
        try Data(article.utf8).write(to: folder.appendingPathComponent("article.txt"))
        return folder
    }

    @Test func mentionsTableShowsPartialNestedAmbiguousAndNewNames() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try BuiltProgram.run(["mentions", "article.txt", "--dataset", "d.json"], in: folder)
        #expect(run.status == 0, "\(run)")
        let out = run.stdout
        #expect(out.contains("Partial names:"), "\(run)")
        #expect(out.contains("  ¶2  جراهام  → graham   surname\n"), "\(run)")
        #expect(out.contains("Nested names (inside a longer name):"), "\(run)")
        #expect(out.contains("جو بايدن  → biden  in «إدارة الرئيس جو بايدن»"), "\(run)")
        #expect(out.contains("Ambiguous mentions (counted for no actor):"), "\(run)")
        #expect(out.contains("سيرغي  → lavrov | shoigu  a given name several actors share"), "\(run)")
        #expect(out.contains("أنطون فاسيلييف  verb: وأكد"), "\(run)")
    }

    @Test func mentionsJSONCarriesEveryNewField() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try BuiltProgram.run(["mentions", "article.txt", "--dataset", "d.json", "--format", "json"], in: folder)
        #expect(run.status == 0, "\(run)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let mentions = try #require(object["mentions"] as? [[String: Any]])
        let keys: Set<String> = [
            "paragraph", "text", "actor", "candidates", "kind", "part", "confidence", "alias", "prefix", "ambiguity",
            "antecedent", "enclosing", "utf16", "scalars",
        ]
        for mention in mentions { #expect(Set(mention.keys) == keys) }
        let graham = try #require(mentions.first { $0["text"] as? String == "جراهام" })
        #expect(graham["actor"] as? String == "graham")
        #expect(graham["part"] as? String == "surname")
        #expect(graham["kind"] as? String == "variant")
        let sergei = try #require(mentions.first { $0["text"] as? String == "سيرغي" })
        #expect(sergei["actor"] is NSNull)
        #expect(sergei["candidates"] as? [String] == ["lavrov", "shoigu"])
        #expect(sergei["ambiguity"] as? String == "shared-given-name")
        let biden = try #require(mentions.first { $0["actor"] as? String == "biden" })
        let enclosing = try #require(biden["enclosing"] as? [String: Any])
        #expect(enclosing["text"] as? String == "إدارة الرئيس جو بايدن")
        #expect(object["ambiguous"] as? Int == 1)
        let candidates = try #require(object["candidates"] as? [[String: Any]])
        #expect(candidates.map { $0["text"] as? String } == ["أنطون فاسيلييف"])
        #expect(candidates.first?["cueKind"] as? String == "verb")
        #expect((candidates.first?["context"] as? String)?.contains("الجولة") == true)
    }

    @Test func mentionsWithBlocksAndBadInput() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("عنوان\n\nالتقى توماس\nغراهام بكوبشان".utf8).write(to: folder.appendingPathComponent("blocks.txt"))
        let blocks = try BuiltProgram.run(
            ["mentions", "blocks.txt", "--dataset", "d.json", "--paragraphs", "blocks", "--format", "json"], in: folder)
        #expect(blocks.status == 0, "\(blocks)")
        #expect(blocks.stdout.contains("\"text\" : \"توماس\\nغراهام\""), "\(blocks)")
        let missing = try BuiltProgram.run(["mentions", "none.txt", "--dataset", "d.json"], in: folder)
        #expect(missing.status == 1, "\(missing)")
        #expect(missing.stderr.contains("none.txt"), "\(missing)")
        let usage = try BuiltProgram.run(["mentions", "article.txt", "--dataset", "d.json", "--format", "xml"], in: folder)
        #expect(usage.status == 2, "\(usage)")
    }

    @Test func verifyCountsPartialAndNestedNamesAndNotesAmbiguousOnes() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try BuiltProgram.run(["verify", "d.json", "--documents", "."], in: folder)
        // graham-kupchan: both surnames alone in ¶2. biden-graham: Biden nested in ¶3, Graham in ¶2.
        // lavrov-admin: سيرغي could be Lavrov or Shoigu, so Lavrov is not named.
        #expect(run.status == 1, "\(run)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines.filter { !$0.hasPrefix("note:") }.dropLast()
                == ["lavrov-admin: article.txt ¶3: participant \"lavrov\" is not mentioned in the cited paragraphs"], "\(run)")
        #expect(
            lines.contains(
                "note: lavrov-admin: article.txt ¶3: ambiguous \"سيرغي\" could name lavrov | shoigu (a given name several actors share); counted for none of them"),
            "\(run)")
        #expect(
            lines.last
                == "1 problem in 3 source entries; 1 ambiguous mention could have named a participant named nowhere else (counted for no actor)",
            "\(run)")
    }

    @Test func extractWritesADraftThatValidates() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try Data(contentsOf: folder.appendingPathComponent("d.json"))
        let run = try BuiltProgram.run(["extract", "article.txt", "--dataset", "d.json", "-o", "draft.json"], in: folder)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("article.txt: 4 known actors, 1 new, 1 draft interactions"), "\(run)")
        #expect(run.stdout.contains("draft-1  person  أنطون فاسيلييف  ¶4"), "\(run)")
        #expect(run.stdout.contains("meeting  graham + kupchan  ¶2  cue: التقى"), "\(run)")
        #expect(run.stdout.contains("¶3  سيرغي  → lavrov | shoigu"), "\(run)")
        // The dataset is never written; the draft validates on its own.
        #expect(try Data(contentsOf: folder.appendingPathComponent("d.json")) == original)
        let validate = try BuiltProgram.run(["validate", "draft.json"], in: folder)
        #expect(validate.status == 0, "\(validate)")
        #expect(validate.stdout.contains("valid: 5 actors, 1 interactions"), "\(validate)")
        let draft = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("draft.json"))) as? [String: Any])
        let interactions = try #require(draft["interactions"] as? [[String: Any]])
        #expect(interactions.first?["kind"] as? String == "meeting")
        #expect(interactions.first?["status"] as? String == "reported")
        let sources = try #require(interactions.first?["sources"] as? [[String: Any]])
        #expect(sources.first?["document"] as? String == "article.txt")
        #expect(sources.first?["paragraphs"] as? [Int] == [2])
    }

    @Test func extractToStandardOutputAndItsRefusals() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let stdout = try BuiltProgram.run(["extract", "article.txt", "--dataset", "d.json"], in: folder)
        #expect(stdout.status == 0, "\(stdout)")
        #expect((try? JSONSerialization.jsonObject(with: Data(stdout.stdout.utf8))) != nil, "\(stdout)")
        #expect(stdout.stderr.contains("draft interactions"), "\(stdout)")
        let original = try Data(contentsOf: folder.appendingPathComponent("d.json"))
        for output in ["d.json", "article.txt"] {
            let refused = try BuiltProgram.run(["extract", "article.txt", "--dataset", "d.json", "-o", output], in: folder)
            #expect(refused.status == 2, "\(refused)")
        }
        #expect(try Data(contentsOf: folder.appendingPathComponent("d.json")) == original)
        try Data("keep".utf8).write(to: folder.appendingPathComponent("draft.json"))
        let missing = try BuiltProgram.run(["extract", "none.txt", "--dataset", "d.json", "-o", "draft.json"], in: folder)
        #expect(missing.status == 1, "\(missing)")
        #expect(try Data(contentsOf: folder.appendingPathComponent("draft.json")) == Data("keep".utf8))
        try Data([0xFF, 0xFE, 0x00]).write(to: folder.appendingPathComponent("binary.txt"))
        let binary = try BuiltProgram.run(["extract", "binary.txt", "--dataset", "d.json", "-o", "draft.json"], in: folder)
        #expect(binary.status == 1, "\(binary)")
        #expect(binary.stderr.contains("binary.txt"), "\(binary)")
        let blocks = try BuiltProgram.run(
            ["extract", "article.txt", "--dataset", "d.json", "--paragraphs", "blocks", "-o", "blocks.json"], in: folder)
        #expect(blocks.status == 0, "\(blocks)")
        // One block: every line is paragraph 1.
        #expect(blocks.stdout.contains("meeting  graham + kupchan  ¶1  cue: لقاءات"), "\(blocks)")
    }
}
