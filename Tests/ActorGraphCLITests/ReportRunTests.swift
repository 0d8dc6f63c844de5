import Foundation
import Testing

/// `actorgraph report` run as a user runs it: the page written atomically, its
/// data equal to what `scores` prints, each option alone and combined, every
/// bad input refused with the documented exit status and nothing overwritten.
/// (The page's behaviour in a browser is tested by scripts/report/test_report.py.)
@Suite struct ReportRunTests {
    /// The JSON data block of a written page.
    func data(ofPage path: URL) throws -> [String: Any] {
        let page = try String(contentsOf: path, encoding: .utf8)
        let open = try #require(page.range(of: "<script type=\"application/json\" id=\"actorgraph-data\">"))
        let close = try #require(page[open.upperBound...].range(of: "</script>"))
        let object = try JSONSerialization.jsonObject(with: Data(page[open.upperBound..<close.lowerBound].utf8))
        return try #require(object as? [String: Any])
    }

    @Test func seedReportCarriesTheScoresCommandsOutputAndTheDiagram() throws {
        let folder = try BuiltProgram.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try BuiltProgram.run(["report", BuiltProgram.seed, "-o", "seed.html", "--quiet"], in: folder)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("seed.html: 44 actors, 28 interactions"), "\(run)")
        let page = try String(contentsOf: folder.appendingPathComponent("seed.html"), encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        // No element loads anything: no src, href or url() names a remote place.
        for pattern in ["src=\"http", "href=\"http", "src=\"//", "href=\"//", "url(http", "url(//", "@import"] {
            #expect(!page.contains(pattern), "\(pattern)")
        }
        let object = try data(ofPage: folder.appendingPathComponent("seed.html"))
        // The whole network's scores are those `scores --format json` prints, value
        // for value, in its order.
        let scores = try BuiltProgram.run(["scores", BuiltProgram.seed, "--format", "json"])
        #expect(scores.status == 0)
        let expected = try #require(
            (try JSONSerialization.jsonObject(with: Data(scores.stdout.utf8)) as? [String: Any])?["nodes"] as? [[String: Any]])
        let full = try #require((object["scores"] as? [String: Any])?["full"] as? [String: Any])
        let ids = try #require(full["ids"] as? [String])
        #expect(ids == expected.map { $0["id"] as? String ?? "" })
        #expect(full["labels"] as? [String] == expected.map { $0["label"] as? String ?? "" })
        #expect((full["groups"] as? NSArray) == (expected.map { $0["group"] ?? NSNull() } as NSArray))
        let columns = try #require(full["columns"] as? [String: [Any]])
        #expect(Set(columns.keys) == ["degree", "strength", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank",
                                     "constraint", "effectiveSize", "efficiency", "hierarchy"])
        for (name, values) in columns {
            for (row, node) in expected.enumerated() {
                #expect((values[row] as? NSNumber) == (node[name] as? NSNumber), "\(name) of \(ids[row])")
            }
        }
        let brokerage = try #require(full["brokerage"] as? [String: Any])
        for (row, node) in expected.enumerated() {
            let roles = try #require(node["brokerage"] as? [String: Any])
            for role in ["coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total"] {
                #expect(((brokerage[role] as? [Any])?[row] as? NSNumber) == roles[role] as? NSNumber, "\(role) of \(ids[row])")
                for part in ["expected", "z"] {
                    let column = ((brokerage[part] as? [String: Any])?[role] as? [Any])?[row]
                    let value = (roles[part] as? [String: Any])?[role]
                    #expect((column as? NSNumber) == (value as? NSNumber) && (column is NSNull) == (value is NSNull), "\(part).\(role) of \(ids[row])")
                }
            }
        }
        // Every drawn actor and tie has its element in the SVG.
        let diagram = try #require(object["diagram"] as? [String: Any])
        let nodes = try #require(diagram["nodes"] as? [[String: Any]])
        let ties = try #require(diagram["ties"] as? [[Any]])
        #expect(nodes.count == 44)
        #expect(diagram["pageDrawsTies"] as? Bool == false)
        for id in nodes.compactMap({ $0["svg"] as? String }) + ties.indices.map({ "tie-\($0)" }) {
            #expect(page.contains("<g id=\"\(id.replacingOccurrences(of: "-", with: "&#45;"))\""), "\(id)")
        }
        #expect(object["labels"] as? String == "both")
        #expect(object["title"] as? String == "backchannel.json")
    }

    @Test func labelsTitleLayoutAndAssetsFolderCombine() throws {
        let folder = try BuiltProgram.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let assets = BuiltProgram.packageRoot.appendingPathComponent("Sources/ActorGraph/Report/Assets").path
        let run = try BuiltProgram.run(
            ["report", BuiltProgram.seed, "-o", "a.html", "--labels", "en", "--title", "Back <channels> & \"more\"",
             "--layout", "neato", "--quiet"], in: folder)
        #expect(run.status == 0, "\(run)")
        let object = try data(ofPage: folder.appendingPathComponent("a.html"))
        #expect(object["labels"] as? String == "en")
        #expect(object["title"] as? String == "Back <channels> & \"more\"")
        let page = try String(contentsOf: folder.appendingPathComponent("a.html"), encoding: .utf8)
        #expect(page.contains("<title>Back &lt;channels&gt; &amp; &quot;more&quot;</title>"))
        // English labels: the diagram carries no Arabic letter.
        let svgStart = try #require(page.range(of: "<svg"))
        let svgEnd = try #require(page.range(of: "</svg>"))
        #expect(!page[svgStart.lowerBound..<svgEnd.upperBound].unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) })
        // The asset files give the same page as the built-in copies.
        let again = try BuiltProgram.run(
            ["report", BuiltProgram.seed, "-o", "b.html", "--labels", "en", "--title", "Back <channels> & \"more\"",
             "--layout", "neato", "--quiet", "--assets-from", assets], in: folder)
        #expect(again.status == 0, "\(again)")
        #expect(
            try Data(contentsOf: folder.appendingPathComponent("a.html"))
                == Data(contentsOf: folder.appendingPathComponent("b.html")))
    }

    /// With --documents, the cited paragraphs' text and marks; a cited document
    /// missing from the folder is named in a warning. The documents are written
    /// here (test sentences, not the articles).
    @Test func documentsGiveParagraphTextAndNameTheMissingOnes() throws {
        let folder = try BuiltProgram.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let documents = folder.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
        var lines = (1...12).map { "سطر رقم \($0)" }
        lines[5] = "وقال مسؤول إن وليام بيرنز التقى سيرغي ناريشكين في أنقرة"
        try (lines.joined(separator: "\n") + "\n").write(
            to: documents.appendingPathComponent("003_244b49cc0abf093d.txt"), atomically: true, encoding: .utf8)
        let run = try BuiltProgram.run(
            ["report", BuiltProgram.seed, "-o", "d.html", "--documents", documents.path, "--quiet"], in: folder)
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr.contains("no file for 4 cited documents"), "\(run)")
        #expect(run.stderr.contains("001_d3fa34aa9feb05cb.txt"), "\(run)")
        let object = try data(ofPage: folder.appendingPathComponent("d.html"))
        let cited = try #require((object["documents"] as? [[String: Any]])?.first { $0["id"] as? String == "003_244b49cc0abf093d.txt" })
        let paragraphs = try #require(cited["paragraphs"] as? [[String: Any]])
        let six = try #require(paragraphs.first { $0["number"] as? Int == 6 })
        #expect(six["text"] as? String == lines[5])
        let actors = try #require(object["actors"] as? [[String: Any]])
        let marked = Set((six["marks"] as? [[Int]] ?? []).compactMap { actors[$0[2]]["id"] as? String })
        #expect(marked.isSuperset(of: ["burns", "naryshkin"]), "\(marked)")
    }

    @Test func badInputIsRefusedAndLeavesTheOutputAlone() throws {
        let folder = try BuiltProgram.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("keep.html")
        try Data("old page".utf8).write(to: output)
        let broken = folder.appendingPathComponent("broken.json")
        try Data("{\"actors\": [".utf8).write(to: broken)
        let cases: [(arguments: [String], status: Int32, message: String)] = [
            (["report", broken.path, "-o", output.path], 1, "broken.json"),
            (["report", BuiltProgram.seed, "-o", output.path, "--documents", "/nonexistent-folder"], 1, "not a folder"),
            (["report", BuiltProgram.seed, "-o", output.path, "--layout", "nolayout"], 2, "--layout nolayout"),
            (["report", BuiltProgram.seed, "-o", output.path, "--labels", "fr"], 2, "--labels"),
            (["report", BuiltProgram.seed, "-o", output.path, "--timeout", "0"], 2, "--timeout"),
            (["report", BuiltProgram.seed, "-o", BuiltProgram.seed], 2, "input"),
            (["report", BuiltProgram.fixture("interop/networkx_directed_unweighted.graphml"), "-o", output.path], 2, "dataset"),
            (["report", BuiltProgram.seed, "-o", output.path, "--assets-from", "/nonexistent-assets"], 1, "report.html"),
        ]
        for (arguments, status, message) in cases {
            let run = try BuiltProgram.run(arguments, in: folder)
            #expect(run.status == status, "\(arguments): \(run)")
            #expect(run.stderr.contains(message), "\(arguments): \(run)")
            #expect(try String(contentsOf: output, encoding: .utf8) == "old page", "\(arguments)")
        }
    }

    /// --disclosures keeps the interactions of those disclosures: the actors of
    /// the seed's secret interactions, counted here from the dataset's JSON.
    @Test func disclosuresFilterScoresAndIsRefusedForAGraphFile() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: BuiltProgram.seed))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let interactions = try #require(object["interactions"] as? [[String: Any]])
        var expected = Set<String>()
        for interaction in interactions where ["secret", "public"].contains(interaction["disclosure"] as? String ?? "")
            && interaction["kind"] as? String != "summit"
        {
            let participants = interaction["participants"] as? [String] ?? []
            if Set(participants).count >= 2 { expected.formUnion(participants) }
        }
        let run = try BuiltProgram.run(
            ["scores", BuiltProgram.seed, "--disclosures", "secret,public", "--kinds", "meeting,call,visit,talks,briefing,message",
             "--format", "json"])
        #expect(run.status == 0, "\(run)")
        #expect(Set(try scoresByID(run.stdout).keys) == expected)
        let bogus = try BuiltProgram.run(["scores", BuiltProgram.seed, "--disclosures", "secret,bogus"])
        #expect(bogus.status == 2, "\(bogus)")
        #expect(bogus.stderr.contains("unknown value \"bogus\" (known: secret, unannounced, public)"), "\(bogus)")
        let graph = try BuiltProgram.run(
            ["scores", BuiltProgram.fixture("interop/networkx_directed_unweighted.graphml"), "--disclosures", "secret"])
        #expect(graph.status == 2, "\(graph)")
        #expect(graph.stderr.contains("--disclosures"), "\(graph)")
    }

    /// Above 2,000 drawn actors the page draws the ties itself: Graphviz (sfdp by
    /// default at this size, overlaps removed by prism) writes no tie, the data
    /// lists each with its line, and the drawing stays compact.
    @Test func largeNetworksAreLaidOutBySfdpAndTheirTiesDrawnByThePage() throws {
        let folder = try BuiltProgram.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var random = SplitMix64(state: 14)
        let count = 2_100
        let countries = ["US", "RU", "FR", "DE", "TR"]
        var actors: [String] = []
        for index in 0..<count {
            actors.append("{\"id\": \"p\(index)\", \"kind\": \"person\", \"name\": \"Person \(index)\", \"aliases\": [], \"country\": \"\(countries[index % 5])\"}")
        }
        var interactions: [String] = []
        for index in 0..<count {
            let other = (index + 1 + random.below(count - 1)) % count
            let year = 2015 + random.below(10)
            interactions.append(
                "{\"id\": \"i\(index)\", \"kind\": \"call\", \"participants\": [\"p\(index)\", \"p\(other)\"], \"date\": \"\(year)\", \"sources\": []}")
        }
        let dataset = folder.appendingPathComponent("large.json")
        try Data(("{\"actors\": [" + actors.joined(separator: ",\n") + "],\n\"interactions\": [" + interactions.joined(separator: ",\n") + "]}").utf8)
            .write(to: dataset)
        let run = try BuiltProgram.run(["report", dataset.path, "-o", "large.html", "--quiet"], in: folder)
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr.contains("a large network (2100 nodes"), "\(run)")
        let page = try String(contentsOf: folder.appendingPathComponent("large.html"), encoding: .utf8)
        #expect(!page.contains("<g id=\"tie&#45;"), "Graphviz wrote ties")
        #expect(page.contains("<g id=\"actor&#45;2099\" class=\"node\""))
        let object = try data(ofPage: folder.appendingPathComponent("large.html"))
        let diagram = try #require(object["diagram"] as? [String: Any])
        #expect(diagram["pageDrawsTies"] as? Bool == true)
        #expect((diagram["ties"] as? [Any])?.count ?? 0 >= count - 10)
        #expect((diagram["nodes"] as? [Any])?.count == count)
        // sfdp with prism: a drawing of a few thousand points a side, not millions.
        let viewBox = try #require(page.firstMatch(of: /viewBox="0\.00 0\.00 ([0-9.]+) ([0-9.]+)"/))
        let width = try #require(Double(viewBox.1)), height = try #require(Double(viewBox.2))
        #expect(width < 100_000 && height < 100_000, "\(width) × \(height)")
    }

    /// --labels ar, --paragraphs blocks, a --timeout that stops the layout, -o -
    /// refused, an output that is a cited document refused, document names that
    /// would leave the folder never read, paragraphs beyond a document's end named.
    @Test func remainingOptionsAndDocumentSafety() throws {
        let folder = try BuiltProgram.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let arabic = try BuiltProgram.run(["report", BuiltProgram.seed, "-o", "ar.html", "--labels", "ar", "--quiet"], in: folder)
        #expect(arabic.status == 0, "\(arabic)")
        let page = try String(contentsOf: folder.appendingPathComponent("ar.html"), encoding: .utf8)
        #expect(page.contains("<html lang=\"ar\""))
        #expect(try data(ofPage: folder.appendingPathComponent("ar.html"))["labels"] as? String == "ar")

        let stopped = try BuiltProgram.run(["report", BuiltProgram.seed, "-o", "t.html", "--timeout", "0.001"], in: folder)
        #expect(stopped.status == 1, "\(stopped)")
        #expect(stopped.stderr.contains("did not finish"), "\(stopped)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("t.html").path))

        let dash = try BuiltProgram.run(["report", BuiltProgram.seed, "-o", "-"], in: folder)
        #expect(dash.status == 2, "\(dash)")

        // A dataset citing documents by names that leave the folder, one paragraph
        // beyond its document's end, and paragraphs in blank-line blocks.
        let documents = folder.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
        try "الفقرة الأولى\nتكملتها\n\nالتقى أنور بسامي\n".write(
            to: documents.appendingPathComponent("doc.txt"), atomically: true, encoding: .utf8)
        try "secret\n".write(to: folder.appendingPathComponent("secret.txt"), atomically: true, encoding: .utf8)
        let dataset = folder.appendingPathComponent("d.json")
        try Data(
            """
            {"actors": [{"id": "a", "kind": "person", "name": "Anwar", "aliases": ["أنور"]},
                        {"id": "s", "kind": "person", "name": "Sami", "aliases": ["سامي"]}],
             "interactions": [{"id": "m", "kind": "meeting", "participants": ["a", "s"],
               "sources": [{"document": "doc.txt", "paragraphs": [2, 3]}, {"document": "../secret.txt", "paragraphs": [1]},
                           {"document": "\(folder.appendingPathComponent("secret.txt").path)", "paragraphs": [1]}]}]}
            """.utf8
        ).write(to: dataset)
        let run = try BuiltProgram.run(
            ["report", dataset.path, "-o", "d.html", "--documents", documents.path, "--paragraphs", "blocks", "--quiet"], in: folder)
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr.contains("that would leave the folder (\"../secret.txt\""), "\(run)")
        #expect(run.stderr.contains("m: doc.txt ¶3 (2 paragraphs)"), "\(run)")
        let object = try data(ofPage: folder.appendingPathComponent("d.html"))
        // The names that leave the folder are listed, their files never read.
        let outside = (object["documents"] as? [[String: Any]] ?? []).filter { ($0["id"] as? String)?.contains("secret.txt") == true }
        #expect(outside.count == 2)
        #expect(outside.allSatisfy { ($0["paragraphs"] as? [Any])?.isEmpty == true && $0["paragraphCount"] == nil })
        let cited = try #require((object["documents"] as? [[String: Any]])?.first)
        #expect(cited["paragraphCount"] as? Int == 2)
        let paragraphs = try #require(cited["paragraphs"] as? [[String: Any]])
        #expect(paragraphs.map { $0["number"] as? Int } == [2])
        #expect(paragraphs.first?["text"] as? String == "التقى أنور بسامي")
        #expect((paragraphs.first?["marks"] as? [[Int]])?.count == 2)

        let overwrite = try BuiltProgram.run(
            ["report", dataset.path, "-o", documents.appendingPathComponent("doc.txt").path, "--documents", documents.path], in: folder)
        #expect(overwrite.status == 2, "\(overwrite)")
        #expect(try String(contentsOf: documents.appendingPathComponent("doc.txt"), encoding: .utf8).hasPrefix("الفقرة"))
    }
}
