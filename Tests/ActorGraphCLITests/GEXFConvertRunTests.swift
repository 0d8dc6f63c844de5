import Foundation
import Testing

/// `actorgraph convert … .gexf` run as a user runs it: the file written, its
/// spells, the format chosen by extension or by `--to gexf`, reruns identical.
@Suite struct GEXFConvertRunTests {
    /// The `<spell …/>` lines of a GEXF text.
    private func spellLines(_ text: String) -> [String] {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.hasPrefix("<spell ") }
    }

    /// The seed's dated interactions, from its JSON, read here without the library.
    private func seedDates() throws -> [String] {
        let data = try Data(contentsOf: URL(fileURLWithPath: BuiltProgram.seed))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let interactions = try #require(object["interactions"] as? [[String: Any]])
        return interactions.compactMap { $0["date"] as? String }
    }

    @Test func convertWritesADynamicGEXFByExtensionAndByOption() throws {
        let folder = try BuiltProgram.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try BuiltProgram.run(["convert", BuiltProgram.seed, "seed.gexf"], in: folder)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("(gexf)"), "\(run)")
        let text = try String(contentsOf: folder.appendingPathComponent("seed.gexf"), encoding: .utf8)
        #expect(text.contains("<gexf xmlns=\"http://gexf.net/1.3\""))
        #expect(text.contains("version=\"1.3\""))
        #expect(text.contains("mode=\"dynamic\""))
        #expect(text.contains("timeformat=\"date\""))
        #expect(text.contains("defaultedgetype=\"undirected\""))
        // Every spell is a closed interval of whole days.
        let spells = spellLines(text)
        #expect(!spells.isEmpty)
        let day = /<spell start="(\d{4}-\d{2}-\d{2})" end="(\d{4}-\d{2}-\d{2})"\/>/
        for line in spells {
            let match = try #require(line.wholeMatch(of: day), "\(line)")
            #expect(match.1 <= match.2, "\(line)")
        }
        // A year-precision interaction spans its whole year somewhere in the file.
        let years = try seedDates().filter { $0.count == 4 }
        #expect(!years.isEmpty)
        for year in years {
            #expect(text.contains("<spell start=\"\(year)-01-01\" end=\"\(year)-12-31\"/>"), "\(year)")
        }

        let directed = try BuiltProgram.run(
            ["convert", BuiltProgram.seed, "seed.xml", "--to", "gexf", "--directed", "--with-scores"], in: folder)
        #expect(directed.status == 0, "\(directed)")
        let directedText = try String(contentsOf: folder.appendingPathComponent("seed.xml"), encoding: .utf8)
        #expect(directedText.contains("defaultedgetype=\"directed\""))
        #expect(directedText.contains("title=\"betweenness\" type=\"double\""))
    }

    @Test func mergeSpellsJoinsATiesOverlappingSpellsAndOnlyForGEXF() throws {
        let folder = try BuiltProgram.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, extra) in [("each.gexf", [String]()), ("joined.gexf", ["--merge-spells"])] {
            let run = try BuiltProgram.run(["convert", BuiltProgram.seed, name] + extra, in: folder)
            #expect(run.status == 0, "\(run)")
        }
        let each = try String(contentsOf: folder.appendingPathComponent("each.gexf"), encoding: .utf8)
        let joined = try String(contentsOf: folder.appendingPathComponent("joined.gexf"), encoding: .utf8)
        // The seed has ties whose interactions overlap in time (a year and a month in it).
        #expect(spellLines(joined).count < spellLines(each).count)
        for edge in joined.components(separatedBy: "<edge ").dropFirst() {
            let days = spellLines(edge.components(separatedBy: "</edge>")[0]).compactMap {
                $0.wholeMatch(of: /<spell start="([0-9-]+)" end="([0-9-]+)"\/>/).map { (String($0.1), String($0.2)) }
            }
            for (earlier, later) in zip(days, days.dropFirst()) {
                #expect(earlier.1 < later.0, "overlapping spells \(earlier) \(later)")
            }
        }
        let refused = try BuiltProgram.run(["convert", BuiltProgram.seed, "x.graphml", "--merge-spells"], in: folder)
        #expect(refused.status == 2, "\(refused)")
    }

    @Test func rerunsAreByteIdentical() throws {
        let folder = try BuiltProgram.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["a.gexf", "b.gexf"] {
            let run = try BuiltProgram.run(["convert", BuiltProgram.seed, name], in: folder)
            #expect(run.status == 0, "\(run)")
        }
        let a = try Data(contentsOf: folder.appendingPathComponent("a.gexf"))
        let b = try Data(contentsOf: folder.appendingPathComponent("b.gexf"))
        #expect(!a.isEmpty)
        #expect(a == b)
    }

    @Test func aGraphFileKeepsItsTieDatesAndAPlainGraphIsStatic() throws {
        let folder = try BuiltProgram.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let toGraphML = try BuiltProgram.run(["convert", BuiltProgram.seed, "seed.graphml"], in: folder)
        #expect(toGraphML.status == 0, "\(toGraphML)")
        let run = try BuiltProgram.run(["convert", "seed.graphml", "back.gexf"], in: folder)
        #expect(run.status == 0, "\(run)")
        let back = try String(contentsOf: folder.appendingPathComponent("back.gexf"), encoding: .utf8)
        #expect(back.contains("mode=\"dynamic\""))
        // One spell on each tie with a firstDate value (from its first day to the last
        // date's last day), none on the others.
        let dateID = try #require(
            back.firstMatch(of: /<attribute id="([^"]+)" title="firstDate" type="string"\/>/)?.1)
        let edges = back.components(separatedBy: "<edge ").dropFirst()
        #expect(!edges.isEmpty)
        var dated = 0
        for edge in edges {
            let chunk = edge.components(separatedBy: "</edges>")[0]
            let hasDate = chunk.contains("<attvalue for=\"\(dateID)\"")
            #expect(spellLines(chunk).count == (hasDate ? 1 : 0), "\(chunk)")
            if hasDate { dated += 1 }
        }
        #expect(dated > 0)

        let florentine = try BuiltProgram.run(
            ["convert", BuiltProgram.fixture("graphs/florentine.edges.csv"), "florentine.gexf", "--nodes",
             BuiltProgram.fixture("graphs/florentine.nodes.csv")], in: folder)
        #expect(florentine.status == 0, "\(florentine)")
        let staticText = try String(contentsOf: folder.appendingPathComponent("florentine.gexf"), encoding: .utf8)
        #expect(staticText.contains("mode=\"static\""))
        #expect(!staticText.contains("<spells>"))
    }

    @Test func gexfIsNotAnInputFormat() throws {
        let folder = try BuiltProgram.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let write = try BuiltProgram.run(["convert", BuiltProgram.seed, "seed.gexf"], in: folder)
        #expect(write.status == 0, "\(write)")
        let read = try BuiltProgram.run(["convert", "seed.gexf", "back.graphml"], in: folder)
        #expect(read.status != 0, "\(read)")
    }
}
