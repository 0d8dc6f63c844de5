/// The data an HTML report embeds, as JSON: the dataset's actors and
/// interactions with every index resolved, the diagram's element ids, the cited
/// paragraphs with the names in them marked, the normaliser's table and the
/// whole network's scores. The page reads nothing else.
///
/// The layout is documented in Guides/Report.md. Every fact the page shows is
/// computed here, once: day numbers of each interaction's interval (the page
/// compares integers), the normalised search forms of each name, the marks of
/// each paragraph, the colours as the diagram draws them.
struct ReportData {
    var dataset: Dataset
    var datasetName: String
    var title: String
    var labels: DiagramStyle.Labels
    var diagram: ReportDiagram
    /// The cited documents that could be read, by the name the sources cite.
    var documents: [String: TextDocument]
    /// The whole network's scores, as `actorgraph scores DATASET` computes them.
    var scores: NodeScores
    /// A display name per node of ``scores``.
    var scoreLabels: [String]
    /// The order `actorgraph scores` prints the nodes in.
    var scoreOrder: [Int]
    /// The node attribute that grouped the nodes for brokerage.
    var groupBy: String
    var normalizer = ArabicNormalizer()

    /// The JSON text, safe to place inside a `<script type="application/json">`
    /// element: `<`, `>` and `&` (which occur only inside strings) are written as
    /// `\u003c`, `\u003e`, `\u0026`, and U+2028/U+2029 as `\u2028`/`\u2029`.
    ///
    /// - Complexity: O(size of the dataset + the cited paragraphs' text).
    func json() -> String {
        var out = "{\"format\": \"actorgraph-report\",\"version\": 1"
        out += ",\"title\":" + JSONText.quote(title)
        out += ",\"dataset\":" + JSONText.quote(datasetName)
        out += ",\"labels\":" + JSONText.quote(labelsName)
        let countryNames = dataset.countryNames
        out += ",\n\"actors\": [" + dataset.actors.map { actorJSON($0, countryNames: countryNames) }.joined(separator: ",\n") + "]"
        let cited = citedParagraphs()
        let documentIndex = cited.enumerated().reduce(into: [String: Int]()) { $0[$1.element.document] = $1.offset }
        out += ",\n\"interactions\": ["
        out += dataset.interactions.map { interactionJSON($0, documentIndex: documentIndex) }.joined(separator: ",\n") + "]"
        out += ",\n\"documents\": [" + cited.map { documentJSON($0.document, cited: $0.paragraphs) }.joined(separator: ",\n") + "]"
        let intervals = dataset.interactions.compactMap(\.interval)
        if let first = intervals.map(\.first).min(), let last = intervals.map(\.last).max() {
            out += ",\n\"span\": {\"first\":\(first), \"last\":\(last)}"
        } else {
            out += ",\n\"span\": null"
        }
        out += ",\n\"normalizer\": {\"fold\": {" + foldTable().map { "\"\($0.key)\":" + JSONText.quote($0.value) }
            .joined(separator: ",") + "}}"
        out += ",\n\"diagram\":" + diagramJSON()
        out += ",\n\"palette\":" + paletteJSON()
        out += ",\n\"scores\":" + scoresJSON()
        out += "}"
        return Self.scriptSafe(out)
    }

    private var labelsName: String {
        switch labels {
        case .english: "en"
        case .arabic: "ar"
        case .both: "both"
        }
    }

    /// The cited documents in order of first citation, each with the paragraph
    /// numbers cited from it.
    private func citedParagraphs() -> [(document: String, paragraphs: Set<Int>)] {
        var index: [String: Int] = [:]
        var cited: [(document: String, paragraphs: Set<Int>)] = []
        for interaction in dataset.interactions {
            for source in interaction.sources {
                let position = index[source.document] ?? cited.count
                if position == cited.count {
                    index[source.document] = position
                    cited.append((source.document, []))
                }
                cited[position].paragraphs.formUnion(source.paragraphs)
            }
        }
        return cited
    }

    private func list(_ items: [String]) -> String { "[" + items.joined(separator: ",") + "]" }

    private func optional(_ text: String?) -> String { text.map(JSONText.quote) ?? "null" }

    private func actorJSON(_ actor: Actor, countryNames: [CountryCode: String]) -> String {
        var out = "{\"id\":" + JSONText.quote(actor.id)
        out += ",\"name\":" + JSONText.quote(actor.name)
        out += ",\"arabic\":" + optional(actor.arabicName)
        out += ",\"aliases\":" + list(actor.aliases.map(JSONText.quote))
        out += ",\"kind\":" + JSONText.quote(actor.kind.rawValue)
        out += ",\"country\":" + optional(actor.country?.rawValue)
        out += ",\"countryName\":" + optional(actor.country.flatMap { countryNames[$0] })
        let affiliations = actor.affiliations.compactMap { affiliation -> String? in
            guard let index = dataset.actorIndex(id: affiliation.institution) else { return nil }
            return "{\"actor\":\(index), \"role\":\(optional(affiliation.role)), \"from\":\(optional(affiliation.from?.description))"
                + ",\"to\":\(optional(affiliation.to?.description)), \"former\":\(affiliation.former)}"
        }
        out += ",\"affiliations\":" + list(affiliations)
        out += ",\"parent\":" + (actor.parent.flatMap(dataset.actorIndex(id:)).map(String.init) ?? "null")
        out += ",\"notes\":" + optional(actor.notes)
        var forms: [String] = []
        for name in [actor.name] + actor.aliases {
            let form = normalizer.normalize(name)
            if !form.isEmpty, !forms.contains(form) { forms.append(form) }
        }
        out += ",\"search\":" + list(forms.map(JSONText.quote)) + "}"
        return out
    }

    /// An interaction; members without a value (no initiator, date, place, …)
    /// are left out rather than written as `null`, which keeps a page of many
    /// interactions small.
    private func interactionJSON(_ interaction: Interaction, documentIndex: [String: Int]) -> String {
        var participants: [Int] = []
        for id in interaction.participants {
            if let index = dataset.actorIndex(id: id), !participants.contains(index) { participants.append(index) }
        }
        var out = "{\"id\":" + JSONText.quote(interaction.id)
        out += ",\"kind\":" + JSONText.quote(interaction.kind.rawValue)
        out += ",\"participants\":" + list(participants.map(String.init))
        func add(_ key: String, _ value: String?) {
            if let value { out += ",\"\(key)\":" + value }
        }
        add("initiator", interaction.initiator.flatMap(dataset.actorIndex(id:)).map(String.init))
        add("date", interaction.date.map { JSONText.quote($0.description) })
        add("endDate", interaction.endDate.map { JSONText.quote($0.description) })
        let interval = interaction.interval
        add("first", interval.map { String($0.first) })
        add("last", interval.map { String($0.last) })
        add("place", interaction.place.map(JSONText.quote))
        add("track", interaction.track.map { JSONText.quote($0.rawValue) })
        add("disclosure", interaction.disclosure.map { JSONText.quote($0.rawValue) })
        add("status", interaction.status.map { JSONText.quote($0.rawValue) })
        out += ",\"topics\":" + list(interaction.topics.map(JSONText.quote))
        add("notes", interaction.notes.map(JSONText.quote))
        let sources = interaction.sources.compactMap { source -> String? in
            guard let index = documentIndex[source.document] else { return nil }
            return "{\"document\":\(index), \"paragraphs\":" + list(source.paragraphs.map(String.init)) + "}"
        }
        out += ",\"sources\":" + list(sources) + "}"
        return out
    }

    /// A cited document: its id and, when it was read, its paragraph count and
    /// each cited paragraph's text with the actors' names in it marked (UTF-16
    /// offsets into the paragraph). A cited number beyond the document's end has
    /// no entry; `paragraphCount` tells the page why.
    private func documentJSON(_ name: String, cited: Set<Int>) -> String {
        var out = "{\"id\":" + JSONText.quote(name)
        guard let document = documents[name] else { return out + ",\"paragraphs\": []}" }
        out += ",\"paragraphCount\":\(document.paragraphs.count), \"paragraphs\": ["
        let mentions = Dictionary(
            grouping: MentionFinder(dataset: dataset, normalizer: normalizer).mentions(in: document, paragraphs: cited).mentions,
            by: \.paragraph)
        var items: [String] = []
        for number in cited.sorted() {
            guard let paragraph = document.paragraph(number) else { continue }
            let marks = (mentions[number] ?? []).compactMap { mention -> String? in
                // Nested names lie inside their enclosing mark; the page marks spans that do not overlap.
                guard mention.enclosing == nil, let actorID = mention.actorID, let actor = dataset.actorIndex(id: actorID)
                else { return nil }
                let start = mention.utf16Offsets.lowerBound - paragraph.utf16Offset
                let end = mention.utf16Offsets.upperBound - paragraph.utf16Offset
                return "[\(start),\(end),\(actor)]"
            }
            items.append(
                "{\"number\":\(number), \"text\":" + JSONText.quote(String(document.text(of: paragraph)))
                    + ",\"marks\":" + list(marks) + "}")
        }
        return out + items.joined(separator: ",\n") + "]}"
    }

    /// The diagram's actors and ties: `nodes` as `{"svg", "actor"}`; `ties` as
    /// arrays `[a, b, [interactions], affiliation (0 or 1), line]` (the tie's
    /// SVG id is `tie-K` for the K-th), `line` an index into `lines`
    /// (`[colour, style, pen width]`), for the page to draw the ties itself when
    /// `pageDrawsTies`.
    private func diagramJSON() -> String {
        var out = "{\"pageDrawsTies\":\(diagram.pageDrawsTies), \"nodes\": ["
        out += diagram.nodes.map { "{\"svg\":\(JSONText.quote($0.svgID)), \"actor\":\($0.actor)}" }.joined(separator: ",")
        var lines: [ReportDiagram.Line] = []
        var lineIndex: [ReportDiagram.Line: Int] = [:]
        var ties: [String] = []
        for tie in diagram.ties {
            let index = lineIndex[tie.line] ?? lines.count
            if index == lines.count {
                lines.append(tie.line)
                lineIndex[tie.line] = index
            }
            ties.append(
                "[\(tie.source),\(tie.target)," + list(tie.interactions.map(String.init)) + ",\(tie.isAffiliation ? 1 : 0),\(index)]")
        }
        out += "],\n\"lines\":" + list(lines.map { "[\(JSONText.quote($0.color)),\(JSONText.quote($0.style)),\(JSONText.number($0.width))]" })
        out += ",\n\"ties\": [" + ties.joined(separator: ",\n") + "]}"
        return out
    }

    /// The whole network's scores, by column: `ids`, `labels`, `groups` and one
    /// array per score in the order `actorgraph scores` prints the nodes, the
    /// same numbers as its JSON (`null` where undefined); brokerage as `{role:
    /// counts, "expected": {role: …}, "z": {role: …}}`; `failures` names the
    /// scores that could not be computed, with the reason.
    private func scoresJSON() -> String {
        let order = scoreOrder
        func column(_ values: [Double?]) -> String { list(order.map { JSONText.number(values[$0]) }) }
        var out = "{\"names\":" + list(scores.requested.map { JSONText.quote($0.rawValue) })
        out += ",\"groupBy\":" + JSONText.quote(groupBy) + ",\"convergence\": {\"tolerance\":\(JSONText.number(scores.convergence.tolerance))"
        out += ",\"maxIterations\":\(scores.convergence.maxIterations)}"
        out += ",\n\"full\": {\"directed\":\(scores.graph.isDirected), \"weighted\":\(scores.weighted)"
        out += ",\n\"ids\":" + list(order.map { JSONText.quote(scores.graph.ids[$0]) })
        out += ",\n\"labels\":" + list(order.map { JSONText.quote(scoreLabels[$0]) })
        if let groups = scores.groups { out += ",\n\"groups\":" + list(order.map { groups[$0].map(JSONText.quote) ?? "null" }) }
        out += ",\n\"columns\": {"
        out += scores.requested.compactMap { name -> String? in
            guard name != .brokerage, name != .temporalBrokerage, let values = scores.values[name] else { return nil }
            return JSONText.quote(name.rawValue) + ": " + column(values)
        }.joined(separator: ",\n")
        out += "}"
        if let roles = scores.brokerage {
            func byRole(_ values: (BrokerageRole) -> [Double?]) -> String {
                BrokerageRole.allCases.map { JSONText.quote($0.rawValue) + ": " + column(values($0)) }.joined(separator: ",")
            }
            out += ",\n\"brokerage\": {" + byRole { role in roles.raw[role].map { Double($0) } }
            out += ",\"expected\": {" + byRole { roles.expected[$0] } + "}"
            out += ",\"z\": {" + byRole { roles.z[$0] } + "}}"
        }
        let failures = scores.failures.sorted { $0.key.rawValue < $1.key.rawValue }
        out += ",\n\"failures\": {" + failures.map { JSONText.quote($0.key.rawValue) + ": " + JSONText.quote($0.value) }
            .joined(separator: ",") + "}}}"
        return out
    }

    /// The colours the diagram draws with.
    private func paletteJSON() -> String {
        let style = diagram.style
        var kinds = style.kindColors.map { ($0.key.rawValue, $0.value) }.sorted { $0.0 < $1.0 }
        for interaction in dataset.interactions where interaction.kind.isCustom {
            if !kinds.contains(where: { $0.0 == interaction.kind.rawValue }) {
                kinds.append((interaction.kind.rawValue, style.otherKindColor))
            }
        }
        func object(_ pairs: [(String, String)]) -> String {
            "{" + pairs.map { JSONText.quote($0.0) + ": " + JSONText.quote($0.1) }.joined(separator: ",") + "}"
        }
        var out = "{\"kind\":" + object(kinds)
        out += ",\"track\":" + object(ChannelTrack.allCases.map { ($0.rawValue, style.trackStyles[$0] ?? style.untrackedStyle) })
        out += ",\"country\":" + object(diagram.countryColors.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        out += ",\"affiliation\":" + JSONText.quote(style.affiliationColor)
        out += ",\"noCountry\":" + JSONText.quote(style.noCountryColor) + "}"
        return out
    }

    /// The code points the normaliser changes one by one, by decimal value: the
    /// page applies this table after NFKC, then folds whitespace and case.
    private func foldTable() -> [(key: UInt32, value: String)] {
        let ranges: [ClosedRange<UInt32>] = [
            0x00AD...0x00AD, 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0x200B...0x200F, 0x202A...0x202E,
            0x2060...0x2069, 0xFB50...0xFDFF, 0xFE70...0xFEFF,
        ]
        var table: [(UInt32, String)] = []
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let folded = normalizer.fold(scalar)
                if folded != scalar { table.append((value, folded.map { String(Character($0)) } ?? "")) }
            }
        }
        return table
    }

    /// `text` with `<`, `>`, `&`, U+2028 and U+2029 as JSON `\u` escapes.
    static func scriptSafe(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": out.append(contentsOf: "\\u003c".unicodeScalars)
            case ">": out.append(contentsOf: "\\u003e".unicodeScalars)
            case "&": out.append(contentsOf: "\\u0026".unicodeScalars)
            case "\u{2028}": out.append(contentsOf: "\\u2028".unicodeScalars)
            case "\u{2029}": out.append(contentsOf: "\\u2029".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}

extension String {
    fileprivate func trimmingTrailingNewlines() -> String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
